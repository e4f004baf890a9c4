// Reading one sentence: quotation marks, clauses, and the triggers that survive the cues.
#include "events/sentence.hpp"

#include <algorithm>
#include <array>

namespace crisis::detail {

namespace {

bool is_word(std::string_view t, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), t) != words.end();
}

std::vector<bool> quotes(const ArticleContext& c, std::uint32_t begin, std::uint32_t end) {
    std::vector<bool> out(end - begin, false);
    bool open = false;
    for (std::uint32_t i = begin; i < end; ++i) {
        const std::string_view t = c.seg.tokens[i].span.in(c.article.text);
        const bool punct = c.seg.tokens[i].kind == TokenKind::punct;
        if (punct && (t == "\u201C" || t == "\u2018" || (t == "\"" && !open))) { open = true; continue; }
        if (punct && (t == "\u201D" || t == "\u2019" || t == "\"")) { open = false; continue; }
        out[i - begin] = open;
    }
    return out;
}

bool mention_starts_near(const SentenceView& v, std::uint32_t at) {
    return std::any_of(v.mentions.begin(), v.mentions.end(), [&](const ActorMention* m) {
        return m->acts && m->first_token >= at && m->first_token <= at + 1;
    });
}

bool event_trigger_in(const SentenceView& v, std::uint32_t begin, std::uint32_t end) {
    return std::any_of(v.hits.begin(), v.hits.end(),
                       [&](const TriggerHit& h) { return !h.rule->speech && h.first >= begin && h.first < end; });
}

// "talks were held on Monday, the NATO-Russia Council convened two days later": after a clause
// with an event, a comma, an actor and soon an event trigger (not a reporting verb).
bool actor_then_trigger(const SentenceView& v, std::uint32_t clause_begin, std::uint32_t at) {
    if (!event_trigger_in(v, clause_begin, at)) return false;
    for (const ActorMention* m : v.mentions) {
        if (!m->acts || m->first_token < at || m->first_token > at + 1) continue;
        if (event_trigger_in(v, m->last_token, m->last_token + 4)) return true;
    }
    return false;
}

// Token i is a one-word boundary cue ("and", "but", "while" ...).
bool boundary_cue(const ArticleContext& c, std::uint32_t i) {
    const auto& cues = c.lex.cues;
    if (!cues.prefixes.may_hold(c.lower[i])) return false;
    const auto cue = cues.rows.find(c.lower[i]);
    return cue != cues.rows.end() && std::find(cue->second.begin(), cue->second.end(), CueKind::boundary) != cue->second.end();
}

// Words that open a conditional clause at the start of a sentence, which its first comma ends
// ("If Russia invades Ukraine, the West will impose sanctions": the West acts, not Ukraine).
constexpr std::array<std::string_view, 2> conditional_openers{"if", "unless"};

// The end of a conditional clause that opens the sentence: its first comma outside quotes (none: 0).
std::uint32_t conditional_end(const ArticleContext& c, const SentenceView& v) {
    const bool opens = std::find(conditional_openers.begin(), conditional_openers.end(), c.lower[v.begin]) != conditional_openers.end() ||
                       (v.begin + 1 < v.end && c.lower[v.begin] == "in" && c.lower[v.begin + 1] == "case");
    if (!opens) return 0;
    for (std::uint32_t i = v.begin + 2; i + 1 < v.end; ++i)
        if (c.lower[i] == "," && !v.in_quote(i)) return i + 1;
    return 0;
}

// A new clause starts at ", and <actor>", ", but <actor>", "; <actor>" ..., and after a conditional
// clause that opens the sentence.
std::vector<Clause> clauses(const ArticleContext& c, const SentenceView& v) {
    std::vector<Clause> out{Clause{v.begin, v.end}};
    const std::uint32_t conditional = conditional_end(c, v);
    for (std::uint32_t i = v.begin + 1; i + 1 < v.end; ++i) {
        if (i == conditional) {
            out.back().end = i;
            out.push_back(Clause{i, v.end});
            continue;
        }
        const std::string_view prev = c.lower[i - 1];
        // (not ", and urged Americans to leave": a verb right after the conjunction shares the subject)
        const bool verb_next = std::any_of(v.hits.begin(), v.hits.end(), [&](const TriggerHit& h) { return h.first == i + 1; });
        const bool starts = (prev == "," && boundary_cue(c, i) && !verb_next && mention_starts_near(v, i + 1)) ||
                            (prev == "," && actor_then_trigger(v, out.back().begin, i)) || (prev == ";" && mention_starts_near(v, i));
        if (!starts || v.in_quote(i)) continue;
        out.back().end = i;
        out.push_back(Clause{i, v.end});
    }
    return out;
}

// Cues that cancel a trigger: a noun reading, a negation, a modal; words inside quotation marks.
bool survives(const ArticleContext& c, const SentenceView& v, const TriggerHit& h) {
    if (h.rule->cameo.empty() || v.in_quote(h.first)) return false;
    if (h.rule->verb && cue_before(c.lex, c.lower, h.first, 1, CueKind::noun, v.begin)) return false;
    if (cue_before(c.lex, c.lower, h.first, 2, CueKind::negation, v.begin)) return false;
    if (cue_before(c.lex, c.lower, h.first, 2, CueKind::reference, v.begin)) return false;  // "since the invasion began"
    if (!h.rule->speech && cue_before(c.lex, c.lower, h.first, 3, CueKind::modal, v.begin)) return false;
    return true;
}

}  // namespace

void index_article(ArticleContext& c) {
    c.mentions_by_first.clear();
    for (const ActorMention& m : c.actors.mentions) c.mentions_by_first.push_back(&m);
    std::stable_sort(c.mentions_by_first.begin(), c.mentions_by_first.end(),
                     [](const ActorMention* a, const ActorMention* b) { return a->first_token < b->first_token; });
    c.dated_by_first.clear();
    for (const TimexAt& t : c.dated) c.dated_by_first.push_back(&t);
    std::stable_sort(c.dated_by_first.begin(), c.dated_by_first.end(),
                     [](const TimexAt* a, const TimexAt* b) { return a->first < b->first; });
}

namespace {

// The entries of `sorted` (by first token) whose tokens lie inside `within`: those starting in
// [begin, end) and ending by `end` (an entry starting at or after `end` cannot end by it).
template <typename T, typename First, typename Last>
std::vector<const T*> within_range(const std::vector<const T*>& sorted, Clause within, First first, Last last) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), within.begin,
                               [&](const T* x, std::uint32_t at) { return first(*x) < at; });
    std::vector<const T*> out;
    for (; it != sorted.end() && first(**it) < within.end; ++it)
        if (last(**it) <= within.end) out.push_back(*it);
    return out;
}

}  // namespace

std::vector<const ActorMention*> mentions_within(const ArticleContext& c, Clause within) {
    return within_range(c.mentions_by_first, within, [](const ActorMention& m) { return m.first_token; },
                        [](const ActorMention& m) { return m.last_token; });
}

std::vector<const TimexAt*> dated_within(const ArticleContext& c, Clause within) {
    return within_range(c.dated_by_first, within, [](const TimexAt& t) { return t.first; },
                        [](const TimexAt& t) { return t.last; });
}

bool is_running_text(const ArticleContext& c, const Sentence& s) {
    const std::uint32_t end = s.first_token + s.token_count;
    for (std::uint32_t i = end; i > s.first_token && end - i < 3; --i)
        if (is_word(c.seg.tokens[i - 1].span.in(c.article.text), {".", "!", "?", "\u2026"})) return true;
    return false;
}

SentenceView view_sentence(const ArticleContext& c, const Sentence& s) {
    SentenceView v;
    v.begin = s.first_token;
    v.end = s.first_token + s.token_count;
    v.mentions = mentions_within(c, Clause{v.begin, v.end});
    v.quoted = quotes(c, v.begin, v.end);
    for (const TriggerHit& h : match_triggers(c.lex, c.seg, c.lower, v.begin, v.end))
        if (survives(c, v, h)) v.hits.push_back(h);
    v.clauses = clauses(c, v);
    return v;
}

}  // namespace crisis::detail
