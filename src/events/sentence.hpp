// One sentence as the events stage reads it: its mentions, quotes, clauses and triggers.
#pragma once

#include "events/lexicon.hpp"

#include <unordered_map>

namespace crisis::detail {

// A time expression with a calendar value, by tokens [first, last).
struct TimexAt {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    const Timex* timex = nullptr;
};

// Everything about the article the events stage needs.
struct ArticleContext {
    const Article& article;
    const Segmentation& seg;
    const std::vector<Timex>& timexes;
    const ActorAnalysis& actors;
    const Lexicon& lex;
    std::vector<std::string> lower;
    std::unordered_map<std::string, const Actor*> by_id;
    std::vector<TimexAt> dated;  // time expressions with a calendar date, in text order
    // Indexes built once per article (see index_article): the actor mentions stably sorted by
    // first token, and the dated time expressions sorted by (first token, position in `dated`).
    std::vector<const ActorMention*> mentions_by_first;
    std::vector<const TimexAt*> dated_by_first;

    [[nodiscard]] const Actor* actor(const std::string& id) const {
        const auto it = by_id.find(id);
        return it == by_id.end() ? nullptr : it->second;
    }
    // A person's affiliation, else the actor itself.
    [[nodiscard]] std::string affiliation(const std::string& id) const {
        const Actor* a = actor(id);
        return a && a->kind == ActorKind::person && a->affiliation ? *a->affiliation : id;
    }
};

struct Clause {
    std::uint32_t begin = 0;  // token range [begin, end)
    std::uint32_t end = 0;
};

// Fills the indexes of `c` from its mentions and dated time expressions.
void index_article(ArticleContext& c);
// The mentions inside tokens [begin, end), by first token (ties in article order).
[[nodiscard]] std::vector<const ActorMention*> mentions_within(const ArticleContext& c, Clause within);
// The dated time expressions inside tokens [begin, end), by first token (ties in `dated` order).
[[nodiscard]] std::vector<const TimexAt*> dated_within(const ArticleContext& c, Clause within);

struct SentenceView {
    std::uint32_t begin = 0;  // token range of the sentence
    std::uint32_t end = 0;
    std::vector<const ActorMention*> mentions;  // acting mentions, by first token
    std::vector<bool> quoted;                   // per token (index - begin): inside quotation marks
    std::vector<Clause> clauses;
    std::vector<TriggerHit> hits;  // event triggers that survived the cues, in order
    [[nodiscard]] bool in_quote(std::uint32_t token) const { return quoted[token - begin]; }
};

// Whether a sentence reads as running text (ends with terminal punctuation), not a headline.
[[nodiscard]] bool is_running_text(const ArticleContext& c, const Sentence& s);
[[nodiscard]] SentenceView view_sentence(const ArticleContext& c, const Sentence& s);

}  // namespace crisis::detail
