// The graph as GraphML, GEXF and DOT write it: nodes and edges with typed, named attributes.
#include "io/export_detail.hpp"

#include <algorithm>
#include <set>

namespace crisis::exporting {

namespace {

enum NodeAttr : std::size_t {
    kind, label, actor_kind, title, affiliation, degree, betweenness, date_value, precision, start, end,
    date_inferred, cameo, cameo_name, quad_class, goldstein, status, summary, confidence, storyline, reports,
};

std::string actor_node_id(std::string_view id) { return "actor:" + std::string(id); }
std::string event_node_id(std::string_view id) { return "event:" + std::string(id); }

ViewNode actor_node(const Actor& a, const ActorCentrality* c) {
    ViewNode n{actor_node_id(a.id), a.name.empty() ? a.id : a.name, false, {}, {}, false, {}};
    n.values = {{kind, "actor"}, {label, n.label}, {actor_kind, std::string(to_string(a.kind))}};
    if (a.title) n.values.emplace_back(title, *a.title);
    if (a.affiliation) n.values.emplace_back(affiliation, *a.affiliation);
    if (c) {
        n.values.emplace_back(degree, std::to_string(c->degree));
        n.values.emplace_back(betweenness, number_text(c->betweenness));
    }
    return n;
}

ViewNode event_node(const Event& e, const EventContext& ctx) {
    const std::string type = std::string(cameo_label(e.cameo));
    ViewNode n{event_node_id(e.id), to_timex_value(e.date) + " " + (type.empty() ? e.cameo : type) + ": " + e.summary,
               true, e.date.first, e.date.last, true, {}};
    n.values = {{kind, "event"},
                {label, n.label},
                {date_value, to_timex_value(e.date)},
                {precision, std::string(precision_name(e.date.precision))},
                {start, iso_day(e.date.first)},
                {end, iso_day(e.date.last)},
                {date_inferred, e.date_inferred ? "true" : "false"},
                {cameo, e.cameo},
                {cameo_name, type},
                {quad_class, std::to_string(e.quad_class)},
                {goldstein, number_text(e.goldstein)},
                {status, std::string(to_string(e.status))},
                {summary, e.summary},
                {confidence, number_text(e.confidence)},
                {reports, std::to_string(e.evidence.size())}};
    if (const auto it = ctx.storyline.find(e.id); it != ctx.storyline.end()) n.values.emplace_back(storyline, it->second);
    std::sort(n.values.begin(), n.values.end());
    return n;
}

const ActorCentrality* centrality_of(const GraphAnalytics& g, const std::string& id) {
    const auto it = std::lower_bound(g.centrality.begin(), g.centrality.end(), id,
                                     [](const ActorCentrality& c, const std::string& x) { return c.actor < x; });
    return it != g.centrality.end() && it->actor == id ? &*it : nullptr;
}

// Actors named by events but missing from the actor list still get a node.
std::vector<Actor> all_actors(const Timeline& t) {
    std::vector<Actor> out = t.actors;
    std::set<std::string, std::less<>> known;
    for (const auto& a : out) known.insert(a.id);
    for (const auto& e : t.events)
        for (const auto* ids : {&e.source, &e.target})
            for (const auto& id : *ids)
                if (known.insert(id).second) out.push_back(Actor{id, id, ActorKind::other, {}, {}, {}});
    std::sort(out.begin(), out.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
    return out;
}

// An actor lives from its first to its last event (it appears when it first acts).
void time_actors(GraphView& v, const Timeline& t) {
    std::map<std::string, std::size_t, std::less<>> at;
    for (std::size_t i = 0; i < v.nodes.size(); ++i) at.emplace(v.nodes[i].id, i);
    for (const auto& e : t.events)
        for (const auto* ids : {&e.source, &e.target})
            for (const auto& id : *ids) {
                ViewNode& n = v.nodes[at.at(actor_node_id(id))];
                if (!n.timed || e.date.first < n.first) n.first = e.date.first;
                if (!n.timed || e.date.last > n.last) n.last = e.date.last;
                n.timed = true;
            }
}

}  // namespace

const std::vector<AttributeDef>& node_attributes() {
    static const std::vector<AttributeDef> defs{
        {"kind", "string", "string"},         {"label", "string", "string"},
        {"actor_kind", "string", "string"},   {"title", "string", "string"},
        {"affiliation", "string", "string"},  {"degree", "int", "integer"},
        {"betweenness", "double", "double"},  {"date", "string", "string"},
        {"precision", "string", "string"},    {"start", "string", "string"},
        {"end", "string", "string"},          {"date_inferred", "boolean", "boolean"},
        {"cameo", "string", "string"},        {"cameo_label", "string", "string"},
        {"quad_class", "int", "integer"},     {"goldstein", "double", "double"},
        {"status", "string", "string"},       {"summary", "string", "string"},
        {"confidence", "double", "double"},   {"storyline", "string", "string"},
        {"reports", "int", "integer"},
    };
    return defs;
}

const std::vector<AttributeDef>& edge_attributes() {
    static const std::vector<AttributeDef> defs{{"kind", "string", "string"}, {"cue", "string", "string"}};
    return defs;
}

GraphView graph_view(const Timeline& t, const GraphAnalytics& g) {
    const EventContext ctx = event_context(g);
    GraphView v;
    for (const auto& a : all_actors(t)) v.nodes.push_back(actor_node(a, centrality_of(g, a.id)));
    for (const auto& e : t.events) v.nodes.push_back(event_node(e, ctx));
    time_actors(v, t);
    for (const auto& e : t.events) {
        for (const auto& id : e.source) v.edges.push_back({actor_node_id(id), event_node_id(e.id), "source", ""});
        for (const auto& id : e.target) v.edges.push_back({actor_node_id(id), event_node_id(e.id), "target", ""});
    }
    for (const auto& e : g.event_edges) v.edges.push_back({event_node_id(e.from), event_node_id(e.to), e.kind, e.cue});
    return v;
}

}  // namespace crisis::exporting
