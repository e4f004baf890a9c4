#include "timeline_fixtures.hpp"

#include <crisis/export.hpp>
#include <crisis/graph.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// Every export of a timeline, one after the other.
std::string outputs(const crisis::Timeline& t) {
    const auto g = crisis::analyse_graph(t);
    return crisis::to_timeline_json(t, g) + crisis::to_events_ndjson(t) + crisis::to_events_csv(t) +
           crisis::to_graphml(t, g) + crisis::to_gexf(t, g) + crisis::to_dot(t, g) + crisis::to_timelinejs(t);
}

crisis::Timeline roundtrip(const std::string& json) {
    auto t = crisis::read_partial(json);
    REQUIRE(t);
    return *t;
}

}  // namespace

TEST_CASE("the order of the partial timelines changes no output byte", "[export]") {
    auto parts = fixtures::sample_parts();
    const std::string expected = outputs(crisis::combine(parts));
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.articles[0].id < b.articles[0].id; });
    int permutations = 0;
    do {
        CHECK(outputs(crisis::combine(parts)) == expected);
        ++permutations;
    } while (std::next_permutation(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
        return a.articles[0].id < b.articles[0].id;
    }));
    CHECK(permutations == 6);
}

TEST_CASE("combining is associative", "[export]") {
    const auto p = fixtures::sample_parts();
    const auto left = crisis::combine({crisis::combine({p[0], p[1]}), p[2]});
    const auto right = crisis::combine({p[0], crisis::combine({p[1], p[2]})});
    CHECK(outputs(left) == outputs(right));
    CHECK(outputs(left) == outputs(crisis::combine(p)));
}

TEST_CASE("combining a timeline with itself adds nothing but diagnostics", "[export]") {
    const auto t = crisis::combine(fixtures::sample_parts());
    CHECK(outputs(crisis::combine({t, t})) == outputs(t));
}

TEST_CASE("extract records merged give the bytes of one build", "[export]") {
    const auto parts = fixtures::sample_parts();
    std::vector<crisis::Timeline> read;
    for (const auto& p : parts) {
        const std::string record = crisis::to_partial_record(p);
        CHECK(record.find('\n') == std::string::npos);
        read.push_back(roundtrip(record));
    }
    CHECK(outputs(crisis::combine(read)) == outputs(crisis::combine(parts)));
}

TEST_CASE("a timeline.json read back rebuilds the same timeline", "[export]") {
    const auto t = crisis::combine(fixtures::sample_parts());
    const std::string json = crisis::to_timeline_json(t, crisis::analyse_graph(t));
    const auto back = crisis::combine({roundtrip(json)});
    CHECK(outputs(back) == outputs(t));
}

TEST_CASE("records that are not partial timelines are refused with a reason", "[export]") {
    const auto message = [](std::string_view json) {
        const auto r = crisis::read_partial(json);
        REQUIRE_FALSE(r);
        return r.error().message;
    };
    CHECK(message("[1, 2]") == "record is not a JSON object");
    CHECK(message("{\"text\": \"an article\"}") == "record has none of \"articles\", \"mentions\", \"diagnostics\"");
    CHECK(message("{\"articles\": [{\"id\": \"a\"}]}") == "field articles[0].path is missing");
    CHECK(message("{\"mentions\": 3}") == "field mentions is not an array");
    CHECK(message("{\"articles\": [{\"id\": \"a\", \"path\": \"p\", \"date\": \"2022-02-30\"}]}") ==
          "field articles[0].date is not a calendar date");
    CHECK(message("{\"art").rfind("not valid JSON: ", 0) == 0);
}
