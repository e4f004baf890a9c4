// crisis-timeline dates: the time expressions of each article.
#include "cli/commands.hpp"
#include "cli/common.hpp"

#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <ostream>

namespace crisis::cli {

namespace {

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// What a byte needs in a JSON string: nothing, an escape, or (>= 0x80) the nlohmann path.
enum class JsonByte : std::uint8_t { plain, escape, high };
constexpr std::array<JsonByte, 256> json_bytes = [] {
    std::array<JsonByte, 256> t{};
    for (unsigned c = 0; c < 256; ++c)
        t[c] = c >= 0x80 ? JsonByte::high : (c < 0x20 || c == '"' || c == '\\') ? JsonByte::escape : JsonByte::plain;
    return t;
}();

// Appends `s` as a JSON string, exactly as nlohmann's dump (ensure_ascii off, invalid UTF-8
// replaced) writes it: ASCII is escaped here, text with other bytes goes through nlohmann.
void append_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    const std::size_t start = out.size();
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::size_t j = i;
        while (j < s.size() && json_bytes[static_cast<unsigned char>(s[j])] == JsonByte::plain) ++j;
        out.append(s.substr(i, j - i));  // a run that needs no escape
        if (j == s.size()) break;
        i = j;
        const char c = s[i];
        if (json_bytes[static_cast<unsigned char>(c)] == JsonByte::high) {
            out.resize(start);
            out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            return;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:  // the other control characters
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
        }
    }
    out += '"';
}

void append_field(std::string& out, std::string_view key, std::string_view value) {
    out += key;
    append_json_string(out, value);
}

void append_number(std::string& out, std::string_view key, std::uint32_t n) {
    out += key;
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr);
}

// One JSON line per article, written directly (the same bytes as an ordered_json dump).
void print_json(const Article& a, const std::vector<Timex>& ts, bool with_file, std::ostream& out) {
    std::string line;
    line.reserve(64 + ts.size() * 96);
    line += '{';
    if (with_file) {
        append_field(line, "\"file\":", a.path);
        line += ',';
    }
    append_field(line, "\"dct\":", format_iso_date(a.date));
    line += ",\"timexes\":[";
    for (std::size_t i = 0; i < ts.size(); ++i) {
        const Timex& t = ts[i];
        if (i > 0) line += ',';
        append_field(line, "{\"text\":", t.span.in(a.text));
        append_number(line, ",\"start\":", t.span.begin);
        append_number(line, ",\"end\":", t.span.end);
        append_field(line, ",\"type\":", to_string(t.type));
        append_field(line, ",\"value\":", t.value);
        if (!t.mod.empty()) append_field(line, ",\"mod\":", t.mod);
        line += '}';
    }
    line += "]}\n";
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

void print_table(const Article& a, const std::vector<Timex>& ts, bool with_file, std::ostream& out) {
    for (const Timex& t : ts) {
        if (with_file) out << a.path << '\t';
        out << t.span.begin << '\t' << t.span.end << '\t' << to_string(t.type) << '\t' << t.value << '\t'
            << (t.mod.empty() ? "-" : t.mod) << '\t' << t.span.in(a.text) << '\n';
    }
}

void print_timeml(const Article& a, const std::vector<Timex>& ts, std::ostream& out) {
    const std::string dct = format_iso_date(a.date);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>" << xml_escape(a.path)
        << "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << dct
        << "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" << dct
        << "</TIMEX3></DCT>\n<TEXT>";
    std::uint32_t at = 0;
    int tid = 1;
    for (const Timex& t : ts) {
        out << xml_escape(std::string_view(a.text).substr(at, t.span.begin - at));
        out << "<TIMEX3 tid=\"t" << tid++ << "\" type=\"" << to_string(t.type) << "\" value=\""
            << xml_escape(t.value) << '"';
        if (!t.mod.empty()) out << " mod=\"" << xml_escape(t.mod) << '"';
        out << '>' << xml_escape(t.span.in(a.text)) << "</TIMEX3>";
        at = t.span.end;
    }
    out << xml_escape(std::string_view(a.text).substr(at)) << "</TEXT>\n</TimeML>\n";
}

}  // namespace

int cmd_dates(const std::vector<std::string>& argv, Streams io) {
    const Args args = parse_args(argv, {"--dct", "--format", "--max-article-bytes"}, {"-h", "--help"});
    if (args.has("-h") || args.has("--help")) return run({"--help"}, io);
    InputOptions options = input_options(args);
    options.content_ids = false;  // no id is printed
    const std::string format = args.value("--format").value_or("json");
    if (format != "json" && format != "timeml" && format != "table")
        throw UsageError{"option --format takes json, timeml or table, not '" + format + "'"};
    std::vector<std::string> inputs = args.positionals;
    if (inputs.empty()) inputs.push_back("-");

    std::vector<Diagnostic> diagnostics;
    const auto sources = expand_inputs(inputs, diagnostics);
    std::error_code ec;
    const bool single = inputs.size() == 1 && !std::filesystem::is_directory(inputs[0], ec) &&
                        sources.size() == 1 && sources[0].kind != Source::Kind::jsonl;
    const std::size_t skipped = read_articles(sources, options, io.in, io.err, diagnostics, [&](Article&& a) {
        const auto seg = segment(a.text, a.body_begin);
        const auto ts = find_timexes(a.text, seg, a.date);
        const bool with_file = !single || a.path != sources[0].path;  // records of JSON Lines on stdin
        if (format == "json") print_json(a, ts, with_file, io.out);
        else if (format == "table") print_table(a, ts, with_file, io.out);
        else print_timeml(a, ts, io.out);
    });
    const bool written = flush_output(io);
    return (skipped > 0 || !written) ? 1 : 0;
}

}  // namespace crisis::cli
