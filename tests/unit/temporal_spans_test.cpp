// The temporal stage, where an expression starts and ends when news corpora annotated with
// TimeML (TimeBank, TempEval-3) agree across documents: the words around a measure that are not
// part of it, rates that are not times, and the nouns of financial comparisons.
// One TEST_CASE per rule, one row per case.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("about stays outside a duration or a clock time, inside a date", "[temporal]") {
    const Row rows[] = {
        {"Albright spent about five hours in Tanzania.", "1998-08-18", R"("five hours" DURATION PT5H)"},
        {"The blast occurred at about 10:35 a.m. Friday.", "1998-08-08", R"("10:35 a.m. Friday" TIME 1998-08-07T10:35)"},
        {"The envoy left about a month ago.", "2022-01-27", R"("about a month ago" DATE 2021-12 APPROX)"},
        {"The siege lasted nearly two weeks.", "2022-01-27", R"("nearly two weeks" DURATION P2W APPROX)"},
    };
    check_rows(rows);
}

TEST_CASE("a unit after an amount or a plural noun is a rate, not a time", "[temporal]") {
    const Row rows[] = {
        {"The stock pays a dividend of $1.76 a year.", "1989-11-02", ""},
        {"It will save $500 million a year in costs.", "1989-11-02", ""},
        {"The airline adds 700 seats a week.", "1998-02-13", ""},
        {"Officers guard the clinic 24 hours a day.", "1998-10-25", R"("24 hours" DURATION PT24H)"},
        {"Prices fell 3% from a year ago.", "1989-11-02", R"("a year ago" DATE 1988)"},
        {"The festival lasts a week.", "2022-01-27", R"("a week" DURATION P1W)"},
    };
    check_rows(rows);
}

TEST_CASE("a bare plural after of is a quantity, and a quarter of something is a fraction", "[temporal]") {
    const Row rows[] = {
        {"The sale should close in a matter of months.", "1989-11-02", ""},
        {"They ruled the region for hundreds of years.", "1998-03-08", ""},
        {"Prices may stay flat for a couple of years.", "1998-03-08", R"("a couple of years" DURATION P2Y)"},
        {"Funds hold more than a quarter of the market.", "1989-10-27", ""},
        {"Sales will slow over the next couple of years.", "1989-11-02", R"("the next couple of years" DURATION P2Y)"},
    };
    check_rows(rows);
}

TEST_CASE("a bare plural before a clause opened by before or after is a duration without the article", "[temporal]") {
    const Row rows[] = {
        {"His car was seen in the weeks before the shooting.", "1999-05-06", R"("weeks" DURATION PXW)"},
        {"He crossed the border days after a sniper killed the doctor.", "1998-11-20", R"("days" DURATION PXD)"},
        {"In the years that followed, the rebels fought on.", "2000-04-01", R"("years" DURATION PXY)"},
        {"He had left weeks before.", "1999-05-06", R"("weeks before" DATE PAST_REF)"},
    };
    check_rows(rows);
}

TEST_CASE("a hyphenated duration before a noun is tagged without its article", "[temporal]") {
    const Row rows[] = {
        {"It ended the eight-year war with Iran.", "1990-08-15", R"("eight-year" DURATION P8Y)"},
        {"The dividend equals 72% of the 30-day rate.", "1989-11-02", R"("30-day" DURATION P30D)"},
    };
    check_rows(rows);
}

TEST_CASE("a financial year-ago comparison keeps its period noun, not other nouns or the article before them",
          "[temporal]") {
    const Row rows[] = {
        {"Net fell in the third quarter. The year-ago results included a gain.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "year-ago" DATE 1988-Q3)"},
        {"Net fell in the third quarter, compared with a year-earlier loss.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "year-earlier" DATE 1988-Q3)"},
        {"Net fell in the third quarter. In the year-ago third quarter, it earned $2 million.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the year-ago third quarter" DATE 1988-Q3)"},
        {"Net fell in the third quarter. In the year-earlier period, it rose.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the year-earlier period" DATE 1988-Q3)"},
    };
    check_rows(rows);
}

TEST_CASE("the year period is the quarter mentioned last in that year, else the year", "[temporal]") {
    const Row rows[] = {
        {"Net rose in the third quarter. It earned $376,000 in the 1988 quarter.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the 1988 quarter" DATE 1988-Q3)"},
        {"Net rose in the first quarter. In the 1988 period, it lost money.", "1989-11-02",
         R"("the first quarter" DATE 1989-Q1; "the 1988 period" DATE 1988-Q1)"},
        {"In the 1988 period, it lost money.", "1989-11-02", R"("the 1988 period" DATE 1988)"},
    };
    check_rows(rows);
}

TEST_CASE("the latest quarter is the last one completed before the article", "[temporal]") {
    const Row rows[] = {
        {"Profit fell in the fourth quarter of 1988 and rose in the latest quarter.", "1989-11-02",
         R"("the fourth quarter of 1988" DATE 1988-Q4; "the latest quarter" DATE 1989-Q3)"},
        {"Sales rose 5% in the latest quarter.", "1990-02-10", R"("the latest quarter" DATE 1989-Q4)"},
    };
    check_rows(rows);
}

// scan_relative.cpp, relative(): "this quarter's"
TEST_CASE("this quarter's results are those of the quarter mentioned last, else of the current quarter", "[temporal]") {
    const Row rows[] = {
        {"It lost money in the third quarter. This quarter's loss includes charges.", "1989-11-01",
         R"("the third quarter" DATE 1989-Q3; "This quarter" DATE 1989-Q3)"},
        {"This quarter's loss includes charges.", "1989-11-01", R"("This quarter" DATE 1989-Q4)"},
        {"Sales will rise this quarter.", "1989-11-01", R"("this quarter" DATE 1989-Q4)"},
    };
    check_rows(rows);
}

// scan_calendar.cpp, Scanner::after_quarter_named; resolve.cpp, shifted_date
TEST_CASE("a quarter in apposition to a quarter just named is in that quarter's year", "[temporal]") {
    const Row rows[] = {
        {"It expects a profit for the third quarter. In the year-ago quarter, the second quarter, it lost money.",
         "1989-10-27",
         // the comparison takes the quarter that restates it (find.cpp, restated)
         R"("the third quarter" DATE 1989-Q3; "the year-ago quarter" DATE 1988-Q2; "the second quarter" DATE 1988-Q2)"},
        {"Sales rose, and in the second quarter, profit fell.", "1989-10-27", R"("the second quarter" DATE 1989-Q2)"},
    };
    check_rows(rows);
}

TEST_CASE("the week of a day is that day's week", "[temporal]") {
    const Row rows[] = {
        {"The case may be resolved in a court hearing the week of March 6.", "2000-02-24", R"("the week of March 6" DATE 2000-W10)"},
        {"The summit opens the week of June 12, 2023.", "2023-05-01", R"("the week of June 12, 2023" DATE 2023-W24)"},
    };
    check_rows(rows);
}

TEST_CASE("a sentence opening on until and a date takes the tense of its clause", "[temporal]") {
    const Row rows[] = {
        {"Until Thursday, they had not called Kopp a suspect.", "1999-05-07", R"("Thursday" DATE 1999-05-06)"},
        {"The talks were postponed until Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-02-01)"},
    };
    check_rows(rows);
}

TEST_CASE("a hyphenated quarter before a noun is tagged without its article", "[temporal]") {
    const Row rows[] = {
        {"A major factor in the third-quarter loss was a write-down.", "1989-11-02", R"("third-quarter" DATE 1989-Q3)"},
        {"Profit fell in the third quarter.", "1989-11-02", R"("the third quarter" DATE 1989-Q3)"},
        {"The quarter-to-quarter comparison was enhanced by charges.", "1989-11-01", ""},
        {"The reforms of the mid-1980s failed.", "2022-01-27", R"("the mid-1980s" DATE 198 MID)"},
    };
    check_rows(rows);
}

TEST_CASE("a count of units after in and before a relative clause is described, not ahead", "[temporal]") {
    const Row rows[] = {
        {"Tax payments are minimal in a quarter that produced such a loss.", "1989-10-30", R"("a quarter" DURATION P1Q)"},
        {"The army will withdraw in two weeks.", "2022-01-27", R"("two weeks" DATE 2022-W06)"},
    };
    check_rows(rows);
}

TEST_CASE("a date after effective is when a rule takes effect, ahead unless it has just passed", "[temporal]") {
    const Row rows[] = {
        {"The company created a new office, effective Feb. 1.", "1989-10-26", R"("Feb. 1" DATE 1990-02-01)"},
        {"Costs rose under the labor pact effective June 1.", "1989-10-26", R"("June 1" DATE 1990-06-01)"},
        {"The tariffs were raised, effective Oct. 20.", "1989-10-26", R"("Oct. 20" DATE 1989-10-20)"},
    };
    check_rows(rows);
}

TEST_CASE("a range of counts is one duration valued at its lower bound; or so belongs to the count", "[temporal]") {
    const Row rows[] = {
        {"Intel will resume shipments within two to three weeks.", "1989-10-30", R"("two to three weeks" DURATION P2W)"},
        {"Acquisitions are to be made during the next 12 to 18 months.", "1989-11-02",
         R"("the next 12 to 18 months" DURATION P12M)"},
        {"Then, a week or so ago, the general picked a date.", "1991-02-25", R"("a week or so ago" DATE 1991-W08)"},
        {"Share may rise over the next two years or so.", "1989-11-02", R"("the next two years or so" DURATION P2Y)"},
        {"Five or six soldiers died.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("an hour in the morning, afternoon, evening or at night is a clock time", "[temporal]") {
    const Row rows[] = {
        {"The plane will land at 4 in the morning.", "2000-04-05", R"("4 in the morning" TIME 2000-04-05T04:00)"},
        {"The vote closed at 9 in the evening.", "2000-04-05", R"("9 in the evening" TIME 2000-04-05T21:00)"},
        {"He slept in the morning.", "2000-04-05", R"("the morning" TIME 2000-04-05TMO)"},
    };
    check_rows(rows);
}

TEST_CASE("a part of the day after the or a modifier is a TIME on the day last mentioned", "[temporal]") {
    const Row rows[] = {
        {"Prices crashed Friday. Dealers placed buy orders in the morning.", "1989-10-30",
         R"("Friday" DATE 1989-10-27; "the morning" TIME 1989-10-27TMO)"},
        {"By mid afternoon, official sources said the fighting had stopped.", "1998-03-06", R"("mid afternoon" TIME 1998-03-06TAF MID)"},
        {"In London at mid-afternoon yesterday, the shares were up.", "1989-11-02", R"("mid-afternoon yesterday" TIME 1989-11-01TAF MID)"},
        {"She was killed on the night of Friday, Oct. 23.", "1998-10-26", R"("Friday, Oct. 23" DATE 1998-10-23)"},
        {"Stocks rose in the morning session.", "1989-10-30", ""},
    };
    check_rows(rows);
}

TEST_CASE("more, additional, extra or further keep the count of a duration; -long makes a unit a duration", "[temporal]") {
    const Row rows[] = {
        {"Gonzalez will remain for at least two more weeks.", "2000-06-01", R"("at least two more weeks" DURATION P2W EQUAL_OR_MORE)"},
        {"The loan may be extended for an additional year.", "1989-11-02", R"("an additional year" DURATION P1Y)"},
        {"They emerged from their third day-long meeting.", "2000-04-03", R"("day-long" DURATION P1D)"},
        {"It symbolizes a decades-long battle.", "2000-01-15", R"("decades-long" DURATION PXE)"},
        {"The two-week-long strike ended.", "2022-01-27", R"("two-week-long" DURATION P2W)"},
        {"He wants more days off.", "2022-01-27", R"("days" DURATION PXD)"},
    };
    check_rows(rows);
}

TEST_CASE("the day before or after a date that follows is next to that date", "[temporal]") {
    const Row rows[] = {
        {"The day before last Tuesday's hearing, Manuel went to the home.", "2000-02-24",
         R"("The day before last Tuesday" DATE 2000-02-21)"},
        {"Talks opened on May 2. The day after May 10, they ended.", "2022-06-01",
         R"("May 2" DATE 2022-05-02; "The day after May 10" DATE 2022-05-11)"},
        {"Talks opened on May 2. The day before, troops moved.", "2022-06-01", R"("May 2" DATE 2022-05-02; "The day before" DATE 2022-05-01)"},
    };
    check_rows(rows);
}

// next_to_event, in_apposition (scan_relative.cpp), lexicon after_relative_day_continuations
TEST_CASE("a date, the day before or after an event: the day is the date named before the comma", "[temporal]") {
    const Row rows[] = {
        // "Nov. 3, the day before authorities issued a warrant": Nov. 3 is the day before the warrant
        {"He was seen on Nov. 3, the day before authorities issued a warrant.", "1999-05-07",
         R"("Nov. 3" DATE 1998-11-03; "the day" DATE 1998-11-03)"},
        {"Eight days after Oct. 12, the day before the plunge, the index was down.", "1989-10-30",
         R"("Eight days" DURATION P8D; "Oct. 12" DATE 1989-10-12; "the day" DATE 1989-10-12)"},
        {"They voted on Friday, the day after the strike began.", "2022-01-27", R"("Friday" DATE 2022-01-21; "the day" DATE 2022-01-21)"},
        {"Stocks fell on Oct. 12, 1989, the day before the crash.", "1989-10-30",
         R"("Oct. 12, 1989" DATE 1989-10-12; "the day" DATE 1989-10-12)"},
        {"They met on the 3rd of March, the day before the vote.", "2022-03-07",
         R"("the 3rd of March" DATE 2022-03-03; "the day" DATE 2022-03-03)"},
        {"They met on 3 March, the day after the vote.", "2022-03-07", R"("3 March" DATE 2022-03-03; "the day" DATE 2022-03-03)"},
        // without a date before it, the day next to the date mentioned last
        {"He died on Oct. 23. Two men came the day after his death.", "1998-11-21",
         R"("Oct. 23" DATE 1998-10-23; "the day after" DATE 1998-10-24)"},
        // a continuation or a verb: the day next to the date mentioned last
        {"They met on March 3 and talked again the day after and agreed.", "2022-03-07",
         R"("March 3" DATE 2022-03-03; "the day after" DATE 2022-03-04)"},
        {"They met on March 3, the day before was calm.", "2022-03-07", R"("March 3" DATE 2022-03-03; "the day before" DATE 2022-03-02)"},
    };
    check_rows(rows);
}

// title_case_in_quotes (find.cpp), lexicon opening_quotes
TEST_CASE("a unit in title case right after an opening quote is a name, not a time", "[temporal]") {
    const Row rows[] = {
        {"Baker said on ABC News' \"This Week,\" that the resolutions sufficed.", "1990-08-13", ""},
        {"Gonzalez said on CBS's ''60 Minutes.''", "2000-04-17", ""},
        {"Baker said on \u201cThis Week With David Brinkley\u201d that it was legal.", "1991-02-25", ""},
        // a quotation that opens on a time keeps it
        {"He said: \"This week we will vote.\"", "2022-01-27", R"("This week" DATE 2022-W04)"},
        {"\"Next week we will vote,\" he said.", "2022-01-27", R"("Next week" DATE 2022-W05)"},
    };
    check_rows(rows);
}
