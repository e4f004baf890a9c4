// PLACEHOLDER: merging is being written (issue 5).
#include <crisis/timeline.hpp>

#include <algorithm>

namespace crisis {

Timeline single(ArticleResult r) {
    Timeline t;
    t.articles.push_back(std::move(r.article));
    t.actors = std::move(r.actors);
    t.mentions = std::move(r.events);
    return t;
}

std::vector<Event> merge_events(const std::vector<Event>& mentions) { return mentions; }

Timeline combine(std::vector<Timeline> parts) {
    Timeline out;
    for (auto& p : parts) {
        for (auto& a : p.articles) out.articles.push_back(std::move(a));
        for (auto& a : p.actors) out.actors.push_back(std::move(a));
        for (auto& e : p.mentions) out.mentions.push_back(std::move(e));
        for (auto& d : p.diagnostics) out.diagnostics.push_back(std::move(d));
    }
    std::sort(out.articles.begin(), out.articles.end(), [](const ArticleInfo& a, const ArticleInfo& b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    out.events = merge_events(out.mentions);
    return out;
}

}  // namespace crisis
