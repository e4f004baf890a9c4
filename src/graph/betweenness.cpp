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

using Adjacency = std::vector<std::vector<std::size_t>>;

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
void accumulate_from(std::size_t s, const Adjacency& adj, std::vector<double>& c) {
    const std::size_t n = adj.size();
    std::vector<long> dist(n, -1);
    std::vector<double> sigma(n, 0.0), delta(n, 0.0);
    std::vector<std::size_t> order;  // vertices in the order reached
    order.reserve(n);
    dist[s] = 0;
    sigma[s] = 1.0;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
        const std::size_t v = order[head];
        for (const std::size_t w : adj[v]) {
            if (dist[w] < 0) { dist[w] = dist[v] + 1; order.push_back(w); }
            if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
        }
    }
    for (std::size_t i = order.size(); i-- > 1;) {  // farthest first; the source last (skipped)
        const std::size_t w = order[i];
        for (const std::size_t v : adj[w])
            if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
        c[w] += delta[w];
    }
}

}  // namespace

std::vector<double> sampled_betweenness(const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                        const std::vector<std::string>& keys, std::size_t k) {
    const std::size_t n = keys.size();
    Adjacency adj(n);
    for (const auto& [a, b] : edges) {  // parallel edges stay: each is a shortest path of its own
        adj[a].push_back(b);
        adj[b].push_back(a);
    }
    std::vector<double> c(n, 0.0);
    const std::vector<std::size_t> sources = pivots(keys, k);
    for (const std::size_t s : sources) accumulate_from(s, adj, c);
    if (n <= 2 || sources.empty()) return c;
    // Scale the sample to all n sources, halve (each undirected pair is counted from both
    // ends), and normalise by the (n-1)(n-2)/2 pairs not involving the vertex.
    const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) /
                         (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& x : c) x *= scale;
    return c;
}

}  // namespace crisis::graph_detail
