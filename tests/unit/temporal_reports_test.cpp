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
