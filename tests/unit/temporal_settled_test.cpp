// The temporal stage: a date in a past clause that is over by the article's date however near its
// next occurrence is (settled_past), and the second day of a range that is something else
// (ends_range_day). 2022-01-27 is a Thursday.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("rule settled_past: the moment of a past verb is on or before the article date", "[temporal]") {
    const Row rows[] = {
        {"The offensive began on 24 February.", "2022-01-27", R"("24 February" DATE 2021-02-24)"},
        {"The offensive began in the early hours of 24 February.", "2022-01-27",
         R"("the early hours of 24 February" DATE 2021-02-24 START)"},
        {"The talks ended in February.", "2022-01-27", R"("February" DATE 2021-02)"},
        {"Some 2,000 troops arrived Feb. 26.", "2022-01-27", R"("Feb. 26" DATE 2021-02-26)"},
        {"The minister said on February 20 that talks had failed.", "2022-01-27", R"("February 20" DATE 2021-02-20)"},
        // a participle before "on" or "in" is a verb, though "proposed" alone may be an adjective
        {"The talks, first proposed on February 15, were moved to Vienna.", "2022-01-27",
         R"("February 15" DATE 2021-02-15)"},
        // a past participle with no "-ed" (a lexicon row)
        {"Satellite images taken on February 14 show new deployments.", "2022-01-27",
         R"("February 14" DATE 2021-02-14)"},
        // a verb that takes the date as its object leaves it to the clause: a plan reported
        {"The bank has set Feb. 10 as the deadline.", "2022-01-27", R"("Feb. 10" DATE 2022-02-10)"},
        // the date is not the verb's: still a plan reported in the past, the near one
        {"He told the companies of a cutback in February.", "2022-01-27", R"("February" DATE 2022-02)"},
        // "will be held": the future, as before
        {"The summit will be held on February 24.", "2022-01-27", R"("February 24" DATE 2022-02-24)"},
    };
    check_rows(rows);
}

TEST_CASE("rule settled_past: a past verb gives its moment across its object", "[temporal]") {
    const Row rows[] = {
        {"He met counterparts in Kaliningrad on February 11.", "2022-01-27", R"("February 11" DATE 2021-02-11)"},
        {"Rebels seized the airport in February.", "2022-01-27", R"("February" DATE 2021-02)"},
        {"The envoy met counterparts in Geneva Feb. 8.", "2022-01-27", R"("Feb. 8" DATE 2021-02-08)"},
        {"Macron told reporters Feb. 4 that sanctions would follow.", "2022-01-27", R"("Feb. 4" DATE 2021-02-04)"},
        // a verb whose object may be a happening ahead: a plan reported, the near one
        {"The ministry announced talks on February 11.", "2022-01-27", R"("February 11" DATE 2022-02-11)"},
        {"Kyiv warned of an invasion in February.", "2022-01-27", R"("February" DATE 2022-02)"},
        // a reporting verb with what was told of
        {"He told the companies of a cutback in February.", "2022-01-27", R"("February" DATE 2022-02)"},
        // the past form after an article is an adjective; the verb further left decides
        {"They announced the delayed vote on February 11.", "2022-01-27", R"("February 11" DATE 2022-02-11)"},
        // the date in a noun phrase, or opening a clause of its own
        {"He gave no reason for the Feb. 14 deadline.", "2022-01-27", R"("Feb. 14" DATE 2022-02-14)"},
        {"Protesters prayed as Easter week began.", "2022-04-16", R"("Easter week" DATE 2022-W15)"},
        // an infinitive or a plan word in the object
        {"He flew to Moscow to meet Lavrov on February 11.", "2022-01-27", R"("February 11" DATE 2022-02-11)"},
        {"They discussed the scheduled talks on February 11.", "2022-01-27", R"("February 11" DATE 2022-02-11)"},
        // a weekday and a day that only the near occurrence fits keep that one
        {"The paper said in an editorial on Saturday, January 29: the talks failed.", "2022-01-27",
         R"("Saturday, January 29" DATE 2022-01-29)"},
    };
    check_rows(rows);
}

TEST_CASE("rule opens_past_clause: a date that opens the sentence is the moment of the past verb after it", "[temporal]") {
    const Row rows[] = {
        {"On 24 February, troops crossed the border.", "2022-01-27", R"("24 February" DATE 2021-02-24)"},
        {"In March the army withdrew.", "2022-01-27", R"("March" DATE 2021-03)"},
        {"On Feb. 24, the ministry announced talks.", "2022-01-27", R"("Feb. 24" DATE 2021-02-24)"},
        // a plan, or another tense, before the past verb
        {"In March, the army was to hold drills.", "2022-01-27", R"("March" DATE 2022-03)"},
        {"On Feb. 24, Russia agreed to hold talks.", "2022-01-27", R"("Feb. 24" DATE 2022-02-24)"},
        {"On Feb. 24, Russia will hold drills.", "2022-01-27", R"("Feb. 24" DATE 2022-02-24)"},
        // not opening the sentence: the clause's tense as before
        {"Troops, it was said, crossed on 24 February.", "2022-01-27", R"("24 February" DATE 2021-02-24)"},
    };
    check_rows(rows);
}

TEST_CASE("rule settled_past: the next items of a list share the first's moment", "[temporal]") {
    const Row rows[] = {
        {"Satellite images taken Oct. 3, 2021 and Feb. 20 show new deployments.", "2022-01-27",
         R"("Oct. 3, 2021" DATE 2021-10-03; "Feb. 20" DATE 2021-02-20)"},
        {"Images taken on Sunday, on Feb. 12 and again in March show the build-up.", "2022-01-27",
         R"("Sunday" DATE 2022-01-23; "Feb. 12" DATE 2021-02-12; "March" DATE 2021-03)"},
        {"The envoy met counterparts in Paris on Sunday and again on February 23.", "2022-01-27",
         R"("Sunday" DATE 2022-01-23; "February 23" DATE 2021-02-23)"},
        // not a list: the second date is in another clause
        {"Talks were held on Sunday, but the vote is planned for February 23.", "2022-01-27",
         R"("Sunday" DATE 2022-01-23; "February 23" DATE 2022-02-23)"},
    };
    check_rows(rows);
}

TEST_CASE("rule settled_past: a date in a past perfect or after since has passed", "[temporal]") {
    const Row rows[] = {
        {"Officials said it had warned the OSCE in February about the drills.", "2022-01-27",
         R"("February" DATE 2021-02)"},
        {"Officials said that there had been two calls Feb. 26 about the pipeline.", "2022-01-27",
         R"("Feb. 26" DATE 2021-02-26)"},
        {"Since Feb. 16, the alliance has repeated its offer.", "2022-01-27", R"("Feb. 16" DATE 2021-02-16)"},
        {"Since on February 16, the alliance has repeated its offer.", "2022-01-27", R"("February 16" DATE 2021-02-16)"},
        // a plan inside the past perfect: an infinitive, or a word that makes a plan
        {"The offer had been set to expire Feb. 6.", "2022-01-27", R"("Feb. 6" DATE 2022-02-06)"},
        {"They had been talking about the slated visit in February.", "2022-01-27", R"("February" DATE 2022-02)"},
        {"He had said that the talks will resume in February.", "2022-01-27", R"("February" DATE 2022-02)"},
    };
    check_rows(rows);
}

TEST_CASE("rule ends_range_day: the number after a date and 'and' is a day only where a day may end", "[temporal]") {
    const Row rows[] = {
        {"Talks were held on March 10 and 12.", "2022-01-27", R"("March 10" DATE 2021-03-10; "12" DATE 2021-03-12)"},
        {"Talks are planned from February 10 to 20 in Geneva.", "2022-01-27",
         R"("February 10" DATE 2022-02-10; "20" DATE 2022-02-20)"},
        // a count of a unit, a numeric date, a clock time
        {"Images taken Feb. 20, 2022 and 9 days ago show troops.", "2022-01-27",
         R"("Feb. 20, 2022" DATE 2022-02-20; "9 days ago" DATE 2022-01-18)"},
        {"Images taken April 27, 2020 and 3/14/2020 show troops.", "2022-01-27",
         R"("April 27, 2020" DATE 2020-04-27; "3/14/2020" DATE 2020-03-14)"},
        {"The shelling on March 10 killed 12 people and 40 soldiers.", "2022-01-27", R"("March 10" DATE 2021-03-10)"},
        // an alternative takes the month of the first day too, where a day may end
        {"The envoy is due back in Kyiv on Feb. 2 or 3.", "2022-01-27", R"("Feb. 2" DATE 2022-02-02; "3" DATE 2022-02-03)"},
        {"On Feb. 2 or 3 people were hurt.", "2022-01-27", R"("Feb. 2" DATE 2021-02-02)"},
        // a list of days after commas, ended by "and" and a day where a day may end
        {"The talks, held on Jan. 10, 12 and 13, failed.", "2022-01-27",
         R"("Jan. 10" DATE 2022-01-10; "12" DATE 2022-01-12; "13" DATE 2022-01-13)"},
        {"On Jan. 10, 12 people died.", "2022-01-27", R"("Jan. 10" DATE 2022-01-10)"},
        {"On March 10, 12 and 13 soldiers were hurt.", "2022-01-27", R"("March 10" DATE 2021-03-10)"},
    };
    check_rows(rows);
}

TEST_CASE("rule numeric_order: a numeric date that reads either way follows the article's others", "[temporal]") {
    const Row rows[] = {
        // alone: day first, the news default
        {"The report, dated 10/5/2021, was leaked.", "2022-01-27", R"("10/5/2021" DATE 2021-05-10)"},
        // another date that can only be month first: month first, also before it in the text
        {"The report, dated 10/5/2021, was leaked. A second one is dated 9/16/2021.", "2022-01-27",
         R"("10/5/2021" DATE 2021-10-05; "9/16/2021" DATE 2021-09-16)"},
        // one that can only be day first: day first
        {"The report, dated 10/5/2021, was leaked. A second one is dated 16/9/2021.", "2022-01-27",
         R"("10/5/2021" DATE 2021-05-10; "16/9/2021" DATE 2021-09-16)"},
        // both kinds: the article is not consistent, the default holds
        {"Dated 10/5/2021, 9/16/2021 and 16/9/2021.", "2022-01-27",
         R"("10/5/2021" DATE 2021-05-10; "9/16/2021" DATE 2021-09-16; "16/9/2021" DATE 2021-09-16)"},
        // the second day of a range takes the first's month, read the same way
        {"Dated 9/16/2021. Talks ran from 10/5/2021 to 12.", "2022-01-27",
         R"("9/16/2021" DATE 2021-09-16; "10/5/2021" DATE 2021-10-05; "12" DATE 2021-10-12)"},
        {"Talks ran from 10/5/2021 to 12.", "2022-01-27", R"("10/5/2021" DATE 2021-05-10; "12" DATE 2021-05-12)"},
        // a year first, or a day equal to its month, shows nothing
        {"Dated 2021-10-05 and 5/5/2021, then 3/4/2021.", "2022-01-27",
         R"("2021-10-05" DATE 2021-10-05; "5/5/2021" DATE 2021-05-05; "3/4/2021" DATE 2021-04-03)"},
    };
    check_rows(rows);
}

TEST_CASE("rule numeric_order: with no numeric evidence, the article's dates in words set the order", "[temporal]") {
    const Row rows[] = {
        // American copy ("Feb. 2", "January 26, 2022"): month first (a leak is past: settled_past)
        {"The report, dated 10/5/2021, was leaked on Feb. 2.", "2022-01-27",
         R"("10/5/2021" DATE 2021-10-05; "Feb. 2" DATE 2021-02-02)"},
        {"On January 26, 2022 officials cited a memo of 3/4/2021.", "2022-01-27",
         R"("January 26, 2022" DATE 2022-01-26; "3/4/2021" DATE 2021-03-04)"},
        // British copy ("2 February"): day first
        {"The report, dated 10/5/2021, was leaked on 2 February.", "2022-01-27",
         R"("10/5/2021" DATE 2021-05-10; "2 February" DATE 2021-02-02)"},
        // both ways in words: the default
        {"Dated 10/5/2021, leaked on Feb. 2 and on 3 February.", "2022-01-27",
         R"("10/5/2021" DATE 2021-05-10; "Feb. 2" DATE 2021-02-02; "3 February" DATE 2021-02-03)"},
        // a numeric date that can only be day first outweighs the words
        {"Dated 10/5/2021 and 16/9/2021, leaked on Feb. 2.", "2022-01-27",
         R"("10/5/2021" DATE 2021-05-10; "16/9/2021" DATE 2021-09-16; "Feb. 2" DATE 2021-02-02)"},
    };
    check_rows(rows);
}

TEST_CASE("rule numeric_order: TemporalOptions::day_first = false reads month first by default", "[temporal]") {
    const std::string_view text = "The report, dated 10/5/2021, was leaked.";
    crisis::TemporalOptions month_first;
    month_first.day_first = false;
    const auto found = crisis::find_timexes(text, crisis::segment(text), article_date("2022-01-27"), month_first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value == "2021-10-05");
    // an article's own evidence still wins
    const std::string_view text2 = "Dated 10/5/2021 and 16/9/2021.";
    const auto found2 = crisis::find_timexes(text2, crisis::segment(text2), article_date("2022-01-27"), month_first);
    REQUIRE(found2.size() == 2);
    CHECK(found2[0].value == "2021-05-10");
}
