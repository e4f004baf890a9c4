// graph: actors and events as a graph (Boost.Graph behind this header) and its analytics.
#pragma once

#include <crisis/timeline.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace crisis {

struct ActorCentrality {
    std::string actor;
    std::size_t degree = 0;     // events the actor takes part in
    double betweenness = 0.0;   // normalised, on the actor–event graph
};

struct Storyline {
    std::string id;                   // stable: from its earliest event id
    std::vector<std::string> events;  // event ids in date order
    std::vector<std::string> actors;  // actor ids, sorted
};

struct Interaction {
    std::string source;
    std::string target;
    std::array<std::size_t, 4> by_quad{};  // counts for quad classes 1..4
};

struct EventEdge {
    std::string from;  // event id
    std::string to;    // event id
    std::string kind;  // "next" (chronological order), "response_to", "after"
    std::string cue;   // for a link: the words that say so (EventLink::cue); empty for "next"
};

struct GraphAnalytics {
    std::vector<ActorCentrality> centrality;  // sorted by id
    std::vector<Storyline> storylines;        // sorted by first event date, then id
    std::vector<Interaction> interactions;    // sorted by (source, target)
    std::vector<EventEdge> event_edges;
};

// The graph of `timeline` and its analytics. `threads` > 1 computes the estimated betweenness
// of large graphs on that many threads; the result is the same for every value.
[[nodiscard]] GraphAnalytics analyse_graph(const Timeline& timeline, unsigned threads = 1);

}  // namespace crisis
