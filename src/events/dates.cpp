// The date of an event: the time expression that governs its clause, else the article's date.
#include "events/roles.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>

namespace crisis::detail {

namespace {

bool after_dct(const ArticleContext& c, const CalendarDate& d) {
    return d.first > date::sys_days(c.article.date);
}

// Words that begin or carry a clause of what was said: a time after one of them is the time of
// what was said, not of the statement ("said Kyiv had seen the response on Monday").
constexpr std::array<std::string_view, 25> clause_words{
    "that", "whether", "if", "would", "will", "was", "were", "is", "are", "had", "has", "have", "could",
    "should", "may", "might", "must", "can", "did", "does", "do", "to", "be", "been", "not"};
// Before an "-ed" form, words that make it an adjective.
constexpr std::array<std::string_view, 7> determiners{"a", "an", "the", "its", "his", "her", "their"};
// How many words a phrase between a reporting verb and its time may have ("in a televised address to
// the nation on Tuesday").
constexpr std::uint32_t phrase_reach = 8;

// "declared a state of emergency the day before", "said in a statement on Tuesday that ...": a
// time that ends the clause or comes before "that" or a comma, after a phrase without a verb of
// its own (no clause word, no "-ed" form, nothing quoted).
bool after_phrase(const ArticleContext& c, Clause clause, const TriggerHit& hit, const TimexAt& t) {
    if (t.first <= hit.last || t.first - hit.last > phrase_reach) return false;
    const bool ends = t.last >= clause.end || c.seg.tokens[t.last].kind == TokenKind::punct || c.lower[t.last] == "that";
    if (!ends) return false;
    for (std::uint32_t i = hit.last; i < t.first; ++i) {
        const std::string& w = c.lower[i];
        if (std::find(clause_words.begin(), clause_words.end(), w) != clause_words.end()) return false;
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
        const bool after_object = !r.inverted && r.speaker_first < hit.first && after_phrase(c, clause, hit, *t);
        if ((next_to_verb || before_speaker || after_speaker || after_object) && (first == nullptr || t < first)) first = t;
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

}  // namespace crisis::detail
