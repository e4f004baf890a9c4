// temporal/scan_count: counts of units (durations, "two days ago", "in three weeks") and sets.
#include "temporal/scanner.hpp"

#include <algorithm>
#include <array>

namespace crisis::temporal {

namespace {

// "P50Y": a count of years as a duration (appended piece by piece: GCC 12 warns, wrongly, of an
// overlapping copy in `"P" + std::to_string(n)` where it inlines it).
std::string years_value(int years) {
    std::string v = "P";
    v += std::to_string(years);
    v += 'Y';
    return v;
}

std::string duration_value(std::optional<int> n, Unit u, bool half = false);

// "P3D", "PT8H", "PXM": the TIMEX3 value of a count of units.
// The next smaller unit that half of `u` is written in ("P2Y6M", "PT5H30M"), if any.
struct HalfOf {
    Unit unit;
    const char* half;
};
constexpr std::array<HalfOf, 5> halves{{
    {Unit::year, "6M"}, {Unit::day, "T12H"}, {Unit::hour, "30M"}, {Unit::minute, "30S"}, {Unit::month, "15D"},
}};

// The units whose half a date is shifted by, in the next smaller unit that the shifted date is
// then given in: "a year and a half ago" is 18 months back, a month. A date is shifted from the
// start of its period by whole units, so the half of a month, a week or a day is dropped ("a
// month and a half ago" is the month of "a month ago").
struct HalfShift {
    Unit unit, smaller;
    int per_unit;
};
constexpr std::array<HalfShift, 3> half_shifts{{
    {Unit::year, Unit::month, 12}, {Unit::decade, Unit::year, 10}, {Unit::century, Unit::year, 100},
}};

std::string duration_value(std::optional<int> n, Unit u, bool half) {
    if (half && n == 0) {  // "half a century", "half an hour": the half alone
        if (u == Unit::decade) return "P5Y";
        if (u == Unit::century) return "P50Y";
        for (const HalfOf& h : halves) {
            if (h.unit != u) continue;
            const std::string_view prefix = h.half[0] == 'T' || !is_clock_unit(u) ? "P" : "PT";  // "PT12H", "P6M", "PT30M"
            return std::string(prefix) + h.half;
        }
    }
    if (half && n) {
        if (u == Unit::decade) return years_value(*n * 10 + 5);
        for (const HalfOf& h : halves)
            if (h.unit == u) return duration_value(n, u) + h.half;
    }
    std::string v = is_clock_unit(u) ? "PT" : "P";
    v += n ? std::to_string(*n) : "X";
    if (u == Unit::decade) return v == "PX" ? "PXE" : years_value(*n * 10);
    if (u == Unit::century) return n ? years_value(*n * 100) : "PXC";
    v += unit_letters[static_cast<std::size_t>(u)];
    return v;
}

// A shift of a date by a count of units: how many of which unit, and the precision of the date
// it gives. Decades and centuries shift by years; clock units give a day; "and a half" shifts by
// the smaller unit of half_shifts, when the unit has a row.
struct Shift {
    int amount;
    Unit unit, precision;
};
Shift shift_of(int n, Unit u, bool half) noexcept {
    if (half)
        for (const HalfShift& h : half_shifts)
            if (h.unit == u) return {n * h.per_unit + h.per_unit / 2, h.smaller, h.smaller};
    const Unit p = is_clock_unit(u) ? Unit::day : u == Unit::decade || u == Unit::century ? Unit::year : u;
    if (u == Unit::decade || u == Unit::century) return {n * (u == Unit::decade ? 10 : 100), Unit::year, p};
    return {n, u, p};
}

}  // namespace

std::optional<Scanner::Count> Scanner::count(std::uint32_t k) const noexcept {
    const Tok* t = at(k);
    if (!t) return std::nullopt;
    if (t->kind == TokenKind::number) {
        if (t->number < 0 || t->suffix || t->digits > 4) return std::nullopt;
        // "2 1/2 years"
        if (at(k + 1) && toks[k + 1].number == 1 && word(k + 2, "/") && at(k + 3) && toks[k + 3].number == 2 &&
            glued(k + 1) && glued(k + 2))
            return Count{k + 4, t->number, true};
        return and_a_half(Count{k + 1, t->number});
    }
    if (t->is(Cls::number)) {
        int n = t->value(Cls::number);
        std::uint32_t e = k + 1;
        // "twenty-four", "twenty four"
        const std::uint32_t units = hyphen_after(k) ? k + 2 : k + 1;
        if (n >= 20 && n < 100 && n % 10 == 0 && is(units, Cls::number) && value(units, Cls::number) < 10 &&
            value(units, Cls::number) > 0)
            n += value(units, Cls::number), e = units + 1;
        return and_a_half(Count{e, n});
    }
    if (t->lower == "half" && (word(k + 1, "a") || word(k + 1, "an"))) return Count{k + 2, 0, true};  // "half a century"
    if (t->lower == "a" || t->lower == "an") {
        if (word(k + 1, "few")) return Count{k + 2, std::nullopt};
        if (word(k + 1, "couple") && word(k + 2, "of")) return Count{k + 3, 2};
        if (word(k + 1, "dozen")) return Count{k + 2, 12};
        return Count{k + 1, 1};
    }
    if (t->is(Cls::fuzzy_count) && t->value(Cls::fuzzy_count) == 0) return Count{k + 1, std::nullopt};
    if (t->lower == "couple" && word(k + 1, "of")) return Count{k + 2, 2};  // "the next couple of years"
    return std::nullopt;
}

// "two days ago", "eight hours", "a week earlier", "in three days", "two-year", "the past two months", "recent weeks"
// "a five year plan", "a two day visit": a singular unit before a noun is an adjective.
bool Scanner::unit_as_adjective(const Count& c, std::uint32_t e) const noexcept {
    return c.n && *c.n > 1 && e + 1 < last && toks[e + 1].kind == TokenKind::word && !toks[e + 1].capitalised &&
           !is(e + 1, Cls::shift_after) && !word(e + 1, "old");
}

// "three and a half (years)": the count goes on past "and a half".
Scanner::Count Scanner::and_a_half(Count c) const noexcept {
    if (word(c.end, "and") && word(c.end + 1, "a") && word(c.end + 2, "half")) return Count{c.end + 3, c.n, true};
    return c;
}

// "a"/"an" at k and a unit ending before e make a rate when an amount or a plural noun comes
// before ("$2 million a year", "700 seats a week", "24 hours a day") and no shift follows
// ("a year ago", "a week from now").
bool Scanner::rate_before(std::uint32_t k, std::uint32_t e) const noexcept {
    if ((!word(k, "a") && !word(k, "an")) || !before(k) || is(e, Cls::shift_after) || word(e, "from")) return false;
    const Tok& p = *before(k);
    if (p.kind == TokenKind::number || p.is(Cls::number)) return true;
    if (in(rate_amounts, p.lower)) return true;
    return p.kind == TokenKind::word && !p.capitalised && p.lower.size() > 3 && p.lower.back() == 's' && !p.is(Cls::past_cue) &&
           !in(not_plural_nouns, p.lower);
}

// "For the nine months, net rose 13% from a year earlier": a report on a part of the year, which
// TimeML compares with the whole previous year (1988), not with the quarter last mentioned.
bool Scanner::months_total_before(std::uint32_t k) const noexcept {
    for (std::uint32_t i = first + 1; i < k; ++i) {
        if (!is(i, Cls::units) || static_cast<Unit>(value(i, Cls::units)) != Unit::month) continue;
        // "the six months ended Aug. 12": the comparison is with that day (resolve, refer_to)
        if (i + 1 < k && in(year_period_ends, toks[i + 1].lower)) continue;
        const Tok& p = toks[i - 1];
        if ((p.kind == TokenKind::number && p.number > 1 && p.number < 12) || (p.is(Cls::number) && p.value(Cls::number) < 12))
            return true;
    }
    return false;
}

namespace {

// "day-long", "decades-long": a unit made an adjective of length
std::optional<Match> length_adjective(const Scanner& sc, std::uint32_t k) {
    if ((!sc.is(k, Cls::unit) && !sc.is(k, Cls::units)) || !sc.hyphen_after(k) || !sc.word(k + 2, "long")) return std::nullopt;
    const bool plural = sc.is(k, Cls::units);
    const auto u = static_cast<Unit>(sc.value(k, plural ? Cls::units : Cls::unit));
    if (u == Unit::weekend || u == Unit::half || u == Unit::season) return std::nullopt;
    return make_match(k, k + 3, literal(TimexType::duration, duration_value(plural ? std::nullopt : std::optional<int>(1), u)));
}

// What a count of units [k, e) is by the words after it: "ago", "earlier", "later", "before",
// "after" shift a date; "from now" and "in" count ahead; else it is a duration.
struct Counted {
    std::uint32_t b;  // the count's first token (after "the" and a frame)
    Scanner::Count c;
    Unit u;
    bool framed, hyphen;
    bool adjective;  // "two-year", "two day" before a noun: it goes without the article of its noun
};
// "a week ago Tuesday" (dirn -1: the Tuesday that many weeks before the last one), "two weeks from
// Friday" (dirn 1: after the coming one), the weekday at w: that weekday's date shifted by the weeks.
std::optional<Match> weeks_from_weekday(const Scanner& sc, std::uint32_t k, std::uint32_t w, const Counted& x, int dirn) {
    if (x.u != Unit::week || !x.c.n || x.c.half || x.framed || !sc.is(w, Cls::weekday)) return std::nullopt;
    auto d = sc.weekday(w);
    if (!d || d->first != w || d->spec.anchor != Anchor::partial || d->spec.month) return std::nullopt;
    d->spec.direction = dirn < 0 ? Direction::before : Direction::on_or_after;
    d->spec.day_shift = 7 * dirn * *x.c.n;
    d->first = k;
    return d;
}

std::optional<Match> shift_after_count(const Scanner& sc, std::uint32_t k, std::uint32_t e, const Counted& x) {
    const int dirn = sc.value(e, Cls::shift_after);
    const Unit u = x.u;
    const auto [n, su, p] = shift_of(x.c.n.value_or(0), u, x.c.half);
    // "in the weeks before the shooting": the weeks are a duration, "before" opens a clause
    const bool bare = sc.word(e, "before") || sc.word(e, "after");
    // "three weeks after that,": the date mentioned last, as "three weeks later"
    const bool that = bare && sc.at(e + 1) && in(anaphoric_objects, sc.toks[e + 1].lower) &&
                      (!sc.at(e + 2) || sc.toks[e + 2].kind == TokenKind::punct);
    const bool clause_after = bare && !that && e + 1 < sc.last && sc.toks[e + 1].kind != TokenKind::punct;
    if (!x.c.n && !clause_after) {  // "days later": after the date mentioned last, by how much unsaid
        Spec s = literal(TimexType::date, dirn < 0 ? "PAST_REF" : "FUTURE_REF");
        s.past_ref_if_past = dirn > 0;  // "Days later, the talks collapsed": that time has passed too
        return make_match(k, e + 1, s);
    }
    // "a year ago", "a year earlier": in a report about a quarter, the same quarter a year before;
    // in a sentence about the nine months, the year before
    const bool comparison = su == Unit::year && n == 1;
    if (comparison && dirn < 0 && sc.months_total_before(k)) {
        Spec s = shifted(Anchor::dct, -1, Unit::year, Unit::year);
        s.comparison = true;
        return make_match(k, e + 1, s);
    }
    if (dirn == -2) {
        if (auto w = weeks_from_weekday(sc, k, e + 1, x, -1)) return w;  // "a week ago Tuesday"
        Spec s = shifted(Anchor::dct, -n, su, p);
        if (comparison) s.refer_to = Precision::quarter, s.comparison = true;
        return make_match(k, e + 1, s);
    }
    if (clause_after) return std::nullopt;
    Spec s = shifted(Anchor::previous, dirn * n, su, p);
    s.keep_anchor_precision = true;
    if (comparison) s.refer_to = Precision::quarter, s.comparison = true;
    // "90 minutes later": from the day mentioned last (else the article's), not from a month
    if (is_clock_unit(u)) s.refer_to = Precision::day, s.fallback_amount = 0;
    return make_match(k, that ? e + 2 : e + 1, s);
}

// The units a duration joins with a smaller one counted right after it ("two years and three
// months", "1 hour 45 minutes"): those whose value letters follow one another in one duration.
constexpr std::array<Unit, 6> joinable_units{Unit::second, Unit::minute, Unit::hour, Unit::day, Unit::month, Unit::year};
bool joinable(Unit u) noexcept { return std::find(joinable_units.begin(), joinable_units.end(), u) != joinable_units.end(); }

// "P2Y" and "P3M" -> "P2Y3M"; "P1D" and "PT12H" -> "P1DT12H"; "PT1H" and "PT45M" -> "PT1H45M".
std::string joined_durations(const std::string& a, const std::string& b) {
    if (a.find('T') != std::string::npos) return a + b.substr(2);  // both clock units: b is "PT..."
    return a + b.substr(1);
}

struct SmallerCount {
    std::uint32_t end;
    std::string value;
};
// A count of a unit smaller than `u` at e, after an optional "and", and nothing after it that
// makes the whole a shift ("1 hour 45 minutes later"): the duration it adds.
std::optional<SmallerCount> smaller_count_after(const Scanner& sc, std::uint32_t e, Unit u) {
    if (!joinable(u)) return std::nullopt;
    const std::uint32_t b = sc.word(e, "and") ? e + 1 : e;
    const auto c = sc.count(b);
    if (!c || !c->n || *c->n <= 0 || c->half) return std::nullopt;
    const std::uint32_t ue = c->end;
    const bool plural = sc.is(ue, Cls::units), singular = sc.is(ue, Cls::unit) && *c->n == 1;
    if (!plural && !singular) return std::nullopt;
    const auto v = static_cast<Unit>(sc.value(ue, plural ? Cls::units : Cls::unit));
    if (!joinable(v) || v >= u || sc.is(ue + 1, Cls::shift_after) || sc.hyphen_after(ue)) return std::nullopt;
    return SmallerCount{ue + 1, duration_value(*c->n, v)};
}

Match after_count(const Scanner& sc, std::uint32_t k, std::uint32_t e, const Counted& x) {
    const std::string dur = duration_value(x.c.n, x.u, x.c.half);
    if (!x.framed && !x.hyphen && sc.is(e, Cls::shift_after))
        if (auto m = shift_after_count(sc, k, e, x)) return *m;
    // "two years in the past": reworded "two years ago" (not "... in the past decade")
    if (!x.framed && !x.hyphen && x.c.n && sc.word(e, "in") && sc.word(e + 1, "the") && sc.word(e + 2, "past") &&
        !(sc.at(e + 3) && (sc.is(e + 3, Cls::unit) || sc.is(e + 3, Cls::units) || sc.toks[e + 3].number >= 0))) {
        const auto [n, su, p] = shift_of(*x.c.n, x.u, x.c.half);
        return make_match(k, e + 3, shifted(Anchor::dct, -n, su, p));
    }
    if (!x.framed && sc.word(e, "from") && sc.word(e + 1, "now") && x.c.n) return make_match(k, e + 2, shifted(Anchor::dct, *x.c.n, x.u, x.u));
    if (sc.word(e, "from"))
        if (auto w = weeks_from_weekday(sc, k, e + 1, x, 1)) return std::move(*w);  // "a week from Friday"
    // "in two weeks" is ahead, but "in a quarter that produced a loss" is a quarter described
    const bool described = sc.word(e, "that") || sc.word(e, "which") || sc.word(e, "when") || sc.word(e, "where");
    if (!x.framed && x.c.n && !is_clock_unit(x.u) && !described && sc.before(k) && sc.before(k)->lower == "in") {
        const Shift half = shift_of(*x.c.n, x.u, true);  // "in a year and a half": 18 months ahead
        Spec s = x.c.half ? shifted(Anchor::dct, half.amount, half.unit, half.precision) : shifted(Anchor::dct, *x.c.n, x.u, x.u);
        s.literal = dur;
        s.duration_if_past = true;
        return make_match(k, e, s);
    }
    if (!x.framed && !x.hyphen && !x.adjective && x.c.n && !x.c.half)
        if (const auto more = smaller_count_after(sc, e, x.u))  // "1 hour 45 minutes"
            return make_match(k, more->end, literal(TimexType::duration, joined_durations(dur, more->value)));
    // "the eight-year war", "the 30-day rate": an adjective without its article
    return make_match(x.adjective && sc.word(k, "the") ? x.b : k, e, literal(TimexType::duration, dur));
}

}  // namespace

namespace {

// The start of a count of units at k: "the", a frame ("the past", "recent", "first") and a count
// ("two", "a few"), or a bare plural ("for months") or a framed one ("recent weeks").
struct CountStart {
    std::uint32_t b;  // the count's first token (after "the" and a frame)
    Scanner::Count c;
    bool framed, ahead;
};
std::optional<CountStart> count_start(const Scanner& sc, std::uint32_t k) {
    std::uint32_t b = k;
    if (sc.word(b, "the")) ++b;
    const bool verb_last = sc.word(b, "last") && b > sc.first && in(before_verb_last, sc.toks[b - 1].lower);
    if (verb_last) return std::nullopt;  // "the drill will last ten days": the duration starts after the verb
    const bool framed = sc.is(b, Cls::relative) || sc.word(b, "first") ||
                        (sc.is(b, Cls::fuzzy_count) && sc.value(b, Cls::fuzzy_count) > 0);
    if (framed) ++b;
    const bool ahead = sc.word(k, "the") && !framed && sc.is(b, Cls::units) && sc.word(b + 1, "ahead");  // "the weeks ahead"
    if (sc.word(k, "the") && !framed && !sc.count(b) && !ahead) return std::nullopt;
    if (const auto c = sc.count(b)) return CountStart{b, *c, framed, ahead};
    if (!sc.is(b, Cls::units)) return std::nullopt;
    const auto u = static_cast<Unit>(sc.value(b, Cls::units));
    if (!framed && (u == Unit::second || u == Unit::minute || u == Unit::quarter)) return std::nullopt;
    if (!framed && sc.before(k) && sc.before(k)->lower == "of" && !(k >= sc.first + 2 && sc.word(k - 2, "couple")))
        return std::nullopt;  // "a matter of days", "hundreds of years" (but "a couple of years")
    return CountStart{b, Scanner::Count{b, std::nullopt}, framed, ahead};
}

// After the unit of a count of units beginning at k and ending before e: the end of the
// expression with the words that go on with it ("weeks or months", "and a half", "or so",
// "-long"), or nullopt when what follows makes it no time (an age, a financial comparison, a
// fraction, a rate, an ordinal). "and a half" sets x.c.half.
std::optional<std::uint32_t> past_unit(const Scanner& sc, std::uint32_t k, std::uint32_t e, Counted& x) {
    if (sc.word(e, "old") || (sc.hyphen_after(e - 1) && sc.word(e + 1, "old"))) return std::nullopt;  // an age: "52 years old", "6-year-old"
    // "weeks or months", "recent weeks and months": a second bare plural joins an uncounted first one
    if (!x.c.n && !x.hyphen && sc.at(e) && in(plural_unit_joins, sc.toks[e].lower) && sc.is(e + 1, Cls::units) &&
        static_cast<Unit>(sc.value(e + 1, Cls::units)) != Unit::weekend)
        e += 2;
    // "a year-earlier loss": the financial comparison (financial), not a year
    if (sc.hyphen_after(e - 1) && (sc.word(e + 1, "earlier") || sc.word(e + 1, "ago"))) return std::nullopt;
    if (x.u == Unit::quarter && !x.framed && x.c.n && sc.word(e, "of")) return std::nullopt;  // a fraction: "a quarter of the market"
    if (!x.framed && x.b == k && x.c.n == 1 && !x.c.half && sc.rate_before(k, e)) return std::nullopt;  // "$2 million a year"
    if (sc.word(e, "and") && sc.word(e + 1, "a") && sc.word(e + 2, "half")) x.c.half = true, e += 3;  // "a day and a half"
    if (x.hyphen && sc.hyphen_after(e - 1) && sc.word(e + 1, "long")) e += 2;  // "a two-week-long strike"
    const bool or_so = sc.word(e, "or") && sc.word(e + 1, "so");  // "a week or so ago", "the next two years or so"
    if (or_so) e += 2;
    if (x.u == Unit::second && x.c.n == 1 && e < sc.last && sc.toks[e].kind == TokenKind::word &&
        !in(after_one_second, sc.toks[e].lower))
        return std::nullopt;  // an ordinal: "a second round"
    return e;
}

}  // namespace

// "two Sundays ago" (count c from k): the Sunday c - 1 weeks before the last one.
std::optional<Match> weekdays_ago(const Scanner& sc, std::uint32_t k, const Scanner::Count& c) {
    if (!c.n || *c.n < 1 || c.half || !sc.at(c.end) || !sc.word(c.end + 1, "ago")) return std::nullopt;
    const auto w = std::find_if(plural_weekdays.begin(), plural_weekdays.end(),
                                [&](const PluralWeekday& p) { return sc.toks[c.end].lower == p.word; });
    if (w == plural_weekdays.end()) return std::nullopt;
    Spec s;
    s.anchor = Anchor::partial;
    s.weekday = w->weekday;
    s.direction = Direction::before;
    s.day_shift = -7 * (*c.n - 1);
    return make_match(k, c.end + 2, s);
}

std::optional<Match> Scanner::count_units(std::uint32_t k) const {
    if (auto m = length_adjective(*this, k)) return m;
    const std::optional<CountStart> s = count_start(*this, k);
    if (!s) return std::nullopt;
    const Count& c = s->c;
    if (!s->framed && s->b == k)
        if (auto m = weekdays_ago(*this, k, c)) return m;
    std::uint32_t e = c.end;
    // "two more weeks", "an additional year", "eight trading days": the count goes on past the word
    const bool day_kind = c.n && at(e) && in(day_kinds, toks[e].lower) && (word(e + 1, "days") || word(e + 1, "day"));
    if (day_kind || (c.n && at(e) && in(count_extensions, toks[e].lower) && (is(e + 1, Cls::units) || is(e + 1, Cls::unit)))) ++e;
    // "two to three weeks", "12 to 18 months": one duration, the lower bound its value
    if (c.n && (word(e, "to") || word(e, "or")))
        if (const auto upper = count(e + 1); upper && upper->n && *upper->n > *c.n && is(upper->end, Cls::units)) e = upper->end;
    const bool hyphen = e > s->b && hyphen_after(e - 1);
    if (hyphen) ++e;
    Unit u;
    if (is(e, Cls::units) && !hyphen) u = static_cast<Unit>(value(e, Cls::units));
    else if (is(e, Cls::unit) && (hyphen || c.n == 1 || (c.n == 0 && c.half) || unit_as_adjective(c, e)))
        u = static_cast<Unit>(value(e, Cls::unit));
    else return std::nullopt;
    const bool adjective = hyphen || (!s->framed && !is(e, Cls::units) && c.n != 1 && unit_as_adjective(c, e));
    if (u == Unit::weekend || u == Unit::half || u == Unit::season) return std::nullopt;
    // "in the early hours": a time of night, no duration (but "the early years": PXY)
    if (u == Unit::hour && !c.n && !s->framed && before(k) && in(not_before_bare_hours, before(k)->lower)) return std::nullopt;
    ++e;
    if (s->ahead) ++e;
    Counted x{s->b, c, u, s->framed, hyphen, adjective};
    const std::optional<std::uint32_t> end = past_unit(*this, k, e, x);
    if (!end) return std::nullopt;
    if (day_kind) return make_match(k, *end, literal(TimexType::duration, duration_value(x.c.n, x.u, x.c.half)));
    return after_count(*this, k, *end, x);
}

// "every week", "each Thursday", "daily", "every two weeks"
std::optional<Match> Scanner::set(std::uint32_t k) const {
    // "twice a day", "once per week": so often in each unit
    if (in(frequency_words, toks[k].lower) && (word(k + 1, "a") || word(k + 1, "per")) && is(k + 2, Cls::unit))
        return make_match(k, k + 3, literal(TimexType::set, duration_value(1, static_cast<Unit>(value(k + 2, Cls::unit)))));
    if (is(k, Cls::set_adverb))
        return make_match(k, k + 1, literal(TimexType::set, duration_value(1, static_cast<Unit>(value(k, Cls::set_adverb)))));
    if (!word(k, "every") && !word(k, "each")) return std::nullopt;
    std::uint32_t e = k + 1;
    if (is(e, Cls::weekday)) {
        const int wd = value(e, Cls::weekday);
        return make_match(k, e + 1, literal(TimexType::set, "XXXX-WXX-" + std::to_string(wd == 0 ? 7 : wd)));
    }
    if (is(e, Cls::month) && toks[e].capitalised) {
        const int m = value(e, Cls::month);
        return make_match(k, e + 1, literal(TimexType::set, std::string("XXXX-") + (m < 10 ? "0" : "") + std::to_string(m)));
    }
    if (is(e, Cls::season))
        return make_match(k, e + 1, literal(TimexType::set, "XXXX-" + std::string(season_codes[static_cast<std::size_t>(value(e, Cls::season))])));
    // "every other month", "every third week": once in so many units
    const int nth = word(e, "other") ? 2 : is(e, Cls::ordinal) ? value(e, Cls::ordinal) : 0;
    if (nth >= 2 && is(e + 1, Cls::unit))
        return make_match(k, e + 2, literal(TimexType::set, duration_value(nth, static_cast<Unit>(value(e + 1, Cls::unit)))));
    if (is(e, Cls::unit)) return make_match(k, e + 1, literal(TimexType::set, duration_value(1, static_cast<Unit>(value(e, Cls::unit)))));
    if (const auto c = count(e); c && c->n && is(c->end, Cls::units))
        return make_match(k, c->end + 1, literal(TimexType::set, duration_value(*c->n, static_cast<Unit>(value(c->end, Cls::units)))));
    return std::nullopt;
}

}  // namespace crisis::temporal
