// Betweenness from a sample of sources (Brandes 2008, "On variants of shortest-path
// betweenness centrality", pivot sampling): the graph stage's approximation for large graphs,
// where exact Brandes (one breadth-first search per vertex, O(V·E)) would not finish.
#include "graph/graph_detail.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>

namespace crisis::graph_detail {

namespace {

// The graph in compressed rows: the neighbours of v are next[start[v]] ... next[start[v + 1] - 1],
// in the order of the edges (as pushing each edge onto two adjacency lists gives them).
struct Adjacency {
    std::vector<std::uint32_t> start, next;
    Adjacency(std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& edges) : start(n + 1, 0) {
        for (const auto& [a, b] : edges) ++start[a + 1], ++start[b + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        next.resize(start[n]);
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (const auto& [a, b] : edges) {  // parallel edges stay: each is a shortest path of its own
            next[fill[a]++] = static_cast<std::uint32_t>(b);
            next[fill[b]++] = static_cast<std::uint32_t>(a);
        }
    }
    [[nodiscard]] std::size_t size() const { return start.size() - 1; }
};

// What one Brandes pass needs per vertex, allocated once and reset after each pass (only the
// vertices it reached were touched).
struct Pass {
    std::vector<std::int32_t> dist;
    std::vector<double> sigma, delta;
    std::vector<std::uint32_t> order;  // vertices in the order reached
    explicit Pass(std::size_t n) : dist(n, -1), sigma(n, 0.0), delta(n, 0.0) { order.reserve(n); }
    void reset() {
        for (const std::uint32_t v : order) dist[v] = -1, sigma[v] = 0.0, delta[v] = 0.0;
        order.clear();
    }
};

// FNV-1a, 64 bit: a fixed hash, so the pivots depend on the vertex names only.
std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// The `k` vertices first in (hash of key, key) order.
std::vector<std::size_t> pivots(const std::vector<std::string>& keys, std::size_t k) {
    std::vector<std::pair<std::uint64_t, std::size_t>> order;
    order.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order.emplace_back(fnv1a(keys[i]), i);
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : keys[a.second] < keys[b.second];
    });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < std::min(k, order.size()); ++i) out.push_back(order[i].second);
    return out;
}

// Adds the dependencies of every vertex on the shortest paths from `s` (one Brandes pass).
void accumulate_from(std::uint32_t s, const Adjacency& adj, Pass& p, std::vector<double>& c) {
    const std::uint32_t* next = adj.next.data();
    p.dist[s] = 0;
    p.sigma[s] = 1.0;
    p.order.push_back(s);
    for (std::size_t head = 0; head < p.order.size(); ++head) {
        const std::uint32_t v = p.order[head];
        const std::int32_t d = p.dist[v] + 1;
        for (std::uint32_t k = adj.start[v]; k < adj.start[v + 1]; ++k) {
            const std::uint32_t w = next[k];
            if (p.dist[w] < 0) { p.dist[w] = d; p.order.push_back(w); }
            if (p.dist[w] == d) p.sigma[w] += p.sigma[v];
        }
    }
    for (std::size_t i = p.order.size(); i-- > 1;) {  // farthest first; the source last (skipped)
        const std::uint32_t w = p.order[i];
        const std::int32_t d = p.dist[w] - 1;
        for (std::uint32_t k = adj.start[w]; k < adj.start[w + 1]; ++k) {
            const std::uint32_t v = next[k];
            if (p.dist[v] == d) p.delta[v] += p.sigma[v] / p.sigma[w] * (1.0 + p.delta[w]);
        }
        c[w] += p.delta[w];
    }
    p.reset();
}

}  // namespace

std::vector<double> sampled_betweenness(const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                        const std::vector<std::string>& keys, std::size_t k) {
    const std::size_t n = keys.size();
    const Adjacency adj(n, edges);
    Pass pass(n);
    std::vector<double> c(n, 0.0);
    const std::vector<std::size_t> sources = pivots(keys, k);
    for (const std::size_t s : sources) accumulate_from(static_cast<std::uint32_t>(s), adj, pass, c);
    if (n <= 2 || sources.empty()) return c;
    // Scale the sample to all n sources, halve (each undirected pair is counted from both
    // ends), and normalise by the (n-1)(n-2)/2 pairs not involving the vertex.
    const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) /
                         (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& x : c) x *= scale;
    return c;
}

}  // namespace crisis::graph_detail
