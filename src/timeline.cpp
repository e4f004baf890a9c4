// timeline: one timeline from many partial ones. `combine` is a union (`unite`: articles, actors,
// mentions, diagnostics), each part kept in a canonical order, then `merge_events` over every mention: so
// combining is associative and commutative, and sharded runs give byte-identical outputs.
#include <crisis/timeline.hpp>

#include "timeline/parallel.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace crisis {

namespace {

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The longer name wins (then the smaller), so "Sergei Lavrov" beats "Lavrov" in any order.
bool better_name(const std::string& a, const std::string& b) {
    return std::make_tuple(!a.empty(), a.size(), std::string_view(b)) >
           std::make_tuple(!b.empty(), b.size(), std::string_view(a));
}

bool better_optional(const std::optional<std::string>& a, const std::optional<std::string>& b) {
    if (!a) return false;
    if (!b) return true;
    return better_name(*a, *b);
}

// Folds `from` into `into` (same id). Commutative, associative and idempotent: names lost to a
// longer one become aliases, aliases are a set union, a known kind beats `other`.
void fold_actor(Actor& into, const Actor& from) {
    into.aliases.insert(into.aliases.end(), from.aliases.begin(), from.aliases.end());
    if (better_name(from.name, into.name)) {
        into.aliases.push_back(into.name);
        into.name = from.name;
    } else if (from.name != into.name) {
        into.aliases.push_back(from.name);
    }
    std::erase_if(into.aliases, [&](const std::string& s) { return s.empty() || s == into.name; });
    sort_unique(into.aliases);
    into.kind = std::min(into.kind, from.kind);  // `other`, the last kind, loses to any known one
    if (better_optional(from.affiliation, into.affiliation)) into.affiliation = from.affiliation;
    if (better_optional(from.title, into.title)) into.title = from.title;
}

void fold_into(std::map<std::string, Actor>& by_id, std::vector<Actor>&& actors) {
    for (auto& a : actors) {
        const auto it = by_id.try_emplace(a.id, a).first;
        fold_actor(it->second, a);  // folding an actor into itself normalises its aliases
    }
    actors = std::vector<Actor>{};
}

std::vector<Actor> union_actors(std::map<std::string, Actor> by_id) {
    std::vector<Actor> out;
    out.reserve(by_id.size());
    for (auto& [id, a] : by_id) out.push_back(std::move(a));
    return out;
}

auto article_key(const ArticleInfo& a) {
    return std::tie(a.date, a.id, a.path, a.title, a.source, a.url, a.bytes, a.timexes);
}

// One entry per article id; the same article read twice keeps its smallest record.
void canonical_articles(std::vector<ArticleInfo>& v) {
    std::sort(v.begin(), v.end(), [](const ArticleInfo& a, const ArticleInfo& b) { return article_key(a) < article_key(b); });
    v.erase(std::unique(v.begin(), v.end(), [](const ArticleInfo& a, const ArticleInfo& b) { return a.id == b.id; }),
            v.end());
}

auto diagnostic_key(const Diagnostic& d) { return std::tie(d.input, d.line, d.kind, d.code, d.reason); }

auto mention_key(const Event& e) {
    static const Evidence none{};
    const Evidence& first = e.evidence.empty() ? none : e.evidence.front();
    return std::tie(e.id, first.article, first.start, e.cameo, e.summary);
}

// Mentions by id; two mentions with one id (the same article read twice) are the same mention.
// Sorted through their positions by the integers of the ids' first bytes (the whole key only
// breaking their ties), ties in input order, then permuted in place by swaps (moving an event
// costs a dozen strings).
void canonical_mentions(std::vector<Event>& v, unsigned threads) {
    struct Key {
        detail::StringPrefix prefix;
        std::size_t at;
    };
    std::vector<Key> keys;
    keys.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) keys.push_back(Key{detail::StringPrefix(v[i].id), i});
    detail::parallel_sort(keys, threads, [&](const Key& a, const Key& b) {
        if (a.prefix != b.prefix) return a.prefix < b.prefix;
        const auto ka = mention_key(v[a.at]), kb = mention_key(v[b.at]);
        return ka < kb || (!(kb < ka) && a.at < b.at);
    });
    std::vector<std::size_t> order(v.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = keys[i].at;
    for (std::size_t i = 0; i < order.size(); ++i) {  // position i takes v[order[i]]: follow each cycle
        if (order[i] == i) continue;
        std::size_t at = i;
        while (order[at] != i) {
            std::swap(v[at], v[order[at]]);
            const std::size_t from = order[at];
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
    v.erase(std::unique(v.begin(), v.end(), [](const Event& a, const Event& b) { return a.id == b.id; }), v.end());
}

// Every part in its canonical order; `events` is left to the caller.
Timeline canonical(std::vector<Timeline> parts, unsigned threads) {
    Timeline out;
    std::size_t articles = 0, mentions = 0;
    for (const auto& p : parts) articles += p.articles.size(), mentions += p.mentions.size();
    out.articles.reserve(articles);
    out.mentions.reserve(mentions);
    std::map<std::string, Actor> actors;
    for (auto& p : parts) {
        std::move(p.articles.begin(), p.articles.end(), std::back_inserter(out.articles));
        fold_into(actors, std::move(p.actors));
        std::move(p.mentions.begin(), p.mentions.end(), std::back_inserter(out.mentions));
        p.mentions = std::vector<Event>{};  // the moved-from events go as they are taken
        std::move(p.diagnostics.begin(), p.diagnostics.end(), std::back_inserter(out.diagnostics));
    }
    canonical_articles(out.articles);
    out.actors = union_actors(std::move(actors));
    canonical_mentions(out.mentions, threads);
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return diagnostic_key(a) < diagnostic_key(b); });
    return out;
}

}  // namespace

Timeline single(ArticleResult r) {
    std::vector<Timeline> one(1);
    one[0].articles.push_back(std::move(r.article));
    one[0].actors = std::move(r.actors);
    one[0].mentions = std::move(r.events);
    return canonical(std::move(one), 1);
}

Timeline unite(std::vector<Timeline> parts, unsigned threads) { return canonical(std::move(parts), threads); }

Timeline combine(std::vector<Timeline> parts, unsigned threads) {
    Timeline out = canonical(std::move(parts), threads);
    out.events = merge_events(out.mentions, out.actors, threads);
    return out;
}

}  // namespace crisis
