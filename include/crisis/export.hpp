// export: every output format as a pure function from the timeline to bytes; the CLI writes them.
// The only stage that includes nlohmann/json (also reads extract records and JSON Lines input).
#pragma once

#include <crisis/article.hpp>
#include <crisis/graph.hpp>
#include <crisis/timeline.hpp>

#include <tl/expected.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

inline constexpr std::string_view schema_version = "1.0";

// Every output is deterministic: the same timeline gives the same bytes (docs/exports.md).

// Where the streaming exporters (write_*) put their bytes: called with consecutive pieces of the
// output, in order; the to_* functions are the same outputs gathered into one string.
using ByteSink = std::function<void(std::string_view)>;

// Pretty-printed JSON (schema/timeline.schema.json): articles, actors with centrality, merged
// events, the unmerged mentions (so `merge` can rebuild the timeline), storylines, interactions,
// event edges and diagnostics.
[[nodiscard]] std::string to_timeline_json(const Timeline& t, const GraphAnalytics& g);
void write_timeline_json(const Timeline& t, const GraphAnalytics& g, const ByteSink& out);
// One merged event per line, as in timeline.json plus "source_names" and "target_names".
[[nodiscard]] std::string to_events_ndjson(const Timeline& t);
[[nodiscard]] std::string to_events_ndjson(const Timeline& t, const GraphAnalytics& g);
void write_events_ndjson(const Timeline& t, const GraphAnalytics& g, const ByteSink& out);
// RFC 4180 CSV (CRLF line ends), one merged event per row, a header row first.
[[nodiscard]] std::string to_events_csv(const Timeline& t);
[[nodiscard]] std::string to_events_csv(const Timeline& t, const GraphAnalytics& g);
// GraphML with typed, named attributes: actor and event nodes, role and event-order edges.
[[nodiscard]] std::string to_graphml(const Timeline& t, const GraphAnalytics& g);
// GEXF 1.3, mode="dynamic": each event node lives over its date range, each actor from its
// first to its last event, so Gephi's timeline plays the crisis.
[[nodiscard]] std::string to_gexf(const Timeline& t, const GraphAnalytics& g);
// Graphviz: actors as ellipses, events as boxes labelled with date and type.
[[nodiscard]] std::string to_dot(const Timeline& t, const GraphAnalytics& g);
// TimelineJS3 JSON: a title slide and one slide per merged event, grouped by its first source.
[[nodiscard]] std::string to_timelinejs(const Timeline& t);
void write_timelinejs(const Timeline& t, const ByteSink& out);
// The offline viewer with the timeline embedded: timeline.json without its top-level
// "mentions" (the unmerged events, which only `merge` reads back; the viewer shows merged ones).
[[nodiscard]] std::string to_html(const Timeline& t, const GraphAnalytics& g);
void write_html(const Timeline& t, const GraphAnalytics& g, const ByteSink& out);

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
