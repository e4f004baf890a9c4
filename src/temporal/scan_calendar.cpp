// temporal/scan_calendar: absolute and partial calendar dates, years, weekdays, seasons (quarters
// and halves: scan_quarter.cpp; clock times: scan_clock.cpp).
#include "temporal/scanner.hpp"

namespace crisis::temporal {

namespace {

// Words before a capitalised "May" or "March" that make it a month, not a name or a verb.
constexpr std::array<std::string_view, 24> month_context{
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "last", "next",
    "this", "early", "late", "mid", "of", "between", "to", "and", "for", "throughout", "around", "on"};

// Nouns after "the May" or "the March" that make it the month the noun happens in ("the March
// summit", "the May elections"), not a name ("the May government") or a procession.
constexpr std::array<std::string_view, 20> month_nouns{
    "summit", "meeting", "meetings", "talks", "elections", "election", "vote", "referendum", "deadline",
    "visit", "accession", "agreement", "accord", "ceasefire", "offensive", "session", "round", "report",
    "figures", "data"};

// Titles before a name: "Mr. Sunday", "Mrs May" name a person, not a day or a month.
constexpr std::array<std::string_view, 6> honorifics{"mr", "mrs", "ms", "miss", "dr", "sir"};

bool after_honorific(const Scanner& sc, std::uint32_t k) noexcept {
    if (k > sc.first && in(honorifics, sc.toks[k - 1].lower)) return true;
    return k > sc.first + 1 && sc.word(k - 1, ".") && sc.glued(k - 2) && in(honorifics, sc.toks[k - 2].lower);
}

Spec partial_day(unsigned month, unsigned day) {
    Spec s;
    s.anchor = Anchor::partial;
    s.precision = day ? Unit::day : Unit::month;
    s.month = month;
    s.day = day;
    return s;
}

// A year in words: "nineteen ninety-six", "nineteen eighty", and after "year" also "two
// thousand" ("the year two thousand"). The year and the end of its words.
std::optional<std::pair<int, std::uint32_t>> spelled_year(const Scanner& sc, std::uint32_t k) {
    if (!sc.is(k, Cls::number)) return std::nullopt;
    const int hi = sc.value(k, Cls::number);
    if (hi == 2 && sc.word(k + 1, "thousand") && k > sc.first && sc.word(k - 1, "year")) {
        if (sc.is(k + 2, Cls::number) && sc.value(k + 2, Cls::number) < 20) return std::pair{2000 + sc.value(k + 2, Cls::number), k + 3};
        return std::pair{2000, k + 2};
    }
    const std::uint32_t t = k + 1;
    if (hi < spelled_century_min || hi > spelled_century_max || !sc.is(t, Cls::tens) || sc.toks[t].lower.back() == 's')
        return std::nullopt;
    const int year = hi * 100 + sc.value(t, Cls::tens) * 10;
    const std::uint32_t u = sc.hyphen_after(t) ? t + 2 : t + 1;
    if (sc.is(u, Cls::number) && sc.value(u, Cls::number) > 0 && sc.value(u, Cls::number) < 10 && (u == t + 2 || !sc.glued(t)))
        return std::pair{year + sc.value(u, Cls::number), u + 1};
    return std::pair{year, t + 1};
}

// "June last year", "31 March next year", "July 4 this year": a relative year at e after a month
// or a day of one (spec s) gives its year from the article date; returns the end (e when none).
std::uint32_t relative_year_after(const Scanner& sc, std::uint32_t e, Spec& s) {
    if (!sc.is(e, Cls::relative) || !sc.word(e + 1, "year")) return e;
    const auto r = static_cast<Rel>(sc.value(e, Cls::relative));
    s.anchor = Anchor::dct;
    s.unit = Unit::year;
    s.amount = r == Rel::last ? -1 : r == Rel::next ? 1 : 0;
    return e + 2;
}

// Month m named at k, no day after it, the next token e: "September 2014", "May, 2021", "January
// nineteen ninety-seven", "June last year", else the month alone ("December").
Match month_year(const Scanner& sc, std::uint32_t k, std::uint32_t e, unsigned m) {
    std::uint32_t f = e;
    if ((sc.word(f, ",") || sc.word(f, "of")) && sc.year_at(f + 1)) ++f;  // "March, 2014", "March of 2014"
    if (const auto y = sc.year_at(f)) {
        Spec s = partial_day(m, 0);
        s.anchor = Anchor::absolute;
        s.year = *y;
        return make_match(k, f + 1, s);
    }
    if (const auto sy = spelled_year(sc, f)) {  // "January nineteen ninety-seven"
        Spec s = partial_day(m, 0);
        s.anchor = Anchor::absolute;
        s.year = sy->first;
        return make_match(k, sy->second, s);
    }
    if (Spec s = partial_day(m, 0); relative_year_after(sc, e, s) > e) {  // "June last year"
        return make_match(k, e + 2, s);
    }
    return make_match(k, e, partial_day(m, 0));
}

}  // namespace

bool Scanner::month_ok(std::uint32_t k) const noexcept {
    const Tok& t = toks[k];
    if (!t.is(Cls::month) || !t.capitalised || after_honorific(*this, k)) return false;
    const bool abbreviation = t.lower.size() <= 4 && t.lower != "june" && t.lower != "july" && t.lower != "may";
    const Tok* n = at(k + 1);
    const bool number_next = n && n->number >= 0 && n->suffix != 's';
    // "Jan-Feb 2022": an abbreviation glued by a hyphen to another month
    const bool month_range = word(k + 1, "-") && glued(k) && glued(k + 1) && is(k + 2, Cls::month);
    if (abbreviation) return number_next || (word(k + 1, ".") && glued(k)) || word(k + 1, ",") || month_range;
    if (t.lower != "may" && t.lower != "march") return true;
    if (number_next) return true;
    if (word(k + 1, "of") && at(k + 2) && toks[k + 2].capitalised) return false;  // March of the Living
    const Tok* p = before(k);
    if (p && p->lower == "-" && k - 1 > first && glued(k - 1) && glued(k - 2)) p = before(k - 1);  // "mid-March"
    if (!p) return false;
    if (p->lower == "the" && at(k + 1) && in(month_nouns, toks[k + 1].lower)) return true;
    for (std::string_view w : month_context)
        if (p->lower == w) return true;
    return false;
}

std::optional<int> Scanner::year_at(std::uint32_t k) const noexcept {
    const Tok* t = at(k);
    if (!t || t->digits != 4 || t->suffix != 0 || t->number < 1000 || t->number > 2100) return std::nullopt;
    if (const Tok* p = before(k); p && (p->is(Cls::not_before_number) || p->lower == "$" || p->lower == "#")) return std::nullopt;
    if (glued(k) && (word(k + 1, ":") || word(k + 1, "%") || word(k + 1, "/"))) return std::nullopt;
    if (const Tok* n = at(k + 1); n && n->is(Cls::not_before_number) && n->value(Cls::not_before_number) == 2)
        return std::nullopt;
    return t->number;
}

std::optional<int> Scanner::day_at(std::uint32_t k) const noexcept {
    const Tok* t = at(k);
    if (!t || t->number < 1 || t->number > 31 || t->digits > 2 || t->suffix == 's') return std::nullopt;
    if (glued(k) && word(k + 1, ":") && glued(k + 1) && at(k + 2) && toks[k + 2].number >= 0) return std::nullopt;  // 10:30
    if (glued(k) && word(k + 1, ",") && at(k + 2) && toks[k + 2].number >= 0 && toks[k + 2].digits == 3)
        return std::nullopt;  // 25,000
    return t->number;
}

// "December 17", "Dec. 17, 2021", "Jan 26th", "September 2014", "December", "June last year"
std::optional<Match> Scanner::month_date(std::uint32_t k) const {
    if (k >= last || !month_ok(k)) return std::nullopt;
    const auto m = static_cast<unsigned>(value(k, Cls::month));
    std::uint32_t e = k + 1;
    const bool abbreviated = toks[k].lower.size() <= 4 && toks[k].lower != "june" && toks[k].lower != "july" &&
                             toks[k].lower != "may";
    if (abbreviated && word(e, ".") && glued(k)) ++e;
    if (const auto d = day_at(e); d && !year_at(e)) {
        std::uint32_t f = e + 1;
        Spec s = partial_day(m, static_cast<unsigned>(*d));
        s.written_order = NumericOrder::month_first;
        if (word(f, ",") && year_at(f + 1)) ++f;
        if (const auto y = year_at(f)) {
            s.anchor = Anchor::absolute;
            s.year = *y;
            return make_match(k, f + 1, s);
        }
        const std::uint32_t end = relative_year_after(*this, e + 1, s);  // "July 4 last year"
        return make_match(k, end, s);
    }
    return month_year(*this, k, e, m);
}

// "17 December", "5 December 1994", "the 26th of January", "26th January 2022"
std::optional<Match> Scanner::day_month(std::uint32_t k) const {
    std::uint32_t b = k;
    const bool the = word(b, "the");
    if (the) ++b;
    const auto d = day_at(b);
    if (!d) return std::nullopt;
    std::uint32_t e = b + 1;
    if (the || word(e, "of")) {
        if (toks[b].suffix != 'o' || !word(e, "of")) return std::nullopt;
        ++e;
    }
    if (e >= last || !toks[e].is(Cls::month) || !toks[e].capitalised) return std::nullopt;
    Spec s = partial_day(static_cast<unsigned>(value(e, Cls::month)), static_cast<unsigned>(*d));
    s.written_order = NumericOrder::day_first;
    ++e;
    if (word(e, ".") && glued(e - 1)) ++e;
    std::uint32_t f = e;
    if (word(f, ",")) ++f;
    if (const auto y = year_at(f)) {
        s.anchor = Anchor::absolute;
        s.year = *y;
        e = f + 1;
    } else if (const std::uint32_t r = relative_year_after(*this, e, s); r > e) {  // "31 March next year"
        e = r;
    } else if (e > 0 && toks[e - 1].lower == ".") {
        --e;  // "17 Dec." ends the sentence: keep the period out
    }
    return make_match(k, e, s);
}

// "on the 24th", "by the 5th,", "on the evening of the 12th": the day of a month left unsaid (the
// one mentioned last, else around the article date by the tense; resolve.cpp). After "the <part of
// day> of", TimeML tags the day alone, as it does "the night of February 23".
std::optional<Match> Scanner::bare_day(std::uint32_t k) const {
    if (!word(k, "the") || k == first) return std::nullopt;
    const bool of_part = k >= first + 3 && toks[k - 1].lower == "of" && toks[k - 2].is(Cls::part_of_day) && toks[k - 3].lower == "the";
    if (!of_part && !in(bare_day_before, toks[k - 1].lower)) return std::nullopt;
    const auto d = day_at(k + 1);
    if (!d || toks[k + 1].suffix != 'o') return std::nullopt;
    const Tok* next = at(k + 2);
    if (next && next->kind != TokenKind::punct && !in(bare_day_after, next->lower)) return std::nullopt;
    if (next && next->lower == "-") return std::nullopt;  // "the 21st-century"
    return make_match(k, k + 2, partial_day(0, static_cast<unsigned>(*d)));
}

// "24.02.2022": one number token (the tokenizer keeps dots between digits), day first.
std::optional<Match> dotted_date(const Scanner& sc, std::uint32_t k) {
    const std::string_view w = sc.toks[k].lower;
    int part[3] = {0, 0, 0};
    std::size_t len[3] = {0, 0, 0};
    std::size_t p = 0;
    for (const char c : w) {
        if (c == '.' && p < 2 && len[p] > 0) { ++p; continue; }
        if (c < '0' || c > '9' || len[p] >= 4) return std::nullopt;
        part[p] = part[p] * 10 + (c - '0');
        ++len[p];
    }
    if (p != 2 || len[0] > 2 || len[1] > 2 || len[2] != 4) return std::nullopt;
    if (part[1] < 1 || part[1] > 12 || part[0] < 1 || part[0] > 31) return std::nullopt;
    Spec s = partial_day(static_cast<unsigned>(part[1]), static_cast<unsigned>(part[0]));
    s.anchor = Anchor::absolute;
    s.year = part[2];
    return make_match(k, k + 1, s);
}

// "2021-12-17", "17/12/2021" (day first unless impossible, or unless another date of the article
// is month first: Spec::numeric_order), "12/17/2021", "24.02.2022"
std::optional<Match> Scanner::numeric_date(std::uint32_t k) const {
    if (k < last && toks[k].kind == TokenKind::number && toks[k].number < 0) return dotted_date(*this, k);
    const Tok* a = at(k);
    if (!a || a->number < 0 || a->suffix || !glued(k) || !glued(k + 1) || !glued(k + 2) || !glued(k + 3)) return std::nullopt;
    const Tok* b = at(k + 2);
    const Tok* c = at(k + 4);
    if (!b || !c || b->number < 0 || c->number < 0 || b->suffix || c->suffix) return std::nullopt;
    const std::string_view sep = toks[k + 1].lower;
    if (toks[k + 3].lower != sep || (sep != "-" && sep != "/" && sep != ".")) return std::nullopt;
    if (k + 4 < last && glued(k + 4) && at(k + 5) && (word(k + 5, "-") || word(k + 5, "/"))) return std::nullopt;
    int y = 0, m = 0, d = 0;
    NumericOrder order = NumericOrder::none;  // year first: "2021-12-17"
    if (a->digits == 4 && b->digits <= 2 && c->digits <= 2) {
        y = a->number, m = b->number, d = c->number;
    } else if (a->digits <= 2 && b->digits <= 2 && (c->digits == 4 || c->digits == 2)) {
        y = c->digits == 4 ? c->number : (c->number < 50 ? 2000 + c->number : 1900 + c->number);
        d = a->number, m = b->number;
        if (m > 12 && d <= 12) std::swap(d, m), order = NumericOrder::month_first;  // impossible day-first
        else if (d > 12) order = NumericOrder::day_first;
        else if (d != m) order = NumericOrder::either;
    } else {
        return std::nullopt;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    Spec s = partial_day(static_cast<unsigned>(m), static_cast<unsigned>(d));
    s.anchor = Anchor::absolute;
    s.year = y;
    s.numeric_order = order;
    return make_match(k, k + 5, s);
}

// "2014", "fiscal 1989", "the 1990s", "'80s", "the nineties", "the 20th century"
std::optional<Match> Scanner::year(std::uint32_t k) const {
    std::uint32_t b = k;
    if (word(b, "fiscal")) ++b;
    Spec s;
    s.anchor = Anchor::absolute;
    const Tok* t = at(b);
    if (!t) return std::nullopt;
    if (t->suffix == 's' && t->number >= 0 && t->number % 10 == 0 && (t->digits == 4 || t->digits == 2)) {
        // two digits need an apostrophe or "the" ("the '90s", "the late 80s"; "in his 90s" is an age)
        const Tok* p = before(b);
        const Tok* pp = p && is(b - 1, Cls::mod) ? before(b - 1) : p;
        const bool apostrophe = p && (p->lower == "'" || p->lower == "\u2019");
        if (t->digits == 2 && !apostrophe && !(pp && pp->lower == "the")) return std::nullopt;
        s.precision = Unit::decade;
        s.year = t->digits == 4 ? t->number / 10 : 190 + t->number / 10;
        return make_match(k, b + 1, s);
    }
    if (t->is(Cls::tens) && t->lower.back() == 's' && before(b) && before(b)->lower == "the") {
        s.precision = Unit::decade;
        s.year = 190 + t->value(Cls::tens);
        return make_match(k, b + 1, s);
    }
    if ((t->suffix == 'o' || t->is(Cls::ordinal)) && word(b + 1, "century")) {
        const int n = t->suffix == 'o' ? t->number : t->value(Cls::ordinal);
        if (n < 1 || n > 30) return std::nullopt;
        s.precision = Unit::century;
        s.year = n - 1;
        return make_match(k, b + 2, s);
    }
    const std::uint32_t w = word(b, "the") && word(b + 1, "year") ? b + 2 : word(b, "year") ? b + 1 : b;
    if (const auto sy = spelled_year(*this, w)) {  // "nineteen ninety-six", "the year two thousand"
        s.precision = Unit::year;
        s.year = sy->first;
        return make_match(k, sy->second, s);
    }
    const auto y = year_at(b);
    if (!y) return std::nullopt;
    s.precision = Unit::year;
    s.year = *y;
    return make_match(k, b + 1, s);
}

std::optional<std::pair<std::string_view, std::uint32_t>> Scanner::part_of_day(std::uint32_t k) const noexcept {
    if (!is(k, Cls::part_of_day)) return std::nullopt;
    return std::pair{part_of_day_codes[static_cast<std::size_t>(value(k, Cls::part_of_day))], k + 1};
}

namespace {

// The TIMEX3 code of a part of the day in the plural at token k ("nights": "NI"), if one stands there.
std::optional<std::string_view> plural_part_of_day(const Scanner& sc, std::uint32_t k) {
    if (!sc.at(k)) return std::nullopt;
    for (const PluralPartOfDay& p : plural_parts_of_day)
        if (sc.toks[k].lower == p.word) return p.code;
    return std::nullopt;
}

// "Tuesday nights" (every Tuesday night), "Monday and Tuesday nights": the weekday at k before a
// part of the day in the plural, or before a second weekday that has one, is a set.
std::optional<Match> weekday_set(const Scanner& sc, std::uint32_t k) {
    std::uint32_t e = k + 2;
    auto code = plural_part_of_day(sc, k + 1);
    if (!code && (sc.word(k + 1, "and") || sc.word(k + 1, "or")) && sc.is(k + 2, Cls::weekday))
        code = plural_part_of_day(sc, k + 3), e = k + 1;
    if (!code) return std::nullopt;
    const int wd = sc.value(k, Cls::weekday);
    return make_match(k, e, literal(TimexType::set, "XXXX-WXX-" + std::to_string(wd == 0 ? 7 : wd) + "T" + std::string(*code)));
}

}  // namespace

// "Friday", "Monday night", "Friday, Oct. 23", "Thursday, April 6, 2000", "Tuesday nights"
std::optional<Match> Scanner::weekday(std::uint32_t k) const {
    if (!is(k, Cls::weekday) || toks[k].lower.size() <= 3 || after_honorific(*this, k)) return std::nullopt;
    // "The Sunday Times", "the Monday Club": a name
    if (k > first && word(k - 1, "the") && k + 1 < last && toks[k + 1].capitalised && !is(k + 1, Cls::month))
        return std::nullopt;
    std::uint32_t e = k + 1;
    if (word(e, ",") || (toks[k].glued_next && word(e, "."))) ++e;
    for (auto md : {month_date(e), day_month(e)}) {  // "Friday, Oct. 23", "Sunday, 23 January"
        if (md && md->spec.day) {
            md->first = k;
            md->spec.weekday = value(k, Cls::weekday);
            return md;
        }
    }
    if (auto set = weekday_set(*this, k)) return set;
    Spec s;
    s.anchor = Anchor::partial;
    s.weekday = value(k, Cls::weekday);
    s.today_included = (k > first && word(k - 1, "later")) || (k > first + 1 && word(k - 1, "on") && word(k - 2, "later"));
    e = k + 1;
    if (possessive(e)) return make_match(k, e, s);
    if (const auto pod = part_of_day(e)) {
        s.part_of_day = pod->first;
        s.type = TimexType::time;
        e = pod->second;
    } else if (word(e, "week") && !hyphen_after(e) && (e + 1 == last || toks[e + 1].kind == TokenKind::punct ||
                                                       in(after_weekday_week, toks[e + 1].lower))) {
        s.direction = Direction::on_or_after;  // "Tuesday week": a week after the coming Tuesday
        s.day_shift = 7;
        ++e;
    } else if (const std::uint32_t w = word(e, "of") ? (word(e + 1, "the") ? e + 2 : e + 1) : e;
               is(w, Cls::relative) && word(w + 1, "week")) {
        // "Wednesday last week", "on Friday of next week", "Sunday of the coming week": that weekday
        // of the week named after it (the weekday alone; the week is an expression of its own)
        const auto r = static_cast<Rel>(value(w, Cls::relative));
        const bool the = w == e + 2;
        if (the ? (r == Rel::next || r == Rel::coming) : (r == Rel::last || r == Rel::next || r == Rel::this_ || r == Rel::coming)) {
            Spec in_week = shifted(Anchor::dct, rel_step(r), Unit::week, Unit::week);
            in_week.weekday = s.weekday;
            return make_match(k, e, in_week);
        }
    } else if (is(e, Cls::relative) && (e + 1 == last || toks[e + 1].kind == TokenKind::punct)) {
        // "on Thursday last", "on Monday next" (British): last Thursday, next Monday
        const auto r = static_cast<Rel>(value(e, Cls::relative));
        if (r == Rel::last || r == Rel::next) s.direction = r == Rel::last ? Direction::before : Direction::after, ++e;
    }
    return make_match(k, e, s);
}

// "summer", "the summer of 2008", "last fall", "winter 2014"
std::optional<Match> Scanner::season(std::uint32_t k) const {
    if (!is(k, Cls::season)) return std::nullopt;
    Spec s;
    s.anchor = Anchor::partial;
    s.precision = Unit::season;
    s.sub = value(k, Cls::season);
    std::uint32_t e = k + 1;
    std::uint32_t f = word(e, "of") ? e + 1 : e;
    if (const auto y = year_at(f)) {
        s.anchor = Anchor::absolute;
        s.year = *y;
        return make_match(k, f + 1, s);
    }
    if (const auto sy = spelled_year(*this, f)) {  // "the winter of nineteen ninety-four"
        s.anchor = Anchor::absolute;
        s.year = sy->first;
        return make_match(k, sy->second, s);
    }
    if (const std::uint32_t r = relative_year_after(*this, f, s); r > f) return make_match(k, r, s);  // "the spring of last year"
    const Tok* p = before(k);
    static constexpr std::array<std::string_view, 12> context{"the", "this", "last", "next", "in", "early", "late",
                                                             "mid", "during", "past", "coming", "-"};
    bool ok = false;
    for (std::string_view w : context) ok = ok || (p && p->lower == w);
    if (!ok) return std::nullopt;
    return make_match(k, e, s);
}

}  // namespace crisis::temporal
