// The temporal stage: weekdays counted in weeks ("a week ago Tuesday", "a week from Friday",
// "Tuesday week"), the weeks of a month ("the second week of March"), the night of a date after a
// past verb, and counts with an adjective ("three straight days").
// 2022-01-27 is a Thursday; 2022-01-25 the Tuesday before it, 2022-01-28 the Friday after.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("rule weeks_from_weekday: a weekday shifted by a count of weeks", "[temporal]") {
    const Row rows[] = {
        // "ago": that many weeks before the last such weekday (strictly before the article's day)
        {"The envoy arrived a week ago Tuesday.", "2022-01-27", R"("a week ago Tuesday" DATE 2022-01-18)"},
        {"The envoy arrived two weeks ago Friday.", "2022-01-27", R"("two weeks ago Friday" DATE 2022-01-07)"},
        {"The envoy arrived a week ago Thursday.", "2022-01-27", R"("a week ago Thursday" DATE 2022-01-13)"},
        {"Shelling began a week ago Tuesday night.", "2022-01-27", R"("a week ago Tuesday night" TIME 2022-01-18TNI)"},
        // "from": that many weeks after the coming one (the article's own day counts)
        {"The envoy returns a week from Friday.", "2022-01-27", R"("a week from Friday" DATE 2022-02-04)"},
        {"The envoy returns two weeks from Monday.", "2022-01-27", R"("two weeks from Monday" DATE 2022-02-14)"},
        {"The envoy returns a week from Thursday.", "2022-01-27", R"("a week from Thursday" DATE 2022-02-03)"},
        // not a weekday after the count: as before
        {"The envoy arrived a week ago.", "2022-01-27", R"("a week ago" DATE 2022-W03)"},
        {"They meet a week from now.", "2022-01-27", R"("a week from now" DATE 2022-W05)"},
    };
    check_rows(rows);
}

TEST_CASE("rule weekdays_ago: 'two Sundays ago' is the Sunday a week before the last one", "[temporal]") {
    const Row rows[] = {
        {"The ministers spoke by phone two Sundays ago.", "2022-01-27", R"("two Sundays ago" DATE 2022-01-16)"},
        {"Three Fridays ago the talks failed.", "2022-01-27", R"("Three Fridays ago" DATE 2022-01-07)"},
        // on the day itself, the last one is a week before
        {"Two Thursdays ago the talks failed.", "2022-01-27", R"("Two Thursdays ago" DATE 2022-01-13)"},
        // a plural weekday without "ago" is no date
        {"He worked two Sundays.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule weekday_week: 'Tuesday week' is a week after the coming Tuesday", "[temporal]") {
    const Row rows[] = {
        {"Talks resume Tuesday week.", "2022-01-27", R"("Tuesday week" DATE 2022-02-08)"},
        {"Talks resume Tuesday week in Vienna.", "2022-01-27", R"("Tuesday week" DATE 2022-02-08)"},
        {"Talks resume Thursday week, officials said.", "2022-01-27", R"("Thursday week" DATE 2022-02-03)"},
        // "week" beginning a noun phrase, or a compound: the weekday alone
        {"On Tuesday week-long drills began.", "2022-01-27", R"("Tuesday" DATE 2022-01-25; "week-long" DURATION P1W)"},
        {"On Tuesday week two of the drills began.", "2022-01-27", R"("Tuesday" DATE 2022-01-25)"},
    };
    check_rows(rows);
}

TEST_CASE("rule weekday_relative: 'Thursday last' is last Thursday, 'Monday next' next Monday", "[temporal]") {
    const Row rows[] = {
        // 2022-02-24 is a Thursday: "Thursday last" is the one before, not the article's day
        {"Zelensky declared martial law on Thursday last.", "2022-02-24", R"("Thursday last" DATE 2022-02-17)"},
        {"The envoys meet on Monday next, officials said.", "2022-02-24", R"("Monday next" DATE 2022-02-28)"},
        // "last" or "next" beginning an expression of its own: the weekday alone
        {"They met on Thursday last year's envoy said.", "2022-02-24", R"("Thursday" DATE 2022-02-24; "last year" DATE 2021)"},
    };
    check_rows(rows);
}

TEST_CASE("rule weekday_in_week: 'Wednesday last week' is that weekday of the week named after it", "[temporal]") {
    const Row rows[] = {
        // 2022-02-24 is the Thursday of week 8
        {"They met on Thursday last week.", "2022-02-24", R"("Thursday" DATE 2022-02-17; "last week" DATE 2022-W07)"},
        {"They met on Thursday of last week.", "2022-02-24", R"("Thursday" DATE 2022-02-17; "last week" DATE 2022-W07)"},
        {"The envoy flies out on Friday next week.", "2022-02-24", R"("Friday" DATE 2022-03-04; "next week" DATE 2022-W09)"},
        {"They met on Tuesday of this week.", "2022-02-24", R"("Tuesday" DATE 2022-02-22; "this week" DATE 2022-W08)"},
        {"Talks open on Sunday of the coming week.", "2022-02-24", R"("Sunday" DATE 2022-03-06; "the coming week" DATE 2022-W09)"},
    };
    check_rows(rows);
}

TEST_CASE("rule nth_week_of_month: the calendar week holding the middle of the month's nth seven days", "[temporal]") {
    const Row rows[] = {
        // March 2022 starts on a Tuesday: its 11th lies in week 10 (7-13 March)
        {"The drills are planned for the second week of March.", "2022-01-27", R"("the second week of March" DATE 2022-W10)"},
        // May 2022 starts on a Sunday: the 11th lies in week 19 (9-15 May), not the week of the 8th
        {"Drills run in the second week of May.", "2022-01-27", R"("the second week of May" DATE 2022-W19)"},
        {"The third week of March 2021 was calm.", "2022-01-27", R"("The third week of March 2021" DATE 2021-W11)"},
        {"Talks open in the fourth week of February.", "2022-01-27", R"("the fourth week of February" DATE 2022-W08)"},
        // the first and the last week stay the month's start and end
        {"Talks open in the first week of March.", "2022-01-27", R"("the first week of March" DATE 2022-03 START)"},
        {"Talks open in the last week of February.", "2022-01-27", R"("the last week of February" DATE 2022-02 END)"},
    };
    check_rows(rows);
}

TEST_CASE("rule settled_past: the night of a date after a past verb has passed", "[temporal]") {
    const Row rows[] = {
        // TimeML tags the date alone (temporal_spans_test.cpp); the past verb before "the night of" settles it
        {"The attack came on the night of February 23.", "2022-01-27", R"("February 23" DATE 2021-02-23)"},
        {"The convoy will cross on the night of February 23.", "2022-01-27", R"("February 23" DATE 2022-02-23)"},
    };
    check_rows(rows);
}

TEST_CASE("rule count_extensions: an adjective between a count and its unit", "[temporal]") {
    const Row rows[] = {
        {"Protests have continued for three straight days.", "2022-01-27", R"("three straight days" DURATION P3D)"},
        {"Shelling went on for four consecutive nights of the week.", "2022-01-27", ""},
        {"The army fought for two full weeks.", "2022-01-27", R"("two full weeks" DURATION P2W)"},
        {"Output fell for three successive years.", "2022-01-27", R"("three successive years" DURATION P3Y)"},
        {"The siege lasted two whole months.", "2022-01-27", R"("two whole months" DURATION P2M)"},
        {"They need two more weeks.", "2022-01-27", R"("two more weeks" DURATION P2W)"},
    };
    check_rows(rows);
}
