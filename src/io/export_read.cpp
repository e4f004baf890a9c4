// Reading partial timelines back: one `extract` record, or a whole timeline.json.
#include "io/export_detail.hpp"

#include <array>

namespace crisis {

namespace {

using json = nlohmann::json;

// A field that is missing or of the wrong type; `where` names it ("mentions[3].date").
struct BadField {
    std::string where;
    std::string what;
};

const json& field(const json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end()) throw BadField{where + "." + key, "is missing"};
    return *it;
}

std::string text(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_string()) throw BadField{where + "." + key, "is not a string"};
    return v.get<std::string>();
}

std::optional<std::string> optional_text(const json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return text(j, key, where);
}

template <typename Number>
Number number(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_number()) throw BadField{where + "." + key, "is not a number"};
    if constexpr (std::is_unsigned_v<Number>)
        if (!v.is_number_unsigned()) throw BadField{where + "." + key, "is not a non-negative integer"};
    return v.get<Number>();
}

std::vector<std::string> texts(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_array()) throw BadField{where + "." + key, "is not an array"};
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string()) throw BadField{where + "." + key + "[" + std::to_string(i) + "]", "is not a string"};
        out.push_back(v[i].get<std::string>());
    }
    return out;
}

date::sys_days day(const json& j, const char* key, const std::string& where) {
    const auto d = parse_iso_date(text(j, key, where));
    if (!d) throw BadField{where + "." + key, "is not a calendar date"};
    return date::sys_days{*d};
}

CalendarDate event_date(const json& j, const std::string& where) {
    const auto p = exporting::precision_from(text(j, "precision", where));
    if (!p) throw BadField{where + ".precision", "is not a known precision"};
    CalendarDate d{*p, day(j, "start", where), day(j, "end", where)};
    if (d.last < d.first) throw BadField{where + ".end", "is before start"};
    return d;
}

// "2022-01-26", "2022-01", "2022", else whatever the temporal stage can parse.
CalendarDate timex_date(const std::string& value, const std::string& where) {
    if (auto d = parse_timex_value(value)) return *d;
    using namespace date;
    if (auto d = parse_iso_date(value)) return day_date(sys_days{*d});
    if (auto d = parse_iso_date(value + "-01")) {
        const auto ym = d->year() / d->month();
        return {Precision::month, sys_days{ym / 1}, sys_days{ym / last}};
    }
    if (auto d = parse_iso_date(value + "-01-01"))
        return {Precision::year, sys_days{d->year() / 1 / 1}, sys_days{d->year() / 12 / 31}};
    throw BadField{where, "is not a calendar value"};
}

template <typename T, typename F>
std::vector<T> each(const json& j, const char* key, const std::string& where, F&& read) {
    std::vector<T> out;
    const auto it = j.find(key);
    if (it == j.end()) return out;
    if (!it->is_array()) throw BadField{where + key, "is not an array"};
    for (std::size_t i = 0; i < it->size(); ++i) {
        const std::string at = where + key + "[" + std::to_string(i) + "]";
        if (!(*it)[i].is_object()) throw BadField{at, "is not an object"};
        out.push_back(read((*it)[i], at));
    }
    return out;
}

ArticleInfo read_article(const json& j, const std::string& at) {
    ArticleInfo a;
    a.id = text(j, "id", at);
    a.path = text(j, "path", at);
    a.date = date::year_month_day{day(j, "date", at)};
    a.title = optional_text(j, "title", at);
    a.source = optional_text(j, "source", at);
    a.url = optional_text(j, "url", at);
    a.bytes = number<std::size_t>(j, "bytes", at);
    a.timexes = number<std::size_t>(j, "timexes", at);
    return a;
}

ActorKind actor_kind(const std::string& s, const std::string& at) {
    for (const auto k : {ActorKind::person, ActorKind::country, ActorKind::organization, ActorKind::group,
                         ActorKind::other})
        if (to_string(k) == s) return k;
    throw BadField{at + ".kind", "is not an actor kind"};
}

Actor read_actor(const json& j, const std::string& at) {
    Actor a;
    a.id = text(j, "id", at);
    a.name = text(j, "name", at);
    a.kind = actor_kind(text(j, "kind", at), at);
    a.aliases = texts(j, "aliases", at);
    a.affiliation = optional_text(j, "affiliation", at);
    a.title = optional_text(j, "title", at);
    return a;
}

Evidence read_evidence(const json& j, const std::string& at) {
    return Evidence{text(j, "article", at), number<std::uint32_t>(j, "start", at), number<std::uint32_t>(j, "end", at),
                    text(j, "text", at)};
}

Event read_event(const json& j, const std::string& at) {
    Event e;
    e.id = text(j, "id", at);
    e.date = event_date(j, at);
    const json& inferred = field(j, "date_inferred", at);
    if (!inferred.is_boolean()) throw BadField{at + ".date_inferred", "is not a boolean"};
    e.date_inferred = inferred.get<bool>();
    const auto alternatives = texts(j, "alternative_dates", at);
    for (std::size_t i = 0; i < alternatives.size(); ++i)
        e.alternative_dates.push_back(timex_date(alternatives[i], at + ".alternative_dates[" + std::to_string(i) + "]"));
    e.cameo = text(j, "cameo", at);
    e.quad_class = number<int>(j, "quad_class", at);
    e.goldstein = number<double>(j, "goldstein", at);
    e.status = text(j, "status", at) == "planned" ? EventStatus::planned : EventStatus::occurred;
    e.source = texts(j, "source", at);
    e.target = texts(j, "target", at);
    e.summary = text(j, "summary", at);
    e.trigger = text(j, "trigger", at);
    e.evidence = each<Evidence>(j, "evidence", at + ".", read_evidence);
    e.confidence = number<double>(j, "confidence", at);
    e.links = each<EventLink>(j, "links", at + ".", [](const json& l, const std::string& where) {
        return EventLink{text(l, "kind", where), text(l, "cue", where)};
    });
    return e;
}

Diagnostic read_diagnostic(const json& j, const std::string& at) {
    Diagnostic d;
    const std::string kind = text(j, "kind", at);
    d.kind = kind == "read" ? Diagnostic::Kind::read : kind == "skipped" ? Diagnostic::Kind::skipped
                                                                         : Diagnostic::Kind::warning;
    d.input = text(j, "input", at);
    if (const auto it = j.find("line"); it != j.end() && !it->is_null()) d.line = number<std::size_t>(j, "line", at);
    if (const auto code = optional_text(j, "code", at)) {
        for (std::uint8_t c = 0; c <= static_cast<std::uint8_t>(IngestErrorCode::too_large); ++c)
            if (to_string(static_cast<IngestErrorCode>(c)) == *code) d.code = static_cast<IngestErrorCode>(c);
        if (!d.code) throw BadField{at + ".code", "is not an ingest error code"};
    }
    d.reason = text(j, "reason", at);
    return d;
}

}  // namespace

tl::expected<Timeline, RecordError> read_partial(std::string_view input) {
    json j;
    try {
        j = json::parse(input.begin(), input.end());
    } catch (const json::exception& e) {
        std::string what = e.what();
        if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        return tl::unexpected(RecordError{"not valid JSON: " + what});
    }
    if (!j.is_object()) return tl::unexpected(RecordError{"record is not a JSON object"});
    if (!j.contains("articles") && !j.contains("mentions") && !j.contains("diagnostics"))
        return tl::unexpected(RecordError{"record has none of \"articles\", \"mentions\", \"diagnostics\""});
    try {
        std::vector<Timeline> one(1);
        one[0].articles = each<ArticleInfo>(j, "articles", "", read_article);
        one[0].actors = each<Actor>(j, "actors", "", read_actor);
        one[0].mentions = each<Event>(j, "mentions", "", read_event);
        one[0].diagnostics = each<Diagnostic>(j, "diagnostics", "", read_diagnostic);
        return unite(std::move(one));  // merged by whoever combines the parts
    } catch (const BadField& e) {
        return tl::unexpected(RecordError{"field " + e.where + " " + e.what});
    } catch (const json::exception& e) {
        return tl::unexpected(RecordError{std::string("bad value: ") + e.what()});
    }
}

}  // namespace crisis
