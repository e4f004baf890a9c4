// The merge compares only mentions that share a blocking key: the keys must never keep apart two
// mentions the rules call the same happening (src/timeline/blocking.hpp).
#include "timeline_fixtures.hpp"

#include "timeline/blocking.hpp"
#include "timeline/merge_rules.hpp"

#include <crisis/timeline.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using fixtures::day;
using fixtures::event;
using fixtures::month;
using fixtures::Mention;

namespace {

bool share(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i == *j) return true;
        *i < *j ? ++i : ++j;
    }
    return false;
}

// Every combination of a few dates, codes, actor sets and sentences: pairs of all kinds the
// rules tell apart (equal and nested dates, inferred dates, statements beside acts, mentions
// with and without actors, similar and different wording).
std::vector<crisis::Event> combinations() {
    const std::vector<crisis::CalendarDate> dates{day(2022, 1, 26), day(2022, 1, 27), month(2022, 1),
                                                  day(2021, 12, 17), month(2021, 12)};
    const std::vector<std::string> codes{"01", "010", "12", "163", "166", "04"};
    const std::vector<std::vector<std::string>> actors{
        {}, {"united-states"}, {"antony-blinken"}, {"russia"}, {"sergei-lavrov"}, {"nato", "united-states"}};
    const std::vector<std::string> sentences{
        "The United States delivered its written response to Russia",
        "Washington delivered a written response on security guarantees",
        "Russian units kept arriving in Belarus for drills",
        "Units kept arriving in Belarus",
        "Allies rejected the demands from Moscow about enlargement in Europe",
        "Allies rejected demands from Moscow over security guarantees in Europe",
        "Diplomats rejected demands over security guarantees and enlargement",
    };
    std::vector<crisis::Event> out;
    int n = 0;
    for (const auto& d : dates)
        for (const auto& c : codes)
            for (std::size_t a = 0; a < actors.size(); ++a)
                for (const auto& s : sentences) {
                    ++n;
                    const bool inferred = n % 3 == 0 && d.precision == crisis::Precision::day;
                    const auto target = a % 3 == 1 ? actors[(a + 3) % actors.size()] : std::vector<std::string>{};
                    // Words of its own make the shared words the common ones, which a prefix
                    // filter that keeps too few words misses.
                    const std::string own = n % 2 ? "" : " own" + std::to_string(n) + " word" + std::to_string(n);
                    out.push_back(event(Mention{"m" + std::to_string(n), d, c, actors[a], target, s + own,
                                                "art" + std::to_string(n), static_cast<std::uint32_t>(n), inferred}));
                }
    return out;
}

// The generated mentions with their features (which point into them and into the affiliations).
struct Featured {
    crisis::detail::Affiliations aff = crisis::detail::affiliations_of(fixtures::cast());
    std::vector<crisis::Event> mentions = combinations();
    crisis::detail::Interner names;
    std::vector<crisis::detail::MentionFeatures> fs;

    Featured() {
        for (const auto& e : mentions) fs.push_back(crisis::detail::features_of(e, aff, names));
    }
    Featured(const Featured&) = delete;
    Featured& operator=(const Featured&) = delete;
};

}  // namespace

TEST_CASE("two mentions the rules call the same happening always share a blocking key", "[timeline]") {
    const auto actors = fixtures::cast();
    const auto mentions = combinations();
    const auto aff = crisis::detail::affiliations_of(actors);
    crisis::detail::Interner names;
    std::vector<crisis::detail::MentionFeatures> fs;
    for (const auto& e : mentions) fs.push_back(crisis::detail::features_of(e, aff, names));
    const crisis::detail::WordRanks ranks(fs, names);
    std::vector<crisis::detail::MentionKeys> keys;
    for (const auto& f : fs) {
        keys.push_back(crisis::detail::keys_of(f, ranks));
        std::sort(keys.back().index.begin(), keys.back().index.end());
        std::sort(keys.back().probe.begin(), keys.back().probe.end());
    }
    std::size_t same = 0, missed = 0, actorless = 0;
    for (std::size_t i = 0; i < fs.size(); ++i)
        for (std::size_t j = i + 1; j < fs.size(); ++j) {
            if (!crisis::detail::decide(fs[i], fs[j], aff).same) continue;
            ++same;
            if (!fs[i].has_actors || !fs[j].has_actors) ++actorless;
            if (!share(keys[i].index, keys[j].probe) || !share(keys[j].index, keys[i].probe)) ++missed;
        }
    CHECK(same > 1000);  // the combinations exercise the rules
    CHECK(actorless > 100);  // and the word keys
    CHECK(missed == 0);
}

TEST_CASE("a happening told a thousand times is one event", "[timeline]") {
    std::vector<crisis::Event> mentions;
    for (int i = 0; i < 1000; ++i)
        mentions.push_back(event({"r" + std::to_string(1000 + i), day(2022, 1, 26), "12", {"nato"}, {"russia"},
                                  "NATO rejected the Russian demands on Wednesday", "art" + std::to_string(i)}));
    const auto merged = crisis::merge_events(mentions, fixtures::cast());
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].evidence.size() == 1000);
}

TEST_CASE("distinct reports of one actor on one day stay apart however many there are", "[timeline]") {
    std::vector<crisis::Event> mentions;
    for (int i = 0; i < 300; ++i)  // undated, nothing in common: never the same happening
        mentions.push_back(event({"u" + std::to_string(1000 + i), day(2022, 1, 26), "01", {"russia"}, {},
                                  "word" + std::to_string(i) + " other" + std::to_string(i), "art" + std::to_string(i),
                                  0, true}));
    CHECK(crisis::merge_events(mentions, fixtures::cast()).size() == 300);
}

TEST_CASE("counting shared words through one mention's marks decides as the merge of the lists", "[timeline]") {
    const Featured featured;
    const auto& [aff, mentions, names, fs] = featured;
    crisis::detail::WordMarks marks(names.size());
    std::size_t differ = 0, similar = 0;
    for (std::size_t i = 0; i < fs.size(); i += 3) {
        marks.mark(fs[i].words);
        for (std::size_t j = 0; j < fs.size(); ++j) {
            const auto plain = crisis::detail::decide(fs[i], fs[j], aff);
            const auto a = crisis::detail::decide(fs[i], fs[j], aff, &marks);  // marks of the first
            const auto b = crisis::detail::decide(fs[j], fs[i], aff, &marks);  // of the second
            const auto merged = crisis::detail::word_similarity(fs[i].words, fs[j].words);
            similar += merged > 0.0;
            differ += crisis::detail::word_similarity(fs[i].words, fs[j].words, &marks) != merged;
            differ += a.same != plain.same || a.score != plain.score || a.may_join != plain.may_join ||
                      std::string(a.reason) != plain.reason;
            const auto back = crisis::detail::decide(fs[j], fs[i], aff);
            differ += b.same != back.same || b.score != back.score || b.may_join != back.may_join;
        }
        marks.clear();
    }
    CHECK(similar > 10000);
    CHECK(differ == 0);
}

TEST_CASE("what a cluster's head and a word sketch rule out, decide rules out too", "[timeline]") {
    const Featured featured;
    const auto& [aff, mentions, names, fs] = featured;
    std::size_t ruled_out = 0, wrong = 0, sketched = 0, sketch_wrong = 0;
    for (std::size_t i = 0; i < fs.size(); ++i)
        for (std::size_t j = 0; j < fs.size(); j += 2) {
            if (crisis::detail::differ_in_date_or_type(fs[i], fs[j])) {
                ++ruled_out;
                const auto d = crisis::detail::decide(fs[std::min(i, j)], fs[std::max(i, j)], aff);
                wrong += d.same || d.may_join;
            }
            const double similarity = crisis::detail::word_similarity(fs[i].words, fs[j].words);
            for (const double t : {0.25, 0.3, 0.35, 0.5})
                if (crisis::detail::surely_below(fs[i], fs[j], t)) ++sketched, sketch_wrong += similarity >= t;
            CHECK(crisis::detail::most_common_words(fs[i], fs[j]) >=
                  static_cast<std::size_t>(similarity * static_cast<double>(fs[i].words.size() + fs[j].words.size()) /
                                           (1.0 + similarity) - 1e-9));
        }
    CHECK(ruled_out > 100000);  // the test sees the rule at work
    CHECK(sketched > 100000);
    CHECK(wrong == 0);
    CHECK(sketch_wrong == 0);
}
