// graph: the actor–event graph (the only file that includes Boost.Graph) and its analytics.
//
// Vertices are actors and events (bundled properties); actor→event edges carry the role
// (source, target); event→event edges carry "next" (the following event of the same storyline)
// or a link kind ("response_to", "after").
//
// Storylines are the connected groups of events through shared actors, where a person counts as
// their country or organisation, and where hub actors (in more than a third of the events: in
// this crisis Russia, often the United States) do not connect: through them every event would
// touch every other and the whole crisis would be one storyline. Events whose actors are all
// hubs connect when they have the same actors (every US–Russia exchange is one thread), and an
// explicit link ("in response to") always connects.
#include <crisis/graph.hpp>

#include "graph/graph_detail.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace crisis {

namespace {

enum class VertexKind : std::uint8_t { actor, event };

struct VertexProps {
    VertexKind kind = VertexKind::actor;
    std::string id;
};

struct EdgeProps {
    std::string kind;  // "source", "target", "next", "response_to", "after"
    std::string cue;   // a link's words
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Vertex = Graph::vertex_descriptor;

struct Built {
    Graph g;
    std::map<std::string, Vertex, std::less<>> actor;
    std::vector<Vertex> event;  // by index into timeline.events
};

// Actor vertices first (sorted by id), then event vertices (in timeline order), then role edges.
Built build(const Timeline& t) {
    Built b;
    for (const auto& a : t.actors) b.actor.emplace(a.id, boost::add_vertex(VertexProps{VertexKind::actor, a.id}, b.g));
    for (const auto& e : t.events) {
        for (const auto& ids : {e.source, e.target})
            for (const auto& id : ids)
                if (!b.actor.contains(id)) b.actor.emplace(id, boost::add_vertex(VertexProps{VertexKind::actor, id}, b.g));
    }
    for (const auto& e : t.events) {
        const Vertex v = boost::add_vertex(VertexProps{VertexKind::event, e.id}, b.g);
        b.event.push_back(v);
        for (const auto& id : e.source) boost::add_edge(b.actor.at(id), v, EdgeProps{"source", ""}, b.g);
        for (const auto& id : e.target) boost::add_edge(b.actor.at(id), v, EdgeProps{"target", ""}, b.g);
    }
    return b;
}

// Up to this many vertices betweenness is exact (Brandes, O(V·E)); above it, it is estimated
// from exact_betweenness_limit / 4 source vertices chosen by a hash of their ids, O(V+E) each
// (graph_detail::sampled_betweenness).
constexpr std::size_t exact_betweenness_limit = 4096;
constexpr std::size_t betweenness_pivots = exact_betweenness_limit / 4;

std::string vertex_key(const VertexProps& p) { return (p.kind == VertexKind::actor ? "actor:" : "event:") + p.id; }

std::vector<double> sampled_betweenness(const Graph& g, unsigned threads) {
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (const auto e : boost::make_iterator_range(boost::edges(g)))
        if (g[boost::source(e, g)].kind == VertexKind::actor) edges.emplace_back(boost::source(e, g), boost::target(e, g));
    std::vector<std::string> keys;
    for (const auto v : boost::make_iterator_range(boost::vertices(g))) keys.push_back(vertex_key(g[v]));
    return graph_detail::sampled_betweenness(edges, keys, betweenness_pivots, threads);
}

std::vector<double> exact_betweenness(const Graph& g) {
    Undirected u(boost::num_vertices(g));
    for (const auto e : boost::make_iterator_range(boost::edges(g)))
        if (g[boost::source(e, g)].kind == VertexKind::actor) boost::add_edge(boost::source(e, g), boost::target(e, g), u);
    std::vector<double> c(boost::num_vertices(u), 0.0);
    const auto map = boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, u));
    boost::brandes_betweenness_centrality(u, boost::centrality_map(map));
    if (boost::num_vertices(u) > 2) boost::relative_betweenness_centrality(u, map);
    return c;
}

// Normalised betweenness on the undirected actor–event graph, rounded so that the bytes of the
// output do not depend on the last bits of floating-point sums.
std::vector<double> betweenness(const Graph& g, unsigned threads) {
    std::vector<double> c = boost::num_vertices(g) <= exact_betweenness_limit ? exact_betweenness(g)
                                                                               : sampled_betweenness(g, threads);
    for (double& x : c) x = std::round(x * 1e6) / 1e6;
    return c;
}

std::vector<ActorCentrality> centrality(const Built& b, unsigned threads) {
    const std::vector<double> between = betweenness(b.g, threads);
    std::vector<ActorCentrality> out;
    for (const auto& [id, v] : b.actor) {
        std::vector<Vertex> events;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, b.g))) events.push_back(boost::target(e, b.g));
        std::sort(events.begin(), events.end());
        const auto degree = static_cast<std::size_t>(std::unique(events.begin(), events.end()) - events.begin());
        out.push_back(ActorCentrality{id, degree, between[v]});
    }
    return out;
}

// Events connected through non-hub actors, through identical hub-only actor sets, and by links.
std::vector<std::size_t> storyline_components(const Timeline& t, const std::vector<EventEdge>& links) {
    const auto stand = graph_detail::stand_ins(t);
    std::vector<std::vector<std::string>> actors;
    for (const auto& e : t.events) {
        std::vector<std::string> a;
        for (const auto& id : graph_detail::participants(e)) a.push_back(stand.contains(id) ? stand.at(id) : id);
        std::sort(a.begin(), a.end());
        a.erase(std::unique(a.begin(), a.end()), a.end());
        actors.push_back(std::move(a));
    }
    const auto hubs = graph_detail::hubs(actors);
    const std::size_t n = t.events.size();
    Undirected u(n);
    std::map<std::string, std::size_t> first;  // connecting key -> first event with it
    auto connect = [&](const std::string& key, std::size_t i) {
        const auto [it, fresh] = first.emplace(key, i);
        if (!fresh) boost::add_edge(it->second, i, u);
    };
    for (std::size_t i = 0; i < n; ++i) {
        std::string hub_set = "hubs:";
        for (const auto& a : actors[i]) {
            if (hubs.contains(a)) hub_set += a + ",";
            else connect("actor:" + a, i);
        }
        if (std::none_of(actors[i].begin(), actors[i].end(), [&](const auto& a) { return !hubs.contains(a); }) &&
            !actors[i].empty())
            connect(hub_set, i);
    }
    std::map<std::string, std::size_t, std::less<>> index;
    for (std::size_t i = 0; i < n; ++i) index.emplace(t.events[i].id, i);
    for (const auto& l : links) boost::add_edge(index.at(l.from), index.at(l.to), u);
    std::vector<std::size_t> component(n);
    if (n > 0) boost::connected_components(u, component.data());
    return component;
}


// Storylines from the components, in the order of their first event (timeline order).
std::vector<Storyline> storylines(const Timeline& t, const std::vector<std::size_t>& component) {
    std::map<std::size_t, std::size_t> slot;  // component -> index in out
    std::vector<Storyline> out;
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const auto [it, fresh] = slot.emplace(component[i], out.size());
        if (fresh) out.push_back(Storyline{"story-" + t.events[i].id, {}, {}});
        Storyline& s = out[it->second];
        s.events.push_back(t.events[i].id);
        for (const auto& a : graph_detail::participants(t.events[i])) s.actors.push_back(a);
    }
    for (auto& s : out) {
        std::sort(s.actors.begin(), s.actors.end());
        s.actors.erase(std::unique(s.actors.begin(), s.actors.end()), s.actors.end());
    }
    return out;
}

// Event→event edges of the graph: "next" within each storyline, then the links.
void add_event_edges(Built& b, const Timeline& t, const std::vector<Storyline>& stories,
                     const std::vector<EventEdge>& links) {
    std::map<std::string, Vertex, std::less<>> vertex;
    for (std::size_t i = 0; i < t.events.size(); ++i) vertex.emplace(t.events[i].id, b.event[i]);
    for (const auto& s : stories)
        for (std::size_t k = 1; k < s.events.size(); ++k)
            boost::add_edge(vertex.at(s.events[k - 1]), vertex.at(s.events[k]), EdgeProps{"next", ""}, b.g);
    for (const auto& l : links) boost::add_edge(vertex.at(l.from), vertex.at(l.to), EdgeProps{l.kind, l.cue}, b.g);
}

std::vector<EventEdge> event_edges(const Graph& g) {
    std::vector<EventEdge> out;
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const Vertex from = boost::source(e, g);
        if (g[from].kind == VertexKind::event)
            out.push_back(EventEdge{g[from].id, g[boost::target(e, g)].id, g[e].kind, g[e].cue});
    }
    return out;
}

}  // namespace

GraphAnalytics analyse_graph(const Timeline& t, unsigned threads) {
    Built b = build(t);
    GraphAnalytics out;
    out.centrality = centrality(b, threads);
    out.interactions = graph_detail::interactions(t.events);
    const auto links = graph_detail::link_edges(t.events, graph_detail::stand_ins(t));
    out.storylines = storylines(t, storyline_components(t, links));
    add_event_edges(b, t, out.storylines, links);
    out.event_edges = event_edges(b.g);
    return out;
}

}  // namespace crisis
