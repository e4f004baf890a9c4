// PLACEHOLDER: the exports are being written (issue 5). Only timeline.json's articles and
// diagnostics are real here.
#include <crisis/export.hpp>

#include <nlohmann/json.hpp>

namespace crisis {

namespace {
nlohmann::ordered_json diagnostics_json(const std::vector<Diagnostic>& ds) {
    auto out = nlohmann::ordered_json::array();
    for (const auto& d : ds) {
        nlohmann::ordered_json j;
        j["kind"] = d.kind == Diagnostic::Kind::read ? "read" : d.kind == Diagnostic::Kind::skipped ? "skipped" : "warning";
        j["input"] = d.input;
        j["line"] = d.line ? nlohmann::ordered_json(*d.line) : nlohmann::ordered_json(nullptr);
        j["code"] = d.code ? nlohmann::ordered_json(std::string(to_string(*d.code))) : nlohmann::ordered_json(nullptr);
        j["reason"] = d.reason;
        out.push_back(std::move(j));
    }
    return out;
}
}  // namespace

std::string to_timeline_json(const Timeline& t, const GraphAnalytics&) {
    nlohmann::ordered_json j;
    j["schema_version"] = std::string(schema_version);
    auto arts = nlohmann::ordered_json::array();
    for (const auto& a : t.articles)
        arts.push_back({{"id", a.id}, {"path", a.path}, {"date", format_iso_date(a.date)},
                        {"title", a.title ? nlohmann::ordered_json(*a.title) : nlohmann::ordered_json(nullptr)}});
    j["articles"] = std::move(arts);
    j["actors"] = nlohmann::ordered_json::array();
    j["events"] = nlohmann::ordered_json::array();
    j["diagnostics"] = diagnostics_json(t.diagnostics);
    return j.dump(2) + "\n";
}
std::string to_events_ndjson(const Timeline&) { return {}; }
std::string to_events_csv(const Timeline&) { return {}; }
std::string to_graphml(const Timeline&, const GraphAnalytics&) { return {}; }
std::string to_gexf(const Timeline&, const GraphAnalytics&) { return {}; }
std::string to_dot(const Timeline&, const GraphAnalytics&) { return {}; }
std::string to_timelinejs(const Timeline&) { return {}; }
std::string to_partial_record(const Timeline&) { return "{}"; }
tl::expected<Timeline, RecordError> read_partial(std::string_view) {
    return tl::unexpected(RecordError{"not implemented"});
}

}  // namespace crisis
