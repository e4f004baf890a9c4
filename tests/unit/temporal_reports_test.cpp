// Financial-report conventions of TimeML corpora (TempEval-3 training data): which period a
// comparison ("a year earlier", "year-earlier", "the 1988 period") means, by what the sentence
// reports on. Each TEST_CASE is one rule; its rows are (text, article date, every expression).
#include "temporal_rows.hpp"

using temporal_rows::check_rows;
using temporal_rows::Row;

TEST_CASE("rule months_total_before: a comparison in a sentence about the nine months is the year before",
          "[temporal]") {
    const Row rows[] = {
        // the quarter mentioned last does not decide: the sentence reports on a part of the year
        {"Net rose in the third quarter. For the nine months, net rose 13% from a year earlier.", "1989-10-26",
         R"("the third quarter" DATE 1989-Q3; "the nine months" DURATION P9M; "a year earlier" DATE 1988)"},
        {"Net rose in the third quarter. In the first nine months, sales fell from a year ago.", "1989-10-26",
         R"("the third quarter" DATE 1989-Q3; "the first nine months" DURATION P9M; "a year ago" DATE 1988)"},
        {"Net rose in the third quarter. For the nine months, it compared with year-earlier net of $9 million.",
         "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the nine months" DURATION P9M; "year-earlier" DATE 1988)"},
        {"Net rose in the third quarter. In the first nine months, it lost $195 million in the 1988 period.",
         "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the first nine months" DURATION P9M; "the 1988 period" DATE 1988)"},
        {"Net rose in the second quarter. In the latest six months, net was 45% of the total, compared with 40% a year earlier.",
         "1989-10-26",
         R"("the second quarter" DATE 1989-Q2; "the latest six months" DURATION P6M; "a year earlier" DATE 1988)"},
        // without the months, the quarter mentioned last (the rule of financial comparisons)
        {"Net rose in the third quarter. Sales fell 5% from a year earlier.", "1989-10-26",
         R"("the third quarter" DATE 1989-Q3; "a year earlier" DATE 1988-Q3)"},
        // months before the comparison in an earlier sentence do not count
        {"For the nine months, net rose. In the third quarter, sales fell from a year earlier.", "1989-10-26",
         R"("the nine months" DURATION P9M; "the third quarter" DATE 1989-Q3; "a year earlier" DATE 1988-Q3)"},
        // "the six months ended Aug. 12": the months end at a day, compared with that day a year before
        {"For the six months ended Aug. 12, net rose from $9 million a year earlier.", "1989-10-26",
         R"("the six months" DURATION P6M; "Aug. 12" DATE 1989-08-12; "a year earlier" DATE 1988-08-12)"},
        // one month or a count of years is no part of a year
        {"Net rose in the third quarter. In one month, sales fell from a year earlier.", "1989-10-26",
         R"("the third quarter" DATE 1989-Q3; "one month" DURATION P1M; "a year earlier" DATE 1988-Q3)"},
    };
    check_rows(rows);
}

TEST_CASE("rule quarter_ended: the quarter ended on a day is the quarter mentioned last, else the calendar "
          "quarter holding most of its months",
          "[temporal]") {
    const Row rows[] = {
        // first mention: May to July is the second quarter, July to September the third
        {"In the quarter ended July 31, Jayark had 5.6 million shares.", "1989-10-30",
         R"("the quarter" DATE 1989-Q2; "July 31" DATE 1989-07-31)"},
        {"For the quarter ended Sept. 30, Delta posted net income of $133 million.", "1989-10-26",
         R"("the quarter" DATE 1989-Q3; "Sept. 30" DATE 1989-09-30)"},
        {"For the quarter ending Aug. 26, sales rose.", "1989-10-26",
         R"("the quarter" DATE 1989-Q3; "Aug. 26" DATE 1989-08-26)"},
        // the end on the first days of a month: the three months before it
        {"For the quarter ended Oct. 1, sales rose.", "1989-11-02",
         R"("the quarter" DATE 1989-Q3; "Oct. 1" DATE 1989-10-01)"},
        // the end in the first weeks of a year: the previous year's fourth quarter
        {"For the quarter ended Jan. 31, 1990, sales rose.", "1990-03-02",
         R"("the quarter" DATE 1989-Q4; "Jan. 31, 1990" DATE 1990-01-31)"},
        // a fiscal quarter named before: the same one
        {"Sun earned $5.2 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.",
         "1989-10-26",
         R"("the fiscal first quarter" DATE 1989-Q1; "the quarter" DATE 1989-Q1; "Sept. 29" DATE 1989-09-29)"},
        // without an end day, the quarter before the article's (financial)
        {"Net rose in the quarter.", "1989-10-30", R"("the quarter" DATE 1989-Q3)"},
    };
    check_rows(rows);
}
