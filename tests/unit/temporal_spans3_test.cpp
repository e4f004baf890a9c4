// The temporal stage, span rules from the TempEval-3 training set (issue 3): which words make a
// time expression and which do not. One TEST_CASE per rule, one row per table row or case.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("the kind of day counted goes inside the count of days", "[temporal]") {
    const Row rows[] = {
        {"Eight trading days after Oct. 12, the index was down 6%.", "1989-10-30",
         R"("Eight trading days" DURATION P8D; "Oct. 12" DATE 1989-10-12)"},
        {"The offer runs for ten business days.", "1989-10-30", R"("ten business days" DURATION P10D)"},
        {"The bank will answer in five business days.", "1989-10-30", R"("five business days" DURATION P5D)"},
        {"It closed two trading days later.", "1989-10-30", R"("two trading days" DURATION P2D)"},
        {"The bank must answer within two working days.", "1989-10-30", R"("two working days" DURATION P2D)"},
        {"Talks resumed after two more weeks.", "1989-10-30", R"("two more weeks" DURATION P2W)"},
        {"Two business leaders met on Monday.", "1989-10-30", R"("Monday" DATE 1989-10-30)"},
    };
    check_rows(rows);
}

TEST_CASE("rule generic_after_deixis: today's world and the people of tomorrow are no days", "[temporal]") {
    const Row rows[] = {
        {"In today's world, power matters.", "2022-01-27", ""},
        {"The case is for today's youth what the blockade was for their parents.", "2022-01-27", ""},
        {"I would have chosen the people of tomorrow.", "2022-01-27", ""},
        // a happening of the day, and "as of today", are the article's day
        {"Today's meeting was tense.", "2022-01-27", R"("Today" DATE 2022-01-27)"},
        {"As of today, 200 people have fled.", "2022-01-27", R"("today" DATE 2022-01-27)"},
        // a part of the day before "of": the day (day_before_of_deixis, parts of day, units)
        {"The assault began in the early hours of today.", "2022-02-24", R"("the early hours of today" DATE 2022-02-24 START)"},
        {"A decision is due by the end of tomorrow.", "2022-02-24", R"("the end of tomorrow" DATE 2022-02-25 END)"},
        {"Shelling resumed on the morning of today.", "2022-02-24", R"("today" DATE 2022-02-24)"},
        {"Putin wants to undo the Europe of today.", "2022-02-24", ""},
        {"Talks resume tomorrow, officials said.", "2022-01-27", R"("tomorrow" DATE 2022-01-28)"},
    };
    check_rows(rows);
}

TEST_CASE("a deictic word in title case after a capitalised word ends a name, not a day", "[temporal]") {
    const Row rows[] = {
        {"This is VOA Today.", "1998-03-31", ""},
        {"The interview appeared in USA Today on Monday.", "1998-03-31", R"("Monday" DATE 1998-03-30)"},
        {"Russia Today reported the strike.", "2022-01-27", ""},
        {"Today, the talks resumed.", "2022-01-27", R"("Today" DATE 2022-01-27)"},
        {"The talks resumed in Geneva today.", "2022-01-27", R"("today" DATE 2022-01-27)"},
        {"He said, \"Tomorrow we vote.\"", "2022-01-27", R"("Tomorrow" DATE 2022-01-28)"},
    };
    check_rows(rows);
}

TEST_CASE("a weekday before a part of the day in the plural is a set", "[temporal]") {
    const Row rows[] = {
        {"Two new flights would leave Bombay on Monday and Tuesday nights from March 30.", "1998-02-13",
         R"("Monday" SET XXXX-WXX-1TNI; "Tuesday nights" SET XXXX-WXX-2TNI; "March 30" DATE 1998-03-30)"},
        {"The market is open on Saturday mornings.", "1998-02-13", R"("Saturday mornings" SET XXXX-WXX-6TMO)"},
        {"He taught on Sunday afternoons.", "1998-02-13", R"("Sunday afternoons" SET XXXX-WXX-7TAF)"},
        {"She met them on Friday evenings.", "1998-02-13", R"("Friday evenings" SET XXXX-WXX-5TEV)"},
        {"They met on Monday and Tuesday.", "1998-02-13", R"("Monday" DATE 1998-02-09; "Tuesday" DATE 1998-02-10)"},
    };
    check_rows(rows);
}

TEST_CASE("an ordinal day after a copula is the day the clause is about", "[temporal]") {
    const Row rows[] = {
        {"In Saudi Arabia, today is the eighth day of Desert Shield.", "1990-08-15",
         R"("today" DATE 1990-08-15; "the eighth day" DATE 1990-08-15)"},
        {"More heavy gunfire in Kosovo. It's the second day of an offensive.", "1998-03-06",
         R"("the second day" DATE 1998-03-06)"},
        {"The talks began on Monday. Tuesday was the second day of talks.", "1998-03-06",
         R"("Monday" DATE 1998-03-02; "Tuesday" DATE 1998-03-03; "the second day" DATE 1998-03-03)"},
        {"He vowed to do so on his first day in office.", "1998-10-26", ""},
        {"It was the third day-long meeting.", "1998-10-26", R"("day-long" DURATION P1D)"},
    };
    check_rows(rows);
}
