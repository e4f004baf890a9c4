// The temporal stage, anchoring (continued from temporal_anchoring2_test.cpp): the cues that settle
// which occurrence of a partial date is meant, and what a comparison anchors on. 1989-10-27 is a Friday.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("a date that ends a period that is over has passed, however close the next one", "[temporal]") {
    const Row rows[] = {
        {"The company had a loss in the quarter ended Oct. 31.", "1989-10-27",
         R"("the quarter" DATE 1989-Q3; "Oct. 31" DATE 1988-10-31)"},
        // without "ended", a past clause about a day just ahead is a plan reported in the past
        {"The offer had been set to expire Nov. 6.", "1989-10-27", R"("Nov. 6" DATE 1989-11-06)"},
    };
    check_rows(rows);
}

TEST_CASE("a comparison restated between commas by a date of its precision takes that date", "[temporal]") {
    const Row rows[] = {
        {"Net rose in the third quarter. In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost $1 "
         "million.",
         "1989-10-27",
         R"("the third quarter" DATE 1989-Q3; "the comparable year-ago quarter" DATE 1988-Q2; "the second quarter" DATE )"
         R"(1988-Q2; "Oct. 31" DATE 1988-10-31)"},
        // no restatement: the year-ago shift of the quarter mentioned last
        {"Net rose in the third quarter. In the year-ago quarter, it lost $1 million.", "1989-10-27",
         R"("the third quarter" DATE 1989-Q3; "the year-ago quarter" DATE 1988-Q3)"},
    };
    check_rows(rows);
}

// find.cpp notes every date but comparisons as the date mentioned last: the quarter after a year-ago
// comparison is the one reported (noting comparisons turned 21 right TE3 values wrong, none right).
TEST_CASE("the period after a comparison is the one reported, not the one compared with", "[temporal]") {
    const Row rows[] = {
        {"Net rose in the third quarter from $1 a year ago. New loans slowed in the quarter.", "1989-10-27",
         R"("the third quarter" DATE 1989-Q3; "a year ago" DATE 1988-Q3; "the quarter" DATE 1989-Q3)"},
        {"Net rose in the third quarter. In the year-earlier period, it lost money. The latest period had gains.",
         "1989-10-27",
         R"("the third quarter" DATE 1989-Q3; "the year-earlier period" DATE 1988-Q3; "The latest period" DATE 1989-Q3)"},
    };
    check_rows(rows);
}

TEST_CASE("rule range_links: two ends of a range resolved apart by the tense keep the range's order", "[temporal]") {
    const Row rows[] = {  // 2022-01-27 is a Thursday
        // past: the start is the one on or before the end
        {"Between January and March, exports fell by half.", "2022-01-27",
         R"("January" DATE 2021-01; "March" DATE 2021-03)"},
        // a start of no year of its own takes the end's year (the year before when it is later)
        {"Exports fell in January-February 2021.", "2022-11-14", R"("January" DATE 2021-01; "February 2021" DATE 2021-02)"},
        {"The freeze lasted from December to January 2015.", "2022-11-14", R"("December" DATE 2014-12; "January 2015" DATE 2015-01)"},
        {"Talks ran from March 3 to June 2014.", "2022-11-14", R"("March 3" DATE 2014-03-03; "June 2014" DATE 2014-06)"},
        // an abbreviated month glued by a hyphen to the next one
        {"Exports fell in Jan-Feb 2022.", "2022-11-14", R"("Jan" DATE 2022-01; "Feb 2022" DATE 2022-02)"},
        {"From Monday to Friday, the ministers met daily.", "2022-01-27",
         R"("Monday" DATE 2022-01-17; "Friday" DATE 2022-01-21; "daily" SET P1D)"},
        {"The talks ran from Tuesday through Thursday.", "2022-01-27",
         R"("Tuesday" DATE 2022-01-25; "Thursday" DATE 2022-01-27)"},
        // future: the end is the one after the start
        {"Exercises will run from November to February.", "2022-01-27",
         R"("November" DATE 2022-11; "February" DATE 2023-02)"},
        {"The ministers will meet from Friday to Monday.", "2022-01-27",
         R"("Friday" DATE 2022-01-28; "Monday" DATE 2022-01-31)"},
        // in order already: unchanged; "and" links a range only after "between"
        {"Between Monday and Wednesday, three convoys crossed.", "2022-01-27",
         R"("Monday" DATE 2022-01-24; "Wednesday" DATE 2022-01-26)"},
        {"Troops arrived in January and March.", "2022-01-27", R"("January" DATE 2022-01; "March" DATE 2021-03)"},
    };
    check_rows(rows);
}

TEST_CASE("rule present_cue: a scheduling verb in the present makes a weekday one ahead", "[temporal]") {
    const Row rows[] = {
        {"The exercises end on Sunday.", "2022-01-27", R"("Sunday" DATE 2022-01-30)"},
        {"The ceasefire ends Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"The talks start on Monday.", "2022-01-27", R"("Monday" DATE 2022-01-31)"},
        {"The conference concludes on Saturday.", "2022-01-27", R"("Saturday" DATE 2022-01-29)"},
        {"The envoy departs on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-02-01)"},
        // a past cue in the clause wins
        {"The exercises ended on Sunday.", "2022-01-27", R"("Sunday" DATE 2022-01-23)"},
    };
    check_rows(rows);
}

TEST_CASE("rule past_ref_if_past: an uncounted time later is past in a past clause, else ahead", "[temporal]") {
    const Row rows[] = {
        {"Days later, the talks collapsed.", "2022-01-27", R"("Days later" DATE PAST_REF)"},
        {"A few days later, the troops withdrew.", "2022-01-27", R"("A few days later" DATE PAST_REF)"},
        // (hours or minutes later stay within the day: temporal_anchor_test.cpp)
        {"Hours later, Russia said it would respond.", "2022-01-27", R"("Hours later" DATE 2022-01-27)"},
        {"Weeks later, the envoy will return.", "2022-01-27", R"("Weeks later" DATE FUTURE_REF)"},
        {"Talks may resume weeks later.", "2022-01-27", R"("weeks later" DATE FUTURE_REF)"},
        // earlier is past whatever the clause
        {"Days earlier, the envoy had left.", "2022-01-27", R"("Days earlier" DATE PAST_REF)"},
    };
    check_rows(rows);
}

TEST_CASE("rule date_prepositions: a verb in the present right before a weekday is its tense",
          "[temporal]") {
    const Row rows[] = {  // 2022-01-27 is a Thursday
        {"The envoy, who arrived on Sunday, leaves on Tuesday.", "2022-01-27",
         R"("Sunday" DATE 2022-01-23; "Tuesday" DATE 2022-02-01)"},
        {"The drills, which began on Monday, end on Sunday.", "2022-01-27",
         R"("Monday" DATE 2022-01-24; "Sunday" DATE 2022-01-30)"},
        {"The leaders, who spoke on Monday, meet on Friday.", "2022-01-27",
         R"("Monday" DATE 2022-01-24; "Friday" DATE 2022-01-28)"},
        {"He returns Monday from Brussels.", "2022-01-27", R"("Monday" DATE 2022-01-31)"},
        {"The next round, which was delayed twice, is on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        // after a negation or an auxiliary the word before decides
        {"They did not meet on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-21)"},
    };
    check_rows(rows);
}

TEST_CASE("rule durative_past_verbs: a past verb of duration before until ends a stretch that has passed",
          "[temporal]") {
    const Row rows[] = {  // 2022-01-27 is a Thursday
        {"The talks lasted until Friday.", "2022-01-27", R"("Friday" DATE 2022-01-21)"},
        {"Fighting went on until Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-01-25)"},
        {"Shelling continued until late Wednesday.", "2022-01-27", R"("late Wednesday" DATE 2022-01-26 END)"},
        // a deadline set, in the past or the present: ahead
        {"The talks were postponed until Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-02-01)"},
        {"The border stays closed until Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
    };
    check_rows(rows);
}

TEST_CASE("rule anaphor_unit: the same week, month or year is the one mentioned last", "[temporal]") {
    const Row rows[] = {
        {"Troops arrived in March 2014. The same month, Crimea was annexed.", "2022-01-27",
         R"("March 2014" DATE 2014-03; "The same month" DATE 2014-03)"},
        {"The treaty was signed in 1997. That same year, NATO invited three states.", "2022-01-27",
         R"("1997" DATE 1997; "That same year" DATE 1997)"},
        {"The same week, NATO put forces on alert.", "2022-01-27", R"("The same week" DATE 2022-W04)"},
        // a comparison stays one
        {"Sales rose in the same year-earlier period.", "2022-01-27", R"("the same year-earlier period" DATE 2021)"},
    };
    check_rows(rows);
}

TEST_CASE("rule participle_auxiliaries: a participle after a verb of staying takes the tense further left", "[temporal]") {
    const Row rows[] = {
        {"Trading was suspended on Monday and will stay closed on Thursday.", "2022-03-02",
         R"("Monday" DATE 2022-02-28; "Thursday" DATE 2022-03-03)"},
        {"The airport will remain closed on Saturday.", "2022-03-02", R"("Saturday" DATE 2022-03-05)"},
        {"Schools remained closed on Monday.", "2022-03-02", R"("Monday" DATE 2022-02-28)"},
        {"The border became sealed on Sunday.", "2022-03-02", R"("Sunday" DATE 2022-02-27)"},
        // passive, as before
        {"The deal will be signed on Friday.", "2022-03-02", R"("Friday" DATE 2022-03-04)"},
    };
    check_rows(rows);
}

TEST_CASE("rule past_prepositions: a date after 'since' lies back, whatever the tense", "[temporal]") {
    const Row rows[] = {
        {"The meeting will be the first since June.", "2021-11-15", R"("June" DATE 2021-06)"},
        {"Prices have doubled since March.", "2021-11-15", R"("March" DATE 2021-03)"},
        {"He has not been seen since Friday.", "2021-11-15", R"("Friday" DATE 2021-11-12)"},
        // without it, the future looks ahead
        {"The meeting will be held in June.", "2021-11-15", R"("June" DATE 2022-06)"},
    };
    check_rows(rows);
}

TEST_CASE("rule dct_unit: the week, month or year before last or after next", "[temporal]") {
    const Row rows[] = {
        {"The week before last, the ambassador was recalled.", "2022-01-27", R"("The week before last" DATE 2022-W02)"},
        {"The month before last, gas prices rose.", "2022-01-27", R"("The month before last" DATE 2021-11)"},
        {"Prices rose the year before last.", "2022-01-27", R"("the year before last" DATE 2020)"},
        {"The vote is set for the week after next.", "2022-01-27", R"("the week after next" DATE 2022-W06)"},
        {"The month after next the drills end.", "2022-01-27", R"("The month after next" DATE 2022-03)"},
        {"Elections are due the year after next.", "2022-01-27", R"("the year after next" DATE 2024)"},
        // the article's date, not the one mentioned last
        {"On March 3, 2019 they met. The week before last, they met again.", "2022-01-27",
         R"("March 3, 2019" DATE 2019-03-03; "The week before last" DATE 2022-W02)"},
        // before a date that "last" belongs to: that date only
        {"The week before last Tuesday, they met.", "2022-01-27", R"("last Tuesday" DATE 2022-01-25)"},
    };
    check_rows(rows);
}

TEST_CASE("rule restated: an anaphoric date restated between commas takes the restated date", "[temporal]") {
    const Row rows[] = {
        {"The next day, 25 January, the talks resumed.", "2022-01-27",
         R"("The next day" DATE 2022-01-25; "25 January" DATE 2022-01-25)"},
        // a clock time restated by its day keeps its time of day
        {"Updated 14:32 GMT, 24 February 2022", "2022-02-24",
         R"("14:32 GMT" TIME 2022-02-24T14:32; "24 February 2022" DATE 2022-02-24)"},
        // "the next" is no future tense for the date after it
        {"Talks began on Jan. 10. The next day, Jan. 11, they moved to Brussels.", "2022-01-27",
         R"("Jan. 10" DATE 2022-01-10; "The next day" DATE 2022-01-11; "Jan. 11" DATE 2022-01-11)"},
        {"The next day, the talks resumed.", "2022-01-27", R"("The next day" DATE 2022-01-28)"},
    };
    check_rows(rows);
}

TEST_CASE("rule clock_range: a range's end time before its start time is on the next day", "[temporal]") {
    const Row rows[] = {
        {"The curfew runs from 10pm to 7am.", "2022-02-24", R"("10pm" TIME 2022-02-24T22:00; "7am" TIME 2022-02-25T07:00)"},
        // a start of no day of its own takes the end's day (the day before when it is later)
        {"Voting will run from 8 a.m. to 8 p.m. on Sunday.", "2022-11-14",
         R"("8 a.m." TIME 2022-11-20T08:00; "8 p.m. on Sunday" TIME 2022-11-20T20:00)"},
        {"A curfew will run from 10pm to 6am on Friday.", "2022-11-14",
         R"("10pm" TIME 2022-11-17T22:00; "6am on Friday" TIME 2022-11-18T06:00)"},
        {"The curfew runs from 10 p.m. until 6 a.m.", "2022-02-24",
         R"("10 p.m." TIME 2022-02-24T22:00; "6 a.m." TIME 2022-02-25T06:00)"},
        // in order, or each with its own day: unchanged
        {"Shops open from 9am to 5pm.", "2022-02-24", R"("9am" TIME 2022-02-24T09:00; "5pm" TIME 2022-02-24T17:00)"},
        {"The curfew ran from 10pm Friday to 7am Saturday.", "2022-02-24",
         R"("10pm Friday" TIME 2022-02-18T22:00; "7am Saturday" TIME 2022-02-19T07:00)"},
    };
    check_rows(rows);
}
