// events.csv: one merged event per row (RFC 4180: CRLF line ends, quoted fields where needed).
#include "io/export_detail.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

namespace crisis {

namespace {

using namespace exporting;

constexpr std::array<std::string_view, 23> columns{
    "id",          "date",         "precision",    "start",      "end",        "date_inferred",
    "cameo",       "label",        "quad_class",   "goldstein",  "status",     "source",
    "target",      "source_names", "target_names", "summary",    "confidence", "storyline",
    "reports",     "articles",     "alternative_dates", "evidence_article", "evidence_text",
};

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ";") + s;
    return out;
}

std::vector<std::string> row(const Event& e, const EventContext& ctx,
                             const std::map<std::string, std::string, std::less<>>& names) {
    std::vector<std::string> articles;  // in first-report order, each once (a set: an event may have thousands)
    std::unordered_set<std::string_view> seen;
    for (const auto& ev : e.evidence)
        if (seen.insert(ev.article).second) articles.push_back(ev.article);
    std::vector<std::string> alternatives;
    for (const auto& d : e.alternative_dates) alternatives.push_back(to_timex_value(d));
    const auto story = ctx.storyline.find(e.id);
    return {e.id, to_timex_value(e.date), std::string(precision_name(e.date.precision)), iso_day(e.date.first),
            iso_day(e.date.last), e.date_inferred ? "true" : "false", e.cameo, std::string(cameo_label(e.cameo)),
            std::to_string(e.quad_class), number_text(e.goldstein), std::string(to_string(e.status)), joined(e.source),
            joined(e.target), joined_names(e.source, names, "; "), joined_names(e.target, names, "; "), e.summary,
            number_text(e.confidence), story == ctx.storyline.end() ? "" : story->second,
            std::to_string(e.evidence.size()), joined(articles), joined(alternatives),
            e.evidence.empty() ? "" : e.evidence.front().article, e.evidence.empty() ? "" : e.evidence.front().text};
}

// Columns whose values are ours (ids, codes, numbers): no formula guard, which would alter them.
bool is_text_column(std::size_t i) {
    const std::string_view c = columns[i];
    return c == "source_names" || c == "target_names" || c == "summary" || c == "evidence_text" || c == "label";
}

}  // namespace

std::string to_events_csv(const Timeline& t) { return to_events_csv(t, analyse_graph(t)); }

std::string to_events_csv(const Timeline& t, const GraphAnalytics& g) {
    const EventContext ctx = event_context(g);
    const auto names = actor_names(t);
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i) out += ',';
        out += columns[i];
    }
    out += "\r\n";
    for (const auto& e : t.events) {
        const auto fields = row(e, ctx, names);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i) out += ',';
            out += csv_field(fields[i], is_text_column(i));
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace crisis
