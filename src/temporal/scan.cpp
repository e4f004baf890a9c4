// temporal/scan: the scan of a sentence: at each token the longest match of every recogniser,
// with the modifiers before it ("early", "mid-", "the end of", "about") and ranges after it.
#include "temporal/scanner.hpp"

#include <algorithm>

namespace crisis::temporal {

namespace {

struct ModPhrase {
    std::string_view words;
    Mod mod;
};

// Multi-word modifiers before a date or a duration.
constexpr std::array<ModPhrase, 14> mod_phrases{{
    {"the end of", Mod::end},        {"the beginning of", Mod::start}, {"the start of", Mod::start},
    {"the early hours of", Mod::start}, {"the small hours of", Mod::start},
    {"the middle of", Mod::mid},     {"end of", Mod::end},             {"the close of", Mod::end},
    {"more than", Mod::more_than},   {"less than", Mod::less_than},    {"at least", Mod::equal_or_more},
    {"no more than", Mod::equal_or_less}, {"up to", Mod::equal_or_less}, {"over", Mod::more_than},
}};

// Nouns that modify the date they are hyphenated to: "end-January", "start-2022" (after_mod_word).
constexpr std::array<ModPhrase, 2> hyphen_mods{{{"end", Mod::end}, {"start", Mod::start}}};

// The modifiers that keep their sense across "on" before a day: "late on Tuesday".
constexpr std::array<std::string_view, 2> mods_before_on{"early", "late"};


// "until 1994 or later.", "the next year or so,": the end of an open end after an expression
// ending at e (e itself when none follows). The open end closes the clause: before a word it may
// begin another expression or a noun phrase ("by Friday or earlier this week", "and beyond the border").
std::uint32_t past_open_end(const Scanner& sc, std::uint32_t e) {
    for (const std::string_view words : open_ends) {
        const std::uint32_t f = sc.words_at(e, words);
        if (f == 0) continue;
        const Tok* next = sc.at(f);
        return !next || next->kind == TokenKind::punct ? f : e;
    }
    return e;
}

bool calendar_like(const Spec& s) noexcept { return s.anchor != Anchor::literal || s.type == TimexType::duration; }

// "early '90s", "the '80s": the decade after an apostrophe at e (the token after it), else e.
std::uint32_t past_apostrophe(const Scanner& sc, std::uint32_t e) noexcept {
    const Tok* a = sc.at(e);
    const Tok* d = sc.at(e + 1);
    const bool apostrophe = a && (a->lower == "'" || a->lower == "\u2019") && a->glued_next;
    return apostrophe && d && d->digits == 2 && d->suffix == 's' ? e + 1 : e;
}

// Whether "the" before a match belongs to the expression ("the 1990s", "the third quarter",
// "the past two months") rather than to a noun phrase ("the March of ...", "the 2014 vote").
bool takes_the(const Spec& s) noexcept {
    // a duration, but not a bare plural: "in the [weeks] before the vote", "in the [years] that followed"
    if (s.anchor == Anchor::literal) return s.type == TimexType::duration && s.literal.find('X') == std::string::npos;
    if (s.weekend) return true;
    switch (s.precision) {
        case Unit::season:
        case Unit::quarter:
        case Unit::half:
        case Unit::decade:
        case Unit::century: return true;
        default: return s.anchor == Anchor::dct || s.anchor == Anchor::previous;
    }
}

}  // namespace

std::optional<Match> Scanner::core(std::uint32_t k) const {
    if (k >= last) return std::nullopt;
    std::optional<Match> best_match;
    auto consider = [&](std::optional<Match> m) {
        if (m && m->last > m->first && (!best_match || m->last > best_match->last)) best_match = std::move(m);
    };
    const Tok& t = toks[k];
    if (t.kind == TokenKind::number) {
        consider(numeric_date(k));
        consider(day_month(k));
        consider(year(k));
        consider(quarter(k));
        consider(clock(k));
        consider(count_units(k));
        return best_match;
    }
    if (t.kind != TokenKind::word) return year(k);  // "'80s"
    return core_word(k);
}

namespace {

// The words that core_word, best and count_units test by their text at the token where an
// expression begins (beside the lexicon classes and the first words of the phrase tables below).
constexpr std::array<std::string_view, 18> beginning_words{
    "the", "comparable", "same", "year", "this", "last", "fiscal", "fiscal-", "noon", "midday",
    "midnight", "every", "each", "a", "an", "couple", "end", "start"};

// Articles: like "the", they may begin an expression only before a word that may follow "the"
// or the second word of a row they begin ("a year", "a few days", "an hour", "a fortnight ago"),
// so that "a" before a noun ("a statement") is skipped.
constexpr std::array<std::string_view, 3> articles{"the", "a", "an"};

// After "the", the words that a recogniser reading "the" itself tests by their text, beside
// the words that may begin an expression, the words with a lexicon class and the second words of
// the phrase tables' rows that begin with "the": "the fiscal year", "the comparable quarter".
constexpr std::array<std::string_view, 3> words_after_the{"comparable", "same", "corresponding"};

}  // namespace

// The lexicon classes that let a word begin an expression (the gates of core_word, best and
// count_units); tense cues and labels ("said", "article") never do.
constexpr std::uint32_t beginning_classes = [] {
    std::uint32_t m = 0;
    for (const Cls c : {Cls::month, Cls::weekday, Cls::deixis, Cls::relative, Cls::season, Cls::ordinal, Cls::tens,
                        Cls::number, Cls::unit, Cls::units, Cls::fuzzy_count, Cls::set_adverb, Cls::mod, Cls::approx})
        m |= 1U << static_cast<unsigned>(c);
    return m;
}();

// A month begins only capitalised (month_ok, the one recogniser its class opens): "may" and
// "march" as verbs are skipped.
constexpr std::uint32_t capitalised_classes = 1U << static_cast<unsigned>(Cls::month);

const WordIndex::Marked& gate_marks() {
    static const WordIndex::Marked marks = [] {
        WordIndex::Marked m;
        for (const std::string_view w : articles) m.emplace_back(w, the_mark);
        // a row of one word may begin; a longer row, before its second word (after "the" too)
        const auto row = [&m](std::string_view w) {
            const std::size_t sp = w.find(' ');
            const std::string_view first = w.substr(0, sp);
            if (sp == std::string_view::npos) {
                m.emplace_back(first, begins_mark);
                return;
            }
            const std::string_view rest = w.substr(sp + 1);
            const std::string_view second = rest.substr(0, rest.find(' '));
            m.emplace_back(first, head_mark);
            m.emplace_back(second, first == "the" ? after_the_mark | second_mark : second_mark);
        };
        for (const Phrase& p : phrases) row(p.words);
        for (const Holiday& h : holidays) row(h.words);
        for (const ModPhrase& p : mod_phrases) row(p.words);
        for (const std::string_view w : beginning_words) m.emplace_back(w, begins_mark);
        for (const std::string_view w : frequency_words) m.emplace_back(w, begins_mark);
        for (const std::string_view w : year_qualifiers) m.emplace_back(w, after_the_mark);  // "the fiscal year"
        for (const std::string_view w : words_after_the) m.emplace_back(w, after_the_mark);
        // after "a": "an additional year", "a trading day" (count_units reads past them)
        for (const std::string_view w : count_extensions) m.emplace_back(w, after_the_mark);
        for (const std::string_view w : day_kinds) m.emplace_back(w, after_the_mark);
        return m;
    }();
    return marks;
}

bool may_follow_the(const Tok& next, std::uint8_t marks) noexcept {
    // (an apostrophe: "the '90s", past_apostrophe)
    return may_begin(next, marks) || next.classes != 0 || (marks & after_the_mark) != 0 || next.lower == "'" ||
           next.lower == "\u2019";
}

// (A word that a gate below tests by its text must be in beginning_words, or have a class in
// beginning_classes, or begin a row of a phrase table: the scan skips every other word, see
// may_begin; a word read after "the" must be in words_after_the, have a class or may begin, see
// may_follow_the. tests/unit/temporal_scan_test.cpp checks the gate against the recognisers.)
std::optional<Match> Scanner::core_word(std::uint32_t k) const {
    std::optional<Match> best_match;
    auto consider = [&](std::optional<Match> m) {
        if (m && m->last > m->first && (!best_match || m->last > best_match->last)) best_match = std::move(m);
    };
    const Tok& t = toks[k];
    // A word has no number (Tok::number < 0), so some recognisers can only match at a few
    // words: they are tried only at a word that can begin them (each test is what the recogniser
    // itself requires of the word at k).
    const std::string_view w = t.lower;
    const bool the = w == "the", fiscal = w == "fiscal" || w == "fiscal-";
    const bool ordinal = t.is(Cls::ordinal) || (t.suffix == 'o' && t.number > 0);  // "third", "3rd"
    consider(phrase(k));
    if (the || w == "comparable" || w == "same" || w == "year") consider(financial(k));  // "the year-ago quarter"
    if (t.is(Cls::month)) consider(month_date(k));
    if (the) consider(day_month(k));  // "the 17th of December"
    if (the) consider(part_of(k));    // "the first week of March"
    if (the) consider(bare_day(k));   // "on the 24th"
    if (t.is(Cls::weekday)) consider(weekday(k));
    if (t.is(Cls::deixis) || w == "this" || w == "last" || the || t.is(Cls::mod)) consider(deixis(k));  // "yesterday", "last night", "mid-afternoon"
    if (t.is(Cls::relative)) consider(relative(k));
    if (t.is(Cls::season)) consider(season(k));
    if (t.capitalised) consider(holiday(k));
    const bool relative = t.is(Cls::relative);  // "this year's third quarter", "the last half"
    if (fiscal || ordinal || relative || is_period_code(w)) consider(quarter(k));  // "Q3", "H1 2022", "third quarter"
    // "fiscal 2021", "the nineties", "21st century", "nineteen ninety-six", "the year two thousand"
    if (fiscal || ordinal || the || w == "year" || t.is(Cls::tens) || t.is(Cls::number)) consider(year(k));
    if (w == "noon" || w == "midday" || w == "midnight") consider(clock(k));
    consider(count_units(k));
    if (t.is(Cls::set_adverb) || w == "every" || w == "each" || in(frequency_words, w)) consider(set(k));
    return best_match;
}

namespace {

// A multi-word or single-word modifier of the mod_phrases table at k and the expression after it
// ("the end of March", "more than two years"), in table order (the first that fits wins): the
// one-word rows and the rows whose first two words stand here, merged back by row.
std::optional<Match> after_mod_phrase(const Scanner& sc, std::uint32_t k) {
    const PhraseRows rows = rows_starting_with(mod_phrases, sc.toks[k], sc.at(k + 1));
    for (std::size_t a = 0, b = 0; a < rows.one_word.size() || b < rows.longer.size();) {
        const bool one = b == rows.longer.size() || (a < rows.one_word.size() && rows.one_word[a] < rows.longer[b]);
        const ModPhrase& p = mod_phrases[one ? rows.one_word[a++] : rows.longer[b++]];
        const std::uint32_t e = sc.words_at(k, p.words);
        if (e == 0) continue;
        if (p.words == "over" && sc.word(e, "the")) continue;  // "over the past two years": during, not more than
        const bool quantity = p.mod != Mod::start && p.mod != Mod::mid && p.mod != Mod::end;
        auto m = sc.best(e);
        if (!m && !quantity) m = sc.the_unit(e);  // "by the end of the month"
        if (m && calendar_like(m->spec) && (!quantity || m->spec.type == TimexType::duration)) {
            if (m->spec.mod.empty()) m->spec.mod = mod_codes[static_cast<std::size_t>(p.mod)];
            m->first = k;
            return m;
        }
    }
    return std::nullopt;
}

// A modifier ("early", "mid-") or an approximator ("about", "nearly") at k and the expression
// right after it.
std::optional<Match> after_mod_word(const Scanner& sc, std::uint32_t k) {
    const ModPhrase* hyphen_mod = nullptr;  // "end-January" (read only where a word is glued to a hyphen)
    if (!sc.is(k, Cls::mod) && !sc.is(k, Cls::approx)) {
        if (!sc.hyphen_after(k)) return std::nullopt;
        for (const ModPhrase& h : hyphen_mods)
            if (sc.word(k, h.words)) hyphen_mod = &h;
        if (!hyphen_mod) return std::nullopt;
    }
    const bool hyphened = hyphen_mod != nullptr;
    std::uint32_t e = sc.hyphen_after(k) ? k + 2 : k + 1;
    // "late on Tuesday", "early on Jan. 3": the day's end or start (not "later on Tuesday": later that day)
    const bool on_day = e == k + 1 && in(mods_before_on, sc.toks[k].lower) && sc.word(e, "on");
    // "earlier in the year", "later in the week": the start or end of that period
    const bool in_period = e == k + 1 && sc.is(k, Cls::mod) && sc.word(e, "in") && sc.word(e + 1, "the");
    if (on_day || in_period) ++e;
    e = past_apostrophe(sc, e);
    const auto fits = [&](const Spec& sp) {
        if (on_day) return sp.anchor != Anchor::literal && sp.precision == Unit::day && sp.hour < 0 && sp.part_of_day.empty();
        if (in_period)
            return sp.anchor != Anchor::literal && (sp.precision == Unit::week || sp.precision == Unit::month ||
                                                    sp.precision == Unit::quarter || sp.precision == Unit::year);
        if (sc.is(k, Cls::mod) || hyphened) return sp.anchor != Anchor::literal;
        const bool measure = sp.type == TimexType::duration || sp.type == TimexType::time;
        if (measure && in(approx_outside_measures, sc.toks[k].lower)) return false;
        return sp.type == TimexType::duration || (!sc.word(k, "some") && sp.anchor != Anchor::literal);
    };
    auto m = sc.best(e);
    if (!m && in_period) m = sc.the_unit(e);  // "later in the month"
    if (m && calendar_like(m->spec) && m->first == e && fits(m->spec)) {
        const int mv = hyphened ? static_cast<int>(hyphen_mod->mod) : sc.is(k, Cls::mod) ? sc.value(k, Cls::mod) : sc.value(k, Cls::approx);
        if (m->spec.mod.empty()) m->spec.mod = mod_codes[static_cast<std::size_t>(mv)];
        m->first = k;
        return m;
    }
    return std::nullopt;
}

// "the" at k: the recognisers that read it themselves, or the expression after it when it takes
// the article ("the third quarter", not "the 2014 vote"), whichever is longer.
std::optional<Match> after_the(const Scanner& sc, std::uint32_t k) {
    auto own = sc.core(k);  // recognisers that read "the" themselves
    // "the third-quarter loss": a hyphenated adjective goes without the article of its noun
    const auto adjective = [&](const Match& m) {
        const Tok* noun = sc.at(m.last);
        return m.last - m.first >= 3 && sc.hyphen_after(m.last - 3) && sc.is(m.last - 1, Cls::unit) && noun &&
               noun->kind == TokenKind::word && !noun->capitalised;
    };
    if (auto m = sc.best(past_apostrophe(sc, k + 1)); m && takes_the(m->spec) && !adjective(*m) && (!own || m->last > own->last)) {
        m->first = k;
        return m;
    }
    return own;
}

// "2014-15", "1990-91": after a year, a hyphen and two digits glued to it are the next year of the
// range (in the century of the first, or the next one: "1999-00"); none otherwise.
std::optional<int> short_range_year(const Scanner& sc, std::uint32_t k, const Spec& first_year) noexcept {
    const bool year = first_year.anchor == Anchor::absolute && first_year.precision == Unit::year && !first_year.month;
    if (!year || k == 0 || !sc.at(k + 1) || !sc.toks[k - 1].glued_next || !sc.toks[k].glued_next) return std::nullopt;
    if ((!sc.word(k, "-") && !sc.word(k, "\u2013")) || sc.toks[k + 1].digits != 2 || sc.toks[k + 1].suffix != 0)
        return std::nullopt;
    if (sc.at(k + 2) && sc.toks[k + 1].glued_next && !in(short_range_ends, sc.toks[k + 2].lower))
        return std::nullopt;  // "2014-15-16", "1990-91%"
    const int century = first_year.year / 100 * 100;
    const int y = century + sc.toks[k + 1].number;
    return y > first_year.year ? y : y + 100;
}

}  // namespace

std::optional<Match> Scanner::best(std::uint32_t k) const {
    if (k >= last) return std::nullopt;  // a modifier or "the" ends the sentence: "... In the"
    if (!toks[k].begins) return std::nullopt;  // "the Kremlin", "about Russia": nothing begins here
    if (auto m = after_mod_phrase(*this, k)) return m;
    if (auto m = after_mod_word(*this, k)) return m;
    if (word(k, "the")) return after_the(*this, k);
    return core(k);
}

// Whether the token at k may follow the second day of "February 10 to 20": the clause's end or
// a word that may follow a bare day; not a month ("10 and 12 March" is read from its month), a
// unit or a noun ("Feb. 20 and 9 days ago", "March 10 and 12 soldiers"), nor the rest of a
// clock time or a numeric date ("April 27 and 3/14/2020").
namespace {
bool ends_range_day(const Scanner& sc, std::uint32_t k) noexcept {
    const Tok* t = sc.at(k);
    if (!t) return true;
    if (t->kind == TokenKind::punct) return !in(range_day_blockers, t->lower);
    return t->kind == TokenKind::word && !t->is(Cls::month) && in(bare_day_after, t->lower);
}
}  // namespace

namespace {

// After a day with its month ending at k: "February 10 to 20", "Feb. 2 or 3", "Jan. 10, 12 and 13":
// the days that follow take the month of the first. The list must end on "and", "or" or a range
// word and a day where a bare day may end ("Jan. 10, 12 people", "March 10, 12 and 13 soldiers"
// are none). Returns the end of the last day taken (k when none).
std::uint32_t more_days(const Scanner& sc, std::uint32_t k, const Spec& first_day, std::vector<Match>& out) {
    std::array<std::uint32_t, 8> days{};  // the token of each day of the list
    std::size_t n = 0;
    for (std::uint32_t j = k; j + 1 < sc.last && n < days.size(); j += 2) {
        const std::string_view w = sc.toks[j].lower;
        const bool comma = w == ",";
        if ((!comma && !is_range_word(w) && w != "or") || !sc.day_at(j + 1)) return k;
        days[n++] = j + 1;
        if (comma) continue;
        if (!ends_range_day(sc, j + 2)) return k;
        for (std::size_t i = 0; i < n; ++i) {
            Spec s = first_day;
            s.day = static_cast<unsigned>(*sc.day_at(days[i]));
            s.weekday = -1;
            s.range_end = true;
            out.push_back(Match{days[i], days[i] + 1, s});
        }
        return j + 2;
    }
    return k;
}

}  // namespace

void scan_sentence(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last, std::vector<Match>& out) {
    const Scanner sc{toks, first, last};
    for (std::uint32_t k = first; k < last;) {
        if (!toks[k].begins) { ++k; continue; }  // no recogniser can begin here (nor a day: a number)
        // "between 10 and 20 February": the first day takes the month of the second
        if (const auto d = sc.day_at(k); d && k + 1 < last && is_range_word(toks[k + 1].lower)) {
            if (const auto m = sc.day_month(k + 2); m && m->spec.day) {
                Spec s = m->spec;
                s.day = static_cast<unsigned>(*d);
                out.push_back(Match{k, k + 1, s});
                k = k + 2;
                continue;
            }
        }
        auto m = sc.best(k);
        if (!m) { ++k; continue; }
        m->last = past_open_end(sc, m->last);
        k = m->last;
        const Spec spec = m->spec;
        out.push_back(std::move(*m));
        if (spec.day && spec.month && spec.hour < 0) k = more_days(sc, k, spec, out);
        if (const auto y = short_range_year(sc, k, spec)) {  // "the 2014-15 conflict": 2014, then 2015
            Spec s = spec;
            s.year = *y;
            out.push_back(Match{k + 1, k + 2, s});
            k += 2;
        }
    }
}

bool is_range_word(std::string_view w) noexcept { return w == "and" || in(range_links, w); }

}  // namespace crisis::temporal
