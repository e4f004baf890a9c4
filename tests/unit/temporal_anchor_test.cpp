// The temporal stage, anchoring: the tense of the clause picks which weekday, month or day is
// meant; anaphoric expressions anchor on the date mentioned last; spans are byte offsets into the
// text exactly as given.
#include "temporal_rows.hpp"

using namespace temporal_rows;

// 2022-01-27 is a Thursday (ISO week 4), 2022-02-12 a Saturday, 2022-03-07 a Monday,
// 2022-06-15 a Wednesday.

TEST_CASE("a bare weekday in a past-tense clause counts back from the article date", "[temporal]") {
    const Row rows[] = {
        {"Officials met on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-01-25)"},
        {"The consulate shut its doors on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-21)"},
        {"Talks ended on Sunday.", "2022-01-27", R"("Sunday" DATE 2022-01-23)"},
        {"Tuesday's vote was close.", "2022-01-27", R"("Tuesday" DATE 2022-01-25)"},
        {"Brussels flatly dismissed the demand on Wednesday.", "2022-01-27", R"("Wednesday" DATE 2022-01-26)"},
        {"Latvia issued advice on Friday.", "2022-02-12", R"("Friday" DATE 2022-02-11)"},
        {"The president had spoken to Biden on Monday.", "2022-02-12", R"("Monday" DATE 2022-02-07)"},
        {"Shelling intensified on Saturday, the ministry said.", "2022-01-27", R"("Saturday" DATE 2022-01-22)"},
        {"The minister did not meet him on Monday.", "2022-01-27", R"("Monday" DATE 2022-01-24)"},
        {"The minister has been in Kyiv since Monday.", "2022-01-27", R"("Monday" DATE 2022-01-24)"},
        {"Talks were held on Monday and Tuesday.", "2022-01-27", R"("Monday" DATE 2022-01-24; "Tuesday" DATE 2022-01-25)"},
        {"\u201cWe will not attack,\u201d Putin said on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-01-25)"},
    };
    check_rows(rows);
}

TEST_CASE("a weekday in a past-tense clause on the article's own weekday is the article date", "[temporal]") {
    const Row rows[] = {
        {"A spokeswoman stated on Thursday that the dialogue would go on.", "2022-01-27", R"("Thursday" DATE 2022-01-27)"},
        {"Lavrov remarked on Thursday that dialogue remained possible.", "2022-01-27", R"("Thursday" DATE 2022-01-27)"},
        {"Negotiators reconvened on Monday.", "2022-03-07", R"("Monday" DATE 2022-03-07)"},
        {"Protests took place on Saturday.", "2022-02-12", R"("Saturday" DATE 2022-02-12)"},
    };
    check_rows(rows);
}

TEST_CASE("a bare weekday in a future clause is the next one after the article date", "[temporal]") {
    const Row rows[] = {
        {"The negotiator will head to Rome on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-02-01)"},
        {"Defence chiefs are due to gather on Monday.", "2022-01-27", R"("Monday" DATE 2022-01-31)"},
        {"He plans to visit Berlin on Wednesday.", "2022-01-27", R"("Wednesday" DATE 2022-02-02)"},
        {"The talks are expected to resume on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"The council will meet on Thursday.", "2022-01-27", R"("Thursday" DATE 2022-02-03)"},
        {"The chancellor flies to Kyiv on Monday.", "2022-02-12", R"("Monday" DATE 2022-02-14)"},
        {"The minister travels to Kyiv on Monday.", "2022-01-27", R"("Monday" DATE 2022-01-31)"},
        {"The talks will continue on Sunday.", "2022-01-27", R"("Sunday" DATE 2022-01-30)"},
        {"They will meet again next Monday.", "2022-01-27", R"("next Monday" DATE 2022-01-31)"},
        {"The summit is scheduled for Saturday.", "2022-02-12", R"("Saturday" DATE 2022-02-19)"},
        {"On Friday, the council will vote.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"The chancellor is to visit Moscow on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-02-01)"},
        {"Biden, who will visit Poland on Friday, spoke to Scholz.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"He said he would travel to Kyiv on Friday.", "2022-01-27", R"("Friday" DATE 2022-01-28)"},
        {"He and Arafat meet separately Monday with Albright.", "1998-05-01", R"("Monday" DATE 1998-05-04)"},
        {"The foreign ministers return to Brussels on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-02-01)"},
        {"The ministers did not meet on Tuesday.", "2022-01-27", R"("Tuesday" DATE 2022-01-25)"},
        {"They agreed to meet again in Berlin in two weeks.", "2022-01-27", R"("two weeks" DATE 2022-W06)"},
    };
    check_rows(rows);
}

TEST_CASE("a weekday with a part of the day is a TIME on that day", "[temporal]") {
    const Row rows[] = {
        {"Explosions were heard on Tuesday night.", "2022-01-27", R"("Tuesday night" TIME 2022-01-25TNI)"},
        {"The delegation will land on Friday morning.", "2022-01-27", R"("Friday morning" TIME 2022-01-28TMO)"},
        {"The call took place on Wednesday afternoon.", "2022-01-27", R"("Wednesday afternoon" TIME 2022-01-26TAF)"},
        {"Crowds gathered on Sunday evening.", "2022-01-27", R"("Sunday evening" TIME 2022-01-23TEV)"},
        {"Air defences opened fire on Monday night.", "2022-01-27", R"("Monday night" TIME 2022-01-24TNI)"},
    };
    check_rows(rows);
}

TEST_CASE("the weekend follows the tense of its clause", "[temporal]") {
    const Row rows[] = {
        {"Rallies were held over the weekend.", "2022-01-31", R"("the weekend" DATE 2022-W04-WE)"},
        {"Rallies are planned for the weekend.", "2022-01-27", R"("the weekend" DATE 2022-W04-WE)"},
    };
    check_rows(rows);
}

TEST_CASE("a bare month in a past clause is the most recent one, in a future clause the next one",
          "[temporal]") {
    const Row rows[] = {
        {"Moscow published its demands in December.", "2022-01-27", R"("December" DATE 2021-12)"},
        {"Throughout January, envoys met.", "2022-01-27", R"("January" DATE 2022-01)"},
        {"The accord was approved in October.", "2022-06-15", R"("October" DATE 2021-10)"},
        {"Parliament will debate in August.", "2022-06-15", R"("August" DATE 2022-08)"},
        {"Parliament will vote in January.", "2022-06-15", R"("January" DATE 2023-01)"},
        {"The contract was signed in June.", "2022-06-15", R"("June" DATE 2022-06)"},
        {"The talks will resume in February.", "2022-01-27", R"("February" DATE 2022-02)"},
        {"It snowed heavily in January.", "2022-06-15", R"("January" DATE 2022-01)"},
        {"The inquiry begins in March.", "2022-01-27", R"("March" DATE 2022-03)"},
        {"Russia withdrew in November.", "2022-01-27", R"("November" DATE 2021-11)"},
    };
    check_rows(rows);
}

TEST_CASE("a month and day in a past clause is the most recent one, in a future clause the next one",
          "[temporal]") {
    const Row rows[] = {
        {"The text was released on December 21.", "2022-01-27", R"("December 21" DATE 2021-12-21)"},
        {"A court ruling is set for Feb. 14.", "2022-01-27", R"("Feb. 14" DATE 2022-02-14)"},
        {"By Jan 19th the troops had left.", "2022-01-27", R"("Jan 19th" DATE 2022-01-19)"},
        {"The minister said the vote would be held on January 30.", "2022-01-27", R"("January 30" DATE 2022-01-30)"},
    };
    check_rows(rows);
}

TEST_CASE("the next day, the same day and the following day anchor on the date mentioned last", "[temporal]") {
    const Row rows[] = {
        {"Both sides conferred on January 12. The next day, a communique followed.", "2022-01-27",
         R"("January 12" DATE 2022-01-12; "The next day" DATE 2022-01-13)"},
        {"The ministers spoke on Thursday. Estonia issued a warning the same day.", "2022-02-12",
         R"("Thursday" DATE 2022-02-10; "the same day" DATE 2022-02-10)"},
        {"The envoy travels to Warsaw on Tuesday and to Vilnius the following day.", "2022-02-12",
         R"("Tuesday" DATE 2022-02-15; "the following day" DATE 2022-02-16)"},
        {"They met on March 3. The day before, shells fell.", "2022-03-07",
         R"("March 3" DATE 2022-03-03; "The day before" DATE 2022-03-02)"},
        {"Talks began on March 1. The previous day, troops withdrew.", "2022-03-07",
         R"("March 1" DATE 2022-03-01; "The previous day" DATE 2022-02-28)"},
        {"The vote was on December 31. That day, the polls closed early.", "2022-01-27",
         R"("December 31" DATE 2021-12-31; "That day" DATE 2021-12-31)"},
        {"The blast came on December 31. The next day, the city was calm.", "2022-01-27",
         R"("December 31" DATE 2021-12-31; "The next day" DATE 2022-01-01)"},
        {"Talks opened on February 1. The next day, they paused. Two days later, they resumed.", "2022-02-12",
         R"("February 1" DATE 2022-02-01; "The next day" DATE 2022-02-02; "Two days later" DATE 2022-02-04)"},
        {"The next day, troops withdrew.", "2022-01-27", R"("The next day" DATE 2022-01-28)"},
        {"They met on March 3 and talked again the day after.", "2022-03-07", R"("March 3" DATE 2022-03-03; "the day after" DATE 2022-03-04)"},
        {"The accord was signed on March 1. A day later, it collapsed.", "2022-03-07", R"("March 1" DATE 2022-03-01; "A day later" DATE 2022-03-02)"},
    };
    check_rows(rows);
}

TEST_CASE("a count of units earlier or later shifts the date mentioned last at its precision", "[temporal]") {
    const Row rows[] = {
        {"A call took place on December 9. Three days later, Washington warned of costs.", "2022-01-27",
         R"("December 9" DATE 2021-12-09; "Three days later" DATE 2021-12-12)"},
        {"The summit was held on January 20. A week earlier, troops had moved.", "2022-01-27",
         R"("January 20" DATE 2022-01-20; "A week earlier" DATE 2022-01-13)"},
        {"The referendum was held in March 2014. A month later, fighting began.", "2022-01-27",
         R"("March 2014" DATE 2014-03; "A month later" DATE 2014-04)"},
        {"The crisis began in 2014. Three years later, talks stalled.", "2022-01-27",
         R"("2014" DATE 2014; "Three years later" DATE 2017)"},
        {"The envoys met on Monday. Two days later, they met again.", "2022-01-27",
         R"("Monday" DATE 2022-01-24; "Two days later" DATE 2022-01-26)"},
        {"The plant closed in 2008. Two years earlier, it had been sold.", "2022-01-27",
         R"("2008" DATE 2008; "Two years earlier" DATE 2006)"},
        {"The talks began on January 25. Ten days later, they collapsed.", "2022-03-07", R"("January 25" DATE 2022-01-25; "Ten days later" DATE 2022-02-04)"},
        {"The referendum was held in March 2014. A year later, the sanctions widened.", "2022-01-27", R"("March 2014" DATE 2014-03; "A year later" DATE 2015-03)"},
        {"The blockade began on February 1. Two weeks later, it ended.", "2022-03-07", R"("February 1" DATE 2022-02-01; "Two weeks later" DATE 2022-02-15)"},
    };
    check_rows(rows);
}

TEST_CASE("the following week, month or year anchors on the date mentioned last", "[temporal]") {
    const Row rows[] = {
        {"The treaty was signed in 1997. The following year, it was ratified.", "2022-01-27",
         R"("1997" DATE 1997; "The following year" DATE 1998)"},
        {"Crimea voted in March 2014. The following month, fighting spread.", "2022-01-27",
         R"("March 2014" DATE 2014-03; "The following month" DATE 2014-04)"},
        {"Talks began on January 10. The following week, they stalled.", "2022-01-27",
         R"("January 10" DATE 2022-01-10; "The following week" DATE 2022-W03)"},
        // "the week before", "the month after": from the date mentioned last, unless an event follows
        {"The envoy arrived on March 3. The week before, he had been in Paris.", "2022-11-14",
         R"("March 3" DATE 2022-03-03; "The week before" DATE 2022-W08)"},
        {"The envoy arrived on March 3. The month after, he left.", "2022-11-14",
         R"("March 3" DATE 2022-03-03; "The month after" DATE 2022-04)"},
        {"The envoy arrived on March 3. The week before the vote, he left.", "2022-11-14", R"("March 3" DATE 2022-03-03)"},
        {"The war began in 2008. That year, prices rose.", "2022-01-27",
         R"("2008" DATE 2008; "That year" DATE 2008)"},
        {"The ban came in 2014. The previous year, trade had grown.", "2022-01-27",
         R"("2014" DATE 2014; "The previous year" DATE 2013)"},
        {"They met on March 3. That week, shelling eased.", "2022-03-07", R"("March 3" DATE 2022-03-03; "That week" DATE 2022-W09)"},
        {"The war began in 2014. Sanctions followed the same year.", "2022-01-27", R"("2014" DATE 2014; "the same year" DATE 2014)"},
        {"The previous week, troops had massed.", "2022-01-27", R"("The previous week" DATE 2022-W03)"},
        {"The following week, talks resume.", "2022-01-27", R"("The following week" DATE 2022-W05)"},
    };
    check_rows(rows);
}

TEST_CASE("spans are UTF-8 byte offsets into the text exactly as given", "[temporal]") {
    struct SpanRow {
        const char* text;
        const char* dct;
        const char* expected;
    };
    const SpanRow rows[] = {
        {"Zelenskyy\u2019s office said on Tuesday that talks continue.", "2022-01-27", R"([29,36) "Tuesday" 2022-01-25)"},
        {"Kyiv \u2014 The minister spoke yesterday.", "2022-01-27", R"([28,37) "yesterday" 2022-01-26)"},
        {"\u041a\u0438\u0435\u0432: talks resumed on 17 December.", "2022-01-27", R"([27,38) "17 December" 2021-12-17)"},
        {"Z\u00fcrich talks \U0001F54A\uFE0F ended last month.", "2022-01-27", R"([28,38) "last month" 2021-12)"},
        {"\u201cWe will return next week,\u201d he said.", "2022-01-27", R"([18,27) "next week" 2022-W05)"},
        {"\u5317\u4eac: the envoy left on Jan. 26.", "2022-01-27", R"([26,33) "Jan. 26" 2022-01-26)"},
        {"Caf\u00e9 owners fled in 2014 and again in mid-February 2015.", "2022-01-27",
         R"([21,25) "2014" 2014; [39,56) "mid-February 2015" 2015-02)"},
        {"Line one\r\nThe ministers met on Friday.\r\n\r\nThe next day, they left.", "2022-02-12",
         R"([31,37) "Friday" 2022-02-11; [42,54) "The next day" 2022-02-12)"},
        {"\u00c9mile said: \u00abRussia annexed Crimea eight years ago\u00bb.", "2022-01-27",
         R"([37,52) "eight years ago" 2014)"},
    };
    for (const SpanRow& r : rows) {
        INFO("text: " << r.text << "\narticle date: " << r.dct);
        CHECK(dump_spans(r.text, r.dct) == r.expected);
    }
}

TEST_CASE("results are sorted by span and never overlap", "[temporal]") {
    const std::string text =
        "On Dec. 17, 2021, Moscow sent its demands. The next day, NATO replied. Talks were held in "
        "Geneva on January 10 and in Brussels two days later. Last week, troops moved; tomorrow the "
        "council meets every week until the end of March, for about two months.";
    const auto found = crisis::find_timexes(text, crisis::segment(text), article_date("2022-01-27"));
    REQUIRE(found.size() >= 8);
    for (std::size_t i = 1; i < found.size(); ++i) {
        CHECK(found[i - 1].span.end <= found[i].span.begin);
        CHECK_FALSE(found[i - 1].span.overlaps(found[i].span));
    }
    for (const crisis::Timex& t : found) CHECK(t.span.end <= text.size());
}

TEST_CASE("nothing to find is an empty result, not an error", "[temporal]") {
    SECTION("an empty text") { CHECK(dump("", "2022-01-27").empty()); }
    SECTION("a text without time expressions") { CHECK(dump("The ministers disagreed.", "2022-01-27").empty()); }
    SECTION("an invalid article date") {
        const std::string_view text = "They met yesterday.";
        const date::year_month_day bad{date::year{2022}, date::month{2}, date::day{30}};
        CHECK(crisis::find_timexes(text, crisis::segment(text), bad).empty());
    }
}

TEST_CASE("the tense comes from the clause around the date, not from a verb of another clause", "[temporal]") {
    const Row rows[] = {
        // a participle after "be" takes the tense of the auxiliary or of what is further left
        {"The vote will be held on Friday.", "2022-01-27", "\"Friday\" DATE 2022-01-28"},
        {"A reply is required by Friday.", "2022-01-27", "\"Friday\" DATE 2022-01-28"},
        {"The treaty was signed on Monday.", "2022-01-27", "\"Monday\" DATE 2022-01-24"},
        // clause boundaries: "after", "where", a comma
        {"He will stay even after a court on Thursday refused the appeal.", "2000-06-01",
         "\"Thursday\" DATE 2000-06-01"},
        {"Officials hoped she would bring aid to Kenya, where the Aug. 7 blasts killed 200 people.", "1998-08-18",
         "\"Aug. 7\" DATE 1998-08-07"},
        // a possessive date names a reported happening
        {"Relatives would look for ways to overturn Wednesday's ruling.", "2000-01-15", "\"Wednesday\" DATE 2000-01-12"},
        // "would", "is to", "as soon as": ahead; "would have": behind
        {"The father would travel to Washington on Thursday.", "2000-04-05", "\"Thursday\" DATE 2000-04-06"},
        {"Trading is to resume in Paris on Tuesday.", "1989-10-27", "\"Tuesday\" DATE 1989-10-31"},
        {"The group could leave as soon as Tuesday.", "2000-04-03", "\"Tuesday\" DATE 2000-04-04"},
        // a plan that the past overtook
        {"The offer had been due to expire on Friday.", "1989-10-30", "\"Friday\" DATE 1989-10-27"},
        // "next to" is a place, not a cue
        {"A bomb ripped through a building next to the embassy on Friday.", "1998-08-08",
         "\"Friday\" DATE 1998-08-07"},
        // "set for Sunday" is a plan, "a record set on Aug. 6" is not
        {"The vote, set for Sunday, was delayed.", "2022-01-27", "\"Sunday\" DATE 2022-01-30"},
        {"The index closed near its record high set on Aug. 6.", "1998-02-06", "\"Aug. 6\" DATE 1997-08-06"},
    };
    check_rows(rows);
}

TEST_CASE("a deadline points ahead unless the clause looks back", "[temporal]") {
    const Row rows[] = {
        {"The border stays closed until Friday.", "2022-01-27", "\"Friday\" DATE 2022-01-28"},
        {"Officials postponed any action until Tuesday morning.", "2000-03-30", "\"Tuesday morning\" TIME 2000-04-04TMO"},
        {"It was not until Tuesday that Castro spoke.", "2000-03-28", "\"Tuesday\" DATE 2000-03-28"},
        {"Up until Thursday, they had called him a witness.", "1999-05-06", "\"Thursday\" DATE 1999-05-06"},
        {"They sought to repatriate the child by Jan. 14.", "2000-01-15", "\"Jan. 14\" DATE 2000-01-14"},
        {"Mr. Schwarz will succeed Daniel Davison on Feb. 1.", "1989-10-26", "\"Feb. 1\" DATE 1990-02-01"},
    };
    check_rows(rows);
}

TEST_CASE("later on a weekday and the weekend count the article's own day in a future clause", "[temporal]") {
    const Row rows[] = {
        {"Macron was due to fly to Berlin later on Tuesday.", "2022-02-08", "\"Tuesday\" DATE 2022-02-08"},
        {"Rallies are planned for the weekend.", "2022-01-29", "\"the weekend\" DATE 2022-W04-WE"},
        {"The talks will resume on Tuesday.", "2022-02-08", "\"Tuesday\" DATE 2022-02-15"},
    };
    check_rows(rows);
}

TEST_CASE("anaphoric parts of days keep their part of day", "[temporal]") {
    const Row rows[] = {
        {"Talks ended on Tuesday. The decision the night before was a surprise.", "2022-02-23",
         "\"Tuesday\" DATE 2022-02-22; \"the night before\" TIME 2022-02-21TNI"},
        {"The envoy landed on March 1. The next morning, he met the president.", "2022-03-07",
         "\"March 1\" DATE 2022-03-01; \"The next morning\" TIME 2022-03-02TMO"},
        {"No earlier day is named. The day before, troops moved.", "2022-01-27", "\"The day before\" DATE 2022-01-26"},
        {"Talks ended on Tuesday. Flights resumed the same evening.", "2022-02-23",
         "\"Tuesday\" DATE 2022-02-22; \"the same evening\" TIME 2022-02-22TEV"},
        {"Talks ended on Tuesday. That night, sirens sounded.", "2022-02-23",
         "\"Tuesday\" DATE 2022-02-22; \"That night\" TIME 2022-02-22TNI"},
        {"The festival started at 10 p.m. on Friday and was due to run until the following evening.", "2023-10-09",
         "\"10 p.m. on Friday\" TIME 2023-10-06T22:00; \"the following evening\" TIME 2023-10-07TEV"},
        {"Talks ended on Tuesday. The next afternoon, the envoy left.", "2022-02-23",
         "\"Tuesday\" DATE 2022-02-22; \"The next afternoon\" TIME 2022-02-23TAF"},
        {"Talks ended on Tuesday. Shelling resumed the following night.", "2022-02-23",
         "\"Tuesday\" DATE 2022-02-22; \"the following night\" TIME 2022-02-23TNI"},
        {"Talks ended on Tuesday. The previous morning, troops had moved.", "2022-02-23",
         "\"Tuesday\" DATE 2022-02-22; \"The previous morning\" TIME 2022-02-21TMO"},
        // overnight: the night before the day mentioned last, else before the article's day
        {"Russian forces shelled Kharkiv overnight.", "2022-02-24", "\"overnight\" TIME 2022-02-23TNI"},
        {"Trading opened on Friday. Shares fell on overnight losses in New York.", "1989-10-30",
         "\"Friday\" DATE 1989-10-27; \"overnight\" TIME 1989-10-26TNI"},
        {"The delegation booked an overnight stay in Minsk.", "2022-02-24", ""},
        // hours or minutes later: within the day mentioned last, else the article's
        {"Talks opened on Monday. Hours later, Zelensky urged the EU to act.", "2022-03-02",
         "\"Monday\" DATE 2022-02-28; \"Hours later\" DATE 2022-02-28"},
        {"Minutes later, sirens sounded.", "2022-03-02", "\"Minutes later\" DATE 2022-03-02"},
    };
    check_rows(rows);
}

TEST_CASE("words that look like times but are not", "[temporal]") {
    const Row rows[] = {
        {"A second round of talks is possible.", "2022-01-27", ""},
        {"He paused for a second and went on.", "2022-01-27", "\"a second\" DURATION PT1S"},
        {"The Sunday Times reported the leak.", "2022-01-27", ""},
        {"Mr. Howes, 37 years old, was freed.", "2022-01-27", ""},
        {"The exercise will last ten days.", "2022-01-27", "\"ten days\" DURATION P10D"},
        {"Prices doubled over the past two years.", "2022-01-27", "\"the past two years\" DURATION P2Y"},
        {"Aid should arrive as soon as possible.", "2022-01-27", ""},
        {"Talks ended. In the", "2022-01-27", ""},  // a text that stops after "the" (found by fuzz_temporal)
        {"Prices rose more than", "2022-01-27", ""},
        {"It happened around", "2022-01-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("a weekday before a date is one expression", "[temporal]") {
    const Row rows[] = {
        {"Britain left on Sunday, 23 January.", "2022-01-27", "\"Sunday, 23 January\" DATE 2022-01-23"},
        {"The paper said in an editorial on Saturday, April 25: the court erred.", "1998-04-24",
         "\"Saturday, April 25\" DATE 1998-04-25"},
        {"The talks collapsed in May.", "2022-06-15", "\"May\" DATE 2022-05"},
    };
    check_rows(rows);
}
