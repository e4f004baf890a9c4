// temporal/tense: the tense of a date's clause, and the cues that settle which side of the article
// date a partial date lies on (participles, plans, deadlines, past events).
#include "temporal/lexicon_tense.hpp"
#include "temporal/scanner.hpp"
#include "temporal/spec.hpp"

namespace crisis::temporal {

bool participle(const Tok& t) noexcept {
    const std::string_view w = t.lower;
    return t.is(Cls::past_cue) || (w.size() > 4 && w.substr(w.size() - 2) == "ed" && !in(not_past_ed, w));
}

namespace {

// A participle after "be" or "to": passive or infinitive, the tense is further left.
bool after_auxiliary(const std::vector<Tok>& toks, std::uint32_t k, std::uint32_t first) noexcept {
    return k > first && in(participle_auxiliaries, toks[k - 1].lower);
}

// A regular past tense by its shape ("rejected"), unless the word is a known non-verb, a name, or
// a participle after "be" or "to" (passive or infinitive: the tense is further left).
bool past_by_shape(const std::vector<Tok>& toks, std::uint32_t k, std::uint32_t first) noexcept {
    const Tok& t = toks[k];
    const std::string_view w = t.lower;
    if (w.size() <= 4 || w.substr(w.size() - 2) != "ed" || in(not_past_ed, w)) return false;
    if (t.capitalised && k > first) return false;  // Ahmed, Mohammed
    if (k > first && in(not_before_past_verb, toks[k - 1].lower)) return false;  // "the tendered shares"
    return !after_auxiliary(toks, k, first);
}

// The tense a single token signals: -1 past, +1 future, 2 present, 0 nothing.
int token_tense(const std::vector<Tok>& toks, std::uint32_t k, std::uint32_t first, std::uint32_t last) noexcept {
    const Tok& t = toks[k];
    if (t.kind != TokenKind::word) return 0;
    const std::string_view next = k + 1 < last ? toks[k + 1].lower : std::string_view{};
    const std::string_view w = t.lower;
    if (next == "to" && in(future_before_to, w)) {
        // "had been due to expire Friday": a plan that the past overtook
        if (k > first && toks[k - 1].lower == "been") return -1;
        if (k > first && in(plan_past_auxiliaries, toks[k - 1].lower)) return plan_tense;
        return 1;
    }
    if (w == "next" && next == "to") return 0;  // "next to the embassy"
    if (w == "next" && k > first && toks[k - 1].lower == "the") return 0;  // "the next day": after a date, in any tense
    if (in(future_before_object, w) && in(future_objects, next)) return 1;
    if (w == "set" && next == "for") return 1;  // "set for Sunday" (but "a record set on Aug. 6")
    if (w == "would" && next == "have") return -1;  // "would have met": a past that did not happen
    if (w == "soon" && k > first && toks[k - 1].lower == "as") return 1;  // "as soon as Tuesday"
    if (t.is(Cls::future_cue) || in(future_words, w)) return 1;
    if (w == "be" && k > first && toks[k - 1].lower == "to" && k + 1 < last && participle(toks[k + 1])) return 1;  // "to be completed by Dec. 15"
    if (t.is(Cls::past_cue)) return after_auxiliary(toks, k, first) ? 0 : -1;  // "will be held"
    if (t.is(Cls::present_cue)) return 2;
    return past_by_shape(toks, k, first) ? -1 : 0;
}

}  // namespace

namespace {

// The first tense cue from k stepping by `step` (-1 left, +1 right) within [first, last), up to a
// clause boundary (or to the sentence's end when `cross` is set). `present` records present-tense
// cues, which only count when nothing else is found; but a present tense between a reporting verb
// and the date is the reported clause's ("said it is calling for the redemption on Dec. 7").
// `modals`: "must", "should", "may", "might" count too (only in the date's own clause, left of it:
// "saying Friday that the US must hold off" is about Friday's saying).
struct Scan {
    int tense = 0;
    std::uint32_t stop = 0;  // where the scan stopped: the boundary, or the sentence's end
};
Scan scan_cues(const std::vector<Tok>& toks, std::uint32_t from, std::uint32_t first, std::uint32_t last, int step,
               bool& present, bool modals = false) noexcept {
    bool present_here = false;
    for (std::uint32_t k = from; k >= first && k < last; k += static_cast<std::uint32_t>(step)) {
        if (toks[k].lower == ";") return Scan{0, last};  // never across a semicolon
        if (in(clause_boundaries, toks[k].lower)) return Scan{0, k};
        if (modals && !toks[k].capitalised && in(prospective_modals, toks[k].lower))  // not the month "May"
            return Scan{k + 1 < last && toks[k + 1].lower == "have" ? -1 : 1, k};  // "must have known": a past
        const int t = token_tense(toks, k, first, last);
        if (t == 2) present = present_here = true;
        else if (t == -1 && present_here && step < 0 && in(reporting_verbs, toks[k].lower)) return Scan{2, k};
        else if (t != 0) return Scan{t, k};
        if (k == first && step < 0) break;
    }
    return Scan{0, last};
}

}  // namespace

// How far left of a date its infinitive may stand: "agreed to purchase the liquid chromatography
// line for $22 million in cash in February" (13 tokens).
constexpr std::uint32_t infinitive_reach = 14;

namespace {

// At the closing comma k of an appositive place, "Peoria, Ill.,", the index of its opening comma;
// else k. The place is a capitalised word, a comma and a capitalised abbreviation with its period.
std::uint32_t appositive_place_open(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t k) noexcept {
    if (k < first + 5 || toks[k].lower != "," || toks[k - 1].lower != ".") return k;
    const Tok& abbrev = toks[k - 2];
    if (abbrev.kind != TokenKind::word || !abbrev.capitalised || !abbrev.glued_next || toks[k - 3].lower != "," ||
        toks[k - 4].kind != TokenKind::word || !toks[k - 4].capitalised)
        return k;
    return k - 3;
}

}  // namespace

bool governed_by_infinitive(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    for (std::uint32_t k = at_begin; k > first && at_begin - k < infinitive_reach;) {
        --k;
        if (const std::uint32_t open = appositive_place_open(toks, first, k); open != k) {
            k = open;  // "the Peoria, Ill., bank": the place does not end the scan
            continue;
        }
        const Tok& t = toks[k];
        const int tense = token_tense(toks, k, first, at_begin);  // a present verb may be the infinitive ("to meet")
        if (in(clause_boundaries, t.lower) || (tense != 0 && tense != 2)) return false;
        if (t.lower == "to" && k + 1 < at_begin && toks[k + 1].kind == TokenKind::word && !toks[k + 1].capitalised &&
            !in(not_after_infinitive_to, toks[k + 1].lower))
            return true;
    }
    return false;
}

namespace {

// The nearest cue in the same clause, left first; then beyond the clause boundaries.
int clause_cue(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last, std::uint32_t at_begin,
               std::uint32_t at_end) noexcept {
    bool present = false;
    const Scan left = at_begin > first ? scan_cues(toks, at_begin - 1, first, last, -1, present, true) : Scan{0, last};
    if (left.tense) return left.tense;
    const Scan right = scan_cues(toks, at_end, first, last, +1, present);
    if (right.tense) return right.tense;
    for (std::uint32_t k = left.stop; k != last && k > first;) {  // beyond the left boundary
        const Scan s = scan_cues(toks, k - 1, first, last, -1, present);
        if (s.tense) return s.tense;
        k = s.stop;
    }
    for (std::uint32_t k = right.stop; k != last && k + 1 < last;) {  // beyond the right boundary
        const Scan s = scan_cues(toks, k + 1, first, last, +1, present);
        if (s.tense) return s.tense;
        k = s.stop;
    }
    return present ? 2 : 0;
}

// Whether a "to" stands within an infinitive's reach left of the date (a cheap test before
// governed_by_infinitive, which reads the tense of every word on the way).
bool to_within_reach(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    for (std::uint32_t k = at_begin; k > first && at_begin - k < infinitive_reach;)
        if (toks[--k].lower == "to") return true;
    return false;
}

// "had been due to expire Friday", "had been scheduled to end on Sunday": a plan that the past
// overtook, its "to" within an infinitive's reach left of the date.
bool overtaken_plan(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    for (std::uint32_t k = at_begin; k > first + 2 && at_begin - k < infinitive_reach;)
        if (toks[--k].lower == "to") return in(future_before_to, toks[k - 1].lower) && toks[k - 2].lower == "been";
    return false;
}

// "was extended to Nov. 16", "has extended the loans through January": a deadline moved ahead, the
// verb in the same clause before "to" or "through".
bool moved_deadline(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    if (at_begin <= first + 1 || !in(moved_deadline_words, toks[at_begin - 1].lower)) return false;
    for (std::uint32_t k = at_begin - 1; k > first;) {
        --k;
        if (in(clause_boundaries, toks[k].lower)) return false;
        if (in(deadline_verbs, toks[k].lower)) return true;
    }
    return false;
}

// The index of the first "as" of an "as soon as" that opens the clause of the date within a few
// words ("as soon as trading opened Monday"), else at_begin.
std::uint32_t as_soon_as_before(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    for (std::uint32_t k = at_begin; k > first + 2 && at_begin - k < 6;) {
        --k;
        if (in(clause_boundaries, toks[k].lower)) return at_begin;
        if (toks[k].lower == "as" && toks[k - 1].lower == "soon" && toks[k - 2].lower == "as") return k - 2;
    }
    return at_begin;
}

}  // namespace

namespace {

// "began on 24 February", "first proposed on February 15", "arrived Sunday": the date is the
// moment of the past verb right before it, or before its "on" or "in".
bool moment_of_past_verb(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    std::uint32_t verb = at_begin;
    const bool preposition = verb > first && in(event_prepositions, toks[verb - 1].lower);
    if (preposition) --verb;
    if (verb <= first) return false;
    const Tok& v = toks[--verb];
    if (v.kind != TokenKind::word || v.is(Cls::future_cue)) return false;
    if (!preposition) return !in(date_object_verbs, v.lower) && token_tense(toks, verb, first, at_begin) == -1;  // "has set Nov. 10 as the deadline"
    // before "on" or "in", a participle is a verb whatever its other uses ("first proposed on
    // February 15", though "the proposed merger"); a capitalised one inside the sentence is a name
    const bool ed = v.lower.size() > 4 && v.lower.ends_with("ed") && !(v.capitalised && verb > first);
    return ed || token_tense(toks, verb, first, at_begin) == -1;
}

// Whether token k (before `end`) ends the words between a verb and a date, where neither may read
// past it: a clause boundary, a plan word, a word that opens another clause (object_stops), an
// infinitive's "to" ("to the border" is a preposition).
bool ends_object(const std::vector<Tok>& toks, std::uint32_t k, std::uint32_t end) noexcept {
    const std::string_view w = toks[k].lower;
    if (w == ";" || in(clause_boundaries, w) || in(plan_modifiers, w) || in(object_stops, w)) return true;
    return w == "to" && !(k + 1 < end && in(not_after_infinitive_to, toks[k + 1].lower));
}

// "met counterparts in Kaliningrad on February 11", "met counterparts in Geneva Feb. 8": the date
// (after "on" or "in", or bare) is the moment of a past verb a few words of its object further
// left, unless the verb's object may be a happening ahead (object_plan_verbs: "announced talks on
// February 11"; a reporting verb with what was told of: "told the companies of a cutback in
// September"). The object stops at a clause boundary, an infinitive, a plan word or a tense cue;
// a past form after an article or a possessive is the object's adjective ("the delayed vote").
bool moment_across_object(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    if (at_begin <= first) return false;
    const bool preposition = in(event_prepositions, toks[at_begin - 1].lower);
    if (!preposition && in(not_before_bare_moment, toks[at_begin - 1].lower)) return false;
    const std::uint32_t object_end = preposition ? at_begin - 1 : at_begin;
    bool topic = false;  // a reported_topic_words word in the object
    for (std::uint32_t k = object_end; k > first && object_end - k < object_reach;) {
        const Tok& t = toks[--k];
        if (ends_object(toks, k, at_begin)) return false;
        topic = topic || in(reported_topic_words, t.lower);
        const int tense = token_tense(toks, k, first, at_begin);
        if (tense == 0) continue;
        if (tense != -1 || (t.capitalised && k > first)) return false;
        if (k > first && in(not_before_past_verb, toks[k - 1].lower)) continue;  // "the delayed vote"
        return k + 1 < object_end && !in(object_plan_verbs, t.lower) && !(topic && in(reporting_verbs, t.lower));
    }
    return false;
}

// "it had warned the OSCE in February", "there had been two calls Feb. 26": a past perfect in the
// date's clause, left of it, with no infinitive between ("had been set to expire Nov. 6" is a plan)
// nor a future ("had said it will meet in March").
bool in_past_perfect(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    for (std::uint32_t k = at_begin; k > first;) {
        const Tok& t = toks[--k];
        if (t.lower == ";" || t.lower == "to" || in(clause_boundaries, t.lower)) return false;
        if (t.lower == "had")
            return k + 1 < at_begin && toks[k + 1].kind == TokenKind::word && (toks[k + 1].lower == "been" || participle(toks[k + 1]));
        if (in(plan_modifiers, t.lower)) return false;  // "had been talking about the slated visit in September"
        const int tense = token_tense(toks, k, first, at_begin);
        if (tense == 1 || tense == plan_tense) return false;
    }
    return false;
}

}  // namespace

// "On 24 February, troops crossed the border", "In March the army withdrew": a date that opens the
// sentence (after "on" or "in") is the moment of the past verb that follows its subject, whatever
// the verb (a report, too, happened then); "In March, the army was to hold drills", "On Feb. 24,
// Russia agreed to hold talks": a past verb before "to" makes it a plan. Nothing is said past a
// clause boundary, a plan word or another tense.
FrontedVerb fronted_verb(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last, std::uint32_t at_begin,
                         std::uint32_t at_end) noexcept {
    const bool opens = at_begin == first || (at_begin == first + 1 && in(event_prepositions, toks[first].lower));
    if (!opens || at_end >= last) return FrontedVerb::none;
    std::uint32_t k = toks[at_end].lower == "," ? at_end + 1 : at_end;
    for (const std::uint32_t stop = std::min(last, k + 2 * object_reach); k < stop; ++k) {
        if (ends_object(toks, k, last)) return FrontedVerb::none;
        const int tense = token_tense(toks, k, first, last);
        if (tense == 0) continue;
        if (tense != -1) return tense == plan_tense ? FrontedVerb::plan : FrontedVerb::none;
        if (k > first && in(not_before_past_verb, toks[k - 1].lower)) continue;  // "the delayed vote"
        return k + 1 < last && toks[k + 1].lower == "to" ? FrontedVerb::plan : FrontedVerb::past;
    }
    return FrontedVerb::none;
}

bool settled_past(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    // "came on the night of February 23": the date of "the night of" (TimeML tags the date alone)
    if (at_begin >= first + 3 && toks[at_begin - 1].lower == "of" && toks[at_begin - 2].is(Cls::part_of_day) &&
        toks[at_begin - 3].lower == "the")
        at_begin -= 3;
    // "since Feb. 16", "since on Monday"
    const std::uint32_t p = at_begin > first + 1 && in(event_prepositions, toks[at_begin - 1].lower) ? at_begin - 1 : at_begin;
    if (p > first && in(past_prepositions, toks[p - 1].lower)) return true;
    return moment_of_past_verb(toks, first, at_begin) || moment_across_object(toks, first, at_begin) ||
           in_past_perfect(toks, first, at_begin);
}

bool closes_ended_period(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    return at_begin > first && in(period_end_words, toks[at_begin - 1].lower);
}

namespace {

// A past verb of duration right before the "until" at u (see durative_past_verbs).
bool lasted_until(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t u) noexcept {
    std::uint32_t v = u;
    if (v > first && in(durative_adverbs, toks[v - 1].lower)) --v;
    return v > first && in(durative_past_verbs, toks[v - 1].lower);
}

// A scheduling verb in the present right before the date at at_begin (see date_prepositions).
bool present_verb_before(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t at_begin) noexcept {
    std::uint32_t verb = at_begin;
    if (verb > first && in(date_prepositions, toks[verb - 1].lower)) --verb;
    if (verb <= first + 1) return false;  // a verb, and a word before it that may block it
    const Tok& v = toks[--verb];
    const Tok& before = toks[verb - 1];
    return v.is(Cls::present_cue) && !before.is(Cls::past_cue) &&
           !before.is(Cls::future_cue) && !in(present_verb_blockers, before.lower);
}

}  // namespace

int clause_tense(const std::vector<Tok>& toks, std::uint32_t first, std::uint32_t last, std::uint32_t at_begin,
                 std::uint32_t at_end) noexcept {
    // A possessive date names a happening already reported: "Wednesday's ruling".
    if (at_end < last && toks[at_end].lower == "'s") return -1;
    if (at_begin > first && in(past_prepositions, toks[at_begin - 1].lower)) return -1;  // "the first since June"
    // A deadline: "until Tuesday", "until 9 a.m. Tuesday"; but "not until", "up until" look back.
    // ("Until Thursday, they had not called": a sentence opening on the deadline looks back by its tense)
    const bool opening = at_begin == first + 1 && at_end < last && toks[at_end].lower == ",";
    if (at_begin > first && !opening && in(deadline_words, toks[at_begin - 1].lower) &&
        !(at_begin > first + 1 && in(deadline_negations, toks[at_begin - 2].lower)))
        return lasted_until(toks, first, at_begin - 1) ? -1 : 1;
    if (moved_deadline(toks, first, at_begin)) return 1;
    // "The envoy, who arrived on Sunday, leaves on Tuesday": a scheduling verb in the present right
    // before the date ("leaves Tuesday", "begins on Monday") is its tense, whatever lies further left
    if (present_verb_before(toks, first, at_begin)) return 2;
    // "were likely to buy its stock as soon as trading opened Monday": the moment of a plan is ahead
    if (const std::uint32_t as = as_soon_as_before(toks, first, at_begin);
        as != at_begin && to_within_reach(toks, first, as) && governed_by_infinitive(toks, first, as))
        return 1;
    // "required by Friday": a deadline when nothing in the clause says past
    const bool by = at_begin > first && toks[at_begin - 1].lower == "by";
    const int t = clause_cue(toks, first, last, at_begin, at_end);
    // "agreed to acquire the bank in January", "agreed to meet on Friday": a plan, either side of
    // the article date
    if (t == -1 && to_within_reach(toks, first, at_begin) && governed_by_infinitive(toks, first, at_begin))
        return overtaken_plan(toks, first, at_begin) ? -1 : plan_tense;
    return by && (t == 0 || t == 2) ? 1 : t;
}

}  // namespace crisis::temporal
