// timeline: many articles' events into one timeline; the same happening told twice becomes one
// event with several evidence entries.
#pragma once

#include <crisis/actors.hpp>
#include <crisis/article.hpp>
#include <crisis/events.hpp>

#include <optional>
#include <string>
#include <vector>

namespace crisis {

// What the timeline keeps of an article once it has been analysed (no text).
struct ArticleInfo {
    std::string id;
    std::string path;
    Date date;
    std::optional<std::string> title;
    std::optional<std::string> source;
    std::optional<std::string> url;
    std::size_t bytes = 0;
    std::size_t timexes = 0;
};

// The result of the per-article stages (the map step: what `extract` prints per article).
struct ArticleResult {
    ArticleInfo article;
    std::vector<Actor> actors;
    std::vector<Event> events;  // unmerged, as the article tells them
};

// A timeline. `mentions` keeps every per-article event unmerged, so that combining partial
// timelines is a plain union (associative and commutative) and `events` is recomputed from all
// mentions: sharded runs give byte-identical results.
struct Timeline {
    std::vector<ArticleInfo> articles;  // sorted by (date, id)
    std::vector<Actor> actors;          // canonical, sorted by id
    std::vector<Event> mentions;        // every per-article event, sorted by id
    std::vector<Event> events;          // merged, sorted by (date, id)
    std::vector<Diagnostic> diagnostics;
};

// A timeline of one analysed article (mentions set, events not yet merged).
[[nodiscard]] Timeline single(ArticleResult result);

// Union of partial timelines (articles, actors, mentions, diagnostics), each in its canonical
// order, deterministic whatever the order of `parts`; `events` is left empty. `threads`: how many
// threads may share the work (no result depends on it).
[[nodiscard]] Timeline unite(std::vector<Timeline> parts, unsigned threads = 1);

// `unite`, then merges the mentions into `events`.
[[nodiscard]] Timeline combine(std::vector<Timeline> parts, unsigned threads = 1);

// Merges mentions into events: the same happening (compatible dates, same type, overlapping
// actors) reported several times becomes one event with every evidence entry. Sorted by
// (date, id); the result does not depend on the order of `mentions`.
[[nodiscard]] std::vector<Event> merge_events(const std::vector<Event>& mentions);
// The same, where a person or body also stands for its affiliation (Blinken ~ United States),
// on up to `threads` threads (the result does not depend on their number).
[[nodiscard]] std::vector<Event> merge_events(const std::vector<Event>& mentions,
                                              const std::vector<Actor>& actors, unsigned threads = 1);

// Whether two mentions tell the same happening, and how strongly (higher merges first).
// `reason` names the rule that decided ("same happening", "different days", "same sentence", ...).
struct MergeVerdict {
    bool same = false;
    double score = 0.0;
    std::string reason;
    // Not the same on their own, but both may sit in one event that other reports tie together:
    // "the US delivered its answer" and "NATO sent its own letter" (same act, same target,
    // different senders) join through "the US and NATO handed Moscow their answers".
    bool may_join = false;
};
[[nodiscard]] MergeVerdict compare_mentions(const Event& a, const Event& b,
                                            const std::vector<Actor>& actors = {});

}  // namespace crisis
