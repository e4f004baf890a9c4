// The temporal stage, anchoring: the tense of the clause picks which weekday, month or day is
// meant; anaphoric expressions anchor on the date mentioned last; spans are byte offsets into the
// text exactly as given.
#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace {

// The article date of a row ("2022-01-27") as a calendar day.
date::year_month_day article_date(std::string_view iso) {
    const auto d = crisis::parse_timex_value(iso);
    REQUIRE(d);
    return date::year_month_day{d->first};
}

// One line for all results: `"text" TYPE VALUE [MOD]`, joined by "; ". Nothing found is "".
std::string dump(std::string_view text, std::string_view dct) {
    const auto found = crisis::find_timexes(text, crisis::segment(text), article_date(dct));
    std::string out;
    for (const crisis::Timex& t : found) {
        if (!out.empty()) out += "; ";
        out += '"';
        out += t.span.in(text);
        out += "\" ";
        out += crisis::to_string(t.type);
        out += ' ';
        out += t.value;
        if (!t.mod.empty()) {
            out += ' ';
            out += t.mod;
        }
    }
    return out;
}

struct Row {
    const char* text;
    const char* dct;       // the article date
    const char* expected;  // the dump of every expression of `text`
};

template <std::size_t N>
void check_rows(const Row (&rows)[N]) {
    for (const Row& r : rows) {
        INFO("text: " << r.text << "\narticle date: " << r.dct);
        CHECK(dump(r.text, r.dct) == r.expected);
    }
}

// Like dump, with the byte offsets first and without the type: `[29,36) "Tuesday" 2022-01-25`.
std::string dump_spans(std::string_view text, std::string_view dct) {
    const auto found = crisis::find_timexes(text, crisis::segment(text), article_date(dct));
    std::string out;
    for (const crisis::Timex& t : found) {
        if (!out.empty()) out += "; ";
        out += '[' + std::to_string(t.span.begin) + ',' + std::to_string(t.span.end) + ") \"";
        out += t.span.in(text);
        out += "\" ";
        out += t.value;
    }
    return out;
}

}  // namespace

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
