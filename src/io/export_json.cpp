// timeline.json, events.ndjson and the one-line partial records of `extract`.
#include "io/export_detail.hpp"

#include <crisis/version.hpp>

#include <algorithm>

namespace crisis {

namespace exporting {

namespace {

ojson optional_json(const std::optional<std::string>& s) { return s ? ojson(*s) : ojson(nullptr); }

ojson strings_json(const std::vector<std::string>& v) {
    auto out = ojson::array();
    for (const auto& s : v) out.push_back(s);
    return out;
}

ojson evidence_json(const std::vector<Evidence>& evidence) {
    auto out = ojson::array();
    for (const auto& ev : evidence)
        out.push_back({{"article", ev.article}, {"start", ev.start}, {"end", ev.end}, {"text", ev.text}});
    return out;
}

ojson links_json(const Event& e, const EventContext* ctx) {
    std::vector<const EventEdge*> edges;
    if (ctx)
        if (const auto it = ctx->links.find(e.id); it != ctx->links.end()) edges = it->second;
    auto out = ojson::array();
    for (const auto& l : e.links) {
        const auto it = std::find_if(edges.begin(), edges.end(),
                                     [&](const EventEdge* x) { return x->kind == l.kind && x->cue == l.cue; });
        out.push_back({{"kind", l.kind}, {"event", it == edges.end() ? ojson(nullptr) : ojson((*it)->to)},
                       {"cue", l.cue}});
    }
    return out;
}

// Evidence, links and (merged events) mention ids of an event, as timeline.json, events.ndjson
// and records write them.
void add_sources(ojson& j, const Event& e, const EventContext* ctx) {
    j["evidence"] = evidence_json(e.evidence);
    j["confidence"] = e.confidence;
    ojson storyline = nullptr;
    if (ctx)
        if (const auto it = ctx->storyline.find(e.id); it != ctx->storyline.end()) storyline = it->second;
    j["storyline"] = std::move(storyline);
    j["links"] = links_json(e, ctx);
    if (ctx) j["mentions"] = strings_json(e.mentions);  // merged events only
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

ojson article_json(const ArticleInfo& a) {
    return {{"id", a.id},         {"path", a.path},   {"date", format_iso_date(a.date)},
            {"title", optional_json(a.title)}, {"source", optional_json(a.source)}, {"url", optional_json(a.url)},
            {"bytes", a.bytes},   {"timexes", a.timexes}};
}

ojson actor_json(const Actor& a, const ActorCentrality* c) {
    return {{"id", a.id},
            {"name", a.name},
            {"kind", std::string(to_string(a.kind))},
            {"aliases", strings_json(a.aliases)},
            {"affiliation", optional_json(a.affiliation)},
            {"title", optional_json(a.title)},
            {"degree", c ? ojson(c->degree) : ojson(nullptr)},
            {"betweenness", c ? ojson(c->betweenness) : ojson(nullptr)}};
}

ojson event_json(const Event& e, const EventContext* ctx) {
    ojson j;
    j["id"] = e.id;
    j["date"] = to_timex_value(e.date);
    j["precision"] = std::string(precision_name(e.date.precision));
    j["start"] = iso_day(e.date.first);
    j["end"] = iso_day(e.date.last);
    j["date_inferred"] = e.date_inferred;
    auto alternatives = ojson::array();
    for (const auto& d : e.alternative_dates) alternatives.push_back(to_timex_value(d));
    j["alternative_dates"] = std::move(alternatives);
    j["cameo"] = e.cameo;
    j["label"] = std::string(cameo_label(e.cameo));
    j["quad_class"] = e.quad_class;
    j["goldstein"] = e.goldstein;
    j["status"] = std::string(to_string(e.status));
    j["source"] = strings_json(e.source);
    j["target"] = strings_json(e.target);
    j["summary"] = e.summary;
    j["trigger"] = e.trigger;
    add_sources(j, e, ctx);
    return j;
}

ojson diagnostics_json(const std::vector<Diagnostic>& ds) {
    auto out = ojson::array();
    for (const auto& d : ds)
        out.push_back({{"kind", std::string(diagnostic_kind(d.kind))},
                       {"input", d.input},
                       {"line", d.line ? ojson(*d.line) : ojson(nullptr)},
                       {"code", d.code ? ojson(std::string(to_string(*d.code))) : ojson(nullptr)},
                       {"reason", d.reason}});
    return out;
}

}  // namespace exporting

namespace {

using exporting::ojson;

ojson actors_json(const Timeline& t, const GraphAnalytics* g) {
    auto out = ojson::array();
    for (const auto& a : t.actors) {
        const ActorCentrality* c = nullptr;
        if (g) {
            const auto it = std::lower_bound(g->centrality.begin(), g->centrality.end(), a.id,
                                             [](const ActorCentrality& x, const std::string& id) { return x.actor < id; });
            if (it != g->centrality.end() && it->actor == a.id) c = &*it;
        }
        out.push_back(exporting::actor_json(a, c));
    }
    return out;
}

ojson articles_json(const Timeline& t) {
    auto out = ojson::array();
    for (const auto& a : t.articles) out.push_back(exporting::article_json(a));
    return out;
}

ojson events_json(const std::vector<Event>& events, const exporting::EventContext* ctx) {
    auto out = ojson::array();
    for (const auto& e : events) out.push_back(exporting::event_json(e, ctx));
    return out;
}

ojson graph_json(const GraphAnalytics& g) {
    auto storylines = ojson::array();
    for (const auto& s : g.storylines) storylines.push_back({{"id", s.id}, {"events", s.events}, {"actors", s.actors}});
    auto interactions = ojson::array();
    for (const auto& i : g.interactions)
        interactions.push_back({{"source", i.source}, {"target", i.target}, {"by_quad", i.by_quad}});
    auto edges = ojson::array();
    for (const auto& e : g.event_edges) edges.push_back({{"from", e.from}, {"to", e.to}, {"kind", e.kind}});
    return {{"storylines", std::move(storylines)}, {"interactions", std::move(interactions)},
            {"event_edges", std::move(edges)}};
}

std::size_t skipped(const Timeline& t) {
    return static_cast<std::size_t>(std::count_if(t.diagnostics.begin(), t.diagnostics.end(), [](const Diagnostic& d) {
        return d.kind == Diagnostic::Kind::skipped;
    }));
}

}  // namespace

std::string to_timeline_json(const Timeline& t, const GraphAnalytics& g) {
    const exporting::EventContext ctx = exporting::event_context(g);
    ojson j;
    j["schema_version"] = std::string(schema_version);
    j["generated_by"] = "crisis-timeline " + std::string(version);
    j["summary"] = {{"articles", t.articles.size()}, {"skipped", skipped(t)}, {"events", t.events.size()},
                    {"mentions", t.mentions.size()}, {"actors", t.actors.size()}};
    j["articles"] = articles_json(t);
    j["actors"] = actors_json(t, &g);
    j["events"] = events_json(t.events, &ctx);
    j["mentions"] = events_json(t.mentions, nullptr);
    const ojson graph = graph_json(g);
    for (const auto& [key, value] : graph.items()) j[key] = value;
    j["diagnostics"] = exporting::diagnostics_json(t.diagnostics);
    return exporting::dump(j, 2) + "\n";
}

std::string to_events_ndjson(const Timeline& t) { return to_events_ndjson(t, analyse_graph(t)); }

std::string to_events_ndjson(const Timeline& t, const GraphAnalytics& g) {
    const exporting::EventContext ctx = exporting::event_context(g);
    const auto names = exporting::actor_names(t);
    std::string out;
    for (const auto& e : t.events) {
        ojson j = exporting::event_json(e, &ctx);
        j["source_names"] = ojson::array();
        for (const auto& id : e.source) j["source_names"].push_back(exporting::joined_names({id}, names));
        j["target_names"] = ojson::array();
        for (const auto& id : e.target) j["target_names"].push_back(exporting::joined_names({id}, names));
        out += exporting::dump(j) + "\n";
    }
    return out;
}

std::string to_partial_record(const Timeline& t) {
    ojson j;
    j["schema_version"] = std::string(schema_version);
    j["articles"] = articles_json(t);
    j["actors"] = actors_json(t, nullptr);
    j["mentions"] = events_json(t.mentions, nullptr);
    j["diagnostics"] = exporting::diagnostics_json(t.diagnostics);
    return exporting::dump(j);
}

}  // namespace crisis
