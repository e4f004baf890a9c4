// graph.graphml (Gephi, yEd, NetworkX) and graph.gexf (GEXF 1.3, dynamic: Gephi's timeline).
#include "io/export_detail.hpp"

#include <algorithm>

namespace crisis {

namespace {

using namespace exporting;

std::string attr(std::string_view name, std::string_view value) {
    std::string out = " ";  // appended piece by piece: GCC 12 warns (-Wrestrict) on a chained +
    out += name;
    out += "=\"";
    out += xml_escape(value);
    out += '"';
    return out;
}

void graphml_keys(std::string& out) {
    for (const auto& d : node_attributes())
        out += "  <key" + attr("id", d.name) + attr("for", "node") + attr("attr.name", d.name) +
               attr("attr.type", d.graphml_type) + "/>\n";
    for (const auto& d : edge_attributes())
        out += "  <key" + attr("id", "edge_" + std::string(d.name)) + attr("for", "edge") + attr("attr.name", d.name) +
               attr("attr.type", d.graphml_type) + "/>\n";
}

std::string graphml_data(std::string_view key, std::string_view value) {
    return "      <data" + attr("key", key) + ">" + xml_escape(value) + "</data>\n";
}

// The last day anything happens: GEXF's lastmodifieddate, so that the file has no clock in it.
std::string last_day(const Timeline& t) {
    std::optional<date::sys_days> last;
    for (const auto& a : t.articles)
        if (!last || date::sys_days{a.date} > *last) last = date::sys_days{a.date};
    for (const auto& e : t.events)
        if (!last || e.date.last > *last) last = e.date.last;
    return last ? iso_day(*last) : "1970-01-01";
}

void gexf_attributes(std::string& out) {
    out += "    <attributes class=\"node\">\n";
    for (const auto& d : node_attributes())
        out += "      <attribute" + attr("id", d.name) + attr("title", d.name) + attr("type", d.gexf_type) + "/>\n";
    out += "    </attributes>\n    <attributes class=\"edge\">\n";
    for (const auto& d : edge_attributes())
        out += "      <attribute" + attr("id", d.name) + attr("title", d.name) + attr("type", d.gexf_type) + "/>\n";
    out += "    </attributes>\n";
}

std::string gexf_node(const ViewNode& n) {
    std::string out = "      <node" + attr("id", n.id) + attr("label", n.label);
    if (n.timed) out += attr("start", iso_day(n.first)) + attr("end", iso_day(n.last));
    out += ">\n        <attvalues>\n";
    for (const auto& [i, value] : n.values)
        out += "          <attvalue" + attr("for", node_attributes()[i].name) + attr("value", value) + "/>\n";
    return out + "        </attvalues>\n      </node>\n";
}

}  // namespace

std::string to_graphml(const Timeline& t, const GraphAnalytics& g) {
    const GraphView v = graph_view(t, g);
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    graphml_keys(out);
    out += "  <graph id=\"crisis\" edgedefault=\"directed\">\n";
    for (const auto& n : v.nodes) {
        out += "    <node" + attr("id", n.id) + ">\n";
        for (const auto& [i, value] : n.values) out += graphml_data(node_attributes()[i].name, value);
        out += "    </node>\n";
    }
    for (std::size_t i = 0; i < v.edges.size(); ++i) {
        const ViewEdge& e = v.edges[i];
        out += "    <edge";
        std::string id = std::to_string(i);
        id.insert(0, 1, 'e');
        out += attr("id", id);
        out += attr("source", e.source);
        out += attr("target", e.target);
        out += ">\n";
        out += graphml_data("edge_kind", e.kind);
        if (!e.cue.empty()) out += graphml_data("edge_cue", e.cue);
        out += "    </edge>\n";
    }
    return out + "  </graph>\n</graphml>\n";
}

std::string to_gexf(const Timeline& t, const GraphAnalytics& g) {
    const GraphView v = graph_view(t, g);
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        "  <meta" + attr("lastmodifieddate", last_day(t)) + ">\n"
        "    <creator>crisis-timeline</creator>\n"
        "    <description>Actors and events of a crisis; each event lives over its date range</description>\n"
        "  </meta>\n"
        "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n";
    gexf_attributes(out);
    out += "    <nodes>\n";
    for (const auto& n : v.nodes) out += gexf_node(n);
    out += "    </nodes>\n    <edges>\n";
    for (std::size_t i = 0; i < v.edges.size(); ++i) {
        const ViewEdge& e = v.edges[i];
        out += "      <edge" + attr("id", std::to_string(i)) + attr("source", e.source) + attr("target", e.target) +
               attr("kind", e.kind) + attr("label", e.kind) + ">\n        <attvalues>\n          <attvalue" + attr("for", "kind") +
               attr("value", e.kind) + "/>\n";
        if (!e.cue.empty()) out += "          <attvalue" + attr("for", "cue") + attr("value", e.cue) + "/>\n";
        out += "        </attvalues>\n      </edge>\n";
    }
    return out + "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace crisis
