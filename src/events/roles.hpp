// Who did it, to whom, and when: roles and dates of one trigger (internal to the events stage).
#pragma once

#include "events/sentence.hpp"

#include <optional>

namespace crisis::detail {

struct Roles {
    std::vector<std::string> source;  // actor ids (sorted, unique; people's affiliations added)
    std::vector<std::string> target;
    bool pronoun_source = false;      // the source is "he"/"she" or an implicit subject
    bool inverted = false;            // "..., the Kremlin said": what was said comes first
    std::uint32_t speaker_first = 0;  // first token of the speaker (speech)
    std::uint32_t speaker_end = 0;    // one past its last token
    std::uint32_t subject_end = 0;    // end of the subject group before the trigger (event triggers)
    Clause content;                   // what was said (speech)
};

// The speaker of a reporting verb and the actor the statement is about.
[[nodiscard]] std::optional<Roles> speech_roles(const ArticleContext& c, const SentenceView& v, Clause clause,
                                                const TriggerHit& hit);
// The subject and object of an event trigger inside `region`; `speech` (when the trigger is part
// of what someone said) supplies the source of an implicit subject ("NATO said it was bolstering").
[[nodiscard]] std::optional<Roles> content_roles(const ArticleContext& c, const SentenceView& v, Clause region,
                                                 const TriggerHit& hit, const Roles* speech);

// "Kurti said Belgrade had massed troops and demanded that Serbia withdraw them": a trigger after
// "and" in what was said (`speech`) whose own words name its subject again speaks for the speaker
// (no one demands of themselves): the speaker becomes its source, the one named its target.
void speaker_after_and(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& hit,
                       const Roles* speech, Roles& r);

// The subject of trigger h in `region`: the group of acting mentions right before it (people's
// affiliations added), none when there is none.
[[nodiscard]] std::vector<std::string> subject_of(const ArticleContext& c, const SentenceView& v, Clause region,
                                                  const TriggerHit& h);
// Whether trigger h has a subject of its own right before it (at most two words between: "that it
// had warned", "that Biden has warned"), not one shared with a verb before "and" ("said he wanted
// deeds, and confirmed that ..."); `floor`: where its clause begins.
[[nodiscard]] bool has_own_subject(const ArticleContext& c, const TriggerHit& hit, const Roles& r, std::uint32_t floor);

// "The two leaders spoke by phone on Tuesday, when Biden proposed a meeting": the time right
// before the ", when" that opens trigger h's clause, if any.
[[nodiscard]] const TimexAt* time_before_when(const ArticleContext& c, Clause sentence, const TriggerHit& h);
// "held talks on Tuesday, a day after he visited Kyiv", "warned on Monday that ..., two days after
// Iran attacked Israel": a trigger after "<days or weeks> after|before" (its subject, at most a few
// words, between) happens that long before (after) a base day. The days counted (negative for
// "after") and where the duration begins (a byte offset); none without such a phrase.
struct Count {
    int days = 0;
    std::uint32_t duration_begin = 0;
};
[[nodiscard]] std::optional<Count> count_before(const ArticleContext& c, Clause sentence, const TriggerHit& h);
// The day counted from `base` (the day of the event before h, or of the statement whose words hold
// h); none unless `base` is a day.
[[nodiscard]] std::optional<CalendarDate> counted_from(const Count& n, const CalendarDate& base);
// The day read from the text last before the duration ("Russian troops advanced on Friday, a day
// after Putin ordered the assault": Friday), the base when no event or statement before h gives one.
[[nodiscard]] std::optional<CalendarDate> day_before_count(const ArticleContext& c, Clause sentence, const Count& n);

struct DateChoice {
    std::optional<CalendarDate> date;  // nullopt: the article's date
    bool planned = false;
};

// The date of time expression t (none: the article's), planned when it lies ahead or a future cue
// stands before the trigger.
[[nodiscard]] DateChoice date_choice(const ArticleContext& c, const TimexAt* t, Clause clause, const TriggerHit& hit);
// The date of a statement: a time expression next to the reporting verb or before the speaker,
// never one inside what was said.
[[nodiscard]] DateChoice speech_date(const ArticleContext& c, Clause clause, const TriggerHit& hit, const Roles& r);
// The date of an event: the nearest time expression of its own segment of the clause (between the
// triggers or coordinators before and after it), else the nearest one in `frame`, which ends at the
// clause's first trigger ("On Wednesday, X arrived and met Y").
[[nodiscard]] DateChoice event_date(const ArticleContext& c, Clause region, const TriggerHit& hit, Clause segment,
                                    Clause frame);

}  // namespace crisis::detail
