// The temporal stage, parts of a period, days without their month and what a day lends to the
// words around it: "by the end of the month", "the first week of March", "the second half of
// January", "on the 24th", "late on Tuesday", "noon on Monday", "Jan. 12-13". One TEST_CASE per
// rule, one row per case.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("rule the_unit: the end of the month or the week is the article's, in a past clause the one mentioned last",
          "[temporal]") {
    const Row rows[] = {
        {"The ministers will meet by the end of the month.", "2022-01-27", R"("the end of the month" DATE 2022-01 END)"},
        {"Talks are expected to conclude by the end of the week.", "2022-01-27",
         R"("the end of the week" DATE 2022-W04 END)"},
        {"The fighting stopped at the start of the week.", "2022-01-27", R"("the start of the week" DATE 2022-W04 START)"},
        {"A reply is due in the middle of the month.", "2022-01-27", R"("the middle of the month" DATE 2022-01 MID)"},
        {"Rationing will last until the end of the month.", "2022-01-27", R"("the end of the month" DATE 2022-01 END)"},
        // past clause: the month mentioned last
        {"The talks began in March. By the end of the month they had failed.", "2022-01-27",
         R"("March" DATE 2021-03; "the end of the month" DATE 2021-03 END)"},
        // future clause: the article's month, whatever was mentioned before
        {"The talks began in March. A deal will be signed by the end of the month.", "2022-01-27",
         R"("March" DATE 2021-03; "the end of the month" DATE 2022-01 END)"},
        // a past clause with no month mentioned: the article's
        {"By the end of the month, prices had doubled.", "2022-01-27", R"("the end of the month" DATE 2022-01 END)"},
        // a past clause after a week still ahead: the article's week (a past event is not in it)
        {"Talks are set for the week of March 7. Earlier in the week, Moscow ordered its diplomats home.", "2022-02-24",
         R"("the week of March 7" DATE 2022-W10; "Earlier in the week" DATE 2022-W08 START)"},
        {"Talks were held in the week of January 10. Earlier in the week, Moscow ordered its diplomats home.",
         "2022-02-24", R"("the week of January 10" DATE 2022-W02; "Earlier in the week" DATE 2022-W02 START)"},
        // the decade: the article's, or in a past clause the one mentioned last
        {"By the end of the decade, Europe hopes to have halved its imports.", "2022-02-24",
         R"("the end of the decade" DATE 202 END)"},
        {"Trade grew in the 1990s. By the end of the decade it had doubled.", "2022-02-24",
         R"("the 1990s" DATE 199; "the end of the decade" DATE 199 END)"},
        // "the month", "the week", "the day" alone are not dates; "the end of the day" is an idiom
        {"The month was the coldest on record.", "2022-01-27", ""},
        {"At the end of the day, the talks failed.", "2022-01-27", ""},
        {"Sales for the week rose.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule part_of: the first or last week of a month is that month, its start or its end", "[temporal]") {
    const Row rows[] = {
        {"The summit is planned for the first week of March.", "2022-01-27",
         R"("the first week of March" DATE 2022-03 START)"},
        {"In the last week of December, talks stalled.", "2022-01-27", R"("the last week of December" DATE 2021-12 END)"},
        {"The vote was held in the first week of May 2019.", "2022-01-27",
         R"("the first week of May 2019" DATE 2019-05 START)"},
        {"The second half of the month was calm.", "2022-01-27", R"("The second half of the month" DATE 2022-01 END)"},
        // a part of something other than a period is no date, nor is "the last week" before it
        {"The last week of the talks was tense.", "2022-01-27", ""},
        {"In the first week of the offensive, troops advanced.", "2022-01-27", ""},
        // "final" is "last"
        {"In the final week of December, talks stalled.", "2022-01-27", R"("the final week of December" DATE 2021-12 END)"},
        {"In the final days of 2021, troops massed.", "2022-01-27", R"("the final days of 2021" DATE 2021 END)"},
        {"Growth slowed in the final quarter of 2021.", "2022-01-27", R"("the final quarter of 2021" DATE 2021-Q4)"},
        {"The final round of talks begins on Monday.", "2022-01-27", R"("Monday" DATE 2022-01-31)"},
        // the second week is a calendar week (temporal_weeks_test.cpp, nth_week_of_month)
        {"Talks resume in the second week of March.", "2022-01-27", R"("the second week of March" DATE 2022-W10)"},
    };
    check_rows(rows);
}

TEST_CASE("rule nth_weekday: the first to fifth or the last weekday of a month is that day", "[temporal]") {
    const Row rows[] = {
        {"The referendum took place on the last Sunday of March.", "2022-01-27",
         R"("the last Sunday of March" DATE 2021-03-28)"},
        {"It opens on the first Monday of February.", "2022-01-27", R"("the first Monday of February" DATE 2022-02-07)"},
        {"On the second Friday of January 2020, they met.", "2022-01-27",
         R"("the second Friday of January 2020" DATE 2020-01-10)"},
        {"The vote will be held on the first Tuesday in November.", "2022-01-27",
         R"("the first Tuesday in November" DATE 2022-11-01)"},
        // a day the month does not have is none
        {"The fifth Monday of February 2021 never came.", "2022-01-27", ""},
        // not a month after "of": the weekday alone
        {"On the first Monday of the talks, they met.", "2022-01-27", R"("Monday" DATE 2022-01-24)"},
    };
    check_rows(rows);
}

TEST_CASE("rule part_of_period: a half of a month is that month, its start or its end", "[temporal]") {
    const Row rows[] = {
        {"The embassy closed in the second half of January.", "2022-01-27",
         R"("the second half of January" DATE 2022-01 END)"},
        {"Deliveries resume in the first half of March.", "2022-01-27", R"("the first half of March" DATE 2022-03 START)"},
        {"Exports fell in the last half of October 2021.", "2022-01-27",
         R"("the last half of October 2021" DATE 2021-10 END)"},
        // a half of a year is a half
        {"Growth slowed in the second half of 2021.", "2022-01-27", R"("the second half of 2021" DATE 2021-H2)"},
    };
    check_rows(rows);
}

TEST_CASE("rule bare_day: an ordinal day without its month is a day of the month mentioned last, else by the tense",
          "[temporal]") {
    const Row rows[] = {
        {"The convoy reached the border on the 24th.", "2022-01-27", R"("the 24th" DATE 2022-01-24)"},
        {"The talks will resume on the 3rd.", "2022-01-27", R"("the 3rd" DATE 2022-02-03)"},
        {"A truce was declared on Jan. 3. On the 5th, it collapsed.", "2022-01-27",
         R"("Jan. 3" DATE 2022-01-03; "the 5th" DATE 2022-01-05)"},
        {"In March the envoy arrived. By the 20th he had left.", "2022-01-27",
         R"("March" DATE 2021-03; "the 20th" DATE 2021-03-20)"},
        // a future clause after a day that has passed: the next such day
        {"A truce was declared on Jan. 3. Talks will resume on the 3rd.", "2022-01-27",
         R"("Jan. 3" DATE 2022-01-03; "the 3rd" DATE 2022-02-03)"},
        {"The deadline was extended until the 15th and the talks went on.", "2022-01-27", R"("the 15th" DATE 2022-01-15)"},
        // after "the <part of day> of", the day alone, and what follows counts from it
        {"The envoy arrived on the evening of the 12th and left the following morning.", "2022-11-14",
         R"("the 12th" DATE 2022-11-12; "the following morning" TIME 2022-11-13TMO)"},
        {"He will leave on the morning of the 25th.", "2022-11-14", R"("the 25th" DATE 2022-11-25)"},
        {"On the evening of the 5th floor reception, he spoke.", "2022-11-14", ""},
        // a day that no month around has: the 31st of a 30-day month is skipped
        {"The strike ended on the 31st.", "2022-05-05", R"("the 31st" DATE 2022-03-31)"},
        // ordinals of other things
        {"Troops moved to the 5th floor.", "2022-01-27", ""},
        {"He met the 1st Armoured Division.", "2022-01-27", ""},
        {"On the 1st Armoured Division's base, shots rang out.", "2022-01-27", ""},
        {"The 21st-century conflict began.", "2022-01-27", ""},
        {"He finished the 5th.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule mods_before_on: early or late on a day is that day's start or end; later on a day is that day",
          "[temporal]") {
    const Row rows[] = {
        {"Moscow denied the claims late on Tuesday.", "2022-01-27", R"("late on Tuesday" DATE 2022-01-25 END)"},
        {"Officials spoke early on Monday.", "2022-01-27", R"("early on Monday" DATE 2022-01-24 START)"},
        {"The vote was held late on Jan. 3.", "2022-01-27", R"("late on Jan. 3" DATE 2022-01-03 END)"},
        {"The minister will speak later on Tuesday.", "2022-01-25", R"("Tuesday" DATE 2022-01-25)"},
        {"Earlier on Monday, troops withdrew.", "2022-01-25", R"("Monday" DATE 2022-01-24)"},
        // "early on" with no day after it is no date
        {"He left early on.", "2022-01-25", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule clock: a clock time takes the day after it, across \"on\" and a zone (\"local time\", \"Moscow time\")",
          "[temporal]") {
    const Row rows[] = {
        {"The ultimatum expired at noon on Monday.", "2022-01-27", R"("noon on Monday" TIME 2022-01-24T12:00)"},
        {"The blast came around 3 a.m. local time on Saturday.", "2022-01-27",
         R"("around 3 a.m. local time on Saturday" TIME 2022-01-22T03:00 APPROX)"},
        {"He arrived at 10 a.m. local time.", "2022-01-27", R"("10 a.m. local time" TIME 2022-01-27T10:00)"},
        {"The leaders will hold a call at 11 a.m. Eastern time on Tuesday.", "2022-01-27",
         R"("11 a.m. Eastern time on Tuesday" TIME 2022-02-01T11:00)"},
        {"At 5 p.m. Moscow time, the deadline passed.", "2022-01-27", R"("5 p.m. Moscow time" TIME 2022-01-27T17:00)"},
        {"The convoy left on Jan. 3. It arrived at noon on the 5th.", "2022-01-27",
         R"("Jan. 3" DATE 2022-01-03; "noon on the 5th" TIME 2022-01-05T12:00)"},
        // "on" before something else: the day mentioned last
        {"Talks began on Monday. They ended at 5 p.m. on a sour note.", "2022-01-27",
         R"("Monday" DATE 2022-01-24; "5 p.m." TIME 2022-01-24T17:00)"},
    };
    check_rows(rows);
}

TEST_CASE("rule range_end: the second day of a range is in the year of the first", "[temporal]") {
    const Row rows[] = {
        // the tense alone would put Jan. 12 a year ahead and the 13th behind
        {"Talks are scheduled for Jan. 12-13 in Brussels.", "2022-01-27",
         R"("Jan. 12" DATE 2023-01-12; "13" DATE 2023-01-13)"},
        {"The drills are planned for Jan. 12 - 13.", "2022-01-27", R"("Jan. 12" DATE 2023-01-12; "13" DATE 2023-01-13)"},
        {"Exercises run from February 10 to 20.", "2022-01-27",
         R"("February 10" DATE 2022-02-10; "20" DATE 2022-02-20)"},
        {"The drills ran Dec. 30-31.", "2022-01-27", R"("Dec. 30" DATE 2021-12-30; "31" DATE 2021-12-31)"},
    };
    check_rows(rows);
}

TEST_CASE("rule not_before_bare_hours: the early hours are a time of night, no duration", "[temporal]") {
    const Row rows[] = {
        {"The strike happened in the early hours.", "2022-01-27", ""},
        {"In the early days of the war, many fled.", "2022-01-27", R"("days" DURATION PXD)"},
        {"Talks ran into the small hours.", "2022-01-27", ""},
        {"Shelling lasted for hours.", "2022-01-27", R"("hours" DURATION PTXH)"},
        {"The early hours of Saturday were quiet.", "2022-01-27", R"("The early hours of Saturday" DATE 2022-01-22 START)"},
    };
    check_rows(rows);
}

TEST_CASE("rule anaphoric_objects: a count before or after \"that\" at the clause's end shifts the date mentioned last",
          "[temporal]") {
    const Row rows[] = {
        {"The deal was signed on Jan. 1. Three weeks after that, it collapsed.", "2022-01-27",
         R"("Jan. 1" DATE 2022-01-01; "Three weeks after that" DATE 2022-01-22)"},
        {"Talks opened on Jan. 10. Two days before that, troops had moved.", "2022-01-27",
         R"("Jan. 10" DATE 2022-01-10; "Two days before that" DATE 2022-01-08)"},
        // "that" begins a noun phrase: the count is a duration before a clause
        {"Two days after that meeting, they left.", "2022-01-27", R"("Two days" DURATION P2D)"},
    };
    check_rows(rows);
}

TEST_CASE("rule frequency_words: once, twice, thrice a unit is a set", "[temporal]") {
    const Row rows[] = {
        {"Patrols run twice a day along the line of contact.", "2022-01-27", R"("twice a day" SET P1D)"},
        {"The council meets once a month.", "2022-01-27", R"("once a month" SET P1M)"},
        {"Once a week, the envoy reports.", "2022-01-27", R"("Once a week" SET P1W)"},
        {"Monitors visit thrice per year.", "2022-01-27", R"("thrice per year" SET P1Y)"},
        {"He was once a diplomat.", "2022-01-27", ""},
        {"They earn $5 a day.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule in_period: earlier or later in the week, month or year is that period's start or end", "[temporal]") {
    const Row rows[] = {
        {"Earlier in the week, the envoy met the minister.", "2022-01-27",
         R"("Earlier in the week" DATE 2022-W04 START)"},
        {"Prices will rise later in the month.", "2022-01-27", R"("later in the month" DATE 2022-01 END)"},
        {"Talks stalled early in the year.", "2022-01-27", R"("early in the year" DATE 2022 START)"},
        {"Later in the year, the pact will be signed.", "2022-01-27", R"("Later in the year" DATE 2022 END)"},
        // a past clause: the month mentioned last
        {"The talks began in March. Later in the month they failed.", "2022-01-27",
         R"("March" DATE 2021-03; "Later in the month" DATE 2021-03 END)"},
        // not a calendar period: no date
        {"Later in the day, the talks resumed.", "2022-01-27", ""},
        {"Early in the war, the city fell.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule first_last_parts: the first or last days or weeks of a month or year are its start or end",
          "[temporal]") {
    const Row rows[] = {
        // (a past verb after a date that opens the sentence: that February is over, opens_past_clause)
        {"In the first days of February, more troops arrived.", "2022-01-27",
         R"("the first days of February" DATE 2021-02 START)"},
        {"In the first days of February, more troops will arrive.", "2022-01-27",
         R"("the first days of February" DATE 2022-02 START)"},
        {"In the last days of December, talks stalled.", "2022-01-27", R"("the last days of December" DATE 2021-12 END)"},
        {"The first weeks of 2022 were tense.", "2022-01-27", R"("The first weeks of 2022" DATE 2022 START)"},
        {"In the last months of 2021, prices rose.", "2022-11-14", R"("the last months of 2021" DATE 2021 END)"},
        {"In the first months of the war, prices rose.", "2022-11-14", R"("the first months" DURATION PXM)"},
        {"In the last week of 2021, talks stalled.", "2022-01-27", R"("the last week of 2021" DATE 2021 END)"},
        // a half of a year stays a half; the first days of something else are no date
        {"In the first half of 2022, prices rose.", "2022-01-27", R"("the first half of 2022" DATE 2022-H1)"},
        {"In the first days of the war, the city fell.", "2022-01-27", R"("the first days" DURATION PXD)"},
    };
    check_rows(rows);
}

TEST_CASE("rule week_of: the week or the weekend of a day is that day's week or weekend", "[temporal]") {
    const Row rows[] = {  // 2022-02-12 is a Saturday of ISO week 6
        {"The talks will take place on the weekend of February 12-13.", "2022-01-27",
         R"("the weekend of February 12-13" DATE 2022-W06-WE)"},
        {"The talks will take place on the weekend of 12-13 February.", "2022-01-27",
         R"("the weekend of 12-13 February" DATE 2022-W06-WE)"},
        {"They met the weekend of 15 January.", "2022-01-27", R"("the weekend of 15 January" DATE 2022-W02-WE)"},
        {"The week of 6 March was calm.", "2022-01-27", R"("The week of 6 March" DATE 2021-W09)"},
        {"The week of March 6 was calm.", "2022-01-27", R"("The week of March 6" DATE 2021-W09)"},
        // alone, the weekend takes the tense
        {"The weekend passed quietly.", "2022-01-27", R"("The weekend" DATE 2022-W03-WE)"},
    };
    check_rows(rows);
}

TEST_CASE("rule hyphen_mods: 'end-' and 'start-' hyphenated to a date are its end and start", "[temporal]") {
    const Row rows[] = {
        {"Gas flows fell at end-January.", "2022-01-27", R"("end-January" DATE 2022-01 END)"},
        {"Reserves fell by end-2021.", "2022-01-27", R"("end-2021" DATE 2021 END)"},
        {"Output recovers from start-2023.", "2022-01-27", R"("start-2023" DATE 2023 START)"},
        // not glued, or no date after the hyphen
        {"The talks will end - as planned - on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"The end-of-year report was late.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("rule night_into: 'overnight into Thursday' is the night before that day", "[temporal]") {
    const Row rows[] = {
        {"Troops were moved overnight into Thursday.", "2022-01-27", R"("overnight into Thursday" TIME 2022-01-26TNI)"},
        {"Shelling went on overnight to Sunday, officials said.", "2022-01-27", R"("overnight to Sunday" TIME 2022-01-22TNI)"},
        {"Convoys will move overnight into Saturday.", "2022-01-27", R"("overnight into Saturday" TIME 2022-01-28TNI)"},
        // alone: the night before the day mentioned last, else the article's
        {"The strike ended overnight.", "2022-01-27", R"("overnight" TIME 2022-01-26TNI)"},
    };
    check_rows(rows);
}

TEST_CASE("rule midweek: midweek and mid-month are the middle of the article's week and month", "[temporal]") {
    const Row rows[] = {
        {"Talks could begin as early as mid-week, a diplomat said.", "2023-10-09", R"("mid-week" DATE 2023-W41 MID)"},
        {"A decision is expected by midweek.", "2023-10-09", R"("midweek" DATE 2023-W41 MID)"},
        {"The mid-month deadline passed.", "2023-10-09", R"("mid-month" DATE 2023-10 MID)"},
        {"Aid is due by midmonth.", "2023-10-09", R"("midmonth" DATE 2023-10 MID)"},
    };
    check_rows(rows);
}
