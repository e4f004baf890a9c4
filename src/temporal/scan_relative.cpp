// temporal/scan_relative: fixed phrases, deictic words, parts of the day, relative units.
#include "temporal/scanner.hpp"

#include <algorithm>
#include <array>

namespace crisis::temporal {

namespace {

// "the day before authorities issued a warrant", "the day after the vote": a word after "the day
// before" that neither continues the sentence ("and", a verb: "the night before was calm") nor is
// punctuation begins the event that the day is next to.
bool next_to_event(const Scanner& sc, std::uint32_t e) noexcept {
    const Tok* t = sc.at(e);
    if (!t || t->kind != TokenKind::word || in(after_relative_day_continuations, t->lower)) return false;
    return !t->is(Cls::past_cue) && !t->is(Cls::future_cue) && !t->is(Cls::present_cue);
}


// "Nov. 3, the day ...", "3 March, the day ...", "on Friday, the day ...": token k follows a comma
// after a day's number (with its month or year) or a weekday.
bool in_apposition(const Scanner& sc, std::uint32_t k) noexcept {
    if (k < sc.first + 2 || !sc.word(k - 1, ",")) return false;
    const auto day = [&](std::uint32_t i) {
        const Tok& d = sc.toks[i];
        return (d.digits >= 1 && d.digits <= 2 && d.suffix != 's') || d.is(Cls::weekday);
    };
    if (day(k - 2)) return true;
    // "on 3 March, the day ...", "the 3rd of March, the day ...": a month after its day
    if (sc.is(k - 2, Cls::month) && k >= sc.first + 3 && (day(k - 3) || sc.word(k - 3, "of"))) return true;
    // "Oct. 12, 1989, the day before the crash": a year after the day
    return sc.toks[k - 2].digits == 4 && k >= sc.first + 4 && sc.word(k - 3, ",") && day(k - 4);
}

// "USA Today", "VOA Today", "Russia Today": a deictic word in title case right after a
// capitalised word of its sentence ends a name (a paper, a programme), not a day; the text
// writes the day in lower case mid-sentence.
bool ends_name(const Scanner& sc, std::uint32_t k) noexcept {
    const Tok* p = sc.before(k);
    return sc.toks[k].capitalised && p && p->kind == TokenKind::word && p->capitalised;
}

// "today's world", "the people of tomorrow": the deictic word at k for the present or the future
// in general (generic_after_deixis), not a day; but "as of today" and "the early hours of today"
// are the article's day (day_before_of_deixis, a part of day or a unit before "of").
bool generic_deixis(const Scanner& sc, std::uint32_t k) noexcept {
    if (sc.possessive(k + 1)) {
        const Tok* n = sc.at(k + 2);
        return n && in(generic_after_deixis, n->lower);
    }
    const auto day_word = [&](std::uint32_t w) {
        return in(day_before_of_deixis, sc.toks[w].lower) || sc.is(w, Cls::part_of_day) || sc.is(w, Cls::unit) ||
               sc.is(w, Cls::units);
    };
    const bool of = k > sc.first + 1 && sc.word(k - 1, "of") && !day_word(k - 2);
    const Tok* n = sc.at(k + 1);
    return of && sc.toks[k - 2].kind == TokenKind::word && (!n || n->kind == TokenKind::punct);
}

// A past-tense auxiliary right before tokens [k, e) or a past-tense verb right after them: "was
// soon released", "soon became".
bool in_past(const Scanner& sc, std::uint32_t k, std::uint32_t e) noexcept {
    if (k > sc.first && in(past_auxiliaries, sc.toks[k - 1].lower)) return true;
    const Tok* t = sc.at(e);
    return t && t->kind == TokenKind::word && participle(*t);
}

// Whether the row p of the phrase table, standing at tokens [k, e), reads there as something else.
bool misread(const Scanner& sc, std::uint32_t k, std::uint32_t e, const Phrase& p) noexcept {
    if (p.after_modal && !(k > sc.first && in(modal_verbs, sc.toks[k - 1].lower))) return true;  // "in one day": a duration
    // "the past three summers": a count after "the past" begins a measure, not a reference (but
    // "the current four flights" keeps the adjective)
    if (p.kind == PhraseKind::ref && p.words.starts_with("the ") && sc.at(e) && (sc.toks[e].number >= 0 || sc.is(e, Cls::number)))
        return true;
    // "as soon as Tuesday", "as recently as 2019": a comparison, the date follows
    if (p.kind == PhraseKind::ref && k > sc.first && sc.word(k - 1, "as") && sc.word(e, "as")) return true;
    if (p.no_article && k > sc.first && (sc.word(k - 1, "a") || sc.word(k - 1, "an"))) return true;  // "an overnight stay"
    // "the week before last Tuesday's vote": the week before a date that follows
    if (p.kind == PhraseKind::dct_unit && sc.at(e) &&
        (sc.is(e, Cls::weekday) || sc.is(e, Cls::month) || sc.is(e, Cls::unit) || sc.is(e, Cls::season)))
        return true;
    // "the week before the vote": next to an event that follows, not to the date mentioned last
    if (p.kind == PhraseKind::anaphor_unit && (p.words.ends_with(" before") || p.words.ends_with(" after")) && sc.at(e) &&
        sc.toks[e].kind == TokenKind::word && !in(after_relative_day_continuations, sc.toks[e].lower))
        return true;
    // "killed soon after being captured", "was soon released", "soon became": a relation to an
    // event, or ahead of a past one, not a time ahead of the article
    return p.only_ahead && (in_past(sc, k, e) || (sc.at(e) && in(event_relations_after_soon, sc.toks[e].lower)));
}

// What the row p of the phrase table says, as a value to resolve.
Spec phrase_spec(const Phrase& p) {
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
        case PhraseKind::dct_unit: s = shifted(Anchor::dct, p.amount, p.unit, p.unit); break;
    }
    s.mod = p.mod;
    return s;
}

// "the day before" / "the day after" (row p, value s) at tokens [k, e): next to the date that
// follows, to the day named before a comma, or else to the day mentioned last.
Match next_to(const Scanner& sc, std::uint32_t k, std::uint32_t e, const Phrase& p, const Spec& s) {
    // "the day before last Tuesday's hearing": the day next to the date that follows, not to the one mentioned
    if (auto d = sc.best(e); p.value.empty() && d && d->first == e && d->spec.anchor != Anchor::literal &&
                             d->spec.precision == Unit::day && d->spec.hour < 0 && d->spec.part_of_day.empty() &&
                             (d->spec.day || d->spec.weekday >= 0 || d->spec.anchor == Anchor::dct)) {
        d->spec.day_shift = p.amount;
        return make_match(k, d->last, d->spec);
    }
    if (next_to_event(sc, e) && in_apposition(sc, k)) {
        // "Oct. 12, the day before the plunge": the day named before the comma
        Spec same = shifted(Anchor::previous, 0, Unit::day, Unit::day);
        same.refer_to = Precision::day, same.fallback_amount = 0;
        return make_match(k, k + 2, same);
    }
    return make_match(k, e, s);
}

// "overnight into Thursday", "overnight to Sunday" (row p, a night before a day, ending at e): the
// night before the day named after it, rather than before the day mentioned last.
std::optional<Match> night_into(const Scanner& sc, std::uint32_t k, std::uint32_t e, const Phrase& p) {
    if (p.kind != PhraseKind::anaphor_days || p.value.empty() || !sc.at(e) || !in(night_into_words, sc.toks[e].lower))
        return std::nullopt;
    auto d = sc.best(e + 1);
    if (!d || d->first != e + 1 || d->spec.anchor == Anchor::literal || d->spec.precision != Unit::day ||
        d->spec.hour >= 0 || !d->spec.part_of_day.empty() || d->spec.day_shift || d->spec.week_of)
        return std::nullopt;
    d->spec.day_shift = p.amount;
    d->spec.part_of_day = p.value;
    d->spec.type = TimexType::time;
    d->first = k;
    return d;
}

// "today is the eighth day of Desert Shield", "It's the second day of an offensive": an ordinal
// day after a copula at k is the day the clause is about, the one mentioned last (else the
// article's). Not "the first day-long meeting", nor "on his first day in office" (no copula).
std::optional<Match> ordinal_day(const Scanner& sc, std::uint32_t k) {
    if (!sc.word(k, "the") || k == sc.first || !in(copulas_before_ordinal_day, sc.toks[k - 1].lower)) return std::nullopt;
    if (!sc.is(k + 1, Cls::ordinal) || sc.value(k + 1, Cls::ordinal) < 1 || !sc.word(k + 2, "day") || sc.hyphen_after(k + 2))
        return std::nullopt;
    Spec s = shifted(Anchor::previous, 0, Unit::day, Unit::day);
    s.refer_to = Precision::day, s.fallback_amount = 0;
    return make_match(k, k + 3, s);
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
        if (e == 0 || (best_match && best_match->last >= e) || misread(*this, k, e, p)) continue;
        const Spec s = phrase_spec(p);
        const bool beside = p.kind == PhraseKind::anaphor_days && p.amount != 0 && (word(e - 1, "before") || word(e - 1, "after"));
        if (auto night = night_into(*this, k, e, p)) best_match = std::move(night);
        else best_match = beside ? next_to(*this, k, e, p, s) : make_match(k, e, s);
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

// "yesterday", "tomorrow night", "tonight", "this morning", "last night" (and, after a copula,
// "the second day": ordinal_day)
std::optional<Match> Scanner::deixis(std::uint32_t k) const {
    Spec s = shifted(Anchor::dct, 0, Unit::day, Unit::day);
    std::uint32_t e = k + 1;
    if (is(k, Cls::deixis)) {
        if (ends_name(*this, k)) return std::nullopt;  // "This is VOA Today."
        if (generic_deixis(*this, k)) return std::nullopt;
        s.amount = value(k, Cls::deixis);
        if (word(k, "tonight")) s.part_of_day = "NI", s.type = TimexType::time;
    } else if (const auto pod = the_part_of_day(k)) {
        return pod;
    } else if (auto d = ordinal_day(*this, k)) {  // "today is the eighth day of Desert Shield"
        return d;
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

namespace {

// "the following quarter", "the latest period", "the latest quarter" (token k's relative word r,
// its noun at e): the quarter after the one mentioned last, or the last one completed.
std::optional<Match> following_or_latest(const Scanner& sc, std::uint32_t k, std::uint32_t e, Rel r) {
    if (!sc.word(e, "quarter") && !sc.word(e, "period")) return std::nullopt;
    if (r == Rel::latest && sc.word(e, "quarter"))  // "the latest quarter": the last one completed before the article
        return make_match(k, e + 1, shifted(Anchor::dct, -1, Unit::quarter, Unit::quarter));
    Spec s = shifted(Anchor::previous, r == Rel::following ? 1 : 0, Unit::quarter, Unit::quarter);
    s.fallback_amount = r == Rel::latest ? -1 : 1;
    s.refer_to = Precision::quarter;
    return make_match(k, e + 1, s);
}

// "last month", "next year", "this quarter's loss", "the past decade": relative word r at k
// (ending before e), a unit longer than a day at e.
Match relative_unit(const Scanner& sc, std::uint32_t k, std::uint32_t e, Rel r, int dir) {
    const auto u = static_cast<Unit>(sc.value(e, Cls::unit));
    if (r == Rel::this_ && u == Unit::quarter && sc.possessive(e + 1)) {  // "This quarter's loss": the one reported
        Spec q = shifted(Anchor::previous, 0, Unit::quarter, Unit::quarter);
        q.fallback_amount = 0;
        q.refer_to = Precision::quarter;
        return make_match(k, e + 1, q);
    }
    if (r == Rel::past && (u == Unit::decade || u == Unit::century))  // "the past decade": the ten years to now
        return make_match(k, e + 1, literal(TimexType::duration, u == Unit::decade ? "P10Y" : "P100Y"));
    return make_match(k, e + 1, shifted(Anchor::dct, dir, u, u));
}

}  // namespace

// "last month", "next week", "this year", "last Friday", "next March", "this summer", "the coming weekend"
std::optional<Match> Scanner::relative(std::uint32_t k) const {
    if (!is(k, Cls::relative)) return std::nullopt;
    auto r = static_cast<Rel>(value(k, Cls::relative));
    std::uint32_t e = k + 1;
    if (r == Rel::this_ && is(e, Cls::relative)) r = static_cast<Rel>(value(e, Cls::relative)), ++e;  // this past, this coming
    const int step = rel_step(r);
    const Direction dir = step < 0 ? Direction::before : step > 0 ? Direction::after : Direction::this_;
    const bool weekday = is(e, Cls::weekday) && toks[e].lower.size() > 3;
    if ((r == Rel::following && !weekday) || r == Rel::latest) return following_or_latest(*this, k, e, r);
    Spec s;
    s.anchor = Anchor::partial;
    s.direction = r == Rel::following ? Direction::after : dir;
    if (weekday) {
        s.weekday = value(e, Cls::weekday);
        // "the previous Friday", "the following Monday", "the next Friday": before or after the day
        // mentioned last (else the article's); "next Friday" alone is the article's
        const bool the = k > first && word(k - 1, "the");
        if (r == Rel::previous || r == Rel::following || (r == Rel::next && the)) s.refer_to = Precision::day;
    }
    else if (const auto day = is(e, Cls::month) ? month_date(e) : std::nullopt; day && day->spec.day && day->spec.anchor == Anchor::partial) {
        Spec d = day->spec;  // "last Oct. 23": the latest Oct. 23 before the article
        d.direction = dir;
        return make_match(k, day->last, d);
    } else if (const auto h = holiday(e); h && h->spec.anchor == Anchor::partial) {
        Spec d = h->spec;  // "last Thanksgiving": the latest one before the article
        d.direction = dir;
        return make_match(k, h->last, d);
    } else if (is(e, Cls::month) && toks[e].capitalised) s.month = static_cast<unsigned>(value(e, Cls::month)), s.precision = Unit::month;
    else if (is(e, Cls::season)) s.sub = value(e, Cls::season), s.precision = Unit::season;
    else if (word(e, "weekend")) s.weekend = true, s.precision = Unit::week;
    else if (r == Rel::last && word(e, "half")) return std::nullopt;  // "the last half": the second half
    else if (r == Rel::last && word(e + 1, "of") && k > first && word(k - 1, "the")) return std::nullopt;  // "the last week of the talks"
    // "the past day" too (but "his last day in office" is his final one)
    else if (is(e, Cls::unit) && (value(e, Cls::unit) > v(Unit::day) || (r == Rel::past && value(e, Cls::unit) == v(Unit::day))))
        return relative_unit(*this, k, e, r, step);
    else return std::nullopt;
    return make_match(k, e + 1, s);
}

}  // namespace crisis::temporal
