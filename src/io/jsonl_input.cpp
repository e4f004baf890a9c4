// JSON Lines input records: {"text", "date", optional "id", "title", "source", "url"}.
#include <crisis/export.hpp>

#include <nlohmann/json.hpp>

namespace crisis {

namespace {

tl::unexpected<IngestError> malformed(std::string message) {
    return tl::unexpected(IngestError{IngestErrorCode::malformed_record, std::move(message)});
}

// Arrays and objects deeper than this are refused before parsing: a record is a flat object, and
// each level costs the parser about 70 bytes, so a 96 MB line of '[' would take gigabytes.
constexpr std::size_t max_depth = 1000;

// True when `line` opens more than `max_depth` arrays or objects at once (outside strings).
bool too_deep(std::string_view line) noexcept {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// The parser's message without its id, at most ~160 bytes: its "last read" part quotes the
// whole token, which for a truncated record is the rest of the line.
std::string parse_message(const nlohmann::json::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: ..." -> after the id
    // (also "[json.exception.out_of_range.406] number overflow parsing '3e3333'")
    if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    constexpr std::size_t keep = 160;
    if (what.size() <= keep) return what;
    std::size_t cut = keep;
    while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 boundary
    return what.substr(0, cut) + "...";
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
    if (const auto bad = first_invalid_utf8(line))
        return tl::unexpected(IngestError{IngestErrorCode::invalid_utf8, "not valid UTF-8 (first bad byte at offset " +
                                                                             std::to_string(*bad) + " of the line)"});
    if (too_deep(line))
        return malformed("record nests arrays or objects more than " + std::to_string(max_depth) + " levels deep");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line.begin(), line.end(), nullptr, true, false);
    } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for 1e999
        return malformed("not valid JSON: " + parse_message(e));
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
