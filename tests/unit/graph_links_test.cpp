// Links between events ("in response to"): resolved to the earlier event they most likely mean.
#include "timeline_fixtures.hpp"

#include <crisis/graph.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

TEST_CASE("a response links to the recent event whose source is its target and that best shares the cue's words", "[graph]") {
    const auto t = crisis::combine(fixtures::sample_parts());
    const auto g = crisis::analyse_graph(t);
    std::vector<crisis::EventEdge> links;
    std::copy_if(g.event_edges.begin(), g.event_edges.end(), std::back_inserter(links),
                 [](const crisis::EventEdge& e) { return e.kind != "next"; });
    REQUIRE(links.size() == 1);
    CHECK(links[0].from == "a3-60");
    // The US warning of "a swift response" (US -> Russia, and the cue's word "response") outscores
    // the US answers (US -> Russia, no word of the cue) and the Geneva meeting (no US source).
    CHECK(links[0].to == "a1-90");
    CHECK(links[0].kind == "response_to");
    CHECK(links[0].cue == "in response to the US letter");
}
