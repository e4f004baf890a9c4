// export: every output format as a pure function from the timeline to bytes; the CLI writes them.
// The only stage that includes nlohmann/json (also reads extract records and JSON Lines input).
#pragma once

#include <crisis/article.hpp>
#include <crisis/graph.hpp>
#include <crisis/timeline.hpp>

#include <tl/expected.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace crisis {

inline constexpr std::string_view schema_version = "1.0";

[[nodiscard]] std::string to_timeline_json(const Timeline& t, const GraphAnalytics& g);
[[nodiscard]] std::string to_events_ndjson(const Timeline& t);
[[nodiscard]] std::string to_events_csv(const Timeline& t);
[[nodiscard]] std::string to_graphml(const Timeline& t, const GraphAnalytics& g);
[[nodiscard]] std::string to_gexf(const Timeline& t, const GraphAnalytics& g);
[[nodiscard]] std::string to_dot(const Timeline& t, const GraphAnalytics& g);
[[nodiscard]] std::string to_timelinejs(const Timeline& t);
[[nodiscard]] std::string to_html(const Timeline& t, const GraphAnalytics& g);

// One line of JSON (no newline) holding a partial timeline: its articles, actors, mentions and
// diagnostics. `extract` prints one per article (and one per skipped input); `merge` reads them.
[[nodiscard]] std::string to_partial_record(const Timeline& t);

struct RecordError {
    std::string message;
};
// Reads one line of `extract` output (to_partial_record), or a whole earlier `merge`/`build`
// timeline.json (it keeps "mentions"), so that partial timelines combine associatively.
[[nodiscard]] tl::expected<Timeline, RecordError> read_partial(std::string_view json);

// One JSON Lines input record ({"text", "date", optional "id", "title", "source", "url"}) into the
// fields make_article needs. `text` receives the article text.
[[nodiscard]] tl::expected<ArticleFields, IngestError> read_jsonl_record(std::string_view line,
                                                                        std::string& text);

}  // namespace crisis
