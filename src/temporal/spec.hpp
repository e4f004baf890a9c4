// temporal/spec: the internal pieces shared by the scanner (recognition), the anchor (tense and
// reference dates) and the resolver (normalisation to TIMEX3 values).
#pragma once

#include "temporal/lexicon.hpp"

#include <crisis/temporal.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::temporal {

// The values of a token without lexicon classes (Tok::values).
inline constexpr std::array<std::int8_t, static_cast<std::size_t>(Cls::count)> no_values{};

// One token with what the lexicon knows about it (56 bytes: the values are shared by every token
// of the same word).
struct Tok {
    Span span;
    std::string_view lower;     // lower-cased text (a view into a lower-cased copy of the text)
    std::uint64_t hash = 0;     // WordIndex::hash(lower)
    const std::int8_t* values = no_values.data();  // value per Cls, the lexicon's row for the word
    std::uint32_t classes = 0;  // bit per Cls
    int number = -1;            // value of a plain number token ("17", "26th", "1990s"), else -1
    TokenKind kind = TokenKind::word;
    bool capitalised = false;
    bool glued_next = false;    // no space between this token and the next one
    std::uint8_t digits = 0;    // digits of that number
    char suffix = 0;            // 'o' ordinal suffix (26th), 's' plural (1990s), 0 none
    bool begins = false;        // an expression may begin here (the scan's gate), set once by make_tokens

    [[nodiscard]] bool is(Cls c) const noexcept { return (classes >> static_cast<unsigned>(c)) & 1U; }
    [[nodiscard]] int value(Cls c) const noexcept { return values[static_cast<std::size_t>(c)]; }
};

// Builds the token view of a whole article (`lowered` must outlive the result).
[[nodiscard]] std::vector<Tok> make_tokens(const Segmentation& seg, std::string_view text, std::string_view lowered);
// The same into `out` (its previous tokens are dropped; its capacity is kept for the next article).
void make_tokens_into(const Segmentation& seg, std::string_view lowered, std::vector<Tok>& out);

// How a calendar expression finds its date.
enum class Anchor : std::uint8_t {
    literal,   // a fixed value string: PRESENT_REF, P3D, P1W ...
    absolute,  // the text gives the year ("December 17, 2021", "2014", "the 1990s")
    dct,       // shifted from the article date ("yesterday", "last month", "two days ago")
    previous,  // shifted from the date last mentioned ("the next day", "two days later")
    partial,   // a month, day, weekday, season or quarter without a year: direction decides
};

// Which occurrence of a partial date ("Friday", "December 17", "the third quarter") is meant.
enum class Direction : std::uint8_t {
    tense,        // from the tense of the clause
    on_or_before, // past tense: the most recent one, the article's own day included
    mostly_before,// past tense for days and months: on_or_before unless the next one is much closer
    mostly_after, // future tense for days and months: on_or_after unless the last one is much closer
    before,       // "last Friday": strictly before the article date
    on_or_after,  // future tense, for months and longer
    after,        // "next Friday", future tense for weekdays: strictly after
    this_,        // "this Saturday": in the article's week (or year for months and seasons)
    nearest,      // no cue: the closest one
};

// Which order a numeric date's day and month come in, as far as the date itself shows: "17/12/2021"
// can only be day first, "12/17/2021" only month first, "10/5/2021" either (read day first unless
// another date of the article shows month first: find.cpp, numeric_order).
enum class NumericOrder : std::uint8_t { none, either, day_first, month_first };

// What the scanner understood of one expression, before any date is computed.
struct Spec {
    Anchor anchor = Anchor::literal;
    TimexType type = TimexType::date;
    std::string literal;                 // Anchor::literal
    Unit precision = Unit::day;          // the unit of the result
    int year = 0;                        // absolute: the year (decade: 199, century: 19)
    unsigned month = 0, day = 0;         // 0 = not given
    int weekday = -1;                    // 0..6, Sunday = 0 (dct, shifted by weeks: that day of the week found)
    int nth = 0;                         // a holiday on the nth weekday of its month (1..5, -1 the last)
    int nth_weekday = 0;                 // that weekday, 0..6
    Easter easter = Easter::none;        // a holiday counted from Easter Sunday ...
    int easter_days = 0;                 // ... this many days after it (Good Friday: -2)
    int sub = 0;                         // quarter 1..4, half 1..2, season 0..3
    int amount = 0;                      // dct/previous: shift by amount units
    Unit unit = Unit::day;
    bool keep_anchor_precision = false;  // "two days later": the precision of the anchor date
    std::optional<int> fallback_amount;  // previous: the shift from the article date when nothing was mentioned
    std::optional<Precision> refer_to;   // anchor on the last mentioned date of this precision when there is one
    bool refer_if_past = false;          // refer_to only in a past clause ("by the end of the month": in a future one, the article's)
    bool refer_by_tense = false;         // refer_to only a date on the tense's side of the article's ("arrived at 4 a.m.")
    bool comparison = false;             // "a year earlier": does not move the reference date
    bool duration_if_past = false;       // "in two weeks": a date, but a duration in a past-tense clause
    bool past_ref_if_past = false;       // "days later" (FUTURE_REF): in a past clause, a time that has passed
    bool weekend = false;                // "the weekend": value 2022-W04-WE
    bool week_of = false;                // "the week of March 6": the week of that day
    bool range_end = false;              // "Jan. 12-13": the second day, in the year of the first
    int day_shift = 0;                   // "the day before last Tuesday": days from the date found
    Direction direction = Direction::tense;
    std::string_view part_of_day;        // "MO", "AF", "EV", "NI"
    bool today_included = false;         // "later on Tuesday": in a future clause the article's own day counts
    int hour = -1, minute = 0;           // clock time
    std::string_view mod;                // TIMEX3 mod
    NumericOrder numeric_order = NumericOrder::none;  // a numeric date: what its numbers show of its order
    NumericOrder written_order = NumericOrder::none;  // a day with its month in words: "Feb. 22" month first, "22 February" day first
};

// A spec with a fixed value ("PRESENT_REF", "P3D"), and one shifted from a reference date.
[[nodiscard]] inline Spec literal(TimexType type, std::string value) {
    Spec s;
    s.type = type;
    s.literal = std::move(value);
    return s;
}
[[nodiscard]] inline Spec shifted(Anchor anchor, int amount, Unit unit, Unit precision) {
    Spec s;
    s.anchor = anchor;
    s.amount = amount;
    s.unit = unit;
    s.precision = precision;
    return s;
}

// One recognised expression: a token range [first, last) and its meaning.
struct Match {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    Spec spec;
};

// Recognition: every expression of one sentence, left to right, without overlaps.
void scan_sentence(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last, std::vector<Match>& out);

// A past participle by its shape or as a known past form ("completed", "held"; not "proposed").
[[nodiscard]] bool participle(const Tok& t) noexcept;
// Whether the verb nearest before tokens [at_begin, ...) is an infinitive ("agreed to meet in two
// weeks"): the expression then looks ahead of the governing verb's tense.
[[nodiscard]] bool governed_by_infinitive(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept;
// Whether the date at token at_begin closes a period that is over ("the quarter ended Oct. 31").
[[nodiscard]] bool closes_ended_period(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept;
// Whether the date at token at_begin, in a past clause, is over by the article's date however near
// its next occurrence is: the moment of a past verb ("The offensive began on 24 February"), a date
// in a past perfect ("had warned the OSCE in February"), or after "since". (A past clause may
// otherwise report a plan: "told the companies of a cutback in September".)
[[nodiscard]] bool settled_past(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept;
// What the verb after a date that opens its sentence (after "on" or "in") says of it: `past`, the
// moment of a past verb after its subject ("On 24 February, troops crossed the border": over by the
// article's date, see settled_past); `plan`, a plan told in the past ("In March, the army was to
// hold drills"); `none`, neither, or the date does not open the sentence.
enum class FrontedVerb : std::uint8_t { none, past, plan };
[[nodiscard]] FrontedVerb fronted_verb(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last,
                                       std::uint32_t at_begin, std::uint32_t at_end) noexcept;
// The tense of the clause around tokens [at_begin, at_end): the nearest cue on the left, else on
// the right. -1 past, +1 future, 2 present (only present-tense cues), plan_tense (a plan reported
// in the past: "agreed to meet on Friday", either side of the article date), 0 none found.
inline constexpr int plan_tense = 3;
[[nodiscard]] int clause_tense(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last,
                               std::uint32_t at_begin, std::uint32_t at_end) noexcept;

// Calendar arithmetic (calendar.cpp).
[[nodiscard]] CalendarDate period_of(date::sys_days day, Unit precision) noexcept;
[[nodiscard]] date::sys_days shift(date::sys_days day, int amount, Unit unit) noexcept;
// Easter Sunday of `year` (the Gregorian day; Easter::orthodox: of the Julian computus).
[[nodiscard]] date::sys_days easter_sunday(int year, Easter kind) noexcept;
[[nodiscard]] Unit unit_of(Precision p) noexcept;
[[nodiscard]] Precision precision_of(Unit u) noexcept;

// The dates mentioned so far in the article: the last one, and the last one of each precision.
struct References {
    std::optional<CalendarDate> any;
    std::array<std::optional<CalendarDate>, 9> by_precision;

    void note(const CalendarDate& d) {
        any = d;
        by_precision[static_cast<std::size_t>(d.precision)] = d;
    }
    [[nodiscard]] const std::optional<CalendarDate>& of(Precision p) const noexcept {
        return by_precision[static_cast<std::size_t>(p)];
    }
};

struct Resolved {
    TimexType type = TimexType::date;
    std::string value;
    std::optional<CalendarDate> date;
    bool anchored_on_dct = false;
};

// Normalisation: the TIMEX3 value of a spec, given the article date, the date last mentioned
// and the clause tense.
[[nodiscard]] std::optional<Resolved> resolve(const Spec& spec, date::sys_days dct, const References& refs, int tense);

}  // namespace crisis::temporal
