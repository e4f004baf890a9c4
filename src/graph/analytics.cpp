// Graph analytics that need no graph library: hubs, interactions, link resolution.
#include "graph/graph_detail.hpp"

#include <algorithm>
#include <tuple>

namespace crisis::graph_detail {

namespace {

constexpr std::size_t hub_min_events = 6;   // below this, no actor is a hub
constexpr int link_lookback_days = 45;      // how far back a response may point

// Lower-case words of at least four letters (enough to match a cue with a summary).
std::set<std::string> words(std::string_view s) {
    std::set<std::string> out;
    std::string w;
    auto flush = [&] {
        if (w.size() >= 4) out.insert(w);
        w.clear();
    };
    for (const char c : s) {
        if (c >= 'A' && c <= 'Z') w.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) w.push_back(c);
        else flush();
    }
    flush();
    return out;
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

// How well `c` fits as the event that `e`'s link with `cue` points to (0: not at all).
std::size_t link_score(const Event& e, const Event& c, const std::set<std::string>& cue,
                       const std::map<std::string, std::string, std::less<>>& stand) {
    const std::size_t responds = shared(stood(c.source, stand), stood(e.target, stand));
    const std::size_t common = shared(stood(participants(c), stand), stood(participants(e), stand));
    if (responds + common == 0) return 0;
    std::set<std::string> theirs = words(c.summary);
    for (const auto& ev : c.evidence) theirs.merge(words(ev.text));
    std::size_t cue_words = 0;
    for (const auto& w : cue) cue_words += theirs.count(w);
    return 4 * cue_words + 2 * responds + common;
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
    std::vector<EventEdge> out;
    for (const auto& e : events) {
        for (const auto& link : e.links) {
            const std::set<std::string> cue = words(link.cue);
            Candidate best;
            for (const auto& c : events) {
                if (&c == &e || c.date.first > e.date.first ||
                    c.date.first < e.date.first - date::days{link_lookback_days})
                    continue;
                const std::size_t s = link_score(e, c, cue, stand);
                if (s == 0) continue;
                if (std::tie(s, c.date.first) > std::tie(best.score, best.day) ||
                    (s == best.score && c.date.first == best.day && best.event && c.id < best.event->id))
                    best = Candidate{s, c.date.first, &c};
            }
            if (best.event) out.push_back(EventEdge{e.id, best.event->id, link.kind, link.cue});
        }
    }
    std::sort(out.begin(), out.end(), [](const EventEdge& a, const EventEdge& b) {
        return std::tie(a.from, a.kind, a.cue, a.to) < std::tie(b.from, b.kind, b.cue, b.to);
    });
    return out;
}

}  // namespace crisis::graph_detail
