// The temporal stage on one-sentence cases written in the style of the shared date cases
// (cases/dates.jsonl): one row per case, the same rule with other words and other dates.
#include "temporal_rows.hpp"

using namespace temporal_rows;

// 2023-03-15 is a Wednesday in ISO week 11; 2022-06-15 is a Wednesday.

TEST_CASE("case style: a bare weekday follows the tense of its clause", "[temporal]") {
    const Row rows[] = {
        {"The spokesman said on Wednesday that the border stays shut.", "2023-03-15", R"("Wednesday" DATE 2023-03-15)"},
        {"Diplomats gathered on Monday to discuss the text.", "2023-03-15", R"("Monday" DATE 2023-03-13)"},
        {"The minister will travel to Rome on Monday.", "2023-03-15", R"("Monday" DATE 2023-03-20)"},
        {"Negotiators are due to reconvene on Friday.", "2023-03-15", R"("Friday" DATE 2023-03-17)"},
        {"Monday's talks broke up without agreement.", "2023-03-15", R"("Monday" DATE 2023-03-13)"},
        {"The rally, planned for Sunday, was cancelled.", "2023-03-15", R"("Sunday" DATE 2023-03-19)"},
        {"Negotiations restarted on Wednesday in Istanbul.", "2023-03-15", R"("Wednesday" DATE 2023-03-15)"},
        {"Zakharova commented on Wednesday that talks were still conceivable.", "2023-03-15", R"("Wednesday" DATE 2023-03-15)"},
        {"The bloc bluntly dismissed the proposals for on Tuesday.", "2023-03-15", R"("Tuesday" DATE 2023-03-14)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: last, next and this before a weekday", "[temporal]") {
    const Row rows[] = {
        {"A decision is expected next Tuesday.", "2023-03-15", R"("next Tuesday" DATE 2023-03-21)"},
        {"The consulate shut last Thursday.", "2023-03-15", R"("last Thursday" DATE 2023-03-09)"},
        {"Rallies went on this Sunday.", "2023-03-15", R"("this Sunday" DATE 2023-03-19)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: deictic words count from the article date", "[temporal]") {
    const Row rows[] = {
        {"The premier addressed parliament yesterday.", "2023-03-15", R"("yesterday" DATE 2023-03-14)"},
        {"A verdict is expected tomorrow.", "2023-03-15", R"("tomorrow" DATE 2023-03-16)"},
        {"Today the assembly will debate the bill.", "2023-03-15", R"("Today" DATE 2023-03-15)"},
        {"Artillery fire resumed the day before yesterday.", "2023-03-15", R"("the day before yesterday" DATE 2023-03-13)"},
        {"The inspectors will land the day after tomorrow.", "2023-03-15", R"("the day after tomorrow" DATE 2023-03-17)"},
        {"Tonight the president addresses the nation.", "2023-03-15", R"("Tonight" TIME 2023-03-15TNI)"},
        {"Tanks rolled this morning toward the capital.", "2023-03-15", R"("this morning" TIME 2023-03-15TMO)"},
        {"Air raid alarms sounded on Sunday night.", "2023-03-15", R"("Sunday night" TIME 2023-03-12TNI)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: last, next and this before a unit", "[temporal]") {
    const Row rows[] = {
        {"Three rounds took place last month.", "2023-03-15", R"("last month" DATE 2023-02)"},
        {"Voting is slated for next month.", "2023-03-15", R"("next month" DATE 2023-04)"},
        {"Pressure has mounted this month.", "2023-03-15", R"("this month" DATE 2023-03)"},
        {"The bloc enlarged last year.", "2023-03-15", R"("last year" DATE 2022)"},
        {"A deal could be reached next year.", "2023-03-15", R"("next year" DATE 2024)"},
        {"Tariffs were raised this year.", "2023-03-15", R"("this year" DATE 2023)"},
        {"Manoeuvres started last week.", "2023-03-15", R"("last week" DATE 2023-W10)"},
        {"The delegation returns next week.", "2023-03-15", R"("next week" DATE 2023-W12)"},
        {"Many calls took place this week.", "2023-03-15", R"("this week" DATE 2023-W11)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: counts of units before ago, after in, and with earlier", "[temporal]") {
    const Row rows[] = {
        {"The crossing was shut three days ago.", "2023-03-15", R"("three days ago" DATE 2023-03-12)"},
        {"The negotiations broke down two weeks ago.", "2023-03-15", R"("two weeks ago" DATE 2023-W09)"},
        {"The region was seized nine years ago.", "2023-03-15", R"("nine years ago" DATE 2014)"},
        {"The pact was concluded 5 years ago.", "2023-03-15", R"("5 years ago" DATE 2018)"},
        {"The truce started a month ago.", "2023-03-15", R"("a month ago" DATE 2023-02)"},
        {"An answer is expected in three weeks.", "2023-03-15", R"("three weeks" DATE 2023-W14)"},
        {"Monitors will come back in four days.", "2023-03-15", R"("four days" DATE 2023-03-19)"},
        {"The earlier round was held six days earlier.", "2023-03-15", R"("six days earlier" DATE 2023-03-09)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: a bare month follows the tense of its clause", "[temporal]") {
    const Row rows[] = {
        {"Moscow sent its draft in December.", "2023-03-15", R"("December" DATE 2022-12)"},
        {"The next session is planned for June.", "2023-03-15", R"("June" DATE 2023-06)"},
        {"In March, the envoys met twice.", "2023-03-15", R"("March" DATE 2023-03)"},
        {"The pact was ratified in October.", "2022-06-15", R"("October" DATE 2021-10)"},
        {"The senate will vote in October.", "2022-06-15", R"("October" DATE 2022-10)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: years, decades, seasons and quarters", "[temporal]") {
    const Row rows[] = {
        {"The conflict started in 2008.", "2023-03-15", R"("2008" DATE 2008)"},
        {"Ties deteriorated through the 1980s.", "2023-03-15", R"("the 1980s" DATE 198)"},
        {"The alliance grew in the late 2000s.", "2023-03-15", R"("the late 2000s" DATE 200 END)"},
        {"The accord from the winter of 2015 still counts.", "2023-03-15", R"("the winter of 2015" DATE 2015-WI)"},
        {"Output shrank in the second quarter of 2022.", "2023-03-15", R"("the second quarter of 2022" DATE 2022-Q2)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: absolute dates in the common news forms", "[temporal]") {
    const Row rows[] = {
        {"The proposal was published on November 29.", "2023-03-15", R"("November 29" DATE 2022-11-29)"},
        {"The proposal was published on 29 November.", "2023-03-15", R"("29 November" DATE 2022-11-29)"},
        {"The hearing is set for Apr. 4.", "2023-03-15", R"("Apr. 4" DATE 2023-04-04)"},
        {"They met on March 2, 2023, in Delhi.", "2023-03-15", R"("March 2, 2023" DATE 2023-03-02)"},
        {"The charter was signed on 8 July 1997.", "2023-03-15", R"("8 July 1997" DATE 1997-07-08)"},
        {"The order was dated 2022-11-30.", "2023-03-15", R"("2022-11-30" DATE 2022-11-30)"},
        {"The note was delivered on 30/11/2022.", "2023-03-15", R"("30/11/2022" DATE 2022-11-30)"},
        {"By Mar 3rd the answer had come.", "2023-03-15", R"("Mar 3rd" DATE 2023-03-03)"},
        {"The deal of February 2015 was never implemented.", "2023-03-15", R"("February 2015" DATE 2015-02)"},
        {"Clashes erupted in mid-August 2014.", "2023-03-15", R"("mid-August 2014" DATE 2014-08 MID)"},
        {"On the 3rd of March the reply came.", "2023-03-15", R"("the 3rd of March" DATE 2023-03-03)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: fuzzy periods and references", "[temporal]") {
    const Row rows[] = {
        {"Earlier this week, envoys met in Vienna.", "2023-03-15", R"("Earlier this week" DATE 2023-W11 START)"},
        {"Early last year, tanks gathered near the frontier.", "2023-03-15", R"("Early last year" DATE 2022 START)"},
        {"An answer will arrive soon.", "2023-03-15", R"("soon" DATE FUTURE_REF)"},
        {"The forces are now on full alert.", "2023-03-15", R"("now" DATE PRESENT_REF)"},
        {"Lately, the tone has sharpened.", "2023-03-15", R"("Lately" DATE PAST_REF)"},
        {"Currently, 40,000 soldiers are deployed there.", "2023-03-15", R"("Currently" DATE PRESENT_REF)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: anaphoric dates anchor on the date mentioned last", "[temporal]") {
    const Row rows[] = {
        {"The ministers met on March 6. The next day, they released a communiqué.", "2023-03-15",
         R"("March 6" DATE 2023-03-06; "The next day" DATE 2023-03-07)"},
        {"Talks took place on February 20. Three days later, new tariffs were announced.", "2023-03-15",
         R"("February 20" DATE 2023-02-20; "Three days later" DATE 2023-02-23)"},
        {"The leaders spoke on Tuesday. Poland issued a similar warning on the same day.", "2023-03-15",
         R"("Tuesday" DATE 2023-03-14; "the same day" DATE 2023-03-14)"},
        {"The president travels to Warsaw on Thursday and to Vilnius the following day.", "2023-03-15",
         R"("Thursday" DATE 2023-03-16; "the following day" DATE 2023-03-17)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: durations, sets and ranges", "[temporal]") {
    const Row rows[] = {
        {"The session lasted eleven hours.", "2023-03-15", R"("eleven hours" DURATION PT11H)"},
        {"The drill will run for twelve days.", "2023-03-15", R"("twelve days" DURATION P12D)"},
        {"Disputes have dragged on for years.", "2023-03-15", R"("years" DURATION PXY)"},
        {"The committee meets every month.", "2023-03-15", R"("every month" SET P1M)"},
        {"Manoeuvres run from April 3 to April 9.", "2023-03-15", R"("April 3" DATE 2023-04-03; "April 9" DATE 2023-04-09)"},
        {"Exercises are planned between 5 and 9 April.", "2023-03-15", R"("5" DATE 2023-04-05; "9 April" DATE 2023-04-09)"},
    };
    check_rows(rows);
}

TEST_CASE("case style: counts, labels, names and idioms are not dates", "[temporal]") {
    const Row rows[] = {
        {"The Pentagon placed 3,000 soldiers on standby.", "2023-03-15", ""},
        {"Flows through Nord Stream 1 fell sharply.", "2023-03-15", ""},
        {"This war is a test of resolve, he said.", "2023-03-15", ""},
        {"Theresa May addressed the chamber.", "2023-03-15", ""},
        {"The column included 900 trucks and 150 tanks.", "2023-03-15", ""},
        {"Article 4 of the charter was invoked.", "2023-03-15", ""},
        {"Crowds joined the March of the Living in Krakow.", "2023-03-15", ""},
    };
    check_rows(rows);
}
