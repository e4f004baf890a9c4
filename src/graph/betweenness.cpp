// Betweenness from a sample of sources (Brandes 2008, "On variants of shortest-path
// betweenness centrality", pivot sampling): the graph stage's approximation for large graphs,
// where exact Brandes (one breadth-first search per vertex, O(V·E)) would not finish.
#include "graph/graph_detail.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <thread>
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
void accumulate_from(std::uint32_t s, const Adjacency& adj, Pass& p, double* c) {
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

// The same sums on `threads` threads: each pass adds into a row of its own (starting from zero,
// so a row holds exactly what the pass would add), and the rows are added to `c` in the order
// of the sources, as the sequential loop adds them: the result is bit-identical.
void accumulate_in_parallel(const std::vector<std::size_t>& sources, const Adjacency& adj, unsigned threads,
                            std::vector<double>& c) {
    const std::size_t n = adj.size();
    const std::size_t batch = std::size_t{8} * threads;
    std::vector<double> rows(batch * n);
    std::vector<Pass> passes(threads, Pass(n));
    for (std::size_t from = 0; from < sources.size(); from += batch) {
        const std::size_t count = std::min(batch, sources.size() - from);
        std::fill(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(count * n), 0.0);
        const auto work = [&](unsigned t) {
            for (std::size_t i = t; i < count; i += threads)
                accumulate_from(static_cast<std::uint32_t>(sources[from + i]), adj, passes[t], rows.data() + i * n);
        };
        {
            std::vector<std::jthread> helpers;
            for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(work, t);
            work(0);
        }
        for (std::size_t i = 0; i < count; ++i)
            for (std::size_t w = 0; w < n; ++w) c[w] += rows[i * n + w];
    }
}

}  // namespace

std::vector<double> sampled_betweenness(const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                        const std::vector<std::string>& keys, std::size_t k, unsigned threads) {
    const std::size_t n = keys.size();
    const Adjacency adj(n, edges);
    std::vector<double> c(n, 0.0);
    const std::vector<std::size_t> sources = pivots(keys, k);
    if (threads <= 1) {
        Pass pass(n);
        for (const std::size_t s : sources) accumulate_from(static_cast<std::uint32_t>(s), adj, pass, c.data());
    } else {
        accumulate_in_parallel(sources, adj, threads, c);
    }
    if (n <= 2 || sources.empty()) return c;
    // Scale the sample to all n sources, halve (each undirected pair is counted from both
    // ends), and normalise by the (n-1)(n-2)/2 pairs not involving the vertex.
    const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) /
                         (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& x : c) x *= scale;
    return c;
}

}  // namespace crisis::graph_detail
