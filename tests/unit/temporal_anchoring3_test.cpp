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
