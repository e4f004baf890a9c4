// The temporal stage, calendar expressions: absolute dates in the common news forms, months with
// years, bare years and the numbers that are not years, decades and centuries, seasons, quarters
// and halves, names that look like dates, and ranges. One TEST_CASE per rule, one row per case.
#include "temporal_rows.hpp"

#include "temporal/spec.hpp"

using namespace temporal_rows;

// 2022-01-27 (the default article date of these rows) is a Thursday in ISO week 4.

TEST_CASE("a month and a day without a year take the year the tense points to", "[temporal]") {
    const Row rows[] = {
        {"Moscow unveiled its treaty text on December 17.", "2022-01-27", R"("December 17" DATE 2021-12-17)"},
        {"Moscow unveiled its treaty text on 17 December.", "2022-01-27", R"("17 December" DATE 2021-12-17)"},
        {"The reply came on Jan 26th.", "2022-01-27", R"("Jan 26th" DATE 2022-01-26)"},
        {"The reply came on the 26th of January.", "2022-01-27", R"("the 26th of January" DATE 2022-01-26)"},
        {"The reply came on Jan. 26.", "2022-01-27", R"("Jan. 26" DATE 2022-01-26)"},
        {"The ambassador left on 26 January.", "2022-01-27", R"("26 January" DATE 2022-01-26)"},
        {"The talks ended on 30 Nov.", "2022-01-27", R"("30 Nov" DATE 2021-11-30)"},
        {"The deadline is Feb. 10.", "2022-01-27", R"("Feb. 10" DATE 2022-02-10)"},
        {"The summit will open on March 3rd.", "2022-01-27", R"("March 3rd" DATE 2022-03-03)"},
        {"Ministers meet again on 14 February.", "2022-01-27", R"("14 February" DATE 2022-02-14)"},
        {"Troops crossed the river on Sept. 2.", "2022-10-20", R"("Sept. 2" DATE 2022-09-02)"},
        {"The vote took place on October 9.", "2022-10-20", R"("October 9" DATE 2022-10-09)"},
    };
    check_rows(rows);
}

TEST_CASE("a day, a month and a year give that day in every common order", "[temporal]") {
    const Row rows[] = {
        {"The letter is dated Dec. 17, 2021.", "2022-01-27", R"("Dec. 17, 2021" DATE 2021-12-17)"},
        {"Blinken and Lavrov sat down on January 21, 2022, at a hotel.", "2022-01-27", R"("January 21, 2022" DATE 2022-01-21)"},
        {"The Budapest text was signed on 5 December 1994.", "2022-01-27", R"("5 December 1994" DATE 1994-12-05)"},
        {"The attacks of Sept. 11, 2001, changed everything.", "2022-01-27", R"("Sept. 11, 2001" DATE 2001-09-11)"},
        {"On Aug. 24, 1991, Ukraine declared independence.", "2022-01-27", R"("Aug. 24, 1991" DATE 1991-08-24)"},
        {"The armistice of 27 July 1953 still holds.", "2022-01-27", R"("27 July 1953" DATE 1953-07-27)"},
        {"The decree took effect on 1st March 2014.", "2022-01-27", R"("1st March 2014" DATE 2014-03-01)"},
        {"The vote was held on February 29, 2020.", "2022-01-27", R"("February 29, 2020" DATE 2020-02-29)"},
        {"The talks opened on Friday, Jan. 21.", "2022-01-27", R"("Friday, Jan. 21" DATE 2022-01-21)"},
        {"The pact was signed on Thursday, April 6, 2000.", "2022-01-27", R"("Thursday, April 6, 2000" DATE 2000-04-06)"},
        {"The forged letter was dated February 30, 2021.", "2022-01-27", ""},
        {"The invasion began on 24 February 2022.", "2022-03-07", R"("24 February 2022" DATE 2022-02-24)"},
        {"The invasion began on February 24th, 2022.", "2022-03-07", R"("February 24th, 2022" DATE 2022-02-24)"},
        {"The invasion began on the 24th of February, 2022.", "2022-03-07", R"("the 24th of February, 2022" DATE 2022-02-24)"},
        {"Troops crossed on Monday, Jan. 24, 2022.", "2022-01-27", R"("Monday, Jan. 24, 2022" DATE 2022-01-24)"},
    };
    check_rows(rows);
}

TEST_CASE("numeric dates are ISO, day first, or month first when the day-first reading is impossible",
          "[temporal]") {
    const Row rows[] = {
        {"The leaked memo carries the stamp 2021-12-17.", "2022-01-27", R"("2021-12-17" DATE 2021-12-17)"},
        {"Kyiv received the note on 17/12/2021.", "2022-01-27", R"("17/12/2021" DATE 2021-12-17)"},
        {"Washington received the note on 12/17/2021.", "2022-01-27", R"("12/17/2021" DATE 2021-12-17)"},
        {"The decree was signed on 05/04/2021.", "2022-01-27", R"("05/04/2021" DATE 2021-04-05)"},
        {"The order is dated 2014-03-18.", "2022-01-27", R"("2014-03-18" DATE 2014-03-18)"},
        {"The filing of 01/02/2022 was rejected.", "2022-01-27", R"("01/02/2022" DATE 2022-02-01)"},
        {"The decree is dated 2/24/2022.", "2022-03-07", R"("2/24/2022" DATE 2022-02-24)"},
        {"The decree is dated 2022/02/24.", "2022-03-07", R"("2022/02/24" DATE 2022-02-24)"},
        {"The decree is dated 24-02-2022.", "2022-03-07", R"("24-02-2022" DATE 2022-02-24)"},
    };
    check_rows(rows);
}

TEST_CASE("a month with a year is that month", "[temporal]") {
    const Row rows[] = {
        {"Protests broke out in November 2013.", "2022-01-27", R"("November 2013" DATE 2013-11)"},
        {"The deal from Sept. 2014 collapsed.", "2022-01-27", R"("Sept. 2014" DATE 2014-09)"},
        {"Fighting resumed in February, 2015.", "2022-01-27", R"("February, 2015" DATE 2015-02)"},
        {"Russia annexed Crimea in March of 2014.", "2022-01-27", R"("March of 2014" DATE 2014-03)"},
        {"Crimea has been occupied since March 2014.", "2022-01-27", R"("March 2014" DATE 2014-03)"},
        {"In May 2021, talks resumed.", "2022-01-27", R"("May 2021" DATE 2021-05)"},
        {"Troops withdrew by December 2021.", "2022-01-27", R"("December 2021" DATE 2021-12)"},
        {"The envoy visited in June last year.", "2022-01-27", R"("June last year" DATE 2021-06)"},
        // rule: a day of a month takes a relative year after it too
        {"It began on July 4 last year.", "2022-11-14", R"("July 4 last year" DATE 2021-07-04)"},
        {"Its mandate expires on 31 March next year.", "2022-11-14", R"("31 March next year" DATE 2023-03-31)"},
        {"The vote is due on May 5 this year.", "2022-11-14", R"("May 5 this year" DATE 2022-05-05)"},
        {"It began on July 4. Last year it failed.", "2022-11-14", R"("July 4" DATE 2022-07-04; "Last year" DATE 2021)"},
        {"A vote is planned for March next year.", "2022-01-27", R"("March next year" DATE 2023-03)"},
        {"Elections are due in October this year.", "2022-01-27", R"("October this year" DATE 2022-10)"},
        {"Prices fell in Jan. 2022.", "2022-03-07", R"("Jan. 2022" DATE 2022-01)"},
        {"A deal is expected in January 2023.", "2022-06-15", R"("January 2023" DATE 2023-01)"},
    };
    check_rows(rows);
}

TEST_CASE("a four-digit year is a year unless it counts or labels something", "[temporal]") {
    const Row rows[] = {
        {"The war in Donbas started in 2014.", "2022-01-27", R"("2014" DATE 2014)"},
        {"In 1991, the union dissolved.", "2022-01-27", R"("1991" DATE 1991)"},
        {"Critics recalled the 2014 vote.", "2022-01-27", R"("2014" DATE 2014)"},
        {"Georgia has been divided since 2008.", "2022-01-27", R"("2008" DATE 2008)"},
        {"Athletes arrived for the 2022 Winter Olympics.", "2022-01-27", R"("2022" DATE 2022)"},
        {"In 2021, 2,300 people fled.", "2022-01-27", R"("2021" DATE 2021)"},
        {"Some 2000 troops arrived.", "2022-01-27", ""},
        {"The index fell 2022 points.", "2022-01-27", ""},
        {"He won 1998 votes.", "2022-01-27", ""},
        {"Resolution 2202 endorsed the plan.", "2022-01-27", ""},
        {"A Boeing 737 landed in Kyiv.", "2022-01-27", ""},
        {"The software still runs on Windows 2000.", "2022-01-27", ""},
        {"Flight 1492 was diverted.", "2022-01-27", ""},
        {"Elections are due in 2024.", "2022-01-27", R"("2024" DATE 2024)"},
        {"Wars broke out in 1989 and 1991.", "2022-01-27", R"("1989" DATE 1989; "1991" DATE 1991)"},
    };
    check_rows(rows);
}

TEST_CASE("counts, labels and measures are not dates", "[temporal]") {
    const Row rows[] = {
        {"The Pentagon put 8,500 soldiers on alert.", "2022-01-27", ""},
        {"Nord Stream 2 was never certified.", "2022-01-27", ""},
        {"Article 5 commits the allies.", "2022-01-27", ""},
        {"The convoy had 1,200 trucks and 300 tanks.", "2022-01-27", ""},
        {"About 100,000 soldiers massed nearby.", "2022-01-27", ""},
        {"Inflation hit 5 percent.", "2022-01-27", ""},
        {"The border is 1,974 km long.", "2022-01-27", ""},
        {"No. 10 said nothing.", "2022-01-27", ""},
        {"G7 leaders issued a warning.", "2022-01-27", ""},
        {"COVID-19 cases rose sharply.", "2022-01-27", ""},
        {"Putin, 69, spoke for an hour.", "2022-01-27", R"("an hour" DURATION PT1H)"},
        {"The 3.5 percent rise surprised markets.", "2022-01-27", ""},
        {"An S-400 system was deployed.", "2022-01-27", ""},
        {"Troops patrol the line 24/7.", "2022-01-27", ""},
        {"Only 1/3 of the aid arrived.", "2022-01-27", ""},
        {"The motion passed by a 3-2 vote.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("decades and centuries take the TIMEX3 prefix value", "[temporal]") {
    const Row rows[] = {
        {"Trade grew during the 1990s.", "2022-01-27", R"("the 1990s" DATE 199)"},
        {"Three states joined the alliance in the late 1990s.", "2022-01-27", R"("the late 1990s" DATE 199 END)"},
        {"Pipelines were built in the early 2000s.", "2022-01-27", R"("the early 2000s" DATE 200 START)"},
        {"The reforms of the mid-1980s failed.", "2022-01-27", R"("the mid-1980s" DATE 198 MID)"},
        {"The map dates from the 2010s.", "2022-01-27", R"("the 2010s" DATE 201)"},
        {"The treaty was a product of the nineties.", "2022-01-27", R"("the nineties" DATE 199)"},
        {"Borders were drawn in the 20th century.", "2022-01-27", R"("the 20th century" DATE 19)"},
        {"The empire fell apart in the 19th century.", "2022-01-27", R"("the 19th century" DATE 18)"},
        {"It was the war of the twentieth century.", "2022-01-27", R"("the twentieth century" DATE 19)"},
        {"It is the defining war of the 21st century.", "2022-01-27", R"("the 21st century" DATE 20)"},
        {"Borders have shifted twice this century.", "2022-01-27", R"("this century" DATE 20)"},
    };
    check_rows(rows);
}

TEST_CASE("seasons are YYYY-SP, -SU, -FA or -WI", "[temporal]") {
    const Row rows[] = {
        {"The war broke out in the summer of 2014.", "2022-01-27", R"("the summer of 2014" DATE 2014-SU)"},
        {"Gas ran short in winter 2014.", "2022-01-27", R"("winter 2014" DATE 2014-WI)"},
        {"Talks stalled in autumn 2019.", "2022-01-27", R"("autumn 2019" DATE 2019-FA)"},
        {"The uprising of the spring of 2011 spread.", "2022-01-27", R"("the spring of 2011" DATE 2011-SP)"},
        {"The pipeline was finished last summer.", "2022-01-27", R"("last summer" DATE 2021-SU)"},
        {"A new offensive may come next spring.", "2022-01-27", R"("next spring" DATE 2022-SP)"},
        {"Troops left last fall.", "2022-01-27", R"("last fall" DATE 2021-FA)"},
        {"Exports will recover this summer.", "2022-06-15", R"("this summer" DATE 2022-SU)"},
        {"The deal was signed in the spring.", "2022-06-15", R"("the spring" DATE 2022-SP)"},
        // a relative year after the season, with or without "of"
        {"The plan was drafted in the spring of last year.", "2022-11-14", R"("the spring of last year" DATE 2021-SP)"},
        {"The plan will be drafted in the winter of next year.", "2022-11-14", R"("the winter of next year" DATE 2023-WI)"},
        {"Prices rose in the summer last year.", "2022-11-14", R"("the summer last year" DATE 2021-SU)"},
        {"The dam burst in early summer 2019.", "2022-01-27", R"("early summer 2019" DATE 2019-SU START)"},
        {"The Arab Spring began in Tunisia.", "2022-01-27", ""},
        {"They hoped to spring a surprise.", "2022-01-27", ""},
        {"The deal was struck last spring.", "2022-01-27", R"("last spring" DATE 2021-SP)"},
        {"Elections will follow next autumn.", "2022-01-27", R"("next autumn" DATE 2022-FA)"},
    };
    check_rows(rows);
}

TEST_CASE("quarters and halves are YYYY-Qn and YYYY-Hn", "[temporal]") {
    const Row rows[] = {
        {"Gas demand peaked in the fourth quarter of 2020.", "2022-01-27", R"("the fourth quarter of 2020" DATE 2020-Q4)"},
        {"Prices rose in the first half of 1990.", "2022-01-27", R"("the first half of 1990" DATE 1990-H1)"},
        {"Output fell in the second half of 2021.", "2022-01-27", R"("the second half of 2021" DATE 2021-H2)"},
        {"Exports fell in the first quarter.", "2022-05-10", R"("the first quarter" DATE 2022-Q1)"},
        {"Sales will rise in the second quarter.", "2022-05-10", R"("the second quarter" DATE 2022-Q2)"},
        {"The company reported fourth-quarter losses.", "2022-01-27", R"("fourth-quarter" DATE 2021-Q4)"},
        {"Imports dropped in the first half.", "2022-10-20", R"("the first half" DATE 2022-H1)"},
        {"Gas flows fell last quarter.", "2022-01-27", R"("last quarter" DATE 2021-Q4)"},
        {"Deliveries resume next quarter.", "2022-01-27", R"("next quarter" DATE 2022-Q2)"},
        {"Output has grown this quarter.", "2022-01-27", R"("this quarter" DATE 2022-Q1)"},
        {"Earnings fell in the last half of 1989.", "1989-10-26", R"("the last half of 1989" DATE 1989-H2)"},
        {"Output rose in the last quarter of 1988.", "1989-10-26", R"("the last quarter of 1988" DATE 1988-Q4)"},
        {"Net sales for this year's third quarter fell.", "1989-11-01", R"("this year's third quarter" DATE 1989-Q3)"},
        {"It takes effect in next year's first quarter.", "1989-10-31", R"("next year's first quarter" DATE 1990-Q1)"},
        {"Sales fell in last year's second half.", "1989-10-31", R"("last year's second half" DATE 1988-H2)"},
        // of a year named by a relative word
        {"In the first half of next year, Sweden holds the presidency.", "2022-06-24",
         R"("the first half of next year" DATE 2023-H1)"},
        {"Sales fell in the second quarter of last year.", "2022-06-24", R"("the second quarter of last year" DATE 2021-Q2)"},
        // rule: an ordinal written in digits is an ordinal ("the 3rd quarter", "the 1st week of March")
        {"Sales fell in the 3rd quarter of 2021.", "2022-11-14", R"("the 3rd quarter of 2021" DATE 2021-Q3)"},
        {"Sales will rise in the 2nd half.", "2022-11-14", R"("the 2nd half" DATE 2022-H2)"},
        {"Talks are set for the 1st week of March.", "2022-11-14", R"("the 1st week of March" DATE 2023-03 START)"},
        {"The 3rd Armoured Brigade moved.", "2022-11-14", ""},
        // period codes: Q1..Q4 alone or with a year, H1 and H2 only with one
        {"In H1 2022, growth will slow.", "2022-01-27", R"("H1 2022" DATE 2022-H1)"},
        {"Sales rose in H2 2021.", "2022-01-27", R"("H2 2021" DATE 2021-H2)"},
        {"H2 production rose.", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("names and words that look like months, seasons or weekdays are not dates", "[temporal]") {
    const Row rows[] = {
        {"Theresa May met the envoy.", "2022-01-27", ""},
        {"Thousands joined the March of the Living.", "2022-01-27", ""},
        {"Prime Minister May refused.", "2022-01-27", ""},
        {"Russia may send more troops.", "2022-01-27", ""},
        {"The Prague Spring was crushed.", "2022-01-27", ""},
        {"Protesters plan to march on Saturday.", "2022-01-27", R"("Saturday" DATE 2022-01-29)"},
        {"Theresa May resigned in March.", "2022-06-15", R"("March" DATE 2022-03)"},
        // rule: "the May" or "the March" before a noun of the month_nouns table is the month
        {"He attended the March summit.", "2022-06-15", R"("March" DATE 2022-03)"},
        {"The March accession will enable the three countries to join.", "1999-02-10", R"("March" DATE 1999-03)"},
        {"The May elections will decide it.", "2022-01-27", R"("May" DATE 2022-05)"},
        {"The May government fell.", "2022-01-27", ""},
        {"Crowds joined the March in Washington.", "2022-01-27", ""},
        {"By mid-March, the city was encircled.", "2022-04-10", R"("mid-March" DATE 2022-03 MID)"},
        {"The city fell in mid-May.", "2022-06-15", R"("mid-May" DATE 2022-05 MID)"},
        {"In May, the talks collapsed.", "2022-01-27", R"("May" DATE 2021-05)"},
        // honorifics: a title names a person
        {"Mr. Sunday arrived with Mrs. May.", "2022-01-27", ""},
        {"Mr Friday and Ms. June met on Monday.", "2022-01-27", R"("Monday" DATE 2022-01-24)"},
        {"Dr. Monday, the envoy, spoke in June.", "2022-01-27", R"("June" DATE 2021-06)"},
    };
    check_rows(rows);
}

TEST_CASE("both ends of a range are dates, the shorter end borrowing the month of the other", "[temporal]") {
    const Row rows[] = {
        {"The drills last from March 1 to March 10.", "2022-01-27", R"("March 1" DATE 2022-03-01; "March 10" DATE 2022-03-10)"},
        {"Inspections are planned between 3 and 5 March.", "2022-01-27", R"("3" DATE 2022-03-03; "5 March" DATE 2022-03-05)"},
        {"The exercise runs from March 1 to 10.", "2022-01-27", R"("March 1" DATE 2022-03-01; "10" DATE 2022-03-10)"},
        {"Talks will be held 10-12 March.", "2022-01-27", R"("10" DATE 2022-03-10; "12 March" DATE 2022-03-12)"},
        {"He led the mission from 2014 to 2016.", "2022-01-27", R"("2014" DATE 2014; "2016" DATE 2016)"},
        {"He led the mission in 2014\u20132016.", "2022-01-27", R"("2014" DATE 2014; "2016" DATE 2016)"},
        {"Prices rose between January and March.", "2022-06-15", R"("January" DATE 2022-01; "March" DATE 2022-03)"},
        {"The drills will run from Monday to Wednesday.", "2022-01-27", R"("Monday" DATE 2022-01-31; "Wednesday" DATE 2022-02-02)"},
        {"Talks were held January 10-12.", "2022-01-27", R"("January 10" DATE 2022-01-10; "12" DATE 2022-01-12)"},
        {"Talks were held between Monday and Wednesday.", "2022-01-27", R"("Monday" DATE 2022-01-24; "Wednesday" DATE 2022-01-26)"},
        {"The exhibition will run from June to August.", "2022-06-15", R"("June" DATE 2022-06; "August" DATE 2022-08)"},
        {"Drills will run from mid-February to early March.", "2022-01-27", R"("mid-February" DATE 2022-02 MID; "early March" DATE 2022-03 START)"},
        {"He led the mission from 2014 until 2016.", "2022-01-27", R"("2014" DATE 2014; "2016" DATE 2016)"},
    };
    check_rows(rows);
}

TEST_CASE("holidays are days of the year whose year follows the tense", "[temporal]") {
    const Row rows[] = {
        {"Talks paused on Christmas Day.", "2022-01-27", "\"Christmas Day\" DATE 2021-12-25"},
        {"The boy was rescued on Thanksgiving Day.", "1999-12-01", "\"Thanksgiving Day\" DATE 1999-11-25"},
        {"Fireworks lit the sky on New Year's Eve.", "2022-01-27", "\"New Year's Eve\" DATE 2021-12-31"},
        {"Christmas 2021 was quiet.", "2022-01-27", "\"Christmas 2021\" DATE 2021-12-25"},
        {"Parades will mark Victory Day.", "2022-01-27", "\"Victory Day\" DATE 2022-05-09"},
        {"Offices close on Memorial Day.", "2022-05-01", "\"Memorial Day\" DATE 2022-05-30"},
        {"Violence will be a theme of our campaign from now to Election Day.", "1998-10-26", "\"now\" DATE PRESENT_REF; \"Election Day\" DATE 1998-11-03"},
        {"Voters go to the polls on Election Day.", "2016-10-20", "\"Election Day\" DATE 2016-11-08"},
        {"The talks resumed after Easter.", "2022-01-27", "\"Easter\" DATE 2021-04-04"},
        {"Pilgrims will gather on Easter Sunday.", "2022-01-27", "\"Easter Sunday\" DATE 2022-04-17"},
        {"Protesters marched on Good Friday.", "2022-05-02", "\"Good Friday\" DATE 2022-04-15"},
        {"Shops stayed shut on Easter Monday.", "2022-05-02", "\"Easter Monday\" DATE 2022-04-18"},
        {"A truce was declared for Orthodox Easter.", "2022-05-02", "\"Orthodox Easter\" DATE 2022-04-24"},
        {"The ceasefire will hold until Orthodox Easter.", "2023-03-01", "\"Orthodox Easter\" DATE 2023-04-16"},
        {"The summit will open on Palm Sunday.", "2022-01-27", "\"Palm Sunday\" DATE 2022-04-10"},
        {"Lent began on Ash Wednesday.", "2022-04-01", "\"Ash Wednesday\" DATE 2022-03-02"},
        {"Parliament sits again after Whit Monday.", "2022-05-20", "\"Whit Monday\" DATE 2022-06-06"},
        {"They will meet before Easter 2023.", "2022-01-27", "\"Easter 2023\" DATE 2023-04-09"},
        {"He sailed to Easter Island last year.", "2022-01-27", "\"last year\" DATE 2021"},
        {"Pilgrims prayed as Easter week began.", "2000-04-17", "\"Easter week\" DATE 2000-W16"},
        {"Fighting paused during Christmas week.", "2022-01-27", "\"Christmas week\" DATE 2021-W51"},
        {"The ship reached Christmas Island on Monday.", "2022-01-27", "\"Monday\" DATE 2022-01-24"},
        {"Unions will march on May Day.", "2022-01-27", "\"May Day\" DATE 2022-05-01"},
        {"Rallies marked International Women's Day.", "2022-03-10", "\"International Women's Day\" DATE 2022-03-08"},
        {"Troops paraded on Defender of the Fatherland Day.", "2022-03-01", "\"Defender of the Fatherland Day\" DATE 2022-02-23"},
        {"The Kremlin will host a reception on Russia Day.", "2022-05-01", "\"Russia Day\" DATE 2022-06-12"},
    };
    check_rows(rows);
}

TEST_CASE("Easter Sunday by the Gregorian and the Julian computus", "[temporal]") {
    using crisis::temporal::Easter;
    using crisis::temporal::easter_sunday;
    const auto day = [](int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; };
    struct Known {
        int year;
        Easter kind;
        date::sys_days sunday;
    };
    const Known known[] = {
        {1998, Easter::western, day(1998, 4, 12)}, {2000, Easter::western, day(2000, 4, 23)},
        {2008, Easter::western, day(2008, 3, 23)}, {2019, Easter::western, day(2019, 4, 21)},
        {2021, Easter::western, day(2021, 4, 4)},  {2022, Easter::western, day(2022, 4, 17)},
        {2024, Easter::western, day(2024, 3, 31)}, {2038, Easter::western, day(2038, 4, 25)},
        {2019, Easter::orthodox, day(2019, 4, 28)}, {2021, Easter::orthodox, day(2021, 5, 2)},
        {2022, Easter::orthodox, day(2022, 4, 24)}, {2024, Easter::orthodox, day(2024, 5, 5)},
        {2025, Easter::orthodox, day(2025, 4, 20)}, {2025, Easter::western, day(2025, 4, 20)},
    };
    for (const Known& k : known) {
        INFO(k.year << (k.kind == Easter::orthodox ? " orthodox" : " western"));
        CHECK(easter_sunday(k.year, k.kind) == k.sunday);
        CHECK(date::weekday{easter_sunday(k.year, k.kind)} == date::Sunday);
    }
    for (int y = 1900; y <= 2100; ++y) {  // always a Sunday between March 22 and May 8 (Orthodox)
        CHECK(date::weekday{easter_sunday(y, Easter::western)} == date::Sunday);
        CHECK(date::weekday{easter_sunday(y, Easter::orthodox)} == date::Sunday);
        CHECK(easter_sunday(y, Easter::western) >= day(y, 3, 22));
        CHECK(easter_sunday(y, Easter::western) <= day(y, 4, 25));
        CHECK(easter_sunday(y, Easter::orthodox) >= easter_sunday(y, Easter::western));
        CHECK(easter_sunday(y, Easter::orthodox) <= day(y, 5, 8));
    }
}
