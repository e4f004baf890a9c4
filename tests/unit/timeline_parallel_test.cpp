// The merge shares its work among threads in contiguous chunks put back in order: no result may
// depend on the number of threads (src/timeline/parallel.hpp).
#include "timeline_fixtures.hpp"

#include "timeline/merge_rules.hpp"
#include "timeline/parallel.hpp"

#include <crisis/timeline.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using fixtures::day;
using fixtures::event;
using fixtures::Mention;

namespace {

// `prefix` then `n` (appended piece by piece: GCC 12 warns, wrongly, of "x" + std::to_string(n)).
std::string numbered(const char* prefix, int n) {
    std::string s(prefix);
    s += std::to_string(n);
    return s;
}

// Enough mentions for several chunks of every parallel step, in no particular order: days,
// codes, actors and wordings that merge in many ways.
std::vector<crisis::Event> many_mentions() {
    const std::vector<std::string> codes{"01", "010", "12", "163", "04", "13"};
    const std::vector<std::vector<std::string>> actors{
        {}, {"united-states"}, {"antony-blinken"}, {"russia"}, {"sergei-lavrov"}, {"nato", "united-states"}};
    const std::vector<std::string> sentences{
        "The United States delivered its written response to Russia",
        "Washington delivered a written response on security guarantees",
        "Russian units kept arriving in Belarus for drills",
        "Allies rejected the demands from Moscow about enlargement in Europe",
        "Diplomats rejected demands over security guarantees and enlargement",
    };
    std::vector<crisis::Event> out;
    int n = 0;
    for (unsigned d = 1; d <= 12; ++d)
        for (const auto& c : codes)
            for (std::size_t a = 0; a < actors.size(); ++a)
                for (const auto& s : sentences)
                    for (int copy = 0; copy < 4; ++copy) {
                        ++n;
                        const auto target = a % 3 == 1 ? actors[(a + 3) % actors.size()] : std::vector<std::string>{};
                        const std::string own = n % 2 ? "" : numbered(" word", n % 97);
                        out.push_back(event(Mention{numbered("m", n * 7919 % 100003), day(2022, 1, d), c, actors[a],
                                                    target, s + own, numbered("art", n % 500),
                                                    static_cast<std::uint32_t>(n), n % 5 == 0}));
                    }
    return out;
}

// A one-line dump of each merged event.
std::vector<std::string> dump(const std::vector<crisis::Event>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) {
        std::string line = e.id + " " + e.cameo + " " + std::to_string(e.date.first.time_since_epoch().count());
        for (const auto& m : e.mentions) line += " " + m;
        for (const auto& s : e.source) line += " s:" + s;
        for (const auto& t : e.target) line += " t:" + t;
        line += " e" + std::to_string(e.evidence.size()) + " c" + std::to_string(e.confidence);
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("merging gives the same events on any number of threads", "[timeline]") {
    const auto mentions = many_mentions();
    REQUIRE(mentions.size() > 8000);
    const auto expected = dump(crisis::merge_events(mentions, fixtures::cast(), 1));
    CHECK(expected.size() < mentions.size() / 4);  // the mentions do merge
    for (const unsigned threads : {2u, 3u, 4u, 7u}) {
        INFO("threads: " << threads);
        CHECK(dump(crisis::merge_events(mentions, fixtures::cast(), threads)) == expected);
    }
}

TEST_CASE("features computed in parallel chunks number strings as one interner does", "[timeline]") {
    const auto mentions = many_mentions();
    std::vector<const crisis::Event*> es;
    for (const auto& e : mentions) es.push_back(&e);
    const auto aff = crisis::detail::affiliations_of(fixtures::cast());
    const auto one = crisis::detail::features_of_all(es, aff, 1);
    for (const unsigned threads : {2u, 5u}) {
        INFO("threads: " << threads);
        const auto many = crisis::detail::features_of_all(es, aff, threads);
        REQUIRE(many.names.size() == one.names.size());
        for (std::uint32_t i = 0; i < one.names.size(); ++i) CHECK(many.names.string(i) == one.names.string(i));
        REQUIRE(many.features.size() == one.features.size());
        for (std::size_t i = 0; i < one.features.size(); ++i) {
            const auto& a = one.features[i];
            const auto& b = many.features[i];
            CHECK(a.event == b.event);
            CHECK(a.words == b.words);
            CHECK(a.cameo == b.cameo);
            CHECK(a.root_id == b.root_id);
            CHECK(a.word_bits == b.word_bits);  // the sketch is redrawn from the renumbered ids
            const auto pa = a.actor_ids.participants(), pb = b.actor_ids.participants();
            REQUIRE(pa.size() == pb.size());
            CHECK(a.actor_ids.sources().size() == b.actor_ids.sources().size());
            for (std::size_t p = 0; p < pa.size(); ++p) {
                CHECK(pa[p].actor == pb[p].actor);
                CHECK(pa[p].affiliation == pb[p].affiliation);
            }
            REQUIRE(a.sentences.size() == b.sentences.size());
            for (std::size_t s = 0; s < a.sentences.size(); ++s) CHECK(a.sentences[s].article == b.sentences[s].article);
        }
    }
}

TEST_CASE("a parallel sort orders as a sort does, whatever the threads and sizes", "[timeline]") {
    std::mt19937 random(7);
    for (const std::size_t n : {0u, 1u, 100u, 8191u, 8192u, 20001u}) {
        std::vector<std::uint32_t> v(n);
        for (auto& x : v) x = static_cast<std::uint32_t>(random());
        auto expected = v;
        std::sort(expected.begin(), expected.end());
        for (const unsigned threads : {1u, 2u, 3u, 8u}) {
            INFO("n: " << n << ", threads: " << threads);
            auto got = v;
            crisis::detail::parallel_sort(got, threads, std::less<>{});
            CHECK(got == expected);
        }
    }
}

TEST_CASE("chunks cover the range once, in order, none smaller than the grain", "[timeline]") {
    for (const std::size_t n : {0u, 1u, 9u, 10u, 1000u, 1001u})
        for (const unsigned threads : {1u, 2u, 4u, 16u}) {
            INFO("n: " << n << ", threads: " << threads);
            const auto chunks = crisis::detail::map_chunks(n, threads, 10, [](std::size_t b, std::size_t e) {
                return std::pair{b, e};
            });
            CHECK(chunks.size() <= threads);
            std::size_t at = 0;
            for (const auto& [b, e] : chunks) {
                CHECK(b == at);
                CHECK((e - b >= 10 || chunks.size() == 1));
                at = e;
            }
            CHECK(at == n);
        }
}

TEST_CASE("uniting partial timelines leaves the merge to combine", "[timeline]") {
    const auto parts = fixtures::sample_parts();
    const crisis::Timeline united = crisis::unite(parts, 2);
    CHECK(united.events.empty());
    CHECK(united.mentions.size() == 6);
    const crisis::Timeline combined = crisis::combine(parts, 2);
    CHECK(dump(crisis::merge_events(united.mentions, united.actors)) == dump(combined.events));
    CHECK(dump(crisis::combine({united}).events) == dump(combined.events));
}
