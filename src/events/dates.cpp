// The date of an event: the time expression that governs its clause, else the article's date.
#include "events/roles.hpp"

#include <algorithm>
#include <cstdlib>

namespace crisis::detail {

namespace {

bool after_dct(const ArticleContext& c, const CalendarDate& d) {
    return d.first > date::sys_days(c.article.date);
}

DateChoice choose(const ArticleContext& c, const TimexAt* t, Clause clause, const TriggerHit& hit) {
    DateChoice d;
    if (t) d.date = t->timex->date;
    // "will begin drills", or inside the trigger's words: "drills that Russia will begin"
    d.planned = (d.date && after_dct(c, *d.date)) ||
                cue_before(c.lex, c.lower, hit.first, 3, CueKind::future, clause.begin) ||
                (hit.last > hit.first + 1 && cue_before(c.lex, c.lower, hit.last - 1, 3, CueKind::future, hit.first + 1));
    return d;
}

}  // namespace

DateChoice speech_date(const ArticleContext& c, Clause clause, const TriggerHit& hit, const Roles& r) {
    const TimexAt* first = nullptr;  // the first in text order that qualifies
    for (const TimexAt* t : dated_within(c, clause)) {
        const bool next_to_verb = t->first >= hit.last && t->first <= hit.last + 2;
        const bool before_speaker = !r.inverted && t->last <= r.speaker_first && t->last <= hit.first;
        // "a stark warning from the White House on Friday", "..., said the Kremlin on Thursday": a
        // speaker after the verb, the time right after the speaker
        const bool after_speaker = r.speaker_first >= hit.last && t->first >= r.speaker_end && t->first <= r.speaker_end + 1;
        if ((next_to_verb || before_speaker || after_speaker) && (first == nullptr || t < first)) first = t;
    }
    return choose(c, first, clause, hit);
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
    return choose(c, own ? own : nearest(Clause{frame.begin, std::min(frame.end, hit.first)}), region, hit);
}

}  // namespace crisis::detail
