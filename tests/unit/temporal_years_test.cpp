// The temporal stage, the year in its less common forms: years in words (broadcast
// transcripts), "the year" and the fiscal year of a financial report, and the end of the year.
// One TEST_CASE per rule, one row per case.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("a year in words is that year", "[temporal]") {
    const Row rows[] = {
        {"The war ended in nineteen ninety-six.", "1998-02-27", R"("nineteen ninety-six" DATE 1996)"},
        {"It began in nineteen seventy-nine.", "1998-01-21", R"("nineteen seventy-nine" DATE 1979)"},
        {"Prices fell in January nineteen ninety-seven.", "1998-02-27",
         R"("January nineteen ninety-seven" DATE 1997-01)"},
        {"He stayed through the winter of nineteen ninety-four.", "1998-02-23",
         R"("the winter of nineteen ninety-four" DATE 1994-WI)"},
        {"He promised jobs by the year two thousand.", "1998-02-05", R"("the year two thousand" DATE 2000)"},
        // "two thousand" alone is a number
        {"Two thousand troops crossed the border.", "1998-02-05", ""},
    };
    check_rows(rows);
}

TEST_CASE("the year of a report is the article's year, the year ended a day is twelve months", "[temporal]") {
    const Row rows[] = {
        {"For the year, pet food volume was flat.", "1989-11-02", R"("the year" DATE 1989)"},
        {"Sales for the full year were $6.6 billion.", "1989-11-02", R"("the full year" DATE 1989)"},
        {"Earnings for the fiscal year will be lower.", "1989-11-02", R"("the fiscal year" DATE 1989)"},
        {"Revenue was $76 million for the year ended March 31.", "1989-11-01",
         R"("the year" DURATION P1Y; "March 31" DATE 1989-03-31)"},
        {"It reached a high for the year in June.", "1989-10-30", R"("the year" DATE 1989; "June" DATE 1989-06)"},
        // another year: "the year when", "the year 1998", "the year before"
        {"It was the year when the wall fell.", "1989-11-02", ""},
        {"The year before, profits rose.", "1989-11-02", ""},
    };
    check_rows(rows);
}

TEST_CASE("the end of the year is the article's year; year-end is its last day, since year-end the last one's",
          "[temporal]") {
    const Row rows[] = {
        {"The deal should close by year-end.", "1989-11-02", R"("year-end" DATE 1989-12-31)"},
        {"The percentage change is since year-end.", "1989-10-27", R"("year-end" DATE 1988-12-31)"},
        {"The rules take effect by year's end.", "1989-10-26", R"("year's end" DATE 1989 END)"},
        {"It plans to cut 6,000 jobs by year end.", "1989-10-26", R"("year end" DATE 1989 END)"},
    };
    check_rows(rows);
}

TEST_CASE("dotted dates, 24-hour clocks and the fortnight", "[temporal]") {
    const Row rows[] = {
        {"The talks began on 24.02.2022 in Minsk.", "2022-03-01", R"("24.02.2022" DATE 2022-02-24)"},
        {"Inflation was 3.5 percent.", "2022-03-01", ""},
        {"The curfew starts at 19:30.", "2022-03-01", R"("19:30" TIME 2022-03-01T19:30)"},
        {"He spoke at 9:30.", "2022-03-01", R"("9:30" TIME 2022-03-01T09:30)"},
        {"Shelling began at 0800 GMT.", "2022-03-01", R"("0800 GMT" TIME 2022-03-01T08:00)"},
        {"The score was 2:1.", "2022-03-01", ""},
        {"He left a fortnight ago.", "2022-03-01", R"("a fortnight ago" DATE 2022-02-15)"},
        {"The truce held for a fortnight.", "2022-03-01", R"("a fortnight" DURATION P2W)"},
    };
    check_rows(rows);
}

TEST_CASE("rule half_of_decade: a half of a decade or a century is that decade or century, its start or its end",
          "[temporal]") {
    const Row rows[] = {
        {"Sales followed the trend of the last half of the '80s.", "1989-10-26",
         R"("the last half of the '80s" DATE 198 END)"},
        {"Prices rose in the first half of the 1990s.", "1998-02-27", R"("the first half of the 1990s" DATE 199 START)"},
        {"Prices rose in the second half of the 1970s.", "1998-02-27", R"("the second half of the 1970s" DATE 197 END)"},
        {"It was built in the first half of the 20th century.", "1998-02-27",
         R"("the first half of the 20th century" DATE 19 START)"},
        // a half of a year stays a half
        {"Sales rose in the first half of 1990.", "1989-10-26", R"("the first half of 1990" DATE 1990-H1)"},
        {"Sales rose in the second half.", "1989-10-26", R"("the second half" DATE 1989-H2)"},
    };
    check_rows(rows);
}

TEST_CASE("rule qualified_year_shifts: a relative word before the fiscal or calendar year names that year",
          "[temporal]") {
    const Row rows[] = {
        {"It expects sales in the current fiscal year that are above forecasts.", "1989-11-02",
         R"("the current fiscal year" DATE 1989)"},
        {"Net rose 8% in the latest fiscal year.", "1989-10-26", R"("the latest fiscal year" DATE 1988)"},
        {"Net rose 8% in the last fiscal year.", "1989-10-26", R"("the last fiscal year" DATE 1988)"},
        {"Net rose 8% in the previous fiscal year.", "1989-10-26", R"("the previous fiscal year" DATE 1988)"},
        {"It expects a loss in the next fiscal year.", "1989-10-26", R"("the next fiscal year" DATE 1990)"},
        {"It expects a loss in the coming calendar year.", "1989-10-26", R"("the coming calendar year" DATE 1990)"},
        // without a relative word, "the year that ..." is some other year
        {"It was the year that the wall fell.", "1989-10-26", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule short_range_year: two digits after a year and a hyphen are the next year of the range",
          "[temporal]") {
    const Row rows[] = {
        {"The 2014-15 conflict killed thousands.", "2022-01-27", R"("2014" DATE 2014; "15" DATE 2015)"},
        {"In 2014-15, thousands died.", "2022-01-27", R"("2014" DATE 2014; "15" DATE 2015)"},
        {"The 1990-91 Gulf War.", "2022-01-27", R"("1990" DATE 1990; "91" DATE 1991)"},
        {"The 1999-00 season.", "2022-01-27", R"("1999" DATE 1999; "00" DATE 2000)"},
        {"The 2014-2015 conflict.", "2022-01-27", R"("2014" DATE 2014; "2015" DATE 2015)"},
        // not a percentage, not a longer code
        {"Prices rose 2014-15%.", "2022-01-27", R"("2014" DATE 2014)"},
        {"The 2014-15-16 plan.", "2022-01-27", R"("2014" DATE 2014)"},
    };
    check_rows(rows);
}

TEST_CASE("rule past_apostrophe: a decade written with an apostrophe takes its modifier and article", "[temporal]") {
    const Row rows[] = {
        {"He served two terms in the 1980s and early '90s.", "1998-03-15",
         R"("the 1980s" DATE 198; "early '90s" DATE 199 START)"},
        {"He served in the '90s.", "1998-03-15", R"("the '90s" DATE 199)"},
        {"It was a hit in the mid-\u201980s.", "1998-03-15", "\"the mid-\u201980s\" DATE 198 MID"},
        {"The 'experts' were wrong in 1990.", "1998-03-15", R"("1990" DATE 1990)"},
        // without the apostrophe, two digits after "the" (and its modifier); not an age
        {"In the 90s, war raged.", "2022-02-24", R"("the 90s" DATE 199)"},
        {"In the late 80s, war raged.", "2022-02-24", R"("the late 80s" DATE 198 END)"},
        {"Men in their 90s voted.", "2022-02-24", ""},
    };
    check_rows(rows);
}
