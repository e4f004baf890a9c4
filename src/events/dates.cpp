// The date of an event: the time expression that governs its clause, else the article's date.
#include "events/roles.hpp"
#include "events/roles_shared.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>

namespace crisis::detail {

namespace {

// How many words may stand between "when" (or "after", "before") and the trigger: its subject.
constexpr std::uint32_t when_subject_reach = 6;

// The number of days of a duration value in days or weeks ("P1D" 1, "P2W" 14), else 0.
int duration_days(std::string_view v) {
    if (v.size() < 3 || v.front() != 'P' || (v.back() != 'D' && v.back() != 'W')) return 0;
    int n = 0;
    for (const char ch : v.substr(1, v.size() - 2)) {
        if (ch < '0' || ch > '9' || n > 999) return 0;
        n = n * 10 + (ch - '0');
    }
    return v.back() == 'W' ? 7 * n : n;
}

bool after_dct(const ArticleContext& c, const CalendarDate& d) {
    return d.first > date::sys_days(c.article.date);
}

// Words that begin or carry a clause of what was said: a time after one of them is the time of
// what was said, not of the statement ("said Kyiv had seen the response on Monday").
constexpr std::array<std::string_view, 25> clause_words{
    "that", "whether", "if", "would", "will", "was", "were", "is", "are", "had", "has", "have", "could",
    "should", "may", "might", "must", "can", "did", "does", "do", "to", "be", "been", "not"};
// How many words a phrase between a reporting verb and its time may have ("in a televised address to
// the nation on Tuesday").
constexpr std::uint32_t phrase_reach = 8;

// "declared a state of emergency the day before", "said in a statement on Tuesday that ...": a
// time that ends the clause or comes before "that" or a comma, after a phrase without a verb of
// its own (no clause word, no "-ed" form, nothing quoted).
bool after_phrase(const ArticleContext& c, Clause clause, const TriggerHit& hit, const TimexAt& t) {
    if (t.first <= hit.last || t.first - hit.last > phrase_reach) return false;
    // (or before "to": what an appeal asks, "urged the EU on Saturday to cut ...")
    const bool ends = t.last >= clause.end || c.seg.tokens[t.last].kind == TokenKind::punct || c.lower[t.last] == "that" ||
                      c.lower[t.last] == "to";
    if (!ends) return false;
    for (std::uint32_t i = hit.last; i < t.first; ++i) {
        const std::string& w = c.lower[i];
        // ("to" before a name or "the" is a preposition: "suggested to Putin on Monday that")
        const bool preposition = w == "to" && i + 1 < t.first && (c.seg.tokens[i + 1].capitalised || c.lower[i + 1] == "the");
        if (!preposition && std::find(clause_words.begin(), clause_words.end(), w) != clause_words.end()) return false;
        const bool adjective = i > hit.last && std::find(determiners.begin(), determiners.end(), c.lower[i - 1]) != determiners.end();
        if (w.size() > 3 && w.ends_with("ed") && !adjective) return false;  // a past verb, but "a televised address"
        if (c.seg.tokens[i].kind == TokenKind::punct) return false;  // a quotation, a comma: another clause
    }
    return true;
}

}  // namespace

DateChoice date_choice(const ArticleContext& c, const TimexAt* t, Clause clause, const TriggerHit& hit) {
    DateChoice d;
    if (t) d.date = t->timex->date;
    // "will begin drills", or inside the trigger's words: "drills that Russia will begin"
    d.planned = (d.date && after_dct(c, *d.date)) ||
                cue_before(c.lex, c.lower, hit.first, 3, CueKind::future, clause.begin) ||
                (hit.last > hit.first + 1 && cue_before(c.lex, c.lower, hit.last - 1, 3, CueKind::future, hit.first + 1));
    return d;
}

DateChoice speech_date(const ArticleContext& c, Clause clause, const TriggerHit& hit, const Roles& r) {
    const TimexAt* first = nullptr;  // the first in text order that qualifies
    for (const TimexAt* t : dated_within(c, clause)) {
        const bool next_to_verb = t->first >= hit.last && t->first <= hit.last + 2;
        const bool before_speaker = !r.inverted && t->last <= r.speaker_first && t->last <= hit.first;
        // "a stark warning from the White House on Friday", "..., said the Kremlin on Thursday": a
        // speaker after the verb, the time right after the speaker
        const bool after_speaker = r.speaker_first >= hit.last && t->first >= r.speaker_end && t->first <= r.speaker_end + 1;
        // (also when what was said came first: '"...," Lavrov told reporters in Moscow on Friday')
        const bool after_object = r.speaker_first < hit.first && after_phrase(c, clause, hit, *t);
        // "Biden on Tuesday said": between the speaker and the verb
        const bool before_verb = !r.inverted && r.speaker_end <= t->first && t->last == hit.first;
        if ((next_to_verb || before_speaker || after_speaker || after_object || before_verb) && (first == nullptr || t < first))
            first = t;
    }
    return date_choice(c, first, clause, hit);
}

DateChoice event_date(const ArticleContext& c, Clause region, const TriggerHit& hit, Clause segment, Clause frame) {
    auto nearest = [&](Clause within) {
        const TimexAt* best = nullptr;
        long best_distance = 0;
        for (const TimexAt* t : dated_within(c, within)) {  // ties: the first in text order
            const long distance = t->first >= hit.last ? static_cast<long>(t->first - hit.last)
                                                       : static_cast<long>(hit.first - t->last);
            if (best == nullptr || distance < best_distance || (distance == best_distance && t < best)) {
                best = t;
                best_distance = distance;
            }
        }
        return best;
    };
    // Else the clause's frame date, before its first verb ("On Wednesday, X arrived and met Y");
    // never a date inside a neighbouring verb's words.
    const TimexAt* own = nearest(segment);
    return date_choice(c, own ? own : nearest(Clause{frame.begin, std::min(frame.end, hit.first)}), region, hit);
}

// "The two leaders spoke by phone on Tuesday, when Biden proposed a meeting": a trigger in a clause
// that ", when" opens right after a time happens at that time (its subject, at most
// `when_subject_reach` words, between "when" and the trigger).
const TimexAt* time_before_when(const ArticleContext& c, Clause sentence, const TriggerHit& h) {
    for (std::uint32_t w = h.first; w > sentence.begin + 2 && h.first - w < when_subject_reach; --w) {
        if (c.lower[w - 1] != "when") continue;
        if (c.lower[w - 2] != ",") return nullptr;
        for (const TimexAt* t : dated_within(c, Clause{sentence.begin, w - 2}))
            if (t->last == w - 2) return t;
        return nullptr;
    }
    return nullptr;
}

std::optional<Count> count_before(const ArticleContext& c, Clause sentence, const TriggerHit& h) {
    for (std::uint32_t w = h.first; w > sentence.begin + 1 && h.first - w < when_subject_reach; --w) {
        const std::string& rel = c.lower[w - 1];
        if (rel != "after" && rel != "before") continue;
        const std::uint32_t end = c.seg.tokens[w - 2].span.end;  // the duration ends right before it
        const auto t = std::find_if(c.timexes.begin(), c.timexes.end(), [&](const Timex& x) { return x.span.end == end; });
        const int days = t == c.timexes.end() || t->type != TimexType::duration ? 0 : duration_days(t->value);
        if (days == 0) return std::nullopt;
        return Count{rel == "after" ? -days : days, t->span.begin};
    }
    return std::nullopt;
}

std::optional<CalendarDate> counted_from(const Count& n, const CalendarDate& base) {
    if (base.precision != Precision::day) return std::nullopt;
    return day_date(base.first + date::days{n.days});
}

std::optional<CalendarDate> day_before_count(const ArticleContext& c, Clause sentence, const Count& n) {
    const TimexAt* last = nullptr;
    for (const TimexAt* t : dated_within(c, sentence))
        if (t->timex->span.end <= n.duration_begin && t->timex->date && t->timex->date->precision == Precision::day) last = t;
    if (last == nullptr) return std::nullopt;
    return *last->timex->date;
}

}  // namespace crisis::detail
