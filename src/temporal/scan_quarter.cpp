// temporal/scan_quarter: quarters and halves of a year, and parts of other periods ("Q3 2021",
// "the third quarter", "the first half of 1990", "the second half of the decade", "the first week
// of March").
#include "temporal/scanner.hpp"

namespace crisis::temporal {

// "Q3", "Q3 2021", "H1 2022" (a half only with its year: "H2" alone is also hydrogen)
std::optional<Match> Scanner::quarter_code(std::uint32_t k) const {
    const std::string_view w = toks[k].lower;
    if (!is_period_code(w) || !toks[k].capitalised) return std::nullopt;
    const bool half = w[0] == 'h';
    Spec s;
    s.anchor = Anchor::partial;
    s.precision = half ? Unit::half : Unit::quarter;
    s.sub = w[1] - '0';
    std::uint32_t e = k + 1;
    if (const auto y = year_at(e)) s.anchor = Anchor::absolute, s.year = *y, ++e;
    else if (half) return std::nullopt;
    return make_match(k, e, s);
}

// The year that a relative word at b names ("next year", "last year's"), from the article date, into s.
void Scanner::relative_year(Spec& s, std::uint32_t b) const noexcept {
    s.anchor = Anchor::dct;
    s.unit = Unit::year;
    s.amount = rel_step(static_cast<Rel>(value(b, Cls::relative)));
}

// "the third quarter", "third-quarter", "the fourth quarter of 2021", "the first half of 1990", "fiscal 1989 second quarter"
std::optional<Match> Scanner::quarter(std::uint32_t k) const {
    if (auto code = quarter_code(k)) return code;
    std::uint32_t b = k;
    Spec s;
    s.anchor = Anchor::partial;
    if (word(b, "fiscal")) b += hyphen_after(b) ? 2 : 1;  // "the fiscal-first quarter"
    if (const auto y = year_at(b); y && toks[b].digits == 4) {
        s.anchor = Anchor::absolute;
        s.year = *y;
        ++b;
    }
    if (word(b, "fiscal") || word(b, "fiscal-")) ++b;
    if (is(b, Cls::relative) && word(b + 1, "year") && possessive(b + 2)) {
        // "this year's third quarter", "next year's first half": the year from the article date
        relative_year(s, b);
        b += 3;
        if (word(b, "quarter") && !hyphen_after(b)) {  // "last year's quarter": the quarter mentioned, that year
            Spec q = shifted(Anchor::previous, s.amount, Unit::year, Unit::year);
            q.keep_anchor_precision = true;
            q.refer_to = Precision::quarter;
            q.comparison = true;
            return make_match(k, b + 1, q);
        }
    }
    if (ordinal(b) == 0) return std::nullopt;  // "third", "3rd", "last"
    const int n = ordinal(b) > 0 ? ordinal(b) : last_part(b);
    if (n == 0) return std::nullopt;
    std::uint32_t e = b + 1;
    if (hyphen_after(b)) e += 1;
    if (word(e, "quarter") && n <= 4) s.precision = Unit::quarter;
    else if (word(e, "half") && n <= 2) s.precision = Unit::half;
    else return std::nullopt;
    s.sub = n;
    ++e;
    if (s.anchor == Anchor::dct) return make_match(k, e, s);  // the year was given before
    if (word(e, "of") && is(e + 1, Cls::relative) && word(e + 2, "year")) {  // "the first half of next year"
        relative_year(s, e + 1);
        return make_match(k, e + 3, s);
    }
    if (s.precision == Unit::half && s.anchor == Anchor::partial && word(e, "of"))
        if (auto d = part_of_period(k, e, n == 1 ? Mod::start : Mod::end)) return d;
    return quarter_year(k, e, s);
}

// "the first week of March", "the last week of December", "the second half of the month": with its
// article, a part of a month, a decade or a century (the part_of_period), its start or its end.
std::optional<Match> Scanner::part_of(std::uint32_t k) const {
    const int n = ordinal(k + 1);  // "the first week", "the 1st week"
    if (!word(k, "the") || n == 0) return std::nullopt;
    if (is(k + 2, Cls::weekday) && toks[k + 2].lower.size() > 3 && (word(k + 3, "of") || word(k + 3, "in")))
        return nth_weekday(k, n);
    if (!word(k + 3, "of")) return std::nullopt;
    if (word(k + 2, "week") && n >= 2 && n <= 4) return nth_week_of_month(k, n);
    const bool week = in(first_last_parts, toks[k + 2].lower) && (n == 1 || n == -1);
    const bool half = word(k + 2, "half") && (n == 1 || n == 2 || n == -1);
    if (!week && !half) return std::nullopt;
    return part_of_period(k, k + 3, n == 1 ? Mod::start : Mod::end, week);  // "the first weeks of 2022"
}

// "the last Sunday of March", "the first Monday in May 2021" (ordinal n at k + 1, -1 for "last"):
// that weekday of the month, the year found as for the bare or dated month (resolve.cpp,
// absolute_date).
std::optional<Match> Scanner::nth_weekday(std::uint32_t k, int n) const {
    if (n == 0 || n < -1 || n > 5) return std::nullopt;
    auto m = month_date(k + 4);
    if (!m || m->spec.day || m->spec.precision != Unit::month) return std::nullopt;
    m->spec.nth = n;  // as a holiday on a weekday of its month ("Thanksgiving")
    m->spec.nth_weekday = value(k + 2, Cls::weekday);
    m->spec.precision = Unit::day;
    return make_match(k, m->last, m->spec);
}

// "the second week of March" (ordinal n, 2..4, at k + 1): the calendar week that shares the most
// days with the month's nth seven days, the one holding the middle one of them (the 11th for the
// second week). The first and the last week are the month's start and end (part_of_period): the
// calendar week of the 1st may lie mostly in the month before.
std::optional<Match> Scanner::nth_week_of_month(std::uint32_t k, int n) const {
    auto m = month_date(k + 4);
    if (!m || m->first != k + 4 || m->spec.day || m->spec.precision != Unit::month) return std::nullopt;
    m->spec.day = static_cast<unsigned>(7 * (n - 1) + 4);
    m->spec.precision = Unit::day;
    m->spec.week_of = true;
    return make_match(k, m->last, m->spec);
}

// "the last half": the second one; "the last quarter of 1989": the fourth; else 0.
int Scanner::last_part(std::uint32_t b) const noexcept {
    const std::uint32_t u = hyphen_after(b) ? b + 2 : b + 1;
    if (word(u, "half")) return 2;
    if (word(u, "quarter") && word(u + 1, "of") && year_at(u + 2)) return 4;
    return 0;
}

// "the last half of the '80s", "the first half of the century", "the second half of January",
// "the first week of March" (the part's "of" at e): a part of a decade, a century or a month is
// that period with `mod`, its start or its end (a half of a year is a half, read before); with
// `of_year`, of a year too ("the first weeks of 2022").
std::optional<Match> Scanner::part_of_period(std::uint32_t k, std::uint32_t e, Mod mod, bool of_year) const {
    std::uint32_t j = e + 1;  // the period's own token ("the '80s": the number after the apostrophe)
    if (word(j, "the")) ++j;
    if (word(j, "'") || word(j, "\u2019")) ++j;
    auto d = core(j);
    if (!d && word(e + 1, "the")) d = the_unit(e + 1);  // "the second half of the month"
    if (!d || d->first > j || !d->spec.mod.empty()) return std::nullopt;
    const Spec& s = d->spec;
    const bool decade = s.anchor == Anchor::absolute && (s.precision == Unit::decade || s.precision == Unit::century);
    const bool month = s.precision == Unit::month && s.anchor != Anchor::literal && s.type == TimexType::date;
    const bool year = of_year && s.anchor == Anchor::absolute && s.precision == Unit::year;
    if (!decade && !month && !year) return std::nullopt;
    d->spec.mod = mod_codes[static_cast<std::size_t>(mod)];
    return make_match(k, d->last, d->spec);
}

// The year after a quarter or half ending at e ("the third quarter of 1990", "the second half,
// 1989", "the first quarter 1991"); with none, a quarter in apposition to one just named takes
// that one's year: "the third quarter, the company's second quarter".
std::optional<Match> Scanner::quarter_year(std::uint32_t k, std::uint32_t e, Spec s) const {
    if (word(e, "of") || word(e, ",")) {
        if (const auto y = year_at(e + 1)) {
            s.anchor = Anchor::absolute;
            s.year = *y;
            e += 2;
        }
    } else if (const auto y = year_at(e); y && s.anchor != Anchor::absolute) {
        s.anchor = Anchor::absolute;
        s.year = *y;
        ++e;
    }
    if (s.anchor == Anchor::partial && s.precision == Unit::quarter && after_quarter_named(k)) {
        s.anchor = Anchor::previous;
        s.refer_to = Precision::quarter;
        s.unit = Unit::year;
        const std::uint32_t the = word(k, "the") ? k : k - 1;  // "the year-ago quarter, the second quarter": a year back
        if (the >= first + 3 && (word(the - 3, "ago") || word(the - 3, "earlier"))) s.amount = -1;
    }
    return make_match(k, e, s);
}

// Whether the expression at k stands in apposition to a quarter or period just named:
// "In the year-ago quarter, the second quarter ended Oct. 31".
bool Scanner::after_quarter_named(std::uint32_t k) const noexcept {
    const std::uint32_t b = word(k, "the") ? k : k > first && word(k - 1, "the") ? k - 1 : k;
    return b >= first + 2 && word(b - 1, ",") && (word(b - 2, "quarter") || word(b - 2, "period"));
}

}  // namespace crisis::temporal
