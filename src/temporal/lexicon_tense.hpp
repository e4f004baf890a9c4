// temporal/lexicon_tense: the words the clause tense scan reads (src/temporal/tense.cpp,
// token_tense and clause_cue), as data. The words of time expressions themselves are in lexicon.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace crisis::temporal {

// Tense cues that need a second word (token_tense).
// A word followed by "to" that announces the future: "due to", "plans to", "is to resume".
inline constexpr std::array<std::string_view, 16> future_before_to{
    "due", "expected", "plans", "plan", "planning", "going", "intends", "aims", "hopes", "set",
    "slated", "scheduled", "planned", "is", "are", "poised"};
// Before a future_before_to word, the past auxiliaries that make it a plan told in the past ("were
// due to meet on Thursday"): either side of the article date, the nearest (plan_tense).
inline constexpr std::array<std::string_view, 2> plan_past_auxiliaries{"was", "were"};
// Single words that announce the future wherever they stand in the clause, besides the
// future_cue rows: "payable Dec. 15", "they expect the deal to close by Dec. 15", "it expected a
// ruling in December".
inline constexpr std::array<std::string_view, 5> future_words{"payable", "expect", "expects", "expecting", "expected"};
// Modal verbs that look ahead when they stand left of the date ("should go home by Jan. 14", "may be
// resolved the week of March 6"); "could" is also a past ("could not be located Wednesday").
inline constexpr std::array<std::string_view, 4> prospective_modals{"must", "should", "may", "might"};
// Before "to" or "through" and a date, verbs that move a deadline: the date is ahead ("was extended
// to Nov. 16", "has extended the loans through January").
inline constexpr std::array<std::string_view, 2> moved_deadline_words{"to", "through"};
inline constexpr std::array<std::string_view, 7> deadline_verbs{
    "extend", "extended", "extends", "postponed", "delayed", "deferred", "adjourned"};
// Verbs that report speech: a present tense between one of them and the date is the tense of the
// reported clause ("said it is calling for the redemption on Dec. 7").
inline constexpr std::array<std::string_view, 8> reporting_verbs{
    "said", "told", "added", "announced", "reported", "stated", "noted", "disclosed"};
// Before an "-ed" word, words that make it an adjective or a participle, not a past-tense verb:
// "the tendered shares", "9.5 million Series H preferred shares" (but "they all voted").
inline constexpr std::array<std::string_view, 9> not_before_past_verb{
    "the", "a", "an", "its", "their", "his", "her", "our", "million"};
// Right before a date, words that look back from the article date whatever the tense: "the first
// meeting since June" is last June, even in "will be".
inline constexpr std::array<std::string_view, 1> past_prepositions{"since"};
// Right before a date, a deadline: the date is ahead ("postponed until Tuesday morning").
// ("effective Feb. 1": a rule takes effect ahead)
inline constexpr std::array<std::string_view, 4> deadline_words{"until", "till", "pending", "effective"};
inline constexpr std::array<std::string_view, 2> deadline_negations{"not", "up"};
// Right before a date, the end of a period that is over: the date has passed, however close the
// next one ("the second quarter ended Oct. 31", written Oct. 27: last year's Oct. 31).
inline constexpr std::array<std::string_view, 1> period_end_words{"ended"};
// After "to", words that make it a preposition, not an infinitive ("to the border").
inline constexpr std::array<std::string_view, 15> not_after_infinitive_to{
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "be", "have", "death"};
// Words that end a clause for the tense scan: the cue of the clause around a date wins over a
// nearer one in another clause ("after a court Thursday refused", "where the Aug. 7 blasts killed").
inline constexpr std::array<std::string_view, 17> clause_boundaries{
    ",", ":", "(", ")", "\u2014", "\u2013", "--", "where", "which", "who", "whom", "while", "because",
    "although", "though", "after", "but"};
// A word followed by "for", "on", "in", "by", "a", "an" or "the" that announces the future:
// "planned for Saturday", "due on Monday", "planned a rally on Saturday".
inline constexpr std::array<std::string_view, 4> future_before_object{"planned", "slated", "scheduled", "due"};
inline constexpr std::array<std::string_view, 7> future_objects{"for", "on", "in", "by", "a", "an", "the"};
// Words ending in "-ed" that are not past-tense verbs.
inline constexpr std::array<std::string_view, 33> not_past_ed{
    "need", "preferred", "unspecified", "unidentified", "unnamed", "undisclosed", "unexpected", "unprecedented", "hundred", "proposed", "planned", "expected", "scheduled", "speed", "succeed", "proceed",
    "exceed", "feed", "seed", "breed", "bleed", "indeed", "greed", "steed", "shred", "sacred",
    "wicked", "naked", "kindred", "embed", "biped", "unmanned", "armed"};
// Before an "-ed" participle, these make it passive or infinitive, or a state after a verb of
// staying: the tense comes from the auxiliary or further left ("will be named", "is required by
// Friday", "was signed", "will stay closed on Thursday", "remained closed").
inline constexpr std::array<std::string_view, 24> participle_auxiliaries{
    "be", "been", "being", "to", "is", "are", "am", "was", "were",
    "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining",
    "become", "becomes", "became", "get", "gets", "got", "getting"};

// "The talks lasted until Friday": a past verb of duration right before "until" (across one of the
// adverbs) ends a stretch that has passed, where "until" alone sets a deadline ahead ("postponed
// until Tuesday"). tense.cpp, clause_tense.
inline constexpr std::array<std::string_view, 13> durative_past_verbs{
    "lasted", "continued", "stayed", "remained", "ran", "persisted", "went", "waited", "raged",
    "served", "lived", "worked", "fought"};
inline constexpr std::array<std::string_view, 4> durative_adverbs{"on", "only", "right", "well"};

// "leaves on Tuesday", "is on Friday": a verb in the present right before a date (across these
// words) is the date's tense, whatever lies further left ("The envoy, who arrived on Sunday, leaves
// on Tuesday"); not after these words ("did not meet on Friday", "agreed to meet on Friday": the
// word before decides). tense.cpp, clause_tense.
inline constexpr std::array<std::string_view, 1> date_prepositions{"on"};
// The prepositions between a past verb and the moment of its event (see settled_past, tense.cpp): "began on
// 24 February", "ended in March"; not "to", "until" or "for", which point ahead.
inline constexpr std::array<std::string_view, 2> event_prepositions{"on", "in"};
// Past verbs whose object may be a happening still ahead ("announced talks on February 11",
// "warned of an invasion in February"): across their object, the date is left to the clause's
// tense. Any other past verb with its object between it and the date ("met counterparts in
// Kaliningrad on February 11") gives the date its moment (see settled_past, tense.cpp). The
// reporting_verbs do so too, unless their object names what was told of ("told reporters Feb. 4",
// but "told the companies of a cutback in September": reported_topic_words).
inline constexpr std::array<std::string_view, 27> object_plan_verbs{
    "announced", "agreed", "proposed", "scheduled", "planned", "set", "called", "urged", "demanded",
    "promised", "pledged", "vowed", "threatened", "warned", "discussed", "offered", "suggested", "requested",
    "sought", "invited", "feared", "predicted", "approved", "confirmed", "postponed", "delayed", "prepared"};
inline constexpr std::array<std::string_view, 3> reported_topic_words{"of", "about", "that"};
// Words that end a verb's object on its way to a date: a clause that the date opens or belongs to
// ("prayed for help as Easter week began").
inline constexpr std::array<std::string_view, 8> object_stops{"as", "when", "before", "until", "if", "once", "whether", "than"};
// Right before a bare date, words that make it part of a noun phrase or of another phrase, not the
// moment of the verb before ("gave no reason for the Jan. 14 deadline").
inline constexpr std::array<std::string_view, 16> not_before_bare_moment{
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "of", "for", "by", "from", "with", "at"};
// Between two dates, the words that make the second the next item of a list the first began:
// "images taken Oct. 3, 2021 and Feb. 20", "met counterparts in Paris on Sunday and again on
// Tuesday" (before an event preposition right before the second). The second is then the moment
// of the same verb: find.cpp, settled_past at the list's first date.
inline constexpr std::array<std::string_view, 4> list_links{"and", "or", ",", "again"};
// How many words of a verb's object may stand between it and the preposition of a date.
inline constexpr std::uint32_t object_reach = 6;
// Words that make what follows them a plan, even inside a past perfect ("had been talking about
// the slated visit in September", "had discussed the proposed talks in March"): see settled_past.
inline constexpr std::array<std::string_view, 8> plan_modifiers{
    "slated", "scheduled", "planned", "proposed", "upcoming", "expected", "due", "forthcoming"};
// Past verbs that take a date as their object, not as their moment ("has set Nov. 10 as the
// deadline", "named March 3 a day of mourning"): right before a date without a preposition, they
// leave it to the clause's tense.
inline constexpr std::array<std::string_view, 10> date_object_verbs{
    "set", "fixed", "chose", "chosen", "picked", "named", "marked", "designated", "declared", "targeted"};
inline constexpr std::array<std::string_view, 6> present_verb_blockers{"to", "not", "n't", "never", "did", "didn't"};

}  // namespace crisis::temporal
