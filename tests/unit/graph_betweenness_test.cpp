// Sampled betweenness (the approximation analyse_graph uses above 4096 vertices).
#include "graph/graph_detail.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace {

using Edges = std::vector<std::pair<std::size_t, std::size_t>>;

std::vector<std::string> keys(std::size_t n) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back("v" + std::to_string(i));
    return out;
}

}  // namespace

TEST_CASE("sampled betweenness with every vertex as a pivot is exact Brandes, normalised", "[graph]") {
    const Edges star{{0, 1}, {0, 2}, {0, 3}, {0, 4}};  // the centre is on every leaf-to-leaf path
    const auto c = crisis::graph_detail::sampled_betweenness(star, keys(5), 5);
    CHECK(c[0] == Approx(1.0));
    for (std::size_t i = 1; i < 5; ++i) CHECK(c[i] == Approx(0.0));
    const Edges path{{0, 1}, {1, 2}, {2, 3}};  // 0-1-2-3: 1 and 2 each lie on 2 of the 3 pairs
    const auto p = crisis::graph_detail::sampled_betweenness(path, keys(4), 4);
    CHECK(p[1] == Approx(2.0 / 3.0));
    CHECK(p[2] == Approx(2.0 / 3.0));
}

TEST_CASE("sampled betweenness is deterministic and scaled from the pivots", "[graph]") {
    Edges path;
    for (std::size_t i = 1; i < 50; ++i) path.emplace_back(i - 1, i);
    const auto a = crisis::graph_detail::sampled_betweenness(path, keys(50), 10);
    const auto b = crisis::graph_detail::sampled_betweenness(path, keys(50), 10);
    CHECK(a == b);
    CHECK(a.front() == 0.0);  // an end of the path is on no shortest path between two others
    CHECK(a[25] > a[2]);      // the middle carries more paths than a vertex near an end
    CHECK(a[25] == Approx(0.5).margin(0.15));  // exact: 2·25·24 / (49·48) = 0.51
}

TEST_CASE("sampled betweenness on several threads is the one-thread result to the last bit", "[graph]") {
    Edges g;  // a bipartite multigraph like the actor–event graph: 7 actors, 300 events
    for (std::size_t e = 0; e < 300; ++e) {
        g.emplace_back(e % 7, 7 + e);
        g.emplace_back((e * 3 + 1) % 7, 7 + e);
        if (e % 5 == 0) g.emplace_back((e * 3 + 1) % 7, 7 + e);  // a parallel edge
    }
    const auto one = crisis::graph_detail::sampled_betweenness(g, keys(307), 100);
    for (const unsigned threads : {2u, 3u, 8u})
        CHECK(crisis::graph_detail::sampled_betweenness(g, keys(307), 100, threads) == one);
}
