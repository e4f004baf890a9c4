// The parts of the graph stage that need no Boost.Graph (internal): actor sets, hub actors,
// the interaction matrix and the resolution of "in response to" / "after" links.
#pragma once

#include <crisis/graph.hpp>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace crisis::graph_detail {

// Every actor of an event once (sources then targets, sorted, unique).
[[nodiscard]] std::vector<std::string> participants(const Event& e);

// actor id -> the id it stands for in storylines: a person's country or organisation.
[[nodiscard]] std::map<std::string, std::string, std::less<>> stand_ins(const Timeline& t);

// Actors in more than a third of the events (with at least six events): they take part in
// almost everything, so storylines do not link through them.
[[nodiscard]] std::set<std::string, std::less<>> hubs(const std::vector<std::vector<std::string>>& event_actors);

// Counts by quad class for each ordered (source, target) pair of actors, sorted.
[[nodiscard]] std::vector<Interaction> interactions(const std::vector<Event>& events);

// For each link of each event, the earlier event it most likely points to: a recent event
// whose source is this event's target (a response), or that shares its actors, best matching
// the cue's words. Unresolved links give no edge. Edges sorted by (from, kind, cue).
[[nodiscard]] std::vector<EventEdge> link_edges(const std::vector<Event>& events,
                                                const std::map<std::string, std::string, std::less<>>& stand);

// Normalised betweenness (as Boost's brandes + relative_betweenness_centrality give it, on an
// undirected multigraph of keys.size() vertices) estimated from the shortest paths of `k`
// source vertices only, scaled by n/k: O(k·(V+E)). The sources are the first k vertices in
// the order of a fixed 64-bit FNV-1a hash of their keys (ties by key), so the result depends
// only on the graph's content. With k >= n it is exact. `threads` > 1 runs the passes on that
// many threads, with the same result to the last bit.
[[nodiscard]] std::vector<double> sampled_betweenness(const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                                      const std::vector<std::string>& keys, std::size_t k,
                                                      unsigned threads = 1);

}  // namespace crisis::graph_detail
