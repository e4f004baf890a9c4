// temporal/lexicon_unsaid: the words of what an expression leaves unsaid and takes from the text
// before it or from the article date: the month of "on the 24th", the date of "three weeks after
// that", the period of "the end of the month"; and what makes "the early hours" no duration.
// Data, read by the scan_*.cpp recognisers; scanner.hpp includes it.
#pragma once

#include "temporal/lexicon.hpp"

#include <crisis/temporal.hpp>  // Precision

#include <array>
#include <string_view>

namespace crisis::temporal {

// Before a bare "hours", words that make it a time of night rather than a duration: "in the early
// hours", "the small hours" (scan_count.cpp, count_start). TE3 leaves these untagged.
inline constexpr std::array<std::string_view, 3> not_before_bare_hours{"early", "small", "wee"};

// After "before" or "after" a count, the words that stand for the date mentioned last when the
// clause ends with them: "three weeks after that", "two days before this" (scan_count.cpp).
inline constexpr std::array<std::string_view, 2> anaphoric_objects{"that", "this"};

// "on the 24th": an ordinal day without its month is a date only after one of these words and
// before the end of its clause or one of the words after it (not "on the 5th floor", "the 1st
// Armoured Division"). scan_calendar.cpp, bare_day.
inline constexpr std::array<std::string_view, 8> bare_day_before{"on", "by", "until", "till", "since", "from", "before", "after"};
inline constexpr std::array<std::string_view, 22> bare_day_after{
    "at", "in", "and", "or", "when", "as", "after", "before", "but", "the", "a", "an",
    "he", "she", "it", "they", "we", "his", "her", "its", "their", "to"};

// "the month", "the week", "the decade" where a part of it is meant ("by the end of the month", "the
// second half of the week", "by the end of the decade"): the unit and the precision of the period
// mentioned last that it may mean (scan_report.cpp, the_unit). Alone, "the month" and "the week" are
// too often some other one.
struct UnitReference {
    std::string_view word;
    Unit unit;
    Precision precision;
};
inline constexpr std::array<UnitReference, 3> unit_references{{
    {"month", Unit::month, Precision::month}, {"week", Unit::week, Precision::week},
    {"decade", Unit::decade, Precision::decade}}};

// "the first week of March", "the last days of December", "in the first weeks of 2022": after
// "the first" or "the last", the parts of a month (or decade) that make it that period's start or
// end (scan_quarter.cpp, part_of; "half" also takes "second").
inline constexpr std::array<std::string_view, 4> first_last_parts{"week", "weeks", "days", "months"};

// "2014-15", "in 1990-91,": what may follow the two digits of the second year of a short range,
// glued to them (scan.cpp, short_range_year); not "-", "%" or more digits.
inline constexpr std::array<std::string_view, 6> short_range_ends{",", ".", ";", ":", ")", "'s"};

// Between two dates, the words that make them the two ends of one range: "from Monday to Friday",
// "January through March", "February 10 to 20"; and "and" ("between January and March",
// "between 10 and 20 February"). scan.cpp, is_range_word: the days of a range; find.cpp,
// order_range: ends that the tense resolves apart keep the range's order.
inline constexpr std::array<std::string_view, 7> range_links{"to", "-", "\u2013", "through", "thru", "until", "till"};
// The marks that, right after the second day of "February 10 to 20", make it part of something
// else: a clock time ("10 to 12:30") or a numeric date ("April 27 and 3/14/2020"). scan.cpp,
// ends_range_day.
inline constexpr std::array<std::string_view, 4> range_day_blockers{":", "/", "-", "%"};

// After "overnight", the words before the day whose night it ends ("overnight into Thursday"):
// scan_relative.cpp, night_into.
inline constexpr std::array<std::string_view, 2> night_into_words{"into", "to"};
// After "Tuesday week" (a week after the coming Tuesday, British), the words that let "week" end
// the expression rather than begin a noun phrase ("on Tuesday week talks resume" aside, which is
// rare): punctuation, the sentence's end, or one of these. scan_calendar.cpp, weekday.
inline constexpr std::array<std::string_view, 10> after_weekday_week{"in", "at", "on", "and", "or", "to", "for", "with", "when", "as"};

}  // namespace crisis::temporal
