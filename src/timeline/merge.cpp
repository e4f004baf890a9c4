// Merging mentions into events: the clusters of cluster.cpp, each made one event.
#include "timeline/cluster.hpp"
#include "timeline/merge_rules.hpp"
#include "timeline/parallel.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace crisis {

namespace {

using detail::Affiliations;
using detail::MentionFeatures;

// Mentions in canonical order (by id), one per id: the result cannot depend on input order.
// Mentions a timeline holds are sorted already; others are sorted by the integers of their ids'
// first bytes, the whole ids only breaking their ties, then by position (a stable sort).
std::vector<const Event*> canonical(const std::vector<Event>& mentions, unsigned threads) {
    std::vector<const Event*> out;
    out.reserve(mentions.size());
    for (const Event& e : mentions) out.push_back(&e);
    const auto by_id = [](const Event* a, const Event* b) { return a->id < b->id; };
    if (!std::is_sorted(out.begin(), out.end(), by_id)) {
        struct Key {
            detail::StringPrefix prefix;
            const Event* e;
        };
        std::vector<Key> keys;
        keys.reserve(out.size());
        for (const Event* e : out) keys.push_back(Key{detail::StringPrefix(e->id), e});
        detail::parallel_sort(keys, threads, [](const Key& a, const Key& b) {
            if (a.prefix != b.prefix) return a.prefix < b.prefix;
            if (const int c = a.e->id.compare(b.e->id); c != 0) return c < 0;
            return a.e < b.e;  // the input order
        });
        for (std::size_t i = 0; i < keys.size(); ++i) out[i] = keys[i].e;
    }
    out.erase(std::unique(out.begin(), out.end(), [](const Event* a, const Event* b) { return a->id == b->id; }),
              out.end());
    return out;
}

int width(const CalendarDate& d) { return static_cast<int>((d.last - d.first).count()); }

// The member whose type, date and wording the merged event takes: an act over a statement about
// it, a date read from the text over an inferred one, the narrowest date, the most specific code.
const Event& representative(const std::vector<const Event*>& ms) {
    auto key = [](const Event* e) {
        return std::make_tuple(e->cameo.rfind("01", 0) == 0, e->date_inferred, width(e->date),
                               -static_cast<int>(e->cameo.size()), -e->confidence);
    };
    return **std::min_element(ms.begin(), ms.end(), [&](const Event* a, const Event* b) {
        return key(a) < key(b);  // ties keep the smaller id (members are sorted by id)
    });
}

bool date_less(const CalendarDate& a, const CalendarDate& b) {
    return std::tie(a.first, a.last, a.precision) < std::tie(b.first, b.last, b.precision);
}

// Dates other reports give that do not agree with the chosen one (a containing month agrees).
std::vector<CalendarDate> alternatives(const std::vector<const Event*>& ms, const CalendarDate& chosen) {
    std::vector<CalendarDate> out;
    auto consider = [&](const CalendarDate& d) {
        if (!(d == chosen) && !contains(d, chosen)) out.push_back(d);
    };
    for (const Event* e : ms) {
        consider(e->date);
        for (const auto& d : e->alternative_dates) consider(d);
    }
    std::sort(out.begin(), out.end(), date_less);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void add_sorted(std::vector<std::string>& into, const std::vector<std::string>& from) {
    into.insert(into.end(), from.begin(), from.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
}

// Noisy-or over articles: two reports in one article are not independent confirmations.
double corroborated(const std::vector<const Event*>& ms) {
    std::map<std::string, double> best;
    for (const Event* e : ms) {
        const std::string& article = e->evidence.empty() ? e->id : e->evidence.front().article;
        best[article] = std::max(best[article], e->confidence);
    }
    double miss = 1.0;
    for (const auto& [article, c] : best) miss *= 1.0 - std::clamp(c, 0.0, 1.0);
    return 1.0 - miss;
}

void union_actors(Event& out, const Event& e, const Affiliations& aff) {
    auto meets = [&](const std::vector<std::string>& xs, const std::vector<std::string>& ys) {
        for (const auto& x : xs)
            for (const auto& y : ys)
                if (detail::same_actor(x, y, aff)) return true;
        return false;
    };
    const bool swapped = !meets(e.source, out.source) && !meets(e.target, out.target) &&
                         (meets(e.source, out.target) || meets(e.target, out.source));
    add_sorted(out.source, swapped ? e.target : e.source);
    add_sorted(out.target, swapped ? e.source : e.target);
}

// An actor one report makes the target and another a source ("Russia moved units to Belarus",
// "Russia and Belarus opened exercises") is a source: no actor acts on itself.
void drop_self_targets(Event& e) {
    std::erase_if(e.target, [&](const std::string& id) {
        return std::binary_search(e.source.begin(), e.source.end(), id);
    });
}

// The mentions a merged event joins (a member that is itself a merged event brings its own).
std::vector<std::string> member_ids(const std::vector<const Event*>& ms) {
    std::vector<std::string> out;
    for (const Event* e : ms) {
        if (e->mentions.empty()) out.push_back(e->id);
        out.insert(out.end(), e->mentions.begin(), e->mentions.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Event merged(const std::vector<const Event*>& ms, const Affiliations& aff) {
    Event out = representative(ms);
    out.id = ms.front()->id;
    out.mentions = member_ids(ms);
    out.date_inferred = std::all_of(ms.begin(), ms.end(), [](const Event* e) { return e->date_inferred; });
    out.alternative_dates = alternatives(ms, out.date);
    for (const Event* e : ms) {
        union_actors(out, *e, aff);
        out.evidence.insert(out.evidence.end(), e->evidence.begin(), e->evidence.end());
        out.links.insert(out.links.end(), e->links.begin(), e->links.end());
        if (e->status == EventStatus::occurred) out.status = EventStatus::occurred;
    }
    drop_self_targets(out);
    std::sort(out.evidence.begin(), out.evidence.end(), [](const Evidence& a, const Evidence& b) {
        return std::tie(a.article, a.start, a.end, a.text) < std::tie(b.article, b.start, b.end, b.text);
    });
    out.evidence.erase(std::unique(out.evidence.begin(), out.evidence.end()), out.evidence.end());
    std::sort(out.links.begin(), out.links.end(),
              [](const EventLink& a, const EventLink& b) { return std::tie(a.kind, a.cue) < std::tie(b.kind, b.cue); });
    out.links.erase(std::unique(out.links.begin(), out.links.end(),
                                [](const EventLink& a, const EventLink& b) { return a.kind == b.kind && a.cue == b.cue; }),
                    out.links.end());
    if (ms.size() > 1) out.confidence = corroborated(ms);
    return out;
}

// By (date, id): ids are unique, so the order is total. Sorted through integer keys (the days
// and the ids' first bytes), then the events moved once.
void sort_by_date(std::vector<Event>& events, unsigned threads) {
    struct Key {
        std::int64_t first, last;
        detail::StringPrefix prefix;
        std::uint32_t at;
    };
    std::vector<Key> keys;
    keys.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        keys.push_back(Key{e.date.first.time_since_epoch().count(), e.date.last.time_since_epoch().count(),
                           detail::StringPrefix(e.id), static_cast<std::uint32_t>(i)});
    }
    detail::parallel_sort(keys, threads, [&](const Key& a, const Key& b) {
        if (std::tie(a.first, a.last, a.prefix) != std::tie(b.first, b.last, b.prefix))
            return std::tie(a.first, a.last, a.prefix) < std::tie(b.first, b.last, b.prefix);
        if (const int c = events[a.at].id.compare(events[b.at].id); c != 0) return c < 0;
        return a.at < b.at;
    });
    std::vector<Event> out;
    out.reserve(events.size());
    for (const Key& k : keys) out.push_back(std::move(events[k.at]));
    events = std::move(out);
}

// Clusters per chunk at least when the merged events are built in parallel.
constexpr std::size_t merged_grain = 256;

}  // namespace

std::vector<Event> merge_events(const std::vector<Event>& mentions) { return merge_events(mentions, {}); }

std::vector<Event> merge_events(const std::vector<Event>& mentions, const std::vector<Actor>& actors,
                                unsigned threads) {
    const std::vector<const Event*> sorted = canonical(mentions, threads);
    const Affiliations aff = detail::affiliations_of(actors);
    const detail::MentionSet set = detail::features_of_all(sorted, aff, threads);
    const auto clusters = detail::cluster_mentions(set.features, aff, set.names, threads);
    std::vector<Event> out(clusters.size());
    detail::parallel_for(clusters.size(), threads, merged_grain, [&](std::size_t c) {
        std::vector<const Event*> ms;
        ms.reserve(clusters[c].size());
        for (std::size_t i : clusters[c]) ms.push_back(sorted[i]);
        out[c] = merged(ms, aff);
    });
    sort_by_date(out, threads);
    return out;
}

MergeVerdict compare_mentions(const Event& a, const Event& b, const std::vector<Actor>& actors) {
    const Affiliations aff = detail::affiliations_of(actors);
    detail::Interner names;
    const MentionFeatures fa = detail::features_of(a, aff, names);
    return detail::verdict(fa, detail::features_of(b, aff, names), aff);
}

}  // namespace crisis
