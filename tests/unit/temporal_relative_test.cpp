// The temporal stage, expressions relative to the article date: deictic words, last/next/this
// with a unit, counts of units (ago, in, from now, earlier), number words, modifiers, references
// (PRESENT_REF, PAST_REF, FUTURE_REF), clock times, durations and sets.
#include "temporal_rows.hpp"

using namespace temporal_rows;

// 2022-01-27 (the default article date of these rows) is a Thursday in ISO week 4.

TEST_CASE("deictic days count from the article date", "[temporal]") {
    const Row rows[] = {
        {"The president spoke yesterday.", "2022-01-27", R"("yesterday" DATE 2022-01-26)"},
        {"A decision is expected tomorrow.", "2022-01-27", R"("tomorrow" DATE 2022-01-28)"},
        {"Today, the council votes.", "2022-01-27", R"("Today" DATE 2022-01-27)"},
        {"Yesterday's attack killed two.", "2022-01-27", R"("Yesterday" DATE 2022-01-26)"},
        {"Sirens sounded the day before yesterday.", "2022-01-27", R"("the day before yesterday" DATE 2022-01-25)"},
        {"The envoy leaves the day after tomorrow.", "2022-01-27", R"("the day after tomorrow" DATE 2022-01-29)"},
        {"The strike ended yesterday.", "2022-03-01", R"("yesterday" DATE 2022-02-28)"},
        {"The strike ended yesterday.", "2024-03-01", R"("yesterday" DATE 2024-02-29)"},
        {"The law takes effect tomorrow.", "2021-12-31", R"("tomorrow" DATE 2022-01-01)"},
        {"Talks resume the day after tomorrow.", "2021-12-30", R"("the day after tomorrow" DATE 2022-01-01)"},
    };
    check_rows(rows);
}

TEST_CASE("a part of the day makes a deictic day a TIME with a part-of-day suffix", "[temporal]") {
    const Row rows[] = {
        {"Tonight the cabinet meets.", "2022-01-27", R"("Tonight" TIME 2022-01-27TNI)"},
        {"Troops moved this morning.", "2022-01-27", R"("this morning" TIME 2022-01-27TMO)"},
        {"The vote is this afternoon.", "2022-01-27", R"("this afternoon" TIME 2022-01-27TAF)"},
        {"He will speak this evening.", "2022-01-27", R"("this evening" TIME 2022-01-27TEV)"},
        {"Shells fell last night.", "2022-01-27", R"("last night" TIME 2022-01-26TNI)"},
        {"The blast came yesterday morning.", "2022-01-27", R"("yesterday morning" TIME 2022-01-26TMO)"},
        {"Talks resumed yesterday afternoon.", "2022-01-27", R"("yesterday afternoon" TIME 2022-01-26TAF)"},
        {"They fly out tomorrow evening.", "2022-01-27", R"("tomorrow evening" TIME 2022-01-28TEV)"},
        {"A curfew starts tomorrow night.", "2022-01-27", R"("tomorrow night" TIME 2022-01-28TNI)"},
    };
    check_rows(rows);
}

TEST_CASE("last, next and this before a week, month, quarter, year or decade shift from the article date",
          "[temporal]") {
    const Row rows[] = {
        {"The leaders spoke twice last month.", "2022-01-27", R"("last month" DATE 2021-12)"},
        {"A referendum is due next month.", "2022-01-27", R"("next month" DATE 2022-02)"},
        {"Tensions rose this month.", "2022-01-27", R"("this month" DATE 2022-01)"},
        {"Finland applied to join last year.", "2022-01-27", R"("last year" DATE 2021)"},
        {"A treaty may follow next year.", "2022-01-27", R"("next year" DATE 2023)"},
        {"Exports were curbed this year.", "2022-01-27", R"("this year" DATE 2022)"},
        {"Naval exercises opened last week.", "2022-01-27", R"("last week" DATE 2022-W03)"},
        {"The foreign secretary visits Moscow next week.", "2022-01-27", R"("next week" DATE 2022-W05)"},
        {"Two summits took place this week.", "2022-01-27", R"("this week" DATE 2022-W04)"},
        {"Exports fell sharply last quarter.", "2022-01-27", R"("last quarter" DATE 2021-Q4)"},
        {"Growth slowed last decade.", "2022-01-27", R"("last decade" DATE 201)"},
        {"Growth slowed over the past decade.", "2022-01-27", R"("the past decade" DURATION P10Y)"},
        {"The border held for the past century.", "2022-01-27", R"("the past century" DURATION P100Y)"},
        {"The border was drawn last century.", "2022-01-27", R"("last century" DATE 19)"},
        {"Prices will rise next month.", "2022-03-31", R"("next month" DATE 2022-04)"},
        {"Prices rose last month.", "2022-03-31", R"("last month" DATE 2022-02)"},
        {"Talks resume next week.", "2021-12-31", R"("next week" DATE 2022-W01)"},
        {"Talks stalled last week.", "2022-01-03", R"("last week" DATE 2021-W52)"},
        {"Little happened this week.", "2021-01-03", R"("this week" DATE 2020-W53)"},
        {"A vote is due next year.", "2021-12-31", R"("next year" DATE 2022)"},
        {"Next year's budget was cut.", "2022-01-27", R"("Next year" DATE 2023)"},
    };
    check_rows(rows);
}

TEST_CASE("last, next and this before a weekday, a weekend, a month or a season", "[temporal]") {
    const Row rows[] = {
        {"The parliament convenes next Wednesday.", "2022-01-27", R"("next Wednesday" DATE 2022-02-02)"},
        {"Staff were evacuated last Friday.", "2022-01-27", R"("last Friday" DATE 2022-01-21)"},
        {"Crowds marched through Kyiv this Saturday.", "2022-01-27", R"("this Saturday" DATE 2022-01-29)"},
        {"They spoke last Thursday.", "2022-01-27", R"("last Thursday" DATE 2022-01-20)"},
        {"They meet again next Thursday.", "2022-01-27", R"("next Thursday" DATE 2022-02-03)"},
        {"Crowds gathered this Monday.", "2022-01-27", R"("this Monday" DATE 2022-01-24)"},
        {"Shots were fired this past Sunday.", "2022-01-27", R"("this past Sunday" DATE 2022-01-23)"},
        {"Talks resume this coming Monday.", "2022-01-27", R"("this coming Monday" DATE 2022-01-31)"},
        {"Rallies were held last weekend.", "2022-01-27", R"("last weekend" DATE 2022-W03-WE)"},
        {"More rallies are planned this weekend.", "2022-01-27", R"("this weekend" DATE 2022-W04-WE)"},
        {"The pipeline opened last December.", "2022-01-27", R"("last December" DATE 2021-12)"},
        {"The summit moved to next March.", "2022-01-27", R"("next March" DATE 2022-03)"},
        {"The offensive began last March.", "2022-01-27", R"("last March" DATE 2021-03)"},
    };
    check_rows(rows);
}

TEST_CASE("a count of units ago counts back from the article date at the unit's precision", "[temporal]") {
    const Row rows[] = {
        {"The checkpoint was sealed two days ago.", "2022-01-27", R"("two days ago" DATE 2022-01-25)"},
        {"Negotiations stalled three weeks ago.", "2022-01-27", R"("three weeks ago" DATE 2022-W01)"},
        {"Russia seized the peninsula six years ago.", "2022-01-27", R"("six years ago" DATE 2016)"},
        {"The deal was struck 9 years ago.", "2022-01-27", R"("9 years ago" DATE 2013)"},
        // reworded: "in the past" for "ago", "yr" for "year"
        {"Talks stalled two years in the past.", "2022-01-27", R"("two years in the past" DATE 2020)"},
        {"Talks stalled two yrs in the past.", "2022-01-27", R"("two yrs in the past" DATE 2020)"},
        {"Talks stalled this yr.", "2022-01-27", R"("this yr" DATE 2022)"},
        {"Three died in the past two days.", "2022-01-27", R"("the past two days" DURATION P2D)"},
        {"The truce took hold a month ago.", "2022-01-27", R"("a month ago" DATE 2021-12)"},
        {"The plant was shut a year ago.", "2022-01-27", R"("a year ago" DATE 2021)"},
        {"The mission started six months ago.", "2022-01-27", R"("six months ago" DATE 2021-07)"},
        {"The crossing reopened ten days ago.", "2022-01-27", R"("ten days ago" DATE 2022-01-17)"},
        {"Troops arrived a week ago.", "2022-01-27", R"("a week ago" DATE 2022-W03)"},
        {"The talks broke off a couple of weeks ago.", "2022-01-27", R"("a couple of weeks ago" DATE 2022-W02)"},
        {"The envoy left a few days ago.", "2022-01-27", R"("a few days ago" DATE PAST_REF)"},
    };
    check_rows(rows);
}

TEST_CASE("in and from now with a count of units count forward from the article date", "[temporal]") {
    const Row rows[] = {
        {"A response is due in four weeks.", "2022-01-27", R"("four weeks" DATE 2022-W08)"},
        {"Monitors will be back in five days.", "2022-01-27", R"("five days" DATE 2022-02-01)"},
        {"The mandate expires in six months.", "2022-01-27", R"("six months" DATE 2022-07)"},
        {"Troops will leave in ten days.", "2022-01-27", R"("ten days" DATE 2022-02-06)"},
        // "the past day" as "the past week": the one before the article's
        {"12 civilians were killed in the past day.", "2022-03-10", R"("the past day" DATE 2022-03-09)"},
        {"On his last day in office, he resigned.", "2022-03-10", ""},
        {"The talks will resume two weeks from now.", "2022-01-27", R"("two weeks from now" DATE 2022-W06)"},
        {"They built the bridge in two weeks.", "2022-01-27", R"("two weeks" DURATION P2W)"},
    };
    check_rows(rows);
}

TEST_CASE("a count of units earlier or later with no date mentioned before counts from the article date",
          "[temporal]") {
    const Row rows[] = {
        {"The previous round ended three days earlier.", "2022-01-27", R"("three days earlier" DATE 2022-01-24)"},
        {"A similar deal failed two years earlier.", "2022-01-27", R"("two years earlier" DATE 2020)"},
        // minutes and hours count from the day mentioned last, never from a wider date
        {"During the last month, talks stalled. About 90 minutes later, they left.", "2022-03-10",
         R"("the last month" DATE 2022-02; "About 90 minutes later" DATE 2022-03-10 APPROX)"},
        {"Talks began on March 1. Two hours later, they ended.", "2022-03-10",
         R"("March 1" DATE 2022-03-01; "Two hours later" DATE 2022-03-01)"},
    };
    check_rows(rows);
}

TEST_CASE("number words and compound numbers count like digits", "[temporal]") {
    const Row rows[] = {
        {"The siege began eleven days ago.", "2022-01-27", R"("eleven days ago" DATE 2022-01-16)"},
        {"The base closed twelve years ago.", "2022-01-27", R"("twelve years ago" DATE 2010)"},
        {"The treaty was signed twenty-five years ago.", "2022-01-27", R"("twenty-five years ago" DATE 1997)"},
        {"The plant shut a dozen years ago.", "2022-01-27", R"("a dozen years ago" DATE 2010)"},
        {"The wall fell thirty-two years ago.", "2022-01-27", R"("thirty-two years ago" DATE 1990)"},
        {"Troops left one week ago.", "2022-01-27", R"("one week ago" DATE 2022-W03)"},
        {"The ultimatum gives them forty-eight hours.", "2022-01-27", R"("forty-eight hours" DURATION PT48H)"},
        {"The call lasted ninety minutes.", "2022-01-27", R"("ninety minutes" DURATION PT90M)"},
        {"The truce held for fifteen days.", "2022-01-27", R"("fifteen days" DURATION P15D)"},
        {"The occupation lasted twenty years.", "2022-01-27", R"("twenty years" DURATION P20Y)"},
        {"January has thirty-one days.", "2022-01-27", R"("January" DATE 2022-01; "thirty-one days" DURATION P31D)"},
    };
    check_rows(rows);
}

TEST_CASE("early, mid, late and their phrases set the TIMEX3 mod and keep the value", "[temporal]") {
    const Row rows[] = {
        {"Earlier this year, envoys met in Vienna.", "2022-01-27", R"("Earlier this year" DATE 2022 START)"},
        {"Early last year, the first tanks were moved north.", "2022-01-27", R"("Early last year" DATE 2021 START)"},
        {"Late last year, the talks stalled.", "2022-01-27", R"("Late last year" DATE 2021 END)"},
        {"Gunmen seized the building in mid-March 2014.", "2022-01-27", R"("mid-March 2014" DATE 2014-03 MID)"},
        {"A vote is expected early next week.", "2022-01-27", R"("early next week" DATE 2022-W05 START)"},
        {"The report is due late next month.", "2022-01-27", R"("late next month" DATE 2022-02 END)"},
        {"The pipeline was finished in early 2014.", "2022-01-27", R"("early 2014" DATE 2014 START)"},
        {"The plant opened in late 2021.", "2022-01-27", R"("late 2021" DATE 2021 END)"},
        {"Prices peaked in mid-2021.", "2022-01-27", R"("mid-2021" DATE 2021 MID)"},
        {"Supplies ran out at the end of last month.", "2022-01-27", R"("the end of last month" DATE 2021-12 END)"},
        {"A summit is planned for the beginning of next year.", "2022-01-27", R"("the beginning of next year" DATE 2023 START)"},
        {"The envoy returns in the middle of next week.", "2022-01-27", R"("the middle of next week" DATE 2022-W05 MID)"},
        {"The mission ended at the end of 2021.", "2022-01-27", R"("the end of 2021" DATE 2021 END)"},
        {"Talks will resume at the start of March.", "2022-01-27", R"("the start of March" DATE 2022-03 START)"},
        {"Shelling resumed in the early hours of Wednesday.", "2022-02-24", R"("the early hours of Wednesday" DATE 2022-02-23 START)"},
        {"Troops crossed in the small hours of Thursday.", "2022-02-25", R"("the small hours of Thursday" DATE 2022-02-24 START)"},
        {"The offensive began in late January.", "2022-03-07", R"("late January" DATE 2022-01 END)"},
        {"Troops arrived in early December.", "2022-01-27", R"("early December" DATE 2021-12 START)"},
        {"Shelling intensified in mid-January.", "2022-03-07", R"("mid-January" DATE 2022-01 MID)"},
        {"Officials met late Monday.", "2022-01-27", R"("late Monday" DATE 2022-01-24 END)"},
        {"Shelling resumed in the middle of January.", "2022-03-07", R"("the middle of January" DATE 2022-01 MID)"},
    };
    check_rows(rows);
}

TEST_CASE("approximate and bounded amounts set the TIMEX3 mod of a duration", "[temporal]") {
    const Row rows[] = {
        {"The talks lasted about two weeks.", "2022-01-27", R"("two weeks" DURATION P2W)"},
        {"The siege lasted more than two weeks.", "2022-01-27", R"("more than two weeks" DURATION P2W MORE_THAN)"},
        {"The deal took less than a year.", "2022-01-27", R"("less than a year" DURATION P1Y LESS_THAN)"},
        {"The curfew will last at least three days.", "2022-01-27", R"("at least three days" DURATION P3D EQUAL_OR_MORE)"},
        {"Detention may last up to 90 days.", "2022-01-27", R"("up to 90 days" DURATION P90D EQUAL_OR_LESS)"},
        {"The visa allows no more than 30 days.", "2022-01-27", R"("no more than 30 days" DURATION P30D EQUAL_OR_LESS)"},
        {"Blasts were heard around 10 p.m.", "2022-01-27", R"("around 10 p.m." TIME 2022-01-27T22:00 APPROX)"},
        {"The region was annexed around March 2014.", "2022-01-27", R"("around March 2014" DATE 2014-03 APPROX)"},
        {"The envoy left about a month ago.", "2022-01-27", R"("about a month ago" DATE 2021-12 APPROX)"},
        {"The feud has lasted more than a decade.", "2022-01-27", R"("more than a decade" DURATION P10Y MORE_THAN)"},
    };
    check_rows(rows);
}

TEST_CASE("now, recently, the past and the future are PRESENT_REF, PAST_REF and FUTURE_REF", "[temporal]") {
    const Row rows[] = {
        {"Reservists are now being called up.", "2022-01-27", R"("now" DATE PRESENT_REF)"},
        {"Currently, no talks are planned.", "2022-01-27", R"("Currently" DATE PRESENT_REF)"},
        {"Recently, both sides softened their tone.", "2022-01-27", R"("Recently" DATE PAST_REF)"},
        {"An answer will come soon.", "2022-01-27", R"("soon" DATE FUTURE_REF)"},
        {"Such threats worked in the past.", "2022-01-27", R"("the past" DATE PAST_REF)"},
        {"Talks may resume in the future.", "2022-01-27", R"("the future" DATE FUTURE_REF)"},
        {"No deal is likely in the near future.", "2022-01-27", R"("the near future" DATE FUTURE_REF)"},
        {"At present, the border is closed.", "2022-01-27", R"("At present" DATE PRESENT_REF)"},
        {"Lately, shelling has increased.", "2022-01-27", R"("Lately" DATE PAST_REF)"},
        {"Nowadays, few believe the promise.", "2022-01-27", R"("Nowadays" DATE PRESENT_REF)"},
        {"Right now, nobody is talking.", "2022-01-27", R"("Right now" DATE PRESENT_REF)"},
        {"At the moment, the line holds.", "2022-01-27", R"("At the moment" DATE PRESENT_REF)"},
        {"The current talks are stuck.", "2022-01-27", R"("current" DATE PRESENT_REF)"},
        {"The recent clashes killed five.", "2022-01-27", R"("recent" DATE PAST_REF)"},
        {"Troops must leave as soon as possible.", "2022-01-27", ""},  // TimeML leaves it untagged
        {"Until now, no shots were fired.", "2022-01-27", R"("now" DATE PRESENT_REF)"},
        {"Prices have doubled in recent years.", "2022-01-27", R"("recent years" DATE PAST_REF)"},
        {"There were sell programs in past years, too.", "1989-10-30", R"("past years" DATE PAST_REF)"},
        {"The base was formerly Soviet.", "2022-01-27", R"("formerly" DATE PAST_REF)"},
        {"Holders may buy shares at half the then current market price.", "1989-10-26", R"("then current" DATE PAST_REF)"},
        // the reworded forms of scraped text
        {"Talks will resume shortly.", "2022-01-27", R"("shortly" DATE FUTURE_REF)"},
        {"Talks will resume before long.", "2022-01-27", R"("before long" DATE FUTURE_REF)"},
        {"Talks stalled not too long ago.", "2022-01-27", R"("not too long ago" DATE PAST_REF)"},
        {"The line holds as we speak.", "2022-01-27", R"("as we speak" DATE PRESENT_REF)"},
        {"He was shortly released.", "2022-01-27", ""},
        {"It paid a dividend shortly before the proposed merger.", "1989-10-27", ""},
        {"We are presently searching for a partner.", "1999-02-06", ""},  // TimeML leaves it untagged
    };
    check_rows(rows);
}

// Phrase::only_ahead (lexicon "soon"), event_relations_after_soon; scan_relative.cpp, in_past
TEST_CASE("soon is FUTURE_REF, but not next to a past-tense verb nor before after", "[temporal]") {
    const Row rows[] = {
        {"He was soon released and appeared healthy.", "2000-02-24", ""},
        {"Cash arrived in a trickle that soon became a flood.", "2000-02-24", ""},
        {"Officials concluded he had probably been killed soon after being captured.", "1998-02-19", ""},
        {"She will succeed him soon after he retires.", "1989-10-26", ""},
        {"Prices rose soon afterwards.", "1989-10-26", ""},
        {"The troops were soon withdrawn.", "2022-01-27", ""},
        {"He said soon the talks would resume.", "2022-01-27", R"("soon" DATE FUTURE_REF)"},
        // a modal, an infinitive or a future keeps it
        {"Prosecutors have told him that they may soon seek an indictment.", "1989-10-27", R"("soon" DATE FUTURE_REF)"},
        {"The company soon will begin selling boxes.", "1989-10-27", R"("soon" DATE FUTURE_REF)"},
        {"It expects sales to soon grow to a quarter of the total.", "1989-10-27", R"("soon" DATE FUTURE_REF)"},
    };
    check_rows(rows);
}

// Phrase::after_modal (lexicon "one day"), modal_verbs
TEST_CASE("one day after a modal verb is some day ahead; elsewhere a duration", "[temporal]") {
    const Row rows[] = {
        {"Islam will one day be the second largest religion in the country.", "1998-03-03", R"("one day" DATE FUTURE_REF)"},
        {"Peace could one day return.", "2022-01-27", R"("one day" DATE FUTURE_REF)"},
        {"He had only been in the job one day.", "1989-10-30", R"("one day" DURATION P1D)"},
        {"The talks lasted one day.", "2022-01-27", R"("one day" DURATION P1D)"},
    };
    check_rows(rows);
}

// noon_idioms (lexicon); scan_clock.cpp, clock
TEST_CASE("high noon is an idiom, not a clock time", "[temporal]") {
    const Row rows[] = {
        {"The poster showed Gary Cooper from the film High Noon.", "1999-03-12", ""},
        {"For the people of Poland, high noon comes next week.", "1999-03-12", R"("next week" DATE 1999-W11)"},
        {"Negotiations broke off at noon Thursday.", "1998-02-13", R"("noon Thursday" TIME 1998-02-12T12:00)"},
    };
    check_rows(rows);
}

// relative(), Rel::previous: Spec::refer_to on a partial date; find.cpp
TEST_CASE("the previous weekday counts back from the day mentioned last, else from the article date", "[temporal]") {
    const Row rows[] = {
        {"Shares fell on Friday, down 4.5% from the previous Friday.", "1989-10-30",
         R"("Friday" DATE 1989-10-27; "previous Friday" DATE 1989-10-20)"},
        {"Shares were down 4.5% from the previous Friday.", "1989-10-30", R"("previous Friday" DATE 1989-10-27)"},
        {"Talks ended on March 3, after the prior Monday's vote.", "2022-03-07",
         R"("March 3" DATE 2022-03-03; "prior Monday" DATE 2022-02-28)"},
    };
    check_rows(rows);
}

TEST_CASE("the following or the next weekday counts on from the day mentioned last, else from the article date",
          "[temporal]") {
    const Row rows[] = {
        {"On March 10 they met. The following Monday, they met again.", "2022-03-02",
         R"("March 10" DATE 2021-03-10; "following Monday" DATE 2021-03-15)"},
        {"On March 10 they will meet. The following Monday, they meet again.", "2022-03-02",
         R"("March 10" DATE 2022-03-10; "following Monday" DATE 2022-03-14)"},
        {"Talks began on Jan. 5. The next Friday, they ended.", "2022-03-02",
         R"("Jan. 5" DATE 2022-01-05; "next Friday" DATE 2022-01-07)"},
        {"The following Monday, they met again.", "2022-03-02", R"("following Monday" DATE 2022-03-07)"},
        // without "the", the article's next Friday, whatever was mentioned before
        {"Talks began on Jan. 5. The vote is next Friday.", "2022-03-02",
         R"("Jan. 5" DATE 2022-01-05; "next Friday" DATE 2022-03-04)"},
        // "the following week" is still the week after the date mentioned last
        {"Talks began on Jan. 5. The following week, they ended.", "2022-03-02",
         R"("Jan. 5" DATE 2022-01-05; "The following week" DATE 2022-W02)"},
    };
    check_rows(rows);
}

TEST_CASE("a clock time is a TIME on the day it names, else the day last mentioned, else the article date",
          "[temporal]") {
    const Row rows[] = {
        {"The blast happened at 10 p.m.", "2022-01-27", R"("10 p.m." TIME 2022-01-27T22:00)"},
        {"Talks began at 10:35 a.m.", "2022-01-27", R"("10:35 a.m." TIME 2022-01-27T10:35)"},
        {"Sirens sounded at 9:30 pm.", "2022-01-27", R"("9:30 pm" TIME 2022-01-27T21:30)"},
        {"The deadline passed at noon Thursday.", "2022-01-27", R"("noon Thursday" TIME 2022-01-27T12:00)"},
        {"The curfew starts at midnight.", "2022-01-27", R"("midnight" TIME 2022-01-27T24:00)"},
        {"The ultimatum expires at 5 p.m. GMT Friday.", "2022-01-27", R"("5 p.m. GMT Friday" TIME 2022-01-28T17:00)"},
        {"The strike came at 6 a.m. yesterday.", "2022-01-27", R"("6 a.m. yesterday" TIME 2022-01-26T06:00)"},
        {"They met on January 10. At 3 p.m., they broke off.", "2022-01-27",
         R"("January 10" DATE 2022-01-10; "3 p.m." TIME 2022-01-10T15:00)"},
        // refer_by_tense: a day ahead is no anchor for a past clause, a day past none for a present
        // or future one
        {"The exercises will start on February 10. The soldiers arrived at 0400 GMT.", "2022-01-27",
         R"("February 10" DATE 2022-02-10; "0400 GMT" TIME 2022-01-27T04:00)"},
        {"The vote is on February 10. It will open at 9 a.m.", "2022-01-27",
         R"("February 10" DATE 2022-02-10; "9 a.m." TIME 2022-02-10T09:00)"},
        // (the range's end is the next morning: clock_range, temporal_anchoring3_test.cpp)
        {"Kherson fell on March 2. A curfew is in place from 9pm until 6am.", "2022-04-05",
         R"("March 2" DATE 2022-03-02; "9pm" TIME 2022-04-05T21:00; "6am" TIME 2022-04-06T06:00)"},
        {"Talks began on March 1. At 10 a.m., the delegations met.", "2022-03-10",
         R"("March 1" DATE 2022-03-01; "10 a.m." TIME 2022-03-01T10:00)"},
    };
    check_rows(rows);
}

TEST_CASE("a count of units is a duration; without a number its count is X", "[temporal]") {
    const Row rows[] = {
        {"The meeting lasted six hours.", "2022-01-27", R"("six hours" DURATION PT6H)"},
        {"The blockade will last for twelve days.", "2022-01-27", R"("twelve days" DURATION P12D)"},
        {"The dispute has festered for years.", "2022-01-27", R"("years" DURATION PXY)"},
        {"The border has been closed for weeks.", "2022-01-27", R"("weeks" DURATION PXW)"},
        {"Shelling has gone on for months.", "2022-01-27", R"("months" DURATION PXM)"},
        {"Talks stalled in the last three months.", "2022-01-27", R"("the last three months" DURATION P3M)"},
        {"Ten strikes hit in the past 24 hours.", "2022-01-27", R"("the past 24 hours" DURATION PT24H)"},
        {"Fighting grew in recent weeks.", "2022-01-27", R"("recent weeks" DURATION PXW)"},
        {"Clashes are expected in the coming days.", "2022-01-27", R"("the coming days" DURATION PXD)"},
        {"Calm returned in the past few days.", "2022-01-27", R"("the past few days" DURATION PXD)"},
        {"They signed a two-year deal.", "2022-01-27", R"("two-year" DURATION P2Y)"},
        {"A 30-day ceasefire began.", "2022-01-27", R"("30-day" DURATION P30D)"},
        {"The talks took a few days.", "2022-01-27", R"("a few days" DURATION PXD)"},
        {"The repairs will take several weeks.", "2022-01-27", R"("several weeks" DURATION PXW)"},
        {"The visit lasted a couple of weeks.", "2022-01-27", R"("a couple of weeks" DURATION P2W)"},
        {"The call lasted 90 minutes.", "2022-01-27", R"("90 minutes" DURATION PT90M)"},
        {"The blockade lasted three months.", "2022-01-27", R"("three months" DURATION P3M)"},
        {"The vote took 48 hours.", "2022-01-27", R"("48 hours" DURATION PT48H)"},
        {"Talks will intensify in the coming weeks.", "2022-01-27", R"("the coming weeks" DURATION PXW)"},
        {"A decision is due in the next few days.", "2022-01-27", R"("the next few days" DURATION PXD)"},
        {"Troops must leave within 24 hours.", "2022-01-27", R"("24 hours" DURATION PT24H)"},
        {"Kyiv wants an answer within two weeks.", "2022-01-27", R"("two weeks" DURATION P2W)"},
        {"The conflict has lasted a decade.", "2022-01-27", R"("a decade" DURATION P10Y)"},
        {"The dispute has lasted two decades.", "2022-01-27", R"("two decades" DURATION P20Y)"},
    };
    check_rows(rows);
}

TEST_CASE("every, each and the -ly adverbs make a SET", "[temporal]") {
    const Row rows[] = {
        {"The security council convenes every week.", "2022-01-27", R"("every week" SET P1W)"},
        {"Convoys cross every day.", "2022-01-27", R"("every day" SET P1D)"},
        {"The summit is held every year.", "2022-01-27", R"("every year" SET P1Y)"},
        {"The ministers meet each year.", "2022-01-27", R"("each year" SET P1Y)"},
        {"Monitors report daily.", "2022-01-27", R"("daily" SET P1D)"},
        {"The envoys speak weekly.", "2022-01-27", R"("weekly" SET P1W)"},
        {"Figures are published monthly.", "2022-01-27", R"("monthly" SET P1M)"},
        {"Bulletins are issued hourly.", "2022-01-27", R"("hourly" SET PT1H)"},
        {"Inspectors visit every two weeks.", "2022-01-27", R"("every two weeks" SET P2W)"},
        {"The committee meets every other month.", "2022-01-27", R"("every other month" SET P2M)"},
        {"Elections are held every third year.", "2022-01-27", R"("every third year" SET P3Y)"},
        {"Patrols pass every second day.", "2022-01-27", R"("every second day" SET P2D)"},
        {"Protesters gather each Thursday.", "2022-01-27", R"("each Thursday" SET XXXX-WXX-4)"},
        {"Services are held every Sunday.", "2022-01-27", R"("every Sunday" SET XXXX-WXX-7)"},
        {"Fires break out every summer.", "2022-01-27", R"("every summer" SET XXXX-SU)"},
        {"Gas prices are reset every January.", "2022-01-27", R"("every January" SET XXXX-01)"},
        {"Talks take place each day.", "2022-01-27", R"("each day" SET P1D)"},
    };
    check_rows(rows);
}

TEST_CASE("halves, compound number words, unit adjectives and Q-quarters", "[temporal]") {
    const Row rows[] = {
        {"It took 2 1/2 years.", "2022-01-27", "\"2 1/2 years\" DURATION P2Y6M"},
        {"He served three and a half years.", "2022-01-27", "\"three and a half years\" DURATION P3Y6M"},
        {"The talks lasted a day and a half.", "2022-01-27", "\"a day and a half\" DURATION P1DT12H"},
        {"The flight took 5 1/2 hours.", "2022-01-27", "\"5 1/2 hours\" DURATION PT5H30M"},
        {"It took twenty four hours.", "2022-01-27", "\"twenty four hours\" DURATION PT24H"},
        {"A five year plan was adopted.", "2022-01-27", "\"five year\" DURATION P5Y"},
        {"The two year old law stands.", "2022-01-27", ""},
        {"Revenue fell in Q3 2021.", "2022-01-27", "\"Q3 2021\" DATE 2021-Q3"},
    };
    check_rows(rows);
}

TEST_CASE("rule joinable_units: a smaller unit counted right after a duration joins it", "[temporal]") {
    const Row rows[] = {
        {"Macron spoke with Putin for 1 hour 45 minutes.", "2022-01-27", R"("1 hour 45 minutes" DURATION PT1H45M)"},
        {"He served two years and three months.", "2022-01-27", R"("two years and three months" DURATION P2Y3M)"},
        {"The talks lasted 5 hours and 20 minutes.", "2022-01-27", R"("5 hours and 20 minutes" DURATION PT5H20M)"},
        {"It took one day and 12 hours.", "2022-01-27", R"("one day and 12 hours" DURATION P1DT12H)"},
        // a larger or equal unit, a week, or a shift after it: apart
        {"Talks took two days and two nights.", "2022-01-27", R"("two days" DURATION P2D)"},
        {"It took two weeks and three days.", "2022-01-27", R"("two weeks" DURATION P2W; "three days" DURATION P3D)"},
        {"He spoke for two hours, then left.", "2022-01-27", R"("two hours" DURATION PT2H)"},
    };
    check_rows(rows);
}

// half_shifts: a date shifted by a unit and a half, in the smaller unit
TEST_CASE("rule half_shifts: a year, decade or century and a half (or half of one) ago or ahead", "[temporal]") {
    const Row rows[] = {
        {"A year and a half ago, talks collapsed.", "2022-01-27", R"("A year and a half ago" DATE 2020-07)"},
        {"Two and a half years ago the war began.", "2022-01-27", R"("Two and a half years ago" DATE 2019-07)"},
        {"The deal expires in a year and a half.", "2022-01-27", R"("a year and a half" DATE 2023-07)"},
        {"Two decades and a half ago the wall fell.", "2022-01-27", R"("Two decades and a half ago" DATE 1997)"},
        {"A century and a half ago the port was built.", "2022-01-27", R"("A century and a half ago" DATE 1872)"},
        {"On March 3, 2019 they met. A year and a half later, they met again.", "2022-01-27",
         R"("March 3, 2019" DATE 2019-03-03; "A year and a half later" DATE 2020-09-03)"},
        // no row: the half of a month, a week or a day is dropped
        {"A month and a half ago, the envoy resigned.", "2022-01-27", R"("A month and a half ago" DATE 2021-12)"},
        {"A week and a half ago the embassy closed.", "2022-01-27", R"("A week and a half ago" DATE 2022-W03)"},
        {"A year ago the treaty lapsed.", "2022-01-27", R"("A year ago" DATE 2021)"},
        // "half a": the half alone
        {"Half a century ago, the treaty was signed.", "2022-01-27", R"("Half a century ago" DATE 1972)"},
        {"Half a year ago, gas was cheap.", "2022-01-27", R"("Half a year ago" DATE 2021-07)"},
        {"In half a year the pipeline opens.", "2022-01-27", R"("half a year" DATE 2022-07)"},
        {"The talks lasted half an hour.", "2022-01-27", R"("half an hour" DURATION PT30M)"},
        {"It took half a day.", "2022-01-27", R"("half a day" DURATION PT12H)"},
        {"The crisis has lasted half a decade.", "2022-01-27", R"("half a decade" DURATION P5Y)"},
    };
    check_rows(rows);
}

// relative(): a relative word before a month and its day
TEST_CASE("last, next or this before a month and day picks that day before, after or in the article's year", "[temporal]") {
    const Row rows[] = {
        {"Slepian was shot to death last Oct. 23 at his home.", "1999-04-19", R"("last Oct. 23" DATE 1998-10-23)"},
        {"Slepian was shot to death last Oct. 23. He died at 10 p.m.", "1999-04-19",
         R"("last Oct. 23" DATE 1998-10-23; "10 p.m." TIME 1998-10-23T22:00)"},
        {"The vote is due next March 3.", "2022-01-27", R"("next March 3" DATE 2022-03-03)"},
        {"The vote was held last March 3.", "2022-01-27", R"("last March 3" DATE 2021-03-03)"},
        {"Prices peaked last October.", "2022-01-27", R"("last October" DATE 2021-10)"},
    };
    check_rows(rows);
}

// phrase(): a reference phrase followed by a count begins a measure
TEST_CASE("the past followed by a count is no reference", "[temporal]") {
    const Row rows[] = {
        {"Marches have provoked violence for the past three summers.", "1998-03-22", ""},
        {"Prices rose over the past two months.", "2022-01-27", R"("the past two months" DURATION P2M)"},
        {"Such threats worked in the past.", "2022-01-27", R"("the past" DATE PAST_REF)"},
        {"Qantas plans flights, up from the current four flights.", "1998-02-13", R"("current" DATE PRESENT_REF)"},
    };
    check_rows(rows);
}
