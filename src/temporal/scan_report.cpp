// temporal/scan_report: the year and the periods of financial reports ("the fiscal year",
// "year-end", "the year-ago quarter", "the 1988 period", "the week of March 6").
#include "temporal/scanner.hpp"

#include <algorithm>

namespace crisis::temporal {

// "the year", "the fiscal year", "year-end", "by year's end": the article's year; "the year
// ended Sept. 30" is the twelve months up to that day, a duration.
std::optional<Match> Scanner::the_year(std::uint32_t k) const {
    std::uint32_t b = k;
    if (word(b, "year") && possessive(b + 1) && word(b + 2, "end")) b += 2;
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
    const auto qualifier = [&](std::uint32_t i) {
        return in(year_qualifiers, at(i) ? toks[i].lower : "");
    };
    int years = 0;  // "the current fiscal year", "the latest fiscal year": the year is named, whatever follows
    const bool named = is(b, Cls::relative) && qualifier(b + 1);
    if (named) years = qualified_year_shifts[static_cast<std::size_t>(value(b, Cls::relative))], ++b;
    if (qualifier(b)) ++b;
    if (!word(b, "year") || hyphen_after(b)) return std::nullopt;
    const Tok* n = at(b + 1);
    if (n && (n->kind == TokenKind::number || n->is(Cls::number) || n->is(Cls::shift_after))) return std::nullopt;
    if (n && !named && in(not_after_the_year, n->lower))
        return std::nullopt;
    if (n && in(year_period_ends, n->lower))
        return make_match(k, b + 1, literal(TimexType::duration, "P1Y"));
    return make_match(k, b + 1, shifted(Anchor::dct, years, Unit::year, Unit::year));
}

// "the month", "the week" (only where a part of it is meant: "by the end of the month"): in a past
// clause the month (week) mentioned last, else the article's.
std::optional<Match> Scanner::the_unit(std::uint32_t k) const {
    if (!word(k, "the")) return std::nullopt;
    for (const UnitReference& u : unit_references) {
        if (!word(k + 1, u.word)) continue;
        Spec s = shifted(Anchor::previous, 0, u.unit, u.unit);
        s.refer_to = u.precision;
        s.refer_if_past = true;
        s.fallback_amount = 0;
        return make_match(k, k + 2, s);
    }
    return std::nullopt;
}

// "the quarter ended July 31" (no ordinal: a fiscal quarter named by its last day): the quarter
// mentioned last ("the fiscal first quarter"), and when none was, the calendar quarter that holds
// most of its three months, the one of the day 45 days before its end (May to July: the second
// quarter), the last one to end by the article date (resolve, a quarter anaphor with a sub).
std::optional<Spec> Scanner::quarter_ended(std::uint32_t k) const {
    const auto m = k < last ? month_date(k) : std::nullopt;
    if (!m || !m->spec.day || m->spec.hour >= 0) return std::nullopt;
    int month = static_cast<int>(m->spec.month) - (m->spec.day > 15 ? 1 : 2);
    if (month < 1) month += 12;
    Spec s = shifted(Anchor::previous, 0, Unit::quarter, Unit::quarter);
    s.refer_to = Precision::quarter;
    s.year = m->spec.anchor == Anchor::absolute ? m->spec.year : 0;
    if (s.year && month > static_cast<int>(m->spec.month)) --s.year;  // "ended Jan. 31, 1990": 1989-Q4
    s.sub = (month - 1) / 3 + 1;
    return s;
}

namespace {

// The period a year before the one mentioned last (a quarter); in a sentence about the nine
// months, the year before the article's.
Spec year_ago(const Scanner& sc, std::uint32_t k) {
    Spec s = shifted(Anchor::previous, -1, Unit::year, Unit::year);
    s.keep_anchor_precision = true;
    s.refer_to = Precision::quarter;
    s.comparison = true;
    if (sc.months_total_before(k)) s = shifted(Anchor::dct, -1, Unit::year, Unit::year), s.comparison = true;
    return s;
}

}  // namespace

namespace {

// Where the period noun of a financial expression at k stands: after "the" and an adjective of
// comparison ("the corresponding period", "the same quarter").
std::uint32_t period_noun_at(const Scanner& sc, std::uint32_t k) {
    std::uint32_t b = k;
    if (sc.word(b, "the")) ++b;
    if (sc.at(b) && in(comparison_adjectives, sc.toks[b].lower)) ++b;
    return b;
}

// "year-earlier", "the year-ago period", "the year-ago third quarter", "the year-earlier nine
// months" at b ("the" at k when b > k): the period a year before the one mentioned last.
std::optional<Match> year_earlier(const Scanner& sc, std::uint32_t k, std::uint32_t b) {
    if (!sc.word(b, "year") || !sc.hyphen_after(b) || (!sc.word(b + 2, "earlier") && !sc.word(b + 2, "ago")))
        return std::nullopt;
    std::uint32_t e = b + 3;
    if (sc.is(e, Cls::ordinal) && sc.word(e + 1, "quarter")) ++e;  // "the year-ago third quarter"
    const bool period = sc.at(e) && in(financial_period_nouns, sc.toks[e].lower);
    if (period) ++e;
    // "the year-earlier nine months": the months counted, a duration
    if (b > k && !period)
        if (auto d = sc.count_units(e); d && d->first == e && d->spec.type == TimexType::duration && d->spec.anchor == Anchor::literal)
            return make_match(k, d->last, d->spec);
    return make_match(period ? k : b, e, year_ago(sc, k));  // "The [year-ago] results": not the noun, nor "the"
}

// The periods compared with a year before: "the corresponding period last year", "the quarter a
// year ago", "year-earlier", "the 1988 period".
std::optional<Match> compared_period(const Scanner& sc, std::uint32_t k) {
    const std::uint32_t b = period_noun_at(sc, k);
    // "the corresponding period last year", "the quarter a year ago"
    if (b > k && sc.at(b) && in(financial_period_nouns, sc.toks[b].lower))
        for (const std::string_view words : year_before_words)
            if (const std::uint32_t e = sc.words_at(b + 1, words)) return make_match(k, e, year_ago(sc, k));
    if (auto m = year_earlier(sc, k, b)) return m;
    // "the 1988 period", "the 1989 quarter": the quarter last mentioned, in that year
    if (b == k + 1 && sc.year_at(b) && (sc.word(b + 1, "period") || sc.word(b + 1, "quarter"))) {
        Spec s = shifted(Anchor::previous, 0, Unit::year, Unit::year);
        s.year = *sc.year_at(b);
        s.refer_to = Precision::quarter;
        s.comparison = true;
        if (sc.months_total_before(k)) s.refer_to.reset();  // "In the nine months, ... in the 1988 period": that year
        return make_match(k, b + 2, s);
    }
    return std::nullopt;
}

// "the week of March 6", "the quarter ended July 31", "the quarter", "the weekend"
std::optional<Match> the_period(const Scanner& sc, std::uint32_t k) {
    const std::uint32_t b = period_noun_at(sc, k);
    if (b != k + 1) return std::nullopt;
    // "the week of March 6": that day's week; "the weekend of February 12-13" (or "of 12-13
    // February"): the weekend of those days, the range within the expression
    if ((sc.word(b, "week") || sc.word(b, "weekend")) && sc.word(b + 1, "of")) {
        const auto range_at = [&](std::uint32_t j) { return j < sc.last && is_range_word(sc.toks[j].lower); };
        const bool days_first = sc.day_at(b + 2) && range_at(b + 3);
        auto m = sc.month_date(days_first ? b + 4 : b + 2);  // "March 6"
        if (!m) m = sc.day_month(days_first ? b + 4 : b + 2);  // "6 March"
        if (m && m->spec.day && m->spec.hour < 0) {
            m->spec.week_of = true;
            m->spec.weekend = sc.word(b, "weekend");
            m->first = k;
            if (!days_first && range_at(m->last) && sc.day_at(m->last + 1)) m->last += 2;
            return m;
        }
    }
    if (sc.word(b, "quarter") && (sc.word(b + 1, "ended") || sc.word(b + 1, "ending")))
        if (auto m = sc.quarter_ended(b + 2)) return make_match(k, b + 1, *m);  // "the quarter ended July 31"
    if (sc.word(b, "quarter") && !sc.hyphen_after(b)) {  // not "the quarter-to-quarter comparison"
        Spec s = shifted(Anchor::previous, 0, Unit::quarter, Unit::quarter);
        s.fallback_amount = -1;
        s.refer_to = Precision::quarter;
        return make_match(k, b + 1, s);
    }
    if (sc.word(b, "weekend")) {  // "the weekend": the tense decides which one
        Spec s;
        s.anchor = Anchor::partial;
        s.weekend = true;
        s.today_included = true;  // written on a Saturday, "planned for the weekend" is this one
        s.precision = Unit::week;
        return make_match(k, b + 1, s);
    }
    return std::nullopt;
}

}  // namespace

// Financial reports: "the quarter", "year-earlier", "the year-ago period"
std::optional<Match> Scanner::financial(std::uint32_t k) const {
    if (auto m = compared_period(*this, k)) return m;
    if (auto m = the_year(k)) return m;
    return the_period(*this, k);
}

}  // namespace crisis::temporal
