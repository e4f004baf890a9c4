// pipeline: the per-article stages in order (text → temporal → actors → events).
#pragma once

#include <crisis/actors.hpp>
#include <crisis/article.hpp>
#include <crisis/timeline.hpp>

namespace crisis {

// Runs every per-article stage over one article. Pure: the same article gives the same result.
[[nodiscard]] ArticleResult analyse(const Article& article, const Gazetteer& gazetteer);

}  // namespace crisis
