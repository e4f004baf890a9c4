// graph.dot: the actor–event graph for Graphviz (dot -Tsvg graph.dot > graph.svg).
#include "io/export_detail.hpp"

namespace crisis {

namespace {

using namespace exporting;

std::string dq(std::string_view s) {
    std::string out = "\"";
    out += dot_escape(s);
    out += '"';
    return out;
}

// The first value of attribute `name` on node `n` (empty when absent).
std::string value_of(const ViewNode& n, std::string_view name) {
    for (const auto& [i, value] : n.values)
        if (node_attributes()[i].name == name) return value;
    return {};
}

std::string node_line(const ViewNode& n) {
    if (!n.is_event) return "  " + dq(n.id) + " [label=" + dq(n.label) + ", shape=ellipse];\n";
    const std::string type = value_of(n, "cameo_label");
    const std::string label = value_of(n, "date") + "\n" + (type.empty() ? value_of(n, "cameo") : type);
    return "  " + dq(n.id) + " [label=" + dq(label) + ", tooltip=" + dq(value_of(n, "summary")) +
           ", shape=box, quad=" + dq(value_of(n, "quad_class")) + "];\n";
}

std::string edge_line(const ViewEdge& e) {
    std::string style = e.kind == "next" ? ", style=dashed" : e.kind == "source" || e.kind == "target" ? "" : ", style=bold";
    return "  " + dq(e.source) + " -> " + dq(e.target) + " [label=" + dq(e.kind) + style + "];\n";
}

}  // namespace

std::string to_dot(const Timeline& t, const GraphAnalytics& g) {
    const GraphView v = graph_view(t, g);
    std::string out = "digraph crisis {\n  graph [rankdir=LR];\n  node [fontname=\"Helvetica\"];\n";
    for (const auto& n : v.nodes) out += node_line(n);
    for (const auto& e : v.edges) out += edge_line(e);
    return out + "}\n";
}

}  // namespace crisis
