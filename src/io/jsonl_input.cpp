// JSON Lines input records: {"text", "date", optional "id", "title", "source", "url"}.
#include <crisis/export.hpp>

#include <nlohmann/json.hpp>

namespace crisis {

namespace {

tl::unexpected<IngestError> malformed(std::string message) {
    return tl::unexpected(IngestError{IngestErrorCode::malformed_record, std::move(message)});
}

// An optional string field: absent or null gives nullopt; any other type is an error.
tl::expected<std::optional<std::string>, IngestError> optional_string(const nlohmann::json& j,
                                                                     const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::optional<std::string>{};
    if (!it->is_string()) return malformed(std::string("field \"") + key + "\" is not a string");
    return std::optional<std::string>{it->get<std::string>()};
}

}  // namespace

tl::expected<ArticleFields, IngestError> read_jsonl_record(std::string_view line, std::string& text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line.begin(), line.end(), nullptr, true, false);
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 9: ..." -> after the id
        if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        return malformed("not valid JSON: " + what);
    }
    if (!j.is_object()) return malformed("record is not a JSON object");
    const auto t = j.find("text");
    if (t == j.end() || !t->is_string()) return malformed("record has no string field \"text\"");
    text = t->get<std::string>();

    ArticleFields f;
    auto date = optional_string(j, "date");
    if (!date) return tl::unexpected(date.error());
    if (*date) {
        const std::string_view d = **date;
        f.date = parse_iso_date(d.substr(0, 10));
        if (!f.date || (d.size() > 10 && d[10] != 'T' && d[10] != ' '))
            return tl::unexpected(IngestError{IngestErrorCode::bad_date,
                                              "field \"date\" '" + std::string(d) + "' is not a calendar date"});
    }
    for (auto [key, slot] : {std::pair{"id", &f.id}, std::pair{"title", &f.title},
                             std::pair{"source", &f.source}, std::pair{"url", &f.url}}) {
        auto v = optional_string(j, key);
        if (!v) return tl::unexpected(v.error());
        *slot = std::move(*v);
    }
    return f;
}

}  // namespace crisis
