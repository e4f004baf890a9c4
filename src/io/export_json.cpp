// timeline.json, events.ndjson and the one-line partial records of `extract`, written through
// the streaming JsonWriter (no document tree).
#include "io/export_detail.hpp"
#include "io/json_writer.hpp"

#include <crisis/version.hpp>

#include <algorithm>

namespace crisis {

namespace exporting {

namespace {

void write_evidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
    w.begin_array();
    for (const auto& ev : evidence) {
        w.begin_object();
        w.key("article"), w.string(ev.article);
        w.key("start"), w.number(ev.start);
        w.key("end"), w.number(ev.end);
        w.key("text"), w.string(ev.text);
        w.end_object();
    }
    w.end_array();
}

void write_links(JsonWriter& w, const Event& e, const EventContext* ctx) {
    const std::vector<const EventEdge*>* edges = nullptr;
    if (ctx)
        if (const auto it = ctx->links.find(e.id); it != ctx->links.end()) edges = &it->second;
    w.begin_array();
    for (const auto& l : e.links) {
        const EventEdge* to = nullptr;
        if (edges)
            for (const EventEdge* x : *edges)
                if (x->kind == l.kind && x->cue == l.cue) { to = x; break; }
        w.begin_object();
        w.key("kind"), w.string(l.kind);
        w.key("event");
        if (to) w.string(to->to);
        else w.null();
        w.key("cue"), w.string(l.cue);
        w.end_object();
    }
    w.end_array();
}

// Evidence, links and (merged events) mention ids of an event, as timeline.json, events.ndjson
// and records write them.
void write_sources(JsonWriter& w, const Event& e, const EventContext* ctx) {
    w.key("evidence"), write_evidence(w, e.evidence);
    w.key("confidence"), w.number(e.confidence);
    const std::string* story = nullptr;
    if (ctx)
        if (const auto it = ctx->storyline.find(e.id); it != ctx->storyline.end()) story = &it->second;
    w.key("storyline");
    if (story) w.string(*story);
    else w.null();
    w.key("links"), write_links(w, e, ctx);
    if (ctx) w.key("mentions"), w.strings(e.mentions);  // merged events only
}

}  // namespace

EventContext event_context(const GraphAnalytics& g) {
    EventContext ctx;
    for (const auto& s : g.storylines)
        for (const auto& e : s.events) ctx.storyline.emplace(e, s.id);
    for (const auto& edge : g.event_edges)
        if (edge.kind != "next") ctx.links[edge.from].push_back(&edge);
    return ctx;
}

void write_article(JsonWriter& w, const ArticleInfo& a) {
    w.begin_object();
    w.key("id"), w.string(a.id);
    w.key("path"), w.string(a.path);
    w.key("date"), w.string(format_iso_date(a.date));
    w.key("title"), w.optional_string(a.title);
    w.key("source"), w.optional_string(a.source);
    w.key("url"), w.optional_string(a.url);
    w.key("bytes"), w.number(a.bytes);
    w.key("timexes"), w.number(a.timexes);
    w.end_object();
}

void write_actor(JsonWriter& w, const Actor& a, const ActorCentrality* c) {
    w.begin_object();
    w.key("id"), w.string(a.id);
    w.key("name"), w.string(a.name);
    w.key("kind"), w.string(to_string(a.kind));
    w.key("aliases"), w.strings(a.aliases);
    w.key("affiliation"), w.optional_string(a.affiliation);
    w.key("title"), w.optional_string(a.title);
    w.key("degree");
    if (c) w.number(c->degree);
    else w.null();
    w.key("betweenness");
    if (c) w.number(c->betweenness);
    else w.null();
    w.end_object();
}

// The fields of an event, in an object the caller opened (events.ndjson adds its own after them).
void write_event_fields(JsonWriter& w, const Event& e, const EventContext* ctx) {
    w.key("id"), w.string(e.id);
    w.key("date"), w.string(to_timex_value(e.date));
    w.key("precision"), w.string(precision_name(e.date.precision));
    w.key("start"), w.string(iso_day(e.date.first));
    w.key("end"), w.string(iso_day(e.date.last));
    w.key("date_inferred"), w.boolean(e.date_inferred);
    w.key("alternative_dates"), w.begin_array();
    for (const auto& d : e.alternative_dates) w.string(to_timex_value(d));
    w.end_array();
    w.key("cameo"), w.string(e.cameo);
    w.key("label"), w.string(cameo_label(e.cameo));
    w.key("quad_class"), w.number(e.quad_class);
    w.key("goldstein"), w.number(e.goldstein);
    w.key("status"), w.string(to_string(e.status));
    w.key("source"), w.strings(e.source);
    w.key("target"), w.strings(e.target);
    w.key("summary"), w.string(e.summary);
    w.key("trigger"), w.string(e.trigger);
    write_sources(w, e, ctx);
}

void write_diagnostics(JsonWriter& w, const std::vector<Diagnostic>& ds) {
    w.begin_array();
    for (const auto& d : ds) {
        w.begin_object();
        w.key("kind"), w.string(diagnostic_kind(d.kind));
        w.key("input"), w.string(d.input);
        w.key("line");
        if (d.line) w.number(*d.line);
        else w.null();
        w.key("code");
        if (d.code) w.string(to_string(*d.code));
        else w.null();
        w.key("reason"), w.string(d.reason);
        w.end_object();
    }
    w.end_array();
}

}  // namespace exporting

namespace {

using exporting::JsonWriter;

void write_actors(JsonWriter& w, const Timeline& t, const GraphAnalytics* g) {
    w.begin_array();
    for (const auto& a : t.actors) {
        const ActorCentrality* c = nullptr;
        if (g) {
            const auto it = std::lower_bound(g->centrality.begin(), g->centrality.end(), a.id,
                                             [](const ActorCentrality& x, const std::string& id) { return x.actor < id; });
            if (it != g->centrality.end() && it->actor == a.id) c = &*it;
        }
        exporting::write_actor(w, a, c);
    }
    w.end_array();
}

void write_articles(JsonWriter& w, const Timeline& t) {
    w.begin_array();
    for (const auto& a : t.articles) exporting::write_article(w, a);
    w.end_array();
}

void write_events(JsonWriter& w, const std::vector<Event>& events, const exporting::EventContext* ctx) {
    w.begin_array();
    for (const auto& e : events) {
        w.begin_object();
        exporting::write_event_fields(w, e, ctx);
        w.end_object();
    }
    w.end_array();
}

void write_graph(JsonWriter& w, const GraphAnalytics& g) {
    w.key("storylines"), w.begin_array();
    for (const auto& s : g.storylines) {
        w.begin_object();
        w.key("id"), w.string(s.id);
        w.key("events"), w.strings(s.events);
        w.key("actors"), w.strings(s.actors);
        w.end_object();
    }
    w.end_array();
    w.key("interactions"), w.begin_array();
    for (const auto& i : g.interactions) {
        w.begin_object();
        w.key("source"), w.string(i.source);
        w.key("target"), w.string(i.target);
        w.key("by_quad"), w.begin_array();
        for (const std::size_t n : i.by_quad) w.number(n);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("event_edges"), w.begin_array();
    for (const auto& e : g.event_edges) {
        w.begin_object();
        w.key("from"), w.string(e.from);
        w.key("to"), w.string(e.to);
        w.key("kind"), w.string(e.kind);
        w.end_object();
    }
    w.end_array();
}

std::size_t skipped(const Timeline& t) {
    return static_cast<std::size_t>(std::count_if(t.diagnostics.begin(), t.diagnostics.end(), [](const Diagnostic& d) {
        return d.kind == Diagnostic::Kind::skipped;
    }));
}

std::string gathered(const std::function<void(const ByteSink&)>& write) {
    std::string out;
    write([&out](std::string_view piece) { out += piece; });
    return out;
}

}  // namespace

namespace exporting {

void write_timeline_document(JsonWriter& w, const Timeline& t, const GraphAnalytics& g, bool with_mentions) {
    const EventContext ctx = event_context(g);
    w.begin_object();
    w.key("schema_version"), w.string(schema_version);
    w.key("generated_by"), w.string("crisis-timeline " + std::string(version));
    w.key("summary"), w.begin_object();
    w.key("articles"), w.number(t.articles.size());
    w.key("skipped"), w.number(skipped(t));
    w.key("events"), w.number(t.events.size());
    w.key("mentions"), w.number(t.mentions.size());
    w.key("actors"), w.number(t.actors.size());
    w.end_object();
    w.key("articles"), write_articles(w, t);
    w.key("actors"), write_actors(w, t, &g);
    w.key("events"), write_events(w, t.events, &ctx);
    if (with_mentions) w.key("mentions"), write_events(w, t.mentions, nullptr);
    write_graph(w, g);
    w.key("diagnostics"), write_diagnostics(w, t.diagnostics);
    w.end_object();
}

}  // namespace exporting

void write_timeline_json(const Timeline& t, const GraphAnalytics& g, const ByteSink& out) {
    JsonWriter w(out, 2);
    exporting::write_timeline_document(w, t, g, true);
    w.raw("\n");
}

std::string to_timeline_json(const Timeline& t, const GraphAnalytics& g) {
    return gathered([&](const ByteSink& out) { write_timeline_json(t, g, out); });
}

std::string to_events_ndjson(const Timeline& t) { return to_events_ndjson(t, analyse_graph(t)); }

void write_events_ndjson(const Timeline& t, const GraphAnalytics& g, const ByteSink& out) {
    const exporting::EventContext ctx = exporting::event_context(g);
    const auto names = exporting::actor_names(t);
    const auto name_of = [&names](const std::string& id) -> const std::string& {
        const auto it = names.find(id);
        return it == names.end() ? id : it->second;
    };
    JsonWriter w(out, -1);
    for (const auto& e : t.events) {
        w.begin_object();
        exporting::write_event_fields(w, e, &ctx);
        w.key("source_names"), w.begin_array();
        for (const auto& id : e.source) w.string(name_of(id));
        w.end_array();
        w.key("target_names"), w.begin_array();
        for (const auto& id : e.target) w.string(name_of(id));
        w.end_array();
        w.end_object();
        w.raw("\n");
    }
}

std::string to_events_ndjson(const Timeline& t, const GraphAnalytics& g) {
    return gathered([&](const ByteSink& out) { write_events_ndjson(t, g, out); });
}

std::string to_partial_record(const Timeline& t) {
    return gathered([&](const ByteSink& out) {
        JsonWriter w(out, -1);
        w.begin_object();
        w.key("schema_version"), w.string(schema_version);
        w.key("articles"), write_articles(w, t);
        w.key("actors"), write_actors(w, t, nullptr);
        w.key("mentions"), write_events(w, t.mentions, nullptr);
        w.key("diagnostics"), exporting::write_diagnostics(w, t.diagnostics);
        w.end_object();
    });
}

}  // namespace crisis
