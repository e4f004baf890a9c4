// temporal/lexicon: the words of time expressions, as data. One row per word; adding coverage
// means adding a row here (and a test row in tests/unit/temporal_*.cpp). The tense scan's words are in
// lexicon_tense.hpp, the named days of the year in lexicon_holidays.hpp.
#pragma once

#include "temporal/lexicon_holidays.hpp"  // the holidays table

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace crisis::temporal {

// Whether word w is in one of the word lists below.
template <std::size_t N>
constexpr bool in(const std::array<std::string_view, N>& words, std::string_view w) noexcept {
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Calendar and clock units. Ordered from the smallest to the largest.
enum class Unit : std::uint8_t { second, minute, hour, day, week, weekend, month, quarter, half, season, year, decade, century };

// The word classes of the lexicon. A word may have several classes ("may", "second", "march").
enum class Cls : std::uint8_t {
    month,         // value 1..12
    weekday,       // value 0..6, Sunday = 0 (date::weekday encoding)
    unit,          // value: Unit (singular form)
    units,         // value: Unit (plural form)
    number,        // value: the number ("two" = 2, "a dozen" handled by the scanner)
    ordinal,       // value: the number ("third" = 3)
    tens,          // value: the decade of a spoken year or number ("ninety" = 9)
    season,        // value 0..3: SP, SU, FA, WI
    part_of_day,   // value: index into part_of_day_codes
    deixis,        // value: day offset from the article date (yesterday = -1)
    relative,      // value: Rel
    mod,           // value: index into mod_codes (early, late, mid ...)
    approx,        // value: index into mod_codes (around, about, nearly ...)
    fuzzy_count,   // a few, several, some, many: an unspecified number (value unused)
    set_adverb,    // value: Unit (daily = day, weekly = week ...)
    past_cue,      // irregular past tense or perfect auxiliary
    future_cue,    // will, shall, 'll ...
    present_cue,   // present tense verbs that make a bare weekday future ("travels on Monday")
    shift_after,   // "later", "after", "afterwards": value +1; "earlier", "before": -1 (anaphoric)
    not_before_number,  // "article 5", "no. 10", "flight 2019": a number after these is no date
    count
};

// Relative words before a unit, weekday, month or season.
enum class Rel : std::uint8_t { last, next, this_, coming, past, previous, following, current, latest };
// The way a relative word counts from the article date: -1 back ("last", "past", "previous"), +1
// ahead ("next", "coming"), else 0.
constexpr int rel_step(Rel r) noexcept {
    if (r == Rel::last || r == Rel::past || r == Rel::previous) return -1;
    return r == Rel::next || r == Rel::coming ? 1 : 0;
}

struct Entry {
    std::string_view word;
    Cls cls;
    std::int8_t value;
};

inline constexpr std::array<std::string_view, 5> part_of_day_codes{"MO", "AF", "EV", "NI", "DT"};
inline constexpr std::array<std::string_view, 10> mod_codes{"START",     "MID",       "END",         "APPROX",   "MORE_THAN",
                                                     "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"};
enum class Mod : std::int8_t { start, mid, end, approx, more_than, less_than, equal_or_more, equal_or_less, on_or_after, on_or_before };

constexpr std::int8_t v(Unit u) noexcept { return static_cast<std::int8_t>(u); }
constexpr std::int8_t v(Rel r) noexcept { return static_cast<std::int8_t>(r); }
constexpr std::int8_t v(Mod m) noexcept { return static_cast<std::int8_t>(m); }

// clang-format off
inline constexpr std::array entries_unsorted{
    // months, with the abbreviations news uses (the period is a separate token)
    Entry{"january", Cls::month, 1}, Entry{"jan", Cls::month, 1}, Entry{"february", Cls::month, 2}, Entry{"feb", Cls::month, 2},
    Entry{"march", Cls::month, 3}, Entry{"mar", Cls::month, 3}, Entry{"april", Cls::month, 4}, Entry{"apr", Cls::month, 4},
    Entry{"may", Cls::month, 5}, Entry{"june", Cls::month, 6}, Entry{"jun", Cls::month, 6}, Entry{"july", Cls::month, 7},
    Entry{"jul", Cls::month, 7}, Entry{"august", Cls::month, 8}, Entry{"aug", Cls::month, 8}, Entry{"september", Cls::month, 9},
    Entry{"sept", Cls::month, 9}, Entry{"sep", Cls::month, 9}, Entry{"october", Cls::month, 10}, Entry{"oct", Cls::month, 10},
    Entry{"november", Cls::month, 11}, Entry{"nov", Cls::month, 11}, Entry{"december", Cls::month, 12}, Entry{"dec", Cls::month, 12},
    // weekdays
    Entry{"sunday", Cls::weekday, 0}, Entry{"monday", Cls::weekday, 1}, Entry{"tuesday", Cls::weekday, 2},
    Entry{"wednesday", Cls::weekday, 3}, Entry{"thursday", Cls::weekday, 4}, Entry{"friday", Cls::weekday, 5},
    Entry{"saturday", Cls::weekday, 6}, Entry{"mon", Cls::weekday, 1}, Entry{"tue", Cls::weekday, 2}, Entry{"tues", Cls::weekday, 2},
    Entry{"wed", Cls::weekday, 3}, Entry{"thu", Cls::weekday, 4}, Entry{"thurs", Cls::weekday, 4}, Entry{"fri", Cls::weekday, 5},
    Entry{"sat", Cls::weekday, 6}, Entry{"sun", Cls::weekday, 0},
    // units
    Entry{"second", Cls::unit, v(Unit::second)}, Entry{"seconds", Cls::units, v(Unit::second)},
    Entry{"minute", Cls::unit, v(Unit::minute)}, Entry{"minutes", Cls::units, v(Unit::minute)},
    Entry{"hour", Cls::unit, v(Unit::hour)}, Entry{"hours", Cls::units, v(Unit::hour)},
    Entry{"day", Cls::unit, v(Unit::day)}, Entry{"days", Cls::units, v(Unit::day)},
    Entry{"week", Cls::unit, v(Unit::week)}, Entry{"weeks", Cls::units, v(Unit::week)},
    Entry{"weekend", Cls::unit, v(Unit::weekend)}, Entry{"weekends", Cls::units, v(Unit::weekend)},
    Entry{"month", Cls::unit, v(Unit::month)}, Entry{"months", Cls::units, v(Unit::month)},
    Entry{"quarter", Cls::unit, v(Unit::quarter)}, Entry{"quarters", Cls::units, v(Unit::quarter)},
    Entry{"half", Cls::unit, v(Unit::half)},
    Entry{"year", Cls::unit, v(Unit::year)}, Entry{"years", Cls::units, v(Unit::year)},
    // reworded text abbreviates it ("final yr", "two yrs in the past")
    Entry{"yr", Cls::unit, v(Unit::year)}, Entry{"yrs", Cls::units, v(Unit::year)},
    Entry{"decade", Cls::unit, v(Unit::decade)}, Entry{"decades", Cls::units, v(Unit::decade)},
    Entry{"century", Cls::unit, v(Unit::century)}, Entry{"centuries", Cls::units, v(Unit::century)},
    // number words
    Entry{"one", Cls::number, 1}, Entry{"two", Cls::number, 2}, Entry{"three", Cls::number, 3}, Entry{"four", Cls::number, 4},
    Entry{"five", Cls::number, 5}, Entry{"six", Cls::number, 6}, Entry{"seven", Cls::number, 7}, Entry{"eight", Cls::number, 8},
    Entry{"nine", Cls::number, 9}, Entry{"ten", Cls::number, 10}, Entry{"eleven", Cls::number, 11}, Entry{"twelve", Cls::number, 12},
    Entry{"thirteen", Cls::number, 13}, Entry{"fourteen", Cls::number, 14}, Entry{"fifteen", Cls::number, 15},
    Entry{"sixteen", Cls::number, 16}, Entry{"seventeen", Cls::number, 17}, Entry{"eighteen", Cls::number, 18},
    Entry{"nineteen", Cls::number, 19}, Entry{"twenty", Cls::number, 20}, Entry{"thirty", Cls::number, 30},
    Entry{"forty", Cls::number, 40}, Entry{"fifty", Cls::number, 50}, Entry{"sixty", Cls::number, 60},
    Entry{"seventy", Cls::number, 70}, Entry{"eighty", Cls::number, 80}, Entry{"ninety", Cls::number, 90},
    Entry{"hundred", Cls::number, 100}, Entry{"dozen", Cls::number, 12},
    Entry{"twenty", Cls::tens, 2}, Entry{"thirty", Cls::tens, 3}, Entry{"forty", Cls::tens, 4}, Entry{"fifty", Cls::tens, 5},
    Entry{"sixty", Cls::tens, 6}, Entry{"seventy", Cls::tens, 7}, Entry{"eighty", Cls::tens, 8}, Entry{"ninety", Cls::tens, 9},
    Entry{"twenties", Cls::tens, 2}, Entry{"thirties", Cls::tens, 3}, Entry{"forties", Cls::tens, 4}, Entry{"fifties", Cls::tens, 5},
    Entry{"sixties", Cls::tens, 6}, Entry{"seventies", Cls::tens, 7}, Entry{"eighties", Cls::tens, 8}, Entry{"nineties", Cls::tens, 9},
    // ordinals
    Entry{"first", Cls::ordinal, 1}, Entry{"second", Cls::ordinal, 2}, Entry{"third", Cls::ordinal, 3}, Entry{"fourth", Cls::ordinal, 4},
    Entry{"fifth", Cls::ordinal, 5}, Entry{"sixth", Cls::ordinal, 6}, Entry{"seventh", Cls::ordinal, 7}, Entry{"eighth", Cls::ordinal, 8},
    Entry{"ninth", Cls::ordinal, 9}, Entry{"tenth", Cls::ordinal, 10}, Entry{"eleventh", Cls::ordinal, 11},
    Entry{"twelfth", Cls::ordinal, 12}, Entry{"thirteenth", Cls::ordinal, 13}, Entry{"fifteenth", Cls::ordinal, 15},
    Entry{"twentieth", Cls::ordinal, 20}, Entry{"thirtieth", Cls::ordinal, 30}, Entry{"last", Cls::ordinal, -1}, Entry{"final", Cls::ordinal, -1},
    // seasons
    Entry{"spring", Cls::season, 0}, Entry{"summer", Cls::season, 1}, Entry{"autumn", Cls::season, 2}, Entry{"fall", Cls::season, 2},
    Entry{"winter", Cls::season, 3},
    // parts of the day (index into part_of_day_codes)
    Entry{"morning", Cls::part_of_day, 0}, Entry{"afternoon", Cls::part_of_day, 1}, Entry{"evening", Cls::part_of_day, 2},
    Entry{"night", Cls::part_of_day, 3}, Entry{"overnight", Cls::part_of_day, 3},
    // deictic days
    Entry{"yesterday", Cls::deixis, -1}, Entry{"today", Cls::deixis, 0}, Entry{"tomorrow", Cls::deixis, 1},
    Entry{"tonight", Cls::deixis, 0},
    // relative words
    Entry{"last", Cls::relative, v(Rel::last)}, Entry{"next", Cls::relative, v(Rel::next)}, Entry{"this", Cls::relative, v(Rel::this_)},
    Entry{"coming", Cls::relative, v(Rel::coming)}, Entry{"past", Cls::relative, v(Rel::past)},
    Entry{"previous", Cls::relative, v(Rel::previous)}, Entry{"following", Cls::relative, v(Rel::following)},
    Entry{"current", Cls::relative, v(Rel::current)}, Entry{"latest", Cls::relative, v(Rel::latest)},
    Entry{"prior", Cls::relative, v(Rel::previous)}, Entry{"upcoming", Cls::relative, v(Rel::coming)},
    // modifiers before a date
    Entry{"early", Cls::mod, v(Mod::start)}, Entry{"earlier", Cls::mod, v(Mod::start)}, Entry{"mid", Cls::mod, v(Mod::mid)},
    Entry{"late", Cls::mod, v(Mod::end)}, Entry{"later", Cls::mod, v(Mod::end)},
    Entry{"around", Cls::approx, v(Mod::approx)}, Entry{"about", Cls::approx, v(Mod::approx)},
    Entry{"nearly", Cls::approx, v(Mod::approx)}, Entry{"almost", Cls::approx, v(Mod::approx)},
    Entry{"roughly", Cls::approx, v(Mod::approx)}, Entry{"approximately", Cls::approx, v(Mod::approx)},
    Entry{"some", Cls::approx, v(Mod::approx)},
    // counts without a number
    Entry{"few", Cls::fuzzy_count, 0}, Entry{"several", Cls::fuzzy_count, 0}, Entry{"many", Cls::fuzzy_count, 0},
    Entry{"recent", Cls::fuzzy_count, 1}, Entry{"coming", Cls::fuzzy_count, 2}, Entry{"ensuing", Cls::fuzzy_count, 2},
    // set adverbs
    Entry{"daily", Cls::set_adverb, v(Unit::day)}, Entry{"weekly", Cls::set_adverb, v(Unit::week)},
    Entry{"monthly", Cls::set_adverb, v(Unit::month)}, Entry{"yearly", Cls::set_adverb, v(Unit::year)},
    Entry{"hourly", Cls::set_adverb, v(Unit::hour)},
    // shifts after a count of units ("two days later", "a week earlier")
    Entry{"later", Cls::shift_after, 1}, Entry{"after", Cls::shift_after, 1}, Entry{"afterwards", Cls::shift_after, 1},
    Entry{"earlier", Cls::shift_after, -1}, Entry{"before", Cls::shift_after, -1}, Entry{"ago", Cls::shift_after, -2},
    // tense cues (regular past tense "-ed" is recognised by shape)
    Entry{"said", Cls::past_cue, 0}, Entry{"was", Cls::past_cue, 0}, Entry{"were", Cls::past_cue, 0}, Entry{"had", Cls::past_cue, 0},
    Entry{"did", Cls::past_cue, 0}, Entry{"met", Cls::past_cue, 0}, Entry{"told", Cls::past_cue, 0}, Entry{"took", Cls::past_cue, 0},
    Entry{"began", Cls::past_cue, 0}, Entry{"came", Cls::past_cue, 0}, Entry{"went", Cls::past_cue, 0}, Entry{"held", Cls::past_cue, 0},
    Entry{"made", Cls::past_cue, 0}, Entry{"gave", Cls::past_cue, 0}, Entry{"left", Cls::past_cue, 0}, Entry{"saw", Cls::past_cue, 0},
    Entry{"spoke", Cls::past_cue, 0}, Entry{"sent", Cls::past_cue, 0}, Entry{"won", Cls::past_cue, 0}, Entry{"lost", Cls::past_cue, 0},
    Entry{"fell", Cls::past_cue, 0}, Entry{"rose", Cls::past_cue, 0}, Entry{"got", Cls::past_cue, 0}, Entry{"wrote", Cls::past_cue, 0},
    Entry{"ran", Cls::past_cue, 0}, Entry{"led", Cls::past_cue, 0}, Entry{"brought", Cls::past_cue, 0}, Entry{"bought", Cls::past_cue, 0},
    Entry{"sold", Cls::past_cue, 0}, Entry{"paid", Cls::past_cue, 0}, Entry{"struck", Cls::past_cue, 0}, Entry{"hit", Cls::past_cue, 0},
    Entry{"shot", Cls::past_cue, 0}, Entry{"fled", Cls::past_cue, 0}, Entry{"flew", Cls::past_cue, 0}, Entry{"broke", Cls::past_cue, 0},
    Entry{"chose", Cls::past_cue, 0}, Entry{"drew", Cls::past_cue, 0}, Entry{"found", Cls::past_cue, 0}, Entry{"heard", Cls::past_cue, 0},
    Entry{"kept", Cls::past_cue, 0}, Entry{"knew", Cls::past_cue, 0}, Entry{"meant", Cls::past_cue, 0}, Entry{"put", Cls::past_cue, 0},
    Entry{"set", Cls::past_cue, 0}, Entry{"stood", Cls::past_cue, 0}, Entry{"thought", Cls::past_cue, 0}, Entry{"threw", Cls::past_cue, 0},
    Entry{"tweeted", Cls::past_cue, 0}, Entry{"became", Cls::past_cue, 0}, Entry{"agreed", Cls::past_cue, 0}, Entry{"has", Cls::past_cue, 0},
    Entry{"have", Cls::past_cue, 0}, Entry{"ago", Cls::past_cue, 0}, Entry{"grew", Cls::past_cue, 0}, Entry{"swore", Cls::past_cue, 0},
    // past participles that are seldom adjectives ("images taken on Thursday"; not "written",
    // "broken", "given", "known"): after "be" they are a passive, whose tense is further left
    Entry{"taken", Cls::past_cue, 0}, Entry{"seen", Cls::past_cue, 0}, Entry{"shown", Cls::past_cue, 0},
    Entry{"spoken", Cls::past_cue, 0}, Entry{"begun", Cls::past_cue, 0}, Entry{"done", Cls::past_cue, 0},
    Entry{"gone", Cls::past_cue, 0}, Entry{"flown", Cls::past_cue, 0}, Entry{"chosen", Cls::past_cue, 0},
    Entry{"drawn", Cls::past_cue, 0}, Entry{"thrown", Cls::past_cue, 0}, Entry{"fallen", Cls::past_cue, 0},
    Entry{"risen", Cls::past_cue, 0}, Entry{"driven", Cls::past_cue, 0}, Entry{"undertaken", Cls::past_cue, 0},
    Entry{"overtaken", Cls::past_cue, 0}, Entry{"withdrawn", Cls::past_cue, 0}, Entry{"shaken", Cls::past_cue, 0},
    Entry{"arose", Cls::past_cue, 0}, Entry{"ate", Cls::past_cue, 0}, Entry{"bent", Cls::past_cue, 0}, Entry{"bled", Cls::past_cue, 0}, Entry{"blew", Cls::past_cue, 0}, Entry{"bore", Cls::past_cue, 0}, Entry{"bred", Cls::past_cue, 0}, Entry{"built", Cls::past_cue, 0}, Entry{"caught", Cls::past_cue, 0}, Entry{"crept", Cls::past_cue, 0}, Entry{"dealt", Cls::past_cue, 0}, Entry{"drove", Cls::past_cue, 0}, Entry{"fed", Cls::past_cue, 0}, Entry{"felt", Cls::past_cue, 0}, Entry{"forbade", Cls::past_cue, 0}, Entry{"forgave", Cls::past_cue, 0}, Entry{"forsook", Cls::past_cue, 0}, Entry{"fought", Cls::past_cue, 0}, Entry{"froze", Cls::past_cue, 0}, Entry{"hung", Cls::past_cue, 0}, Entry{"laid", Cls::past_cue, 0}, Entry{"lent", Cls::past_cue, 0}, Entry{"mistook", Cls::past_cue, 0}, Entry{"overcame", Cls::past_cue, 0}, Entry{"overtook", Cls::past_cue, 0}, Entry{"rang", Cls::past_cue, 0}, Entry{"rode", Cls::past_cue, 0}, Entry{"sang", Cls::past_cue, 0}, Entry{"sank", Cls::past_cue, 0}, Entry{"shone", Cls::past_cue, 0}, Entry{"shook", Cls::past_cue, 0}, Entry{"slept", Cls::past_cue, 0}, Entry{"slew", Cls::past_cue, 0}, Entry{"sought", Cls::past_cue, 0}, Entry{"sped", Cls::past_cue, 0}, Entry{"spent", Cls::past_cue, 0}, Entry{"spun", Cls::past_cue, 0}, Entry{"stole", Cls::past_cue, 0}, Entry{"strove", Cls::past_cue, 0}, Entry{"stuck", Cls::past_cue, 0}, Entry{"swam", Cls::past_cue, 0}, Entry{"swept", Cls::past_cue, 0}, Entry{"taught", Cls::past_cue, 0}, Entry{"tore", Cls::past_cue, 0}, Entry{"understood", Cls::past_cue, 0}, Entry{"undertook", Cls::past_cue, 0}, Entry{"wept", Cls::past_cue, 0}, Entry{"withdrew", Cls::past_cue, 0}, Entry{"woke", Cls::past_cue, 0}, Entry{"wore", Cls::past_cue, 0}, Entry{"wove", Cls::past_cue, 0},
    Entry{"will", Cls::future_cue, 0}, Entry{"would", Cls::future_cue, 0}, Entry{"won't", Cls::future_cue, 0}, Entry{"shall", Cls::future_cue, 0}, Entry{"'ll", Cls::future_cue, 0},
    Entry{"scheduled", Cls::future_cue, 0}, Entry{"upcoming", Cls::future_cue, 0}, Entry{"next", Cls::future_cue, 0},
    Entry{"is", Cls::present_cue, 0}, Entry{"are", Cls::present_cue, 0}, Entry{"am", Cls::present_cue, 0},
    Entry{"travels", Cls::present_cue, 0}, Entry{"meets", Cls::present_cue, 0}, Entry{"visits", Cls::present_cue, 0},
    Entry{"begins", Cls::present_cue, 0}, Entry{"starts", Cls::present_cue, 0}, Entry{"opens", Cls::present_cue, 0},
    Entry{"holds", Cls::present_cue, 0}, Entry{"hosts", Cls::present_cue, 0}, Entry{"arrives", Cls::present_cue, 0},
    Entry{"leaves", Cls::present_cue, 0}, Entry{"returns", Cls::present_cue, 0}, Entry{"flies", Cls::present_cue, 0},
    Entry{"goes", Cls::present_cue, 0}, Entry{"heads", Cls::present_cue, 0}, Entry{"resumes", Cls::present_cue, 0},
    Entry{"closes", Cls::present_cue, 0}, Entry{"expires", Cls::present_cue, 0}, Entry{"takes", Cls::present_cue, 0},
    Entry{"ends", Cls::present_cue, 0}, Entry{"concludes", Cls::present_cue, 0}, Entry{"reopens", Cls::present_cue, 0},
    Entry{"convenes", Cls::present_cue, 0}, Entry{"departs", Cls::present_cue, 0}, Entry{"lands", Cls::present_cue, 0},
    // plural subjects ("the two leaders meet separately Monday"); after will, to or did the other cue wins
    Entry{"meet", Cls::present_cue, 0}, Entry{"travel", Cls::present_cue, 0}, Entry{"visit", Cls::present_cue, 0},
    Entry{"begin", Cls::present_cue, 0}, Entry{"resume", Cls::present_cue, 0}, Entry{"convene", Cls::present_cue, 0},
    Entry{"arrive", Cls::present_cue, 0}, Entry{"return", Cls::present_cue, 0}, Entry{"end", Cls::present_cue, 0},
    Entry{"start", Cls::present_cue, 0}, Entry{"conclude", Cls::present_cue, 0}, Entry{"reopen", Cls::present_cue, 0},
    Entry{"depart", Cls::present_cue, 0},
    // words after which a number is a label, not a year or a day
    Entry{"article", Cls::not_before_number, 0}, Entry{"no", Cls::not_before_number, 0}, Entry{"number", Cls::not_before_number, 0},
    Entry{"flight", Cls::not_before_number, 0}, Entry{"page", Cls::not_before_number, 0}, Entry{"stream", Cls::not_before_number, 0},
    Entry{"chapter", Cls::not_before_number, 0}, Entry{"section", Cls::not_before_number, 0}, Entry{"resolution", Cls::not_before_number, 0},
    Entry{"route", Cls::not_before_number, 0}, Entry{"room", Cls::not_before_number, 0}, Entry{"boeing", Cls::not_before_number, 0},
    Entry{"windows", Cls::not_before_number, 0}, Entry{"version", Cls::not_before_number, 0}, Entry{"model", Cls::not_before_number, 0},
    Entry{"highway", Cls::not_before_number, 0}, Entry{"vol", Cls::not_before_number, 0}, Entry{"pp", Cls::not_before_number, 0},
    Entry{"dow", Cls::not_before_number, 0}, Entry{"index", Cls::not_before_number, 0}, Entry{"nasdaq", Cls::not_before_number, 0},
    // nouns after which a number is a count ("2000 troops")
    Entry{"percent", Cls::not_before_number, 2}, Entry{"people", Cls::not_before_number, 2},
    Entry{"troops", Cls::not_before_number, 2}, Entry{"soldiers", Cls::not_before_number, 2},
    Entry{"km", Cls::not_before_number, 2}, Entry{"kilometers", Cls::not_before_number, 2},
    Entry{"kilometres", Cls::not_before_number, 2}, Entry{"miles", Cls::not_before_number, 2},
    Entry{"meters", Cls::not_before_number, 2}, Entry{"metres", Cls::not_before_number, 2},
    Entry{"tons", Cls::not_before_number, 2}, Entry{"tonnes", Cls::not_before_number, 2},
    Entry{"feet", Cls::not_before_number, 2}, Entry{"dollars", Cls::not_before_number, 2},
    Entry{"euros", Cls::not_before_number, 2}, Entry{"points", Cls::not_before_number, 2},
    Entry{"shares", Cls::not_before_number, 2}, Entry{"votes", Cls::not_before_number, 2},
};
// clang-format on

// The same rows sorted by word, so that a lookup is a binary search (sorted at compile time).
inline constexpr auto entries = [] {
    auto a = entries_unsorted;
    std::sort(a.begin(), a.end(), [](const Entry& x, const Entry& y) { return x.word < y.word; });
    return a;
}();

// The words that may follow "a second" when it is a unit of time ("a second later", "a second or
// two"); any other word makes it an ordinal ("a second round").
inline constexpr std::array<std::string_view, 20> after_one_second{
    "or", "and", "of", "in", "to", "for", "at", "on", "with", "before", "after", "later", "earlier",
    "ago", "longer", "more", "than", "when", "as", "too"};
// Before "last", a word that makes it the verb ("will last ten days"), not "the last ten days".
inline constexpr std::array<std::string_view, 12> before_verb_last{
    "will", "would", "to", "could", "can", "may", "might", "should", "must", "did", "does", "not"};

// A year in words starts with the number of its century: "eighteen" to "twenty" ("nineteen
// ninety-six", "twenty twenty-two"); src/temporal/scan_calendar.cpp, spelled_year.
inline constexpr int spelled_century_min = 18;
inline constexpr int spelled_century_max = 20;

// "the year" (src/temporal/scan_relative.cpp, the_year): the words between "the" and "year", the
// words after it that make it the twelve months up to a day ("the year ended Sept. 30"), and the
// words after it that make it some other year ("the year when", "the year 1998", "the year of").
inline constexpr std::array<std::string_view, 4> year_qualifiers{"full", "fiscal", "calendar", "entire"};
inline constexpr std::array<std::string_view, 3> year_period_ends{"ended", "ending", "through"};
// A relative word between "the" and a qualified year ("the current fiscal year", "the latest
// fiscal year"): the years from the article's, by Rel (last, next, this, coming, past, previous,
// following, current, latest). The latest fiscal year is the last one closed. scan_report.cpp.
inline constexpr std::array<std::int8_t, 9> qualified_year_shifts{-1, 1, 0, 1, -1, -1, 1, 0, -1};
inline constexpr std::array<std::string_view, 8> not_after_the_year{
    "when", "that", "of", "which", "before", "after", "'s", "\u2019s"};

// Before "a"/"per" and a unit, how often in each: "twice a day", "once per week" (a SET; scan_count.cpp, set).
inline constexpr std::array<std::string_view, 3> frequency_words{"once", "twice", "thrice"};

// Approximators that stay outside a duration or a clock time ("spent about [five hours]", "at
// about [10:35 a.m.]"): TimeML corpora tag the measure alone; before a date they stay inside
// ("about two years ago"). src/temporal/scan.cpp, best.
inline constexpr std::array<std::string_view, 1> approx_outside_measures{"about"};
// Before "a"/"an" and a unit, words that make it a rate, not a time ("$2 million a year", "700
// seats a week", "24 hours a day"): a number, a money word, or (by shape) a plural noun.
// src/temporal/scan_relative.cpp, count_units.
inline constexpr std::array<std::string_view, 5> rate_amounts{"million", "billion", "trillion", "thousand", "hundred"};
inline constexpr std::array<std::string_view, 18> not_plural_nouns{
    "is", "was", "has", "its", "this", "as", "his", "us", "yes", "lasts", "takes", "spends", "needs", "requires",
    "gets", "gives", "allows", "serves"};
// After a financial "year-ago"/"year-earlier", the nouns that belong to the expression ("the
// year-ago period", "the year-earlier quarter"); any other ("results", "level", "loss") does not,
// and neither does "the" before it ("The [year-ago] results"). scan_relative.cpp, financial.
inline constexpr std::array<std::string_view, 2> financial_period_nouns{"period", "quarter"};
// After "the" and a period noun, with or without an adjective of comparison, the words that make it
// the same period a year before ("the corresponding period last year", "the quarter a year ago").
// scan_report.cpp, financial.
inline constexpr std::array<std::string_view, 3> comparison_adjectives{"comparable", "same", "corresponding"};
inline constexpr std::array<std::string_view, 3> year_before_words{"last year", "a year ago", "a year earlier"};

// Words between a count and its unit that keep the count: "two more weeks", "an additional year".
// src/temporal/scan_count.cpp, count_units.
// ("three straight days", "two full weeks", "four consecutive years": the count's measure)
inline constexpr std::array<std::string_view, 9> count_extensions{
    "more", "additional", "extra", "further", "straight", "consecutive", "successive", "full", "whole"};
// The kinds of day between a count and "days" ("eight trading days", "ten business days", "two
// working days"): the count goes on past them and is a measure only, never a shift of the
// calendar ("in ten business days" is not ten calendar days ahead). scan_count.cpp, count_units.
inline constexpr std::array<std::string_view, 3> day_kinds{"trading", "business", "working"};
// Between two bare plurals, the words that make them one vague stretch ("within weeks or months",
// "in recent weeks and months"): TimeML tags the pair with the first unit's value. scan_count.cpp.
inline constexpr std::array<std::string_view, 2> plural_unit_joins{"or", "and"};

// After a date or a duration, the words of an open end that belong to the expression ("until 1994
// or later", "for 1990 and beyond", "over the next year or so"). src/temporal/scan.cpp, scan_sentence.
inline constexpr std::array<std::string_view, 4> open_ends{"or later", "or earlier", "and beyond", "or so"};

// After "today's" (or "tomorrow's"), nouns that make it the present (future) in general, not a day:
// "today's world", "today's youth" (TimeBank leaves these untagged). src/temporal/scan_relative.cpp, deixis.
inline constexpr std::array<std::string_view, 11> generic_after_deixis{
    "world", "youth", "society", "generation", "generations", "economy", "children", "young", "standards",
    "technology", "culture"};
// Before "of today" (or "of tomorrow"), the words that keep it the day: "as of today", "by the end
// of today", "in the early hours of today" (else "the people of today" is the present in general).
// Parts of a day and units ("hours") keep it too. src/temporal/scan_relative.cpp, generic_deixis.
inline constexpr std::array<std::string_view, 6> day_before_of_deixis{"as", "end", "start", "beginning", "middle", "close"};
// After "soon" (or "shortly"), words that make it a relation to an event ("killed soon after being
// captured", "shortly before the proposed merger"),
// not a time ahead of the article: src/temporal/scan_relative.cpp, phrase.
inline constexpr std::array<std::string_view, 5> event_relations_after_soon{"after", "afterwards", "afterward", "thereafter", "before"};
// Before "soon", the past-tense auxiliaries that make it soon after a past event ("he was soon released").
inline constexpr std::array<std::string_view, 3> past_auxiliaries{"was", "were", "had"};
// "the day before" / "the day after" followed by a word names the day next to an event ("Nov. 3,
// the day before authorities issued a warrant"), not next to the date mentioned last; these
// words (and a tense cue, "the night before was calm") continue the sentence instead.
// src/temporal/scan_relative.cpp, phrase.
inline constexpr std::array<std::string_view, 8> after_relative_day_continuations{
    "and", "or", "but", "when", "while", "as", "too", "then"};
// Before "the second day", "the eighth day" (an ordinal and "day"), the copulas that make it the
// day the sentence is about ("today is the eighth day of Desert Shield", "It's the second day of an
// offensive"): the day mentioned last, else the article's. src/temporal/scan_relative.cpp, deixis.
inline constexpr std::array<std::string_view, 4> copulas_before_ordinal_day{"is", "was", "'s", "\u2019s"};
// Before "one day", the modal verbs that make it some day ahead ("Islam will one day be the second
// largest religion"), not a duration. src/temporal/scan_relative.cpp, phrase (Phrase::after_modal).
inline constexpr std::array<std::string_view, 9> modal_verbs{
    "will", "would", "could", "may", "might", "can", "shall", "should", "must"};
// Before "noon", words that make it an idiom ("high noon"), not a clock time. scan_clock.cpp.
inline constexpr std::array<std::string_view, 1> noon_idioms{"high"};
// Opening quotes: after one, a time word in title case is a name ("This Week", "60 Minutes").
// src/temporal/find.cpp.
inline constexpr std::array<std::string_view, 5> opening_quotes{"\"", "``", "''", "\u201c", "'"};

// Parts of the day in the plural, which make a weekday before them a set ("Tuesday nights":
// every Tuesday night; "Monday and Tuesday nights"), with their TIMEX3 codes.
// src/temporal/scan_calendar.cpp, weekday.
struct PluralPartOfDay {
    std::string_view word;
    std::string_view code;
};
inline constexpr std::array<PluralPartOfDay, 4> plural_parts_of_day{
    {{"mornings", "MO"}, {"afternoons", "AF"}, {"evenings", "EV"}, {"nights", "NI"}}};

// Plural weekdays counted back: "two Sundays ago" is the Sunday a week before the last one
// (scan_count.cpp, count_units); value: Sunday = 0.
struct PluralWeekday {
    std::string_view word;
    int weekday;
};
inline constexpr std::array<PluralWeekday, 7> plural_weekdays{{{"sundays", 0}, {"mondays", 1}, {"tuesdays", 2},
                                                               {"wednesdays", 3}, {"thursdays", 4}, {"fridays", 5},
                                                               {"saturdays", 6}}};

// Time zones after a clock time ("5 p.m. EST", "0800 GMT"); src/temporal/scan_calendar.cpp.
inline constexpr std::array<std::string_view, 10> time_zones{"est", "edt", "gmt", "utc", "cst", "pst", "cet", "bst", "msk", "eet"};

// Units that are plural nouns of a count ("units" class) and the TIMEX3 letter of each unit.
inline constexpr std::array<char, 13> unit_letters{'S', 'M', 'H', 'D', 'W', 'D', 'M', 'Q', 'H', 'S', 'Y', 'E', 'C'};
constexpr bool is_clock_unit(Unit u) noexcept { return u <= Unit::hour; }

// Season codes (TIMEX3) in Cls::season value order.
inline constexpr std::array<std::string_view, 4> season_codes{"SP", "SU", "FA", "WI"};

// Multi-word reference expressions and fixed phrases. Longest first within the same first word
// is not needed: the scanner tries every row and keeps the longest match.
enum class PhraseKind : std::uint8_t {
    ref,           // value is a literal (PRESENT_REF ...)
    dct_days,      // amount days from the article date
    anaphor_days,  // amount days from the last mentioned date
    anaphor_unit,  // amount `unit`s from the last mentioned date, unit precision
    dct_unit,      // amount `unit`s from the article date, unit precision
    duration,      // value is a literal duration
};

struct Phrase {
    std::string_view words;  // lower case, single spaces
    PhraseKind kind;
    std::string_view value;  // for ref and duration: the value; for anaphor_days: a part of day ("NI")
    std::int8_t amount = 0;
    Unit unit = Unit::day;
    bool only_ahead = false;  // ref: ahead of the article date, so never next to a past-tense verb ("was soon released")
    bool after_modal = false; // only right after a modal verb ("will one day be": some day ahead; else "one day" is a duration)
    bool no_article = false;  // never right after "a"/"an" ("an overnight stay": a kind of stay, not a night)
    std::string_view mod{};   // the TIMEX3 mod of the value ("midweek": MID)
};

// clang-format off
inline constexpr std::array phrases{
    Phrase{"now", PhraseKind::ref, "PRESENT_REF"}, Phrase{"right now", PhraseKind::ref, "PRESENT_REF"},
    Phrase{"currently", PhraseKind::ref, "PRESENT_REF"}, Phrase{"at the moment", PhraseKind::ref, "PRESENT_REF"},
    Phrase{"at present", PhraseKind::ref, "PRESENT_REF"}, Phrase{"these days", PhraseKind::ref, "PRESENT_REF"},
    Phrase{"nowadays", PhraseKind::ref, "PRESENT_REF"}, Phrase{"at this time", PhraseKind::ref, "PRESENT_REF"},
    Phrase{"recently", PhraseKind::ref, "PAST_REF"}, Phrase{"lately", PhraseKind::ref, "PAST_REF"},
    // the reworded forms of "now", "soon" and "recently" in scraped text (not "presently": TimeML
    // leaves "We are presently searching" untagged)
    Phrase{"as we speak", PhraseKind::ref, "PRESENT_REF"},
    Phrase{"shortly", PhraseKind::ref, "FUTURE_REF", 0, Unit::day, true}, Phrase{"before long", PhraseKind::ref, "FUTURE_REF", 0, Unit::day, true},
    Phrase{"not too long ago", PhraseKind::ref, "PAST_REF"},
    Phrase{"recent", PhraseKind::ref, "PAST_REF"}, Phrase{"the past", PhraseKind::ref, "PAST_REF"},
    Phrase{"formerly", PhraseKind::ref, "PAST_REF"}, Phrase{"more recently", PhraseKind::ref, "PAST_REF"},
    // an indefinite stretch of the past, not a measured one (TimeBank: "in recent years")
    Phrase{"recent years", PhraseKind::ref, "PAST_REF"}, Phrase{"past years", PhraseKind::ref, "PAST_REF"},
    Phrase{"soon", PhraseKind::ref, "FUTURE_REF", 0, Unit::day, true}, Phrase{"the future", PhraseKind::ref, "FUTURE_REF"},
    Phrase{"the near future", PhraseKind::ref, "FUTURE_REF"}, Phrase{"the near term", PhraseKind::ref, "FUTURE_REF"},
    Phrase{"the short term", PhraseKind::ref, "FUTURE_REF"}, Phrase{"the long term", PhraseKind::ref, "FUTURE_REF"},
    Phrase{"a later date", PhraseKind::ref, "FUTURE_REF"},  // not "as soon as possible": TimeML leaves it untagged
    Phrase{"current", PhraseKind::ref, "PRESENT_REF"}, Phrase{"then current", PhraseKind::ref, "PAST_REF"},
    Phrase{"one day", PhraseKind::ref, "FUTURE_REF", 0, Unit::day, true, true},
    Phrase{"the day before yesterday", PhraseKind::dct_days, {}, -2},
    Phrase{"the day after tomorrow", PhraseKind::dct_days, {}, 2},
    Phrase{"the next day", PhraseKind::anaphor_days, {}, 1}, Phrase{"the following day", PhraseKind::anaphor_days, {}, 1},
    Phrase{"the day after", PhraseKind::anaphor_days, {}, 1}, Phrase{"the same day", PhraseKind::anaphor_days, {}, 0},
    Phrase{"that same day", PhraseKind::anaphor_days, {}, 0}, Phrase{"that day", PhraseKind::anaphor_days, {}, 0},
    Phrase{"the day before", PhraseKind::anaphor_days, {}, -1}, Phrase{"the previous day", PhraseKind::anaphor_days, {}, -1},
    Phrase{"the preceding day", PhraseKind::anaphor_days, {}, -1}, Phrase{"the next morning", PhraseKind::anaphor_days, "MO", 1},
    Phrase{"the following morning", PhraseKind::anaphor_days, "MO", 1}, Phrase{"the night before", PhraseKind::anaphor_days, "NI", -1},
    Phrase{"the next afternoon", PhraseKind::anaphor_days, "AF", 1}, Phrase{"the following afternoon", PhraseKind::anaphor_days, "AF", 1},
    Phrase{"the next evening", PhraseKind::anaphor_days, "EV", 1}, Phrase{"the following evening", PhraseKind::anaphor_days, "EV", 1},
    Phrase{"the next night", PhraseKind::anaphor_days, "NI", 1}, Phrase{"the following night", PhraseKind::anaphor_days, "NI", 1},
    Phrase{"the previous morning", PhraseKind::anaphor_days, "MO", -1}, Phrase{"the previous afternoon", PhraseKind::anaphor_days, "AF", -1},
    Phrase{"the previous night", PhraseKind::anaphor_days, "NI", -1}, Phrase{"the previous evening", PhraseKind::anaphor_days, "EV", -1},
    Phrase{"the evening before", PhraseKind::anaphor_days, "EV", -1}, Phrase{"that night", PhraseKind::anaphor_days, "NI", 0},
    Phrase{"that evening", PhraseKind::anaphor_days, "EV", 0}, Phrase{"that morning", PhraseKind::anaphor_days, "MO", 0},
    Phrase{"that afternoon", PhraseKind::anaphor_days, "AF", 0},
    Phrase{"the same morning", PhraseKind::anaphor_days, "MO", 0}, Phrase{"the same afternoon", PhraseKind::anaphor_days, "AF", 0},
    Phrase{"the same evening", PhraseKind::anaphor_days, "EV", 0}, Phrase{"the same night", PhraseKind::anaphor_days, "NI", 0},
    Phrase{"overnight", PhraseKind::anaphor_days, "NI", -1, Unit::day, false, false, true},  // the night before the day mentioned last
    Phrase{"the following week", PhraseKind::anaphor_unit, {}, 1, Unit::week},
    Phrase{"the following month", PhraseKind::anaphor_unit, {}, 1, Unit::month},
    Phrase{"the following year", PhraseKind::anaphor_unit, {}, 1, Unit::year},
    Phrase{"the previous week", PhraseKind::anaphor_unit, {}, -1, Unit::week},
    Phrase{"the previous month", PhraseKind::anaphor_unit, {}, -1, Unit::month},
    Phrase{"the previous year", PhraseKind::anaphor_unit, {}, -1, Unit::year},
    Phrase{"the previous quarter", PhraseKind::anaphor_unit, {}, -1, Unit::quarter},
    // "The envoy arrived on March 3. The week before, he had been in Paris." (followed by a word
    // that continues the sentence only: "the week before the vote" is next to the vote). Not "the
    // year before": TimeML leaves the comparison of results untagged ("down from $450 million the
    // year before").
    Phrase{"the week before", PhraseKind::anaphor_unit, {}, -1, Unit::week},
    Phrase{"the month before", PhraseKind::anaphor_unit, {}, -1, Unit::month},
    Phrase{"the week after", PhraseKind::anaphor_unit, {}, 1, Unit::week},
    Phrase{"the month after", PhraseKind::anaphor_unit, {}, 1, Unit::month},
    Phrase{"the same week", PhraseKind::anaphor_unit, {}, 0, Unit::week}, Phrase{"that same week", PhraseKind::anaphor_unit, {}, 0, Unit::week},
    Phrase{"the same month", PhraseKind::anaphor_unit, {}, 0, Unit::month}, Phrase{"that same month", PhraseKind::anaphor_unit, {}, 0, Unit::month},
    Phrase{"the same year", PhraseKind::anaphor_unit, {}, 0, Unit::year}, Phrase{"that same year", PhraseKind::anaphor_unit, {}, 0, Unit::year},
    Phrase{"that week", PhraseKind::anaphor_unit, {}, 0, Unit::week},
    Phrase{"that month", PhraseKind::anaphor_unit, {}, 0, Unit::month},
    Phrase{"that year", PhraseKind::anaphor_unit, {}, 0, Unit::year},
    Phrase{"that quarter", PhraseKind::anaphor_unit, {}, 0, Unit::quarter},
    // the middle of the article's week or month ("by midweek", "a mid-month deadline")
    Phrase{"midweek", PhraseKind::dct_unit, {}, 0, Unit::week, false, false, false, "MID"},
    Phrase{"mid - week", PhraseKind::dct_unit, {}, 0, Unit::week, false, false, false, "MID"},
    Phrase{"midmonth", PhraseKind::dct_unit, {}, 0, Unit::month, false, false, false, "MID"},
    Phrase{"mid - month", PhraseKind::dct_unit, {}, 0, Unit::month, false, false, false, "MID"},
    Phrase{"the week before last", PhraseKind::dct_unit, {}, -2, Unit::week},
    Phrase{"the month before last", PhraseKind::dct_unit, {}, -2, Unit::month},
    Phrase{"the year before last", PhraseKind::dct_unit, {}, -2, Unit::year},
    Phrase{"the week after next", PhraseKind::dct_unit, {}, 2, Unit::week},
    Phrase{"the month after next", PhraseKind::dct_unit, {}, 2, Unit::month},
    Phrase{"the year after next", PhraseKind::dct_unit, {}, 2, Unit::year},
    Phrase{"a while", PhraseKind::duration, "PXX"}, Phrase{"some time", PhraseKind::duration, "PXX"},
    Phrase{"a fortnight", PhraseKind::duration, "P2W"}, Phrase{"the past fortnight", PhraseKind::duration, "P2W"},
    Phrase{"the last fortnight", PhraseKind::duration, "P2W"}, Phrase{"a fortnight ago", PhraseKind::dct_days, {}, -14},
    // within the day mentioned last (or the article's): "Talks opened on Monday. Hours later, ..."
    Phrase{"hours later", PhraseKind::anaphor_days, {}, 0}, Phrase{"hours earlier", PhraseKind::anaphor_days, {}, 0},
    Phrase{"minutes later", PhraseKind::anaphor_days, {}, 0}, Phrase{"moments later", PhraseKind::anaphor_days, {}, 0},
    Phrase{"a fortnight later", PhraseKind::anaphor_days, {}, 14}, Phrase{"a fortnight earlier", PhraseKind::anaphor_days, {}, -14},
};
// clang-format on

}  // namespace crisis::temporal
