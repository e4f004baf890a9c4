// Shared pieces of the exporters (internal to src/io): names of values, escaping for each
// format, and the JSON shape of articles, actors and events used by several outputs.
#pragma once

#include <crisis/export.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::exporting {

[[nodiscard]] std::string_view precision_name(Precision p) noexcept;  // "day", "week", "month", ...
[[nodiscard]] std::optional<Precision> precision_from(std::string_view name) noexcept;
[[nodiscard]] std::string iso_day(date::sys_days d);                  // "2022-01-26"
[[nodiscard]] std::string_view diagnostic_kind(Diagnostic::Kind k) noexcept;

// XML 1.0 character data and attribute values: & < > " ' escaped; characters XML 1.0 forbids
// (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF) become U+FFFD;
// carriage returns and newlines become character references so attribute values keep them.
[[nodiscard]] std::string xml_escape(std::string_view s);
// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled); a text
// field that a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading quote.
[[nodiscard]] std::string csv_field(std::string_view s, bool text = true);
// The inside of a Graphviz double-quoted string: \ and " escaped, newlines as \n.
[[nodiscard]] std::string dot_escape(std::string_view s);

// Graph facts an event's JSON carries: its storyline and the events its links point to.
struct EventContext {
    std::map<std::string, std::string, std::less<>> storyline;  // event id -> storyline id
    std::map<std::string, std::vector<const EventEdge*>, std::less<>> links;  // from -> link edges
};
[[nodiscard]] EventContext event_context(const GraphAnalytics& g);

class JsonWriter;
// The JSON of an article, an actor (`c` adds degree and betweenness, null without it), an
// event's fields inside an object the caller opened (`ctx` null: a mention, storyline and link
// targets null) and the diagnostics array; the whole timeline document (`with_mentions`: the
// unmerged mentions too, as timeline.json has them; the viewer's copy leaves them out).
void write_article(JsonWriter& w, const ArticleInfo& a);
void write_actor(JsonWriter& w, const Actor& a, const ActorCentrality* c);
void write_event_fields(JsonWriter& w, const Event& e, const EventContext* ctx);
void write_diagnostics(JsonWriter& w, const std::vector<Diagnostic>& ds);
void write_timeline_document(JsonWriter& w, const Timeline& t, const GraphAnalytics& g, bool with_mentions);

// Shortest text that reads back as the same double ("0.75", "-7", "0.1").
[[nodiscard]] std::string number_text(double x);

// The graph as the graph formats write it: typed node and edge attributes with real names.
struct AttributeDef {
    std::string_view name;
    std::string_view graphml_type;  // "string", "int", "double", "boolean"
    std::string_view gexf_type;     // "string", "integer", "double", "boolean"
};
struct ViewNode {
    std::string id;     // "actor:russia", "event:<event id>"
    std::string label;  // a name, or "2022-01-26 Reject: <summary>"
    bool is_event = false;
    date::sys_days first, last;  // when the node exists (an actor: its first to last event)
    bool timed = false;
    std::vector<std::pair<std::size_t, std::string>> values;  // (index into node_attributes(), value)
};
struct ViewEdge {
    std::string source, target;
    std::string kind;  // "source", "target", "next", "response_to", "after"
    std::string cue;
};
struct GraphView {
    std::vector<ViewNode> nodes;  // actors (by id), then events (timeline order)
    std::vector<ViewEdge> edges;  // actor→event roles (event order), then event→event edges
};
[[nodiscard]] const std::vector<AttributeDef>& node_attributes();
[[nodiscard]] const std::vector<AttributeDef>& edge_attributes();  // "kind", "cue"
[[nodiscard]] GraphView graph_view(const Timeline& t, const GraphAnalytics& g);

// Actor name by id, for labels (the id itself when unknown).
[[nodiscard]] std::map<std::string, std::string, std::less<>> actor_names(const Timeline& t);
// "Russia, NATO" from ids.
[[nodiscard]] std::string joined_names(const std::vector<std::string>& ids,
                                       const std::map<std::string, std::string, std::less<>>& names,
                                       std::string_view separator = ", ");

}  // namespace crisis::exporting
