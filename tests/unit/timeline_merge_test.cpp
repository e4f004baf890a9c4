#include "timeline_fixtures.hpp"

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

struct Row {
    const char* what;
    Mention a;
    Mention b;
    bool same;
    const char* reason;
};

const std::string response = "The United States delivered its written response to Russia";
const std::string response2 = "Washington delivered a written response to Russia on security guarantees";

// Pairs that must merge and pairs that must not, with the rule that decides.
const std::vector<Row>& rows() {
    static const std::vector<Row> table{
        {"the same day, type and actors in two articles",
         {"a1", day(2022, 1, 26), "03", {"united-states"}, {"russia"}, response, "art1"},
         {"b1", day(2022, 1, 26), "03", {"united-states"}, {"russia"}, response2, "art2"}, true, "same happening"},
        {"a month contains a day ('in December' and 'on December 17')",
         {"a1", month(2021, 12), "10", {"russia"}, {"nato"}, "Russia demanded guarantees from NATO in December", "art1"},
         {"b1", day(2021, 12, 17), "10", {"russia"}, {"nato"}, "Russia published its demands to NATO", "art2"},
         true, "same happening"},
        {"a person stands for their country (Blinken ~ United States)",
         {"a1", day(2022, 1, 26), "03", {"antony-blinken"}, {"russia"}, response, "art1"},
         {"b1", day(2022, 1, 26), "03", {"united-states"}, {"russia"}, response2, "art2"}, true, "same happening"},
        {"an inferred article date just after an explicit date",
         {"a1", day(2022, 1, 27), "03", {"united-states"}, {"russia"}, response, "art1", 0, true},
         {"b1", day(2022, 1, 26), "03", {"united-states"}, {"russia"}, response2, "art2"}, true, "same happening"},
        {"a meeting told from either side",
         {"a1", day(2022, 1, 21), "04", {"antony-blinken"}, {"sergei-lavrov"}, "Blinken met Lavrov in Geneva", "art1"},
         {"b1", day(2022, 1, 21), "04", {"sergei-lavrov"}, {"antony-blinken"}, "Lavrov met Blinken", "art2"},
         true, "same happening"},
        {"a statement about an act merges with the act when the wording agrees",
         {"a1", day(2022, 2, 22), "01", {"united-states"}, {"russia"},
          "The United States said it imposed sanctions on Russian banks", "art1"},
         {"b1", day(2022, 2, 22), "163", {"united-states"}, {"russia"},
          "The United States imposed sanctions on Russian banks", "art2"}, true, "same happening"},
        {"the same sentence read twice is one mention",
         {"a1", day(2022, 1, 26), "12", {"nato"}, {"russia"}, "NATO rejected the demands", "art1", 10},
         {"a2", day(2022, 1, 26), "12", {"nato"}, {"russia"}, "NATO rejected the demands", "art1", 10}, true,
         "identical"},
        {"two different days at day precision",
         {"a1", day(2022, 1, 26), "12", {"nato"}, {"russia"}, "NATO rejected the demands", "art1"},
         {"b1", day(2022, 1, 27), "12", {"nato"}, {"russia"}, "NATO rejected the demands", "art2"}, false,
         "different days"},
        {"two events of one sentence",
         {"a1", day(2022, 1, 26), "12", {"nato"}, {"russia"}, "NATO rejected the demands and warned Russia", "art1", 5},
         {"a2", day(2022, 1, 26), "13", {"nato"}, {"russia"}, "NATO rejected the demands and warned Russia", "art1", 5},
         false, "same sentence"},
        {"different CAMEO roots",
         {"a1", day(2022, 1, 26), "12", {"nato"}, {"russia"}, "NATO rejected the demands", "art1"},
         {"b1", day(2022, 1, 26), "13", {"nato"}, {"russia"}, "NATO warned Russia", "art2"}, false, "different types"},
        {"different targets",
         {"a1", day(2022, 2, 24), "163", {"united-states"}, {"russia"}, "The US imposed sanctions on Russia", "art1"},
         {"b1", day(2022, 2, 24), "163", {"united-states"}, {"belarus"}, "The US imposed sanctions on Belarus", "art2"},
         false, "different actors"},
        {"roles swapped in a one-way act",
         {"a1", day(2022, 1, 26), "12", {"russia"}, {"united-states"}, "Russia rejected the US proposals", "art1"},
         {"b1", day(2022, 1, 26), "12", {"united-states"}, {"russia"}, "The US rejected Russia's demands", "art2"},
         false, "different actors"},
        {"a meeting of other participants on the same day",
         {"a1", day(2022, 2, 10), "04", {"russia", "ukraine"}, {}, "Advisers met in Berlin on Thursday", "art1"},
         {"b1", day(2022, 2, 10), "04", {"liz-truss", "united-kingdom"}, {"sergei-lavrov", "russia"},
          "Liz Truss held a frosty meeting with Sergei Lavrov in Moscow", "art2"}, false, "different actors"},
        {"two undated reports in one article with nothing in common",
         {"a1", day(2022, 1, 19), "15", {"russia"}, {}, "Russian units kept arriving in Belarus", "art1", 0, true},
         {"a2", day(2022, 1, 19), "15", {"russia"}, {}, "Moscow announced naval manoeuvres in the Black Sea", "art1",
          100, true}, false, "too little in common"},
        {"two undated reports on different days",
         {"a1", day(2022, 1, 27), "12", {"russia"}, {"nato"}, "Russia rejected NATO", "art1", 0, true},
         {"b1", day(2022, 1, 29), "12", {"russia"}, {"nato"}, "Russia rejected NATO", "art2", 0, true}, false,
         "different days"},
        {"a day outside the month",
         {"a1", month(2021, 12), "10", {"russia"}, {"nato"}, "Russia demanded guarantees", "art1"},
         {"b1", day(2022, 1, 10), "10", {"russia"}, {"nato"}, "Russia demanded guarantees", "art2"}, false,
         "incompatible dates"},
        {"an inferred date long after the explicit one",
         {"a1", day(2022, 2, 10), "03", {"united-states"}, {"russia"}, response, "art1", 0, true},
         {"b1", day(2022, 1, 26), "03", {"united-states"}, {"russia"}, response2, "art2"}, false, "different days"},
        {"an undated statement and a dated one of another day, with other wording",
         {"a1", day(2021, 4, 16), "010", {"dmitry-peskov", "russia"}, {}, "Peskov remarked that Russia would respond in kind",
          "art1", 0, true},
         {"a2", day(2021, 4, 14), "010", {"russia"}, {}, "Russia announced on Wednesday that it would close the Black Sea",
          "art1", 100}, false, "too little in common"},
        {"an undated statement and a dated one of another day, in the same words",
         {"a1", day(2021, 4, 16), "010", {"russia"}, {}, "Russia announced it would close parts of the Black Sea", "art1",
          0, true},
         {"b1", day(2021, 4, 14), "010", {"russia"}, {}, "Russia announced on Wednesday it would close parts of the Black Sea",
          "art2"}, true, "same happening"},
        {"a statement with other wording is not the act",
         {"a1", day(2022, 2, 22), "01", {"united-states"}, {"russia"}, "Biden said the invasion had begun", "art1"},
         {"b1", day(2022, 2, 22), "163", {"united-states"}, {"russia"},
          "The United States imposed sanctions on Russian banks", "art2"}, false, "different types"},
    };
    return table;
}

}  // namespace

TEST_CASE("mentions merge when dates, types and actors agree, and only then", "[timeline]") {
    const auto actors = fixtures::cast();
    for (const Row& row : rows()) {
        SECTION(row.what) {
            const auto v = crisis::compare_mentions(event(row.a), event(row.b), actors);
            CHECK(v.same == row.same);
            CHECK(v.reason == row.reason);
            const auto reverse = crisis::compare_mentions(event(row.b), event(row.a), actors);
            CHECK(reverse.same == v.same);
            CHECK(reverse.score == v.score);
            const auto merged = crisis::merge_events({event(row.a), event(row.b)}, actors);
            CHECK(merged.size() == (row.same ? 1u : 2u));
        }
    }
}

TEST_CASE("a merged event keeps every report and the most precise date", "[timeline]") {
    const auto merged = crisis::merge_events(
        {event({"m2", month(2021, 12), "10", {"russia"}, {"nato"}, "Russia demanded guarantees in December", "art2", 40}),
         event({"m1", day(2021, 12, 17), "101", {"russia"}, {"nato", "united-states"},
                "Russia published its demands to NATO and the US", "art1", 7, false, 0.5}),
         event({"m3", day(2022, 1, 3), "10", {"sergei-lavrov"}, {"nato"}, "Lavrov demanded guarantees", "art3", 0, true,
                0.5})},
        fixtures::cast());
    REQUIRE(merged.size() == 2);
    const auto& e = merged[0];
    CHECK(e.id == "m1");  // the smallest member id
    CHECK(e.date == day(2021, 12, 17));
    CHECK_FALSE(e.date_inferred);
    CHECK(e.cameo == "101");  // the most specific code
    CHECK(e.target == std::vector<std::string>{"nato", "united-states"});
    REQUIRE(e.evidence.size() == 2);
    CHECK(e.evidence[0].article == "art1");
    CHECK(e.evidence[1].article == "art2");
    CHECK(e.confidence == Approx(1.0 - 0.5 * 0.4));  // noisy-or over articles
    CHECK(merged[1].id == "m3");
}

TEST_CASE("a month never chains two different days into one event", "[timeline]") {
    const auto actors = fixtures::cast();
    const std::vector<crisis::Event> mentions{
        event({"x1", month(2021, 12), "12", {"nato"}, {"russia"}, "NATO rejected Russian demands in December", "art1"}),
        event({"x2", day(2021, 12, 17), "12", {"nato"}, {"russia"}, "NATO rejected Russian demands", "art2"}),
        event({"x3", day(2021, 12, 20), "12", {"nato"}, {"russia"}, "NATO rejected the demands again", "art3"}),
    };
    const auto merged = crisis::merge_events(mentions, actors);
    REQUIRE(merged.size() == 2);
    CHECK(merged[0].date == day(2021, 12, 17));
    CHECK(merged[0].evidence.size() == 2);  // the month joins the day whose wording is closer
    CHECK(merged[1].date == day(2021, 12, 20));
    CHECK(merged[1].evidence.size() == 1);
}

TEST_CASE("conflicting reported dates are kept as alternatives", "[timeline]") {
    const auto merged = crisis::merge_events(
        {event({"a1", day(2022, 1, 27), "03", {"united-states"}, {"russia"}, response, "art1", 0, true}),
         event({"b1", day(2022, 1, 26), "03", {"united-states"}, {"russia"}, response2, "art2"})},
        fixtures::cast());
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].date == day(2022, 1, 26));
    CHECK(merged[0].alternative_dates == std::vector<crisis::CalendarDate>{day(2022, 1, 27)});
}

TEST_CASE("merging does not depend on the order of the mentions", "[timeline]") {
    std::vector<crisis::Event> mentions;
    for (std::size_t i = 0; i < rows().size(); ++i) {
        Mention a = rows()[i].a, b = rows()[i].b;
        std::string row = std::to_string(i);  // (inserted: GCC 12 warns wrongly of an overlap in "r" + ...)
        row.insert(row.begin(), 'r');
        a.id = row;
        a.id += "-a";
        b.id = row;
        b.id += "-b";
        a.article += a.id, b.article += b.id;
        mentions.push_back(event(a));
        mentions.push_back(event(b));
    }
    const auto expected = crisis::merge_events(mentions, fixtures::cast());
    auto ids = [](const std::vector<crisis::Event>& es) {
        std::vector<std::string> out;
        for (const auto& e : es) out.push_back(e.id + ":" + std::to_string(e.evidence.size()));
        return out;
    };
    for (int round = 0; round < 5; ++round) {
        std::rotate(mentions.begin(), mentions.begin() + 3, mentions.end());
        std::reverse(mentions.begin(), mentions.begin() + 7);
        CHECK(ids(crisis::merge_events(mentions, fixtures::cast())) == ids(expected));
    }
}

TEST_CASE("reports with different senders of one act join through a report naming both", "[timeline]") {
    const auto actors = fixtures::cast();
    const auto us = event({"w2", day(2022, 1, 26), "12", {"antony-blinken", "united-states"}, {"russia"},
                           "The ambassador delivered the American document on Wednesday evening", "art3", 200});
    const auto nato = event({"w3", day(2022, 1, 26), "12", {"nato"}, {"russia"},
                             "NATO had sent its own letter the same day", "art3", 400});
    const auto both = event({"w1", day(2022, 1, 26), "12", {"nato", "united-states"}, {"russia"},
                             "The US and NATO handed Moscow their written answers on Wednesday", "art3", 0});
    const auto v = crisis::compare_mentions(us, nato, actors);
    CHECK_FALSE(v.same);
    CHECK(v.may_join);
    CHECK(crisis::merge_events({us, nato}, actors).size() == 2);
    const auto merged = crisis::merge_events({us, nato, both}, actors);
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].evidence.size() == 3);
    CHECK(merged[0].source == std::vector<std::string>{"antony-blinken", "nato", "united-states"});
}

TEST_CASE("an actor that one report makes the target and another a source is a source only", "[timeline]") {
    const auto moved = event({"b1", day(2022, 2, 10), "15", {"russia"}, {"belarus"},
                              "Russia moved units to Belarus for drills starting on Feb. 10", "art1"});
    const auto opened = event({"b2", day(2022, 2, 10), "15", {"belarus", "russia"}, {},
                               "Russia and Belarus opened joint exercises on Thursday", "art2"});
    const auto merged = crisis::merge_events({moved, opened}, fixtures::cast());
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].source == std::vector<std::string>{"belarus", "russia"});
    CHECK(merged[0].target.empty());
}

TEST_CASE("a sender whose report names no target joins the other senders' reports of one act", "[timeline]") {
    const auto actors = fixtures::cast();
    const auto us = event({"w2", day(2022, 1, 26), "12", {"united-states"}, {"russia"},
                           "The ambassador delivered the American document on Wednesday evening", "art3", 200});
    const auto nato = event({"w3", day(2022, 1, 26), "12", {"nato"}, {},
                             "NATO had sent its own letter the same day", "art3", 400});
    const auto both = event({"w1", day(2022, 1, 26), "12", {"nato", "united-states"}, {"russia"},
                             "The US and NATO handed Moscow their written answers on Wednesday", "art3", 0});
    CHECK(crisis::compare_mentions(us, nato, actors).may_join);
    CHECK(crisis::merge_events({us, nato}, actors).size() == 2);
    const auto merged = crisis::merge_events({us, nato, both}, actors);
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].id == "w1");
    CHECK(merged[0].mentions == std::vector<std::string>{"w1", "w2", "w3"});
}
