#include <crisis/events.hpp>
#include <crisis/pipeline.hpp>
#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

namespace crisis {

ArticleResult analyse(const Article& article, const Gazetteer& gazetteer) {
    const Segmentation seg = segment(article.text, article.body_begin);
    const std::vector<Timex> timexes = find_timexes(article.text, seg, article.date);
    ActorAnalysis actors = find_actors(article.text, seg, gazetteer);

    ArticleResult r;
    r.article = ArticleInfo{article.id,   article.path,        article.date,   article.title,
                            article.source, article.url, article.text.size(), timexes.size()};
    r.events = find_events(article, seg, timexes, actors);
    r.actors = std::move(actors.actors);
    return r;
}

}  // namespace crisis
