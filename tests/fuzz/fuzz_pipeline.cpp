// Fuzz target: the whole pipeline on one article, as `build` runs it: make_article, analyse,
// single + combine (with the run's diagnostics), the graph analytics and every exporter. The
// JSON exports must parse, and an extract record must read back to the same timeline.json
// (what makes `extract` + `merge` equal to `build`).
#include "fuzz_check.hpp"

#include <crisis/crisis.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

namespace {

bool parses(const std::string& json) { return nlohmann::json::accept(json); }

bool every_line_parses(const std::string& ndjson) {
    std::istringstream in(ndjson);
    std::string line;
    while (std::getline(in, line))
        if (!parses(line)) return false;
    return true;
}

crisis::Timeline with_diagnostics(crisis::Timeline part, const crisis::Diagnostic& d) {
    crisis::Timeline diag;
    diag.diagnostics.push_back(d);
    std::vector<crisis::Timeline> parts;
    parts.push_back(std::move(part));
    parts.push_back(std::move(diag));
    return crisis::combine(std::move(parts));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const crisis::Gazetteer gazetteer;
    crisis::ArticleFields fields;  // a header date wins; else the date --dct would give
    fields.date = date::year{2022} / 1 / 27;
    auto article = crisis::make_article("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size),
                                        fields, std::size_t{1} << 20);
    if (!article) return 0;

    const crisis::ArticleResult result = crisis::analyse(*article, gazetteer);
    for (const crisis::Event& e : result.events)
        for (const auto& ev : e.evidence) FUZZ_CHECK(ev.start <= ev.end && ev.end <= article->text.size());
    const crisis::Diagnostic read{crisis::Diagnostic::Kind::read, "fuzz.txt", std::nullopt, {}, std::nullopt};
    const crisis::Timeline t = with_diagnostics(crisis::single(result), read);
    const crisis::GraphAnalytics g = crisis::analyse_graph(t);

    const std::string json = crisis::to_timeline_json(t, g);
    FUZZ_CHECK(parses(json));
    FUZZ_CHECK(every_line_parses(crisis::to_events_ndjson(t)));
    FUZZ_CHECK(parses(crisis::to_timelinejs(t)));
    (void)crisis::to_events_csv(t);
    (void)crisis::to_graphml(t, g);
    (void)crisis::to_gexf(t, g);
    (void)crisis::to_dot(t, g);
    (void)crisis::to_html(t, g);

    const std::string record = crisis::to_partial_record(crisis::single(result));
    FUZZ_CHECK(parses(record));
    auto back = crisis::read_partial(record);
    FUZZ_CHECK(back.has_value());
    const crisis::Timeline merged = with_diagnostics(std::move(*back), read);
    FUZZ_CHECK(crisis::to_timeline_json(merged, crisis::analyse_graph(merged)) == json);
    return 0;
}
