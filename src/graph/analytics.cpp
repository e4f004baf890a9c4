// Graph analytics that need no graph library: hubs, interactions, link resolution.
#include "graph/graph_detail.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <tuple>

namespace crisis::graph_detail {

namespace {

constexpr std::size_t hub_min_events = 6;   // below this, no actor is a hub
constexpr int link_lookback_days = 45;      // how far back a response may point

// Appends the lower-case words of at least four letters of `s` (enough to match a cue with a
// summary) to `out`.
void add_words(std::string_view s, std::vector<std::string>& out) {
    std::string w;
    auto flush = [&] {
        if (w.size() >= 4) out.push_back(w);
        w.clear();
    };
    for (const char c : s) {
        if (c >= 'A' && c <= 'Z') w.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) w.push_back(c);
        else flush();
    }
    flush();
}

// `v` sorted, each word once.
std::vector<std::string> sorted_unique(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

// The words of `s`, sorted, each once.
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    add_words(s, out);
    return sorted_unique(std::move(out));
}

std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t n = 0;
    for (const auto& x : a) n += static_cast<std::size_t>(std::count(b.begin(), b.end(), x));
    return n;
}

std::vector<std::string> stood(const std::vector<std::string>& ids,
                               const std::map<std::string, std::string, std::less<>>& stand) {
    std::vector<std::string> out;
    for (const auto& id : ids) {
        const auto it = stand.find(id);
        out.push_back(it == stand.end() ? id : it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

struct Candidate {
    std::size_t score = 0;
    date::sys_days day;
    const Event* event = nullptr;
};

// What link_score needs of a candidate event, computed once per event instead of once per
// (link, candidate) pair.
struct LinkFacts {
    std::vector<std::string> source, target, participants;  // stood-in, sorted, unique
    std::vector<std::string> words;                         // of the summary and the evidence (sorted, unique)
    std::uint64_t bits = 0;  // one bit per participant (hashed): disjoint bits, no shared actor
};

std::uint64_t actor_bits(const std::vector<std::string>& ids) {
    std::uint64_t out = 0;
    for (const auto& id : ids) out |= std::uint64_t{1} << (std::hash<std::string_view>{}(id) % 64);
    return out;
}

LinkFacts link_facts(const Event& e, const std::map<std::string, std::string, std::less<>>& stand) {
    std::vector<std::string> all;
    add_words(e.summary, all);
    for (const auto& ev : e.evidence) add_words(ev.text, all);
    LinkFacts f{stood(e.source, stand), stood(e.target, stand), stood(participants(e), stand),
                sorted_unique(std::move(all))};
    f.bits = actor_bits(f.participants);
    return f;
}

// How well `c` fits as the event that `e`'s link with `cue` points to (0: not at all).
std::size_t link_score(const LinkFacts& e, const LinkFacts& c, const std::vector<std::string>& cue) {
    // A response shares an actor too (sources and targets are among the participants).
    if ((e.bits & c.bits) == 0) return 0;
    const std::size_t responds = shared(c.source, e.target);
    const std::size_t common = shared(c.participants, e.participants);
    if (responds + common == 0) return 0;
    std::size_t cue_words = 0;
    for (const auto& w : cue) cue_words += std::binary_search(c.words.begin(), c.words.end(), w) ? 1 : 0;
    return 4 * cue_words + 2 * responds + common;
}

// The facts of each event, computed the first time a link looks at it (most events are never in
// a linking event's window; without links none is).
class Facts {
public:
    Facts(const std::vector<Event>& events, const std::map<std::string, std::string, std::less<>>& stand)
        : events_(events), stand_(stand), facts_(events.size()) {}
    const LinkFacts& operator[](std::size_t k) {
        if (!facts_[k]) facts_[k] = link_facts(events_[k], stand_);
        return *facts_[k];
    }

private:
    const std::vector<Event>& events_;
    const std::map<std::string, std::string, std::less<>>& stand_;
    std::vector<std::optional<LinkFacts>> facts_;
};

// Event indices by first day, so that a link only looks at its look-back window.
std::vector<std::size_t> by_first_day(const std::vector<Event>& events) {
    std::vector<std::size_t> out(events.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t a, std::size_t b) { return events[a].date.first < events[b].date.first; });
    return out;
}

// The best target of one link of events[i] among the events of its look-back window.
const Event* resolve(std::size_t i, const std::vector<std::string>& cue, const std::vector<Event>& events,
                     Facts& facts, const std::vector<std::size_t>& order) {
    const Event& e = events[i];
    const auto day_of = [&](std::size_t k) { return events[k].date.first; };
    auto it = std::lower_bound(order.begin(), order.end(), e.date.first - date::days{link_lookback_days},
                               [&](std::size_t k, date::sys_days d) { return day_of(k) < d; });
    Candidate best;
    for (; it != order.end() && day_of(*it) <= e.date.first; ++it) {
        if (*it == i) continue;
        const Event& c = events[*it];
        const std::size_t s = link_score(facts[i], facts[*it], cue);
        if (s == 0) continue;
        if (std::tie(s, c.date.first) > std::tie(best.score, best.day) ||
            (s == best.score && c.date.first == best.day && best.event && c.id < best.event->id))
            best = Candidate{s, c.date.first, &c};
    }
    return best.event;
}

}  // namespace

std::vector<std::string> participants(const Event& e) {
    std::vector<std::string> out = e.source;
    out.insert(out.end(), e.target.begin(), e.target.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::map<std::string, std::string, std::less<>> stand_ins(const Timeline& t) {
    std::map<std::string, std::string, std::less<>> out;
    for (const auto& a : t.actors)
        if (a.affiliation && !a.affiliation->empty()) out.emplace(a.id, *a.affiliation);
    return out;
}

std::set<std::string, std::less<>> hubs(const std::vector<std::vector<std::string>>& event_actors) {
    std::map<std::string, std::size_t> count;
    for (const auto& actors : event_actors)
        for (const auto& a : actors) ++count[a];
    std::set<std::string, std::less<>> out;
    if (event_actors.size() < hub_min_events) return out;
    for (const auto& [a, n] : count)
        if (3 * n > event_actors.size()) out.insert(a);
    return out;
}

std::vector<Interaction> interactions(const std::vector<Event>& events) {
    std::map<std::pair<std::string, std::string>, std::array<std::size_t, 4>> m;
    for (const auto& e : events) {
        if (e.quad_class < 1 || e.quad_class > 4) continue;
        for (const auto& s : e.source)
            for (const auto& t : e.target)
                if (s != t) ++m[{s, t}][static_cast<std::size_t>(e.quad_class - 1)];
    }
    std::vector<Interaction> out;
    for (const auto& [pair, counts] : m) out.push_back(Interaction{pair.first, pair.second, counts});
    return out;
}

std::vector<EventEdge> link_edges(const std::vector<Event>& events,
                                  const std::map<std::string, std::string, std::less<>>& stand) {
    Facts facts(events, stand);
    const std::vector<std::size_t> order = by_first_day(events);
    std::vector<EventEdge> out;
    for (std::size_t i = 0; i < events.size(); ++i)
        for (const auto& link : events[i].links)
            if (const Event* to = resolve(i, words(link.cue), events, facts, order))
                out.push_back(EventEdge{events[i].id, to->id, link.kind, link.cue});
    std::sort(out.begin(), out.end(), [](const EventEdge& a, const EventEdge& b) {
        return std::tie(a.from, a.kind, a.cue, a.to) < std::tie(b.from, b.kind, b.cue, b.to);
    });
    return out;
}

}  // namespace crisis::graph_detail
