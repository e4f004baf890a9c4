// The merge rules' features of many mentions at once, in parallel chunks (see merge_rules.hpp).
#include "timeline/merge_rules.hpp"
#include "timeline/parallel.hpp"

#include <algorithm>

namespace crisis::detail {

namespace {

// Mentions per chunk at least: smaller ones cost more in threads and renumbering than they save.
constexpr std::size_t features_grain = 1024;

void renumber(std::vector<ActorRef>& refs, const std::vector<std::uint32_t>& to) {
    for (ActorRef& r : refs) {
        r.actor = to[r.actor];
        if (r.affiliation_id != no_actor) r.affiliation_id = to[r.affiliation_id];
    }
}

// Moves `f` from a chunk's ids to the run's (`to`: chunk id -> run id; one to one, so the words
// stay unique, but their order changes).
void renumber(MentionFeatures& f, const std::vector<std::uint32_t>& to) {
    f.cameo = to[f.cameo];
    f.root_id = to[f.root_id];
    for (SentenceRef& s : f.sentences) s.article = to[s.article];
    renumber(f.source, to);
    renumber(f.target, to);
    f.actor_ids.assign(f.source, f.target);
    for (std::uint32_t& w : f.words) w = to[w];
    std::sort(f.words.begin(), f.words.end());
    sketch_words(f);
}

}  // namespace

MentionSet features_of_all(const std::vector<const Event*>& events, const Affiliations& affiliations,
                           unsigned threads) {
    std::vector<MentionSet> chunks =
        map_chunks(events.size(), threads, features_grain, [&](std::size_t begin, std::size_t end) {
            MentionSet c;
            c.features.reserve(end - begin);
            for (std::size_t i = begin; i < end; ++i) c.features.push_back(features_of(*events[i], affiliations, c.names));
            return c;
        });
    if (chunks.empty()) return MentionSet{};
    MentionSet out = std::move(chunks.front());  // the first chunk's ids are the run's already
    std::vector<std::vector<std::uint32_t>> to(chunks.size());
    for (std::size_t k = 1; k < chunks.size(); ++k) {  // in chunk order: first seen, first numbered
        const Interner& local = chunks[k].names;
        to[k].resize(local.size());
        for (std::uint32_t i = 0; i < local.size(); ++i) to[k][i] = out.names.id(local.string(i), local.hash(i));
    }
    parallel_for(chunks.size() - 1, threads, 1, [&](std::size_t k) {
        for (MentionFeatures& f : chunks[k + 1].features) renumber(f, to[k + 1]);
    });
    out.features.reserve(events.size());
    for (std::size_t k = 1; k < chunks.size(); ++k)
        std::move(chunks[k].features.begin(), chunks[k].features.end(), std::back_inserter(out.features));
    return out;
}

}  // namespace crisis::detail
