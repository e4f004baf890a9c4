// temporal/scan_relative: fixed phrases, deictic words, relative units, counts of units, sets.
#include "temporal/scanner.hpp"

#include <algorithm>
#include <array>

namespace crisis::temporal {

namespace {

Spec literal(TimexType type, std::string value) {
    Spec s;
    s.type = type;
    s.literal = std::move(value);
    return s;
}

Spec shifted(Anchor anchor, int amount, Unit unit, Unit precision) {
    Spec s;
    s.anchor = anchor;
    s.amount = amount;
    s.unit = unit;
    s.precision = precision;
    return s;
}

// "P3D", "PT8H", "PXM": the TIMEX3 value of a count of units.
// The next smaller unit that half of `u` is written in ("P2Y6M", "PT5H30M"), if any.
struct HalfOf {
    Unit unit;
    const char* half;
};
constexpr std::array<HalfOf, 5> halves{{
    {Unit::year, "6M"}, {Unit::day, "T12H"}, {Unit::hour, "30M"}, {Unit::minute, "30S"}, {Unit::month, "15D"},
}};

std::string duration_value(std::optional<int> n, Unit u, bool half = false) {
    if (half && n) {
        if (u == Unit::decade) return "P" + std::to_string(*n * 10 + 5) + "Y";
        for (const HalfOf& h : halves)
            if (h.unit == u) return duration_value(n, u) + h.half;
    }
    std::string v = is_clock_unit(u) ? "PT" : "P";
    v += n ? std::to_string(*n) : "X";
    if (u == Unit::decade) return v == "PX" ? "PXE" : "P" + std::to_string(*n * 10) + "Y";
    if (u == Unit::century) return n ? "P" + std::to_string(*n * 100) + "Y" : "PXC";
    v += unit_letters[static_cast<std::size_t>(u)];
    return v;
}

}  // namespace

std::optional<Match> Scanner::phrase(std::uint32_t k) const {
    if (k >= last || toks[k].kind != TokenKind::word) return std::nullopt;
    std::optional<Match> best_match;
    const PhraseRows candidates = rows_starting_with(phrases, toks[k], at(k + 1));
    for (const std::span<const std::uint16_t> rows : {candidates.one_word, candidates.longer})
    for (const std::uint16_t row : rows) {
        const Phrase& p = phrases[row];
        const std::uint32_t e = words_at(k, p.words);
        if (e == 0 || (best_match && best_match->last >= e)) continue;
        // "as soon as Tuesday", "as recently as 2019": a comparison, the date follows
        if (p.kind == PhraseKind::ref && k > first && word(k - 1, "as") && word(e, "as")) continue;
        Spec s;
        switch (p.kind) {
            case PhraseKind::ref: s = literal(TimexType::date, std::string(p.value)); break;
            case PhraseKind::duration: s = literal(TimexType::duration, std::string(p.value)); break;
            case PhraseKind::dct_days: s = shifted(Anchor::dct, p.amount, Unit::day, Unit::day); break;
            case PhraseKind::anaphor_days:  // "the day before" counts from the last day mentioned, else the article's
                s = shifted(Anchor::previous, p.amount, Unit::day, Unit::day);
                s.refer_to = Precision::day, s.fallback_amount = p.amount;
                if (!p.value.empty()) s.part_of_day = p.value, s.type = TimexType::time;  // "the night before"
                break;
            case PhraseKind::anaphor_unit:
                s = shifted(Anchor::previous, p.amount, p.unit, p.unit);
                if (p.unit == Unit::quarter) s.refer_to = Precision::quarter, s.fallback_amount = -1;
                break;
        }
        best_match = make_match(k, e, s);
    }
    return best_match;
}

// "in the morning" (of the day last mentioned, else the article's), "mid-afternoon", "by mid
// afternoon", "mid-afternoon yesterday": a part of the day after "the" or a modifier. (Not the
// night: "the night of Oct. 23" names its day after it.)
std::optional<Match> Scanner::the_part_of_day(std::uint32_t k) const {
    const bool the = word(k, "the"), mod = is(k, Cls::mod) && !word(k, "earlier") && !word(k, "later");
    if (!the && !mod) return std::nullopt;
    const std::uint32_t p = mod && hyphen_after(k) ? k + 2 : k + 1;
    if (!is(p, Cls::part_of_day) || word(p, "night") || word(p, "overnight") || word(p + 1, "of")) return std::nullopt;
    if (the && (word(p + 1, "session") || word(p + 1, "edition") || word(p + 1, "paper") || word(p + 1, "news")))
        return std::nullopt;  // the morning session: a noun's modifier
    Spec s = shifted(Anchor::previous, 0, Unit::day, Unit::day);
    s.refer_to = Precision::day;
    s.fallback_amount = 0;
    std::uint32_t e = p + 1;
    if (is(e, Cls::deixis) && !word(e, "tonight")) s = shifted(Anchor::dct, value(e, Cls::deixis), Unit::day, Unit::day), ++e;
    s.part_of_day = part_of_day_codes[static_cast<std::size_t>(value(p, Cls::part_of_day))];
    s.type = TimexType::time;
    if (mod) s.mod = mod_codes[static_cast<std::size_t>(value(k, Cls::mod))];
    return make_match(k, e, s);
}

// "yesterday", "tomorrow night", "tonight", "this morning", "last night"
std::optional<Match> Scanner::deixis(std::uint32_t k) const {
    Spec s = shifted(Anchor::dct, 0, Unit::day, Unit::day);
    std::uint32_t e = k + 1;
    if (is(k, Cls::deixis)) {
        s.amount = value(k, Cls::deixis);
        if (word(k, "tonight")) s.part_of_day = "NI", s.type = TimexType::time;
    } else if (const auto pod = the_part_of_day(k)) {
        return pod;
    } else if ((word(k, "this") || word(k, "last")) && is(k + 1, Cls::part_of_day)) {
        if (word(k, "last") && !word(k + 1, "night")) return std::nullopt;
        s.amount = word(k, "last") ? -1 : 0;
        s.part_of_day = part_of_day_codes[static_cast<std::size_t>(value(k + 1, Cls::part_of_day))];
        s.type = TimexType::time;
        return make_match(k, k + 2, s);
    } else {
        return std::nullopt;
    }
    if (const auto pod = part_of_day(e); pod && s.part_of_day.empty()) {
        s.part_of_day = pod->first;
        s.type = TimexType::time;
        e = pod->second;
    }
    return make_match(k, e, s);
}

// "last month", "next week", "this year", "last Friday", "next March", "this summer", "the coming weekend"
std::optional<Match> Scanner::relative(std::uint32_t k) const {
    if (!is(k, Cls::relative)) return std::nullopt;
    auto r = static_cast<Rel>(value(k, Cls::relative));
    std::uint32_t e = k + 1;
    if (r == Rel::this_ && is(e, Cls::relative)) r = static_cast<Rel>(value(e, Cls::relative)), ++e;  // this past, this coming
    const bool back = r == Rel::last || r == Rel::past || r == Rel::previous;
    const bool ahead = r == Rel::next || r == Rel::coming;
    const Direction dir = back ? Direction::before : ahead ? Direction::after : Direction::this_;
    if (r == Rel::following || r == Rel::latest) {
        if (!word(e, "quarter") && !word(e, "period")) return std::nullopt;
        if (r == Rel::latest && word(e, "quarter"))  // "the latest quarter": the last one completed before the article
            return make_match(k, e + 1, shifted(Anchor::dct, -1, Unit::quarter, Unit::quarter));
        Spec s = shifted(Anchor::previous, r == Rel::following ? 1 : 0, Unit::quarter, Unit::quarter);
        s.fallback_amount = r == Rel::latest ? -1 : 1;
        s.refer_to = Precision::quarter;
        return make_match(k, e + 1, s);
    }
    Spec s;
    s.anchor = Anchor::partial;
    s.direction = dir;
    if (is(e, Cls::weekday) && toks[e].lower.size() > 3) s.weekday = value(e, Cls::weekday);
    else if (is(e, Cls::month) && toks[e].capitalised) s.month = static_cast<unsigned>(value(e, Cls::month)), s.precision = Unit::month;
    else if (is(e, Cls::season)) s.sub = value(e, Cls::season), s.precision = Unit::season;
    else if (word(e, "weekend")) s.weekend = true, s.precision = Unit::week;
    else if (r == Rel::last && word(e, "half")) return std::nullopt;  // "the last half": the second half
    else if (is(e, Cls::unit) && value(e, Cls::unit) > v(Unit::day)) {
        const auto u = static_cast<Unit>(value(e, Cls::unit));
        if (r == Rel::past && (u == Unit::decade || u == Unit::century))  // "the past decade": the ten years to now
            return make_match(k, e + 1, literal(TimexType::duration, u == Unit::decade ? "P10Y" : "P100Y"));
        s = shifted(Anchor::dct, back ? -1 : ahead ? 1 : 0, u, u);
    } else {
        return std::nullopt;
    }
    return make_match(k, e + 1, s);
}

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
    if (std::find(rate_amounts.begin(), rate_amounts.end(), p.lower) != rate_amounts.end()) return true;
    return p.kind == TokenKind::word && !p.capitalised && p.lower.size() > 3 && p.lower.back() == 's' && !p.is(Cls::past_cue) &&
           std::find(not_plural_nouns.begin(), not_plural_nouns.end(), p.lower) == not_plural_nouns.end();
}

std::optional<Match> Scanner::count_units(std::uint32_t k) const {
    // "day-long", "decades-long": a unit made an adjective of length
    if ((is(k, Cls::unit) || is(k, Cls::units)) && hyphen_after(k) && word(k + 2, "long")) {
        const bool plural = is(k, Cls::units);
        const auto u = static_cast<Unit>(value(k, plural ? Cls::units : Cls::unit));
        if (u == Unit::weekend || u == Unit::half || u == Unit::season) return std::nullopt;
        return make_match(k, k + 3, literal(TimexType::duration, duration_value(plural ? std::nullopt : std::optional<int>(1), u)));
    }
    std::uint32_t b = k;
    if (word(b, "the")) ++b;
    const bool verb_last = word(b, "last") && b > first &&
                           std::find(before_verb_last.begin(), before_verb_last.end(), toks[b - 1].lower) != before_verb_last.end();
    if (verb_last) return std::nullopt;  // "the drill will last ten days": the duration starts after the verb
    const bool framed = is(b, Cls::relative) || word(b, "first") || (is(b, Cls::fuzzy_count) && value(b, Cls::fuzzy_count) > 0);
    if (framed) ++b;
    if (word(k, "the") && !framed && !count(b)) return std::nullopt;
    std::optional<Count> c = count(b);
    if (!c) {
        // a bare plural ("for months") or a framed one ("recent weeks")
        if (!is(b, Cls::units)) return std::nullopt;
        const auto u = static_cast<Unit>(value(b, Cls::units));
        if (!framed && (u == Unit::second || u == Unit::minute || u == Unit::quarter)) return std::nullopt;
        if (!framed && before(k) && before(k)->lower == "of" && !(k >= first + 2 && word(k - 2, "couple")))
            return std::nullopt;  // "a matter of days", "hundreds of years" (but "a couple of years")
        c = Count{b, std::nullopt};
    }
    std::uint32_t e = c->end;
    // "two more weeks", "an additional year": the count goes on past the word
    if (c->n && at(e) && std::find(count_extensions.begin(), count_extensions.end(), toks[e].lower) != count_extensions.end() &&
        (is(e + 1, Cls::units) || is(e + 1, Cls::unit)))
        ++e;
    // "two to three weeks", "12 to 18 months": one duration, the lower bound its value
    if (c->n && (word(e, "to") || word(e, "or")))
        if (const auto upper = count(e + 1); upper && upper->n && *upper->n > *c->n && is(upper->end, Cls::units)) e = upper->end;
    const bool hyphen = e > b && hyphen_after(e - 1);
    if (hyphen) ++e;
    Unit u;
    if (is(e, Cls::units) && !hyphen) u = static_cast<Unit>(value(e, Cls::units));
    else if (is(e, Cls::unit) && (hyphen || c->n == 1 || unit_as_adjective(*c, e))) u = static_cast<Unit>(value(e, Cls::unit));
    else return std::nullopt;
    if (u == Unit::weekend || u == Unit::half || u == Unit::season) return std::nullopt;
    ++e;
    if (word(e, "old") || (hyphen_after(e - 1) && word(e + 1, "old"))) return std::nullopt;  // an age: "52 years old", "6-year-old"
    // "a year-earlier loss": the financial comparison (financial), not a year
    if (hyphen_after(e - 1) && (word(e + 1, "earlier") || word(e + 1, "ago"))) return std::nullopt;
    if (u == Unit::quarter && !framed && c->n && word(e, "of")) return std::nullopt;  // a fraction: "a quarter of the market"
    if (!framed && b == k && c->n == 1 && !c->half && rate_before(k, e)) return std::nullopt;  // "$2 million a year"
    if (word(e, "and") && word(e + 1, "a") && word(e + 2, "half")) c->half = true, e += 3;  // "a day and a half"
    if (hyphen && hyphen_after(e - 1) && word(e + 1, "long")) e += 2;  // "a two-week-long strike"
    const bool or_so = word(e, "or") && word(e + 1, "so");  // "a week or so ago", "the next two years or so"
    if (or_so) e += 2;
    if (u == Unit::second && c->n == 1 && e < last && toks[e].kind == TokenKind::word &&
        std::find(after_one_second.begin(), after_one_second.end(), toks[e].lower) == after_one_second.end())
        return std::nullopt;  // an ordinal: "a second round"
    const std::string dur = duration_value(c->n, u, c->half);
    if (!framed && !hyphen && is(e, Cls::shift_after)) {
        const int dirn = value(e, Cls::shift_after);
        const Unit p = is_clock_unit(u) ? Unit::day : u == Unit::decade || u == Unit::century ? Unit::year : u;
        const int n = c->n.value_or(0) * (u == Unit::decade ? 10 : u == Unit::century ? 100 : 1);
        const Unit su = u == Unit::decade || u == Unit::century ? Unit::year : u;
        // "in the weeks before the shooting": the weeks are a duration, "before" opens a clause
        const bool clause_after = (word(e, "before") || word(e, "after")) && e + 1 < last && toks[e + 1].kind != TokenKind::punct;
        if (!c->n && !clause_after)
            return make_match(k, e + 1, literal(TimexType::date, dirn < 0 ? "PAST_REF" : "FUTURE_REF"));
        // "a year ago", "a year earlier": in a report about a quarter, the same quarter a year before
        const bool comparison = u == Unit::year && n == 1;
        if (dirn == -2) {
            Spec s = shifted(Anchor::dct, -n, su, p);
            if (comparison) s.refer_to = Precision::quarter, s.comparison = true;
            return make_match(k, e + 1, s);
        }
        const bool bare = word(e, "before") || word(e, "after");
        if (!bare || e + 1 >= last || toks[e + 1].kind == TokenKind::punct) {
            Spec s = shifted(Anchor::previous, dirn * n, su, p);
            s.keep_anchor_precision = true;
            if (comparison) s.refer_to = Precision::quarter, s.comparison = true;
            return make_match(k, e + 1, s);
        }
    }
    if (!framed && word(e, "from") && word(e + 1, "now") && c->n)
        return make_match(k, e + 2, shifted(Anchor::dct, *c->n, u, u));
    // "in two weeks" is ahead, but "in a quarter that produced a loss" is a quarter described
    const bool described = word(e, "that") || word(e, "which") || word(e, "when") || word(e, "where");
    if (!framed && c->n && !is_clock_unit(u) && !described && before(k) && before(k)->lower == "in") {
        Spec s = shifted(Anchor::dct, *c->n, u, u);
        s.literal = dur;
        s.duration_if_past = true;
        return make_match(k, e, s);
    }
    // "the eight-year war", "the 30-day rate": an adjective without its article
    return make_match(hyphen && word(k, "the") ? b : k, e, literal(TimexType::duration, dur));
}

// "every week", "each Thursday", "daily", "every two weeks"
std::optional<Match> Scanner::set(std::uint32_t k) const {
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
    if (is(e, Cls::unit)) return make_match(k, e + 1, literal(TimexType::set, duration_value(1, static_cast<Unit>(value(e, Cls::unit)))));
    if (const auto c = count(e); c && c->n && is(c->end, Cls::units))
        return make_match(k, c->end + 1, literal(TimexType::set, duration_value(*c->n, static_cast<Unit>(value(c->end, Cls::units)))));
    return std::nullopt;
}

// "the year", "the fiscal year", "year-end", "by year's end": the article's year; "the year
// ended Sept. 30" is the twelve months up to that day, a duration.
std::optional<Match> Scanner::the_year(std::uint32_t k) const {
    std::uint32_t b = k;
    if (word(b, "year") && (word(b + 1, "'s") || word(b + 1, "\u2019s")) && word(b + 2, "end")) b += 2;
    else if (word(b, "year") && hyphen_after(b) && word(b + 2, "end")) {
        // "year-end": December 31 of the article's year; "since year-end", the last one
        Spec s = shifted(Anchor::dct, before(k) && before(k)->lower == "since" ? -1 : 0, Unit::year, Unit::year);
        s.month = 12, s.day = 31;
        return make_match(k, b + 3, s);
    }
    else if (word(b, "year") && word(b + 1, "end")) b += 1;
    if (b > k) {
        Spec s = shifted(Anchor::dct, 0, Unit::year, Unit::year);
        s.mod = mod_codes[static_cast<std::size_t>(Mod::end)];
        return make_match(k, b + 1, s);
    }
    if (!word(b, "the")) return std::nullopt;
    ++b;
    if (std::find(year_qualifiers.begin(), year_qualifiers.end(), at(b) ? toks[b].lower : "") != year_qualifiers.end()) ++b;
    if (!word(b, "year") || hyphen_after(b)) return std::nullopt;
    const Tok* n = at(b + 1);
    if (n && (n->kind == TokenKind::number || n->is(Cls::number) || n->is(Cls::shift_after))) return std::nullopt;
    if (n && std::find(not_after_the_year.begin(), not_after_the_year.end(), n->lower) != not_after_the_year.end())
        return std::nullopt;
    if (n && std::find(year_period_ends.begin(), year_period_ends.end(), n->lower) != year_period_ends.end())
        return make_match(k, b + 1, literal(TimexType::duration, "P1Y"));
    return make_match(k, b + 1, shifted(Anchor::dct, 0, Unit::year, Unit::year));
}

// Financial reports: "the quarter", "year-earlier", "the year-ago period"
std::optional<Match> Scanner::financial(std::uint32_t k) const {
    std::uint32_t b = k;
    if (word(b, "the")) ++b;
    if (word(b, "comparable") || word(b, "same")) ++b;
    if (word(b, "year") && hyphen_after(b) && (word(b + 2, "earlier") || word(b + 2, "ago"))) {
        std::uint32_t e = b + 3;
        if (is(e, Cls::ordinal) && word(e + 1, "quarter")) ++e;  // "the year-ago third quarter"
        const bool period = at(e) && std::find(financial_period_nouns.begin(), financial_period_nouns.end(), toks[e].lower) !=
                                         financial_period_nouns.end();
        if (period) ++e;
        Spec s = shifted(Anchor::previous, -1, Unit::year, Unit::year);
        s.keep_anchor_precision = true;
        s.refer_to = Precision::quarter;
        s.comparison = true;
        return make_match(period ? k : b, e, s);  // "The [year-ago] results": not the noun, nor "the"
    }
    // "the 1988 period", "the 1989 quarter": the quarter last mentioned, in that year
    if (b == k + 1 && year_at(b) && (word(b + 1, "period") || word(b + 1, "quarter"))) {
        Spec s = shifted(Anchor::previous, 0, Unit::year, Unit::year);
        s.year = *year_at(b);
        s.refer_to = Precision::quarter;
        s.comparison = true;
        return make_match(k, b + 2, s);
    }
    if (auto m = the_year(k)) return m;
    if (b == k + 1 && word(b, "week") && word(b + 1, "of")) {  // "the week of March 6": that day's week
        if (auto m = month_date(b + 2); m && m->spec.day && m->spec.hour < 0) {
            m->spec.week_of = true;
            m->first = k;
            return m;
        }
    }
    if (b == k + 1 && word(b, "quarter") && !hyphen_after(b)) {  // not "the quarter-to-quarter comparison"
        Spec s = shifted(Anchor::previous, 0, Unit::quarter, Unit::quarter);
        s.fallback_amount = -1;
        s.refer_to = Precision::quarter;
        return make_match(k, b + 1, s);
    }
    if (b == k + 1 && word(b, "weekend")) {  // "the weekend": the tense decides which one
        Spec s;
        s.anchor = Anchor::partial;
        s.weekend = true;
        s.today_included = true;  // written on a Saturday, "planned for the weekend" is this one
        s.precision = Unit::week;
        return make_match(k, b + 1, s);
    }
    return std::nullopt;
}

}  // namespace crisis::temporal
