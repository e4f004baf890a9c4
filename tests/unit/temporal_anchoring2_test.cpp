// The temporal stage, anchoring by tense (continued from temporal_anchor_test.cpp): the cues that
// make a month or day in a clause with a past verb one ahead of the article date, and the words
// that look like past verbs but are not. 1989-10-27 is a Friday.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("a month in a past clause is the last one unless the next is much closer", "[temporal]") {
    const Row rows[] = {
        {"The company changed to a calendar year in December.", "1989-10-27", R"("December" DATE 1988-12)"},
        {"The doctor was shot to death in December.", "1989-10-27", R"("December" DATE 1988-12)"},
        {"The offer had been set to expire Nov. 6.", "1989-10-27", R"("Nov. 6" DATE 1989-11-06)"},
    };
    check_rows(rows);
}

TEST_CASE("future words and modal verbs make a date in a past sentence one ahead", "[temporal]") {
    const Row rows[] = {
        {"The board met and declared a dividend payable Dec. 7.", "1989-10-27", R"("Dec. 7" DATE 1989-12-07)"},
        {"They said they expect the sale to close by December.", "1989-10-27", R"("December" DATE 1989-12)"},
        {"The company said it expected a ruling in December.", "1989-10-27", R"("December" DATE 1989-12)"},
        {"The company announced a plan to be completed in December.", "1989-10-27", R"("December" DATE 1989-12)"},
        {"The agency decided the boy should go home by Dec. 14.", "1989-10-27", R"("Dec. 14" DATE 1989-12-14)"},
        {"Officials said the case may be resolved in December.", "1989-10-27", R"("December" DATE 1989-12)"},
        {"The bid, which expired Friday, was extended to Dec. 16.", "1989-10-27",
         R"("Friday" DATE 1989-10-27; "Dec. 16" DATE 1989-12-16)"},
        {"Lenders have extended the company up to $90 million in loans through January.", "1989-10-30",
         R"("January" DATE 1990-01)"},
        {"Profit rose in the nine months through Sept. 30.", "1989-10-30", R"("the nine months" DURATION P9M; "Sept. 30" DATE 1989-09-30)"},
        {"The company said it is calling for the redemption on Dec. 7.", "1989-10-27", R"("Dec. 7" DATE 1989-12-07)"},
        {"The company agreed to buy the plant in January.", "1989-10-27", R"("January" DATE 1990-01)"},
        {"It agreed to acquire the Peoria, Ill., bank holding company in January.", "1989-10-27",
         R"("January" DATE 1990-01)"},
        {"He said the Peoria, Ill., bank holding company failed in January.", "1989-10-27",
         R"("January" DATE 1989-01)"},
        {"He suggested they were likely to buy its stock as soon as trading opened Monday.", "1989-11-01",
         R"("Monday" DATE 1989-11-06)"},
        {"They bought its stock as soon as trading opened Monday.", "1989-11-01", R"("Monday" DATE 1989-10-30)"},
        {"The company agreed to purchase the liquid chromatography line for $22 million in cash in February.",
         "1989-10-30", R"("February" DATE 1990-02)"},
        // plan_tense: a weekday planned in a past clause is the nearest one, on either side
        {"Russia and the United States agreed to meet on Friday in Geneva.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"On Monday the two sides agreed to meet on Wednesday.", "2022-01-27",
         R"("Monday" DATE 2022-01-24; "Wednesday" DATE 2022-01-26)"},
        {"The ministers decided to hold talks on Saturday.", "2022-01-25", R"("Saturday" DATE 2022-01-22)"},
        // plan_past_auxiliaries: "was due to", "were expected to"
        {"The envoy was expected to arrive on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"The ministers were due to meet on Wednesday, but the meeting was cancelled.", "2022-01-27",
         R"("Wednesday" DATE 2022-01-26)"},
        {"Lavrov and Blinken were due to meet in Geneva on Thursday.", "2022-02-24", R"("Thursday" DATE 2022-02-24)"},
        // a plan the past overtook stays past
        {"The drills had been scheduled to end on Sunday.", "2022-01-27", R"("Sunday" DATE 2022-01-23)"},
        {"The deal had been due to expire Friday.", "2022-01-27", R"("Friday" DATE 2022-01-21)"},
        {"The ministers are due to meet on Wednesday.", "2022-01-27", R"("Wednesday" DATE 2022-02-02)"},
    };
    check_rows(rows);
}

TEST_CASE("modal verbs count only left of the date, and not when they are the past or the month", "[temporal]") {
    const Row rows[] = {
        {"Officials said he could not be located in December.", "1989-10-27", R"("December" DATE 1988-12)"},
        {"He said images from May and from December showed troops.", "1989-10-27",
         R"("May" DATE 1989-05; "December" DATE 1988-12)"},
        {"The minister, saying on Friday that the US must hold off, left.", "1989-10-27", R"("Friday" DATE 1989-10-27)"},
        {"He said he wanted to be absolutely clear on December.", "1989-10-27", R"("December" DATE 1988-12)"},
    };
    check_rows(rows);
}

TEST_CASE("an -ed adjective is not a past verb", "[temporal]") {
    const Row rows[] = {
        {"The company said it will redeem 9.5 million Series H preferred shares on Dec. 7.", "1989-10-27",
         R"("Dec. 7" DATE 1989-12-07)"},
        {"The company said it will redeem the tendered shares on Dec. 7.", "1989-10-27", R"("Dec. 7" DATE 1989-12-07)"},
        {"He said the split would be paid on a still unspecified date in January.", "1989-10-27", R"("January" DATE 1990-01)"},
        {"They all voted in December.", "1989-10-27", R"("December" DATE 1988-12)"},
    };
    check_rows(rows);
}

TEST_CASE("a comparison back from a quarter not yet begun is with the last quarter that has ended", "[temporal]") {
    const Row rows[] = {
        {"Sales will rise in the third quarter of 1990. In the year-ago period, the company earned $1 million.", "1989-10-26",
         R"("the third quarter of 1990" DATE 1990-Q3; "the year-ago period" DATE 1988-Q3)"},
        {"The company earned $45 million in the fourth quarter, compared with $84 million a year earlier.", "1989-11-02",
         R"("the fourth quarter" DATE 1989-Q4; "a year earlier" DATE 1988-Q4)"},
    };
    check_rows(rows);
}
