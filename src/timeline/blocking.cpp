// Blocking keys for the merge (see blocking.hpp).
#include "timeline/blocking.hpp"

#include "timeline/cluster.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace crisis::detail {

namespace {

// What a key is about; the values only have to differ.
enum class Space : std::uint64_t {
    root_actor = 1,   // an actor with the CAMEO root
    act_actor,        // an actor of an act (found by statements)
    statement_actor,  // an actor of a statement (found by acts)
    any_word,         // a rare word of any mention (found by mentions without actors)
    actorless_word,   // a rare word of a mention without actors (found by all)
    sentence,         // one trigger and code in one article
};

// Time buckets: narrow windows by day, medium ones by 32-day bucket (narrow and medium
// representatives apart, so that two narrow ones meet only through their days), wide ones alone.
enum class Bucket : std::uint64_t { day = 1, month_narrow, month_medium, wide };

constexpr int narrow_days = 8;
constexpr int medium_days = 400;
constexpr int bucket_days = 32;

std::uint64_t mix(std::uint64_t h, std::uint64_t x) {
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

std::uint64_t mix(std::uint64_t h, std::string_view s) {
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return mix(h, s.size());
}

std::uint64_t base(Space s) { return mix(14695981039346656037ull, static_cast<std::uint64_t>(s)); }

struct Base {
    std::vector<std::uint64_t> index, probe;
};

bool is_statement(const MentionFeatures& f) { return f.root == "01"; }

void actor_keys(const MentionFeatures& f, Base& out) {
    const Space other = is_statement(f) ? Space::act_actor : Space::statement_actor;
    const Space own = is_statement(f) ? Space::statement_actor : Space::act_actor;
    auto add = [&](const std::string& actor) {
        const std::uint64_t root = mix(mix(base(Space::root_actor), f.root), actor);
        out.index.push_back(root);
        out.probe.push_back(root);
        out.index.push_back(mix(base(own), actor));
        out.probe.push_back(mix(base(other), actor));
    };
    for (const auto* side : {&f.source, &f.target})
        for (const ActorRef& r : *side) {
            add(*r.id);
            if (r.affiliation) add(*r.affiliation);
        }
}

void word_keys(const MentionFeatures& f, const WordRanks& ranks, Base& out) {
    const bool actorless = !f.has_actors;
    for (const std::uint64_t w : ranks.prefix(f, word_key_similarity)) {
        const std::uint64_t any = mix(base(Space::any_word), w);
        const std::uint64_t alone = mix(base(Space::actorless_word), w);
        out.index.push_back(any);
        if (actorless) out.index.push_back(alone);
        out.probe.push_back(actorless ? any : alone);
    }
}

void sentence_keys(const MentionFeatures& f, Base& out) {
    for (const Evidence& ev : f.event->evidence) {
        const std::uint64_t k = mix(mix(mix(base(Space::sentence), ev.article), f.event->cameo), f.event->trigger);
        out.index.push_back(k);
        out.probe.push_back(k);
    }
}

std::int64_t day_number(date::sys_days d) { return d.time_since_epoch().count(); }

std::int64_t bucket_of(date::sys_days d) {
    const std::int64_t n = day_number(d);
    return n >= 0 ? n / bucket_days : -((-n + bucket_days - 1) / bucket_days);
}

struct Buckets {
    std::vector<std::uint64_t> index, probe;
};

void add_range(std::vector<std::uint64_t>& out, Bucket b, std::int64_t from, std::int64_t to) {
    for (std::int64_t x = from; x <= to; ++x) out.push_back(mix(static_cast<std::uint64_t>(b), static_cast<std::uint64_t>(x)));
}

Buckets buckets_of(const MentionFeatures& f) {
    Buckets out;
    const std::int64_t days = day_number(f.hi) - day_number(f.lo) + 1;
    const std::int64_t first = bucket_of(f.lo), last = bucket_of(f.hi);
    add_range(out.probe, Bucket::wide, 0, 0);
    if (days <= narrow_days) {
        add_range(out.index, Bucket::day, day_number(f.lo), day_number(f.hi));
        add_range(out.index, Bucket::month_narrow, first, last);
        add_range(out.probe, Bucket::day, day_number(f.lo), day_number(f.hi));
        add_range(out.probe, Bucket::month_medium, first, last);
    } else if (days <= medium_days) {
        add_range(out.index, Bucket::month_medium, first, last);
        add_range(out.probe, Bucket::month_narrow, first, last);
        add_range(out.probe, Bucket::month_medium, first, last);
    } else {
        add_range(out.index, Bucket::wide, 0, 0);
    }
    return out;
}

void sort_unique(std::vector<std::uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Every key with every bucket: the inputs made unique first, so that the (much longer) product
// repeats a key only on a hash collision, and is left unsorted.
std::vector<std::uint64_t> combine(std::vector<std::uint64_t>& keys, std::vector<std::uint64_t>& buckets) {
    sort_unique(keys);
    sort_unique(buckets);
    std::vector<std::uint64_t> out;
    out.reserve(keys.size() * buckets.size());
    for (const std::uint64_t k : keys)
        for (const std::uint64_t b : buckets) out.push_back(mix(k, b));
    return out;
}

}  // namespace

WordRanks::WordRanks(const std::vector<MentionFeatures>& fs, const Interner& names) {
    std::unordered_map<std::uint64_t, std::uint32_t> by_hash;
    for (const MentionFeatures& f : fs)
        for (const std::uint32_t w : f.words) ++by_hash[names.hash(w)];
    hashes_.resize(names.size());
    uses_.assign(names.size(), 0);
    for (std::uint32_t w = 0; w < names.size(); ++w) {
        hashes_[w] = names.hash(w);
        const auto it = by_hash.find(hashes_[w]);
        uses_[w] = it == by_hash.end() ? 0 : it->second;
    }
}

std::vector<std::uint64_t> WordRanks::prefix(const MentionFeatures& f, double similarity) const {
    std::vector<std::pair<std::uint32_t, std::uint64_t>> ranked;
    ranked.reserve(f.words.size());
    for (const std::uint32_t w : f.words) ranked.emplace_back(uses_[w], hashes_[w]);
    std::sort(ranked.begin(), ranked.end());
    ranked.erase(std::unique(ranked.begin(), ranked.end()), ranked.end());  // equal hashes: one word
    const auto n = static_cast<double>(ranked.size());
    const auto keep = static_cast<std::size_t>(n - std::ceil(similarity * n - 1e-9) + 1);
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i < std::min(keep, ranked.size()); ++i) out.push_back(ranked[i].second);
    return out;
}

MentionKeys keys_of(const MentionFeatures& f, const WordRanks& ranks) {
    Base b;
    actor_keys(f, b);
    word_keys(f, ranks, b);
    sentence_keys(f, b);
    Buckets t = buckets_of(f);
    return MentionKeys{combine(b.index, t.index), combine(b.probe, t.probe)};
}

}  // namespace crisis::detail
