// crisis-timeline dates: the time expressions of each article.
#include "cli/commands.hpp"
#include "cli/common.hpp"

#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
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

// Output gathered in one buffer and handed to the stream a megabyte at a time (one write per
// megabyte, not one per article). The appends write through a pointer into room made before
// them, so that a byte costs no capacity check.
class OutBuffer {
public:
    explicit OutBuffer(std::ostream& out) : out_(out), buf_(std::size_t{1} << 16, '\0') {}
    OutBuffer(const OutBuffer&) = delete;
    OutBuffer& operator=(const OutBuffer&) = delete;
    ~OutBuffer() { flush(); }

    // Room for `n` more bytes; advance() keeps the ones written.
    [[nodiscard]] char* room(std::size_t n) {
        if (used_ + n > buf_.size()) buf_.resize(std::max(buf_.size() * 2, used_ + n));
        return buf_.data() + used_;
    }
    void advance(char* end) noexcept { used_ = static_cast<std::size_t>(end - buf_.data()); }
    void append(std::string_view s) {
        char* p = room(s.size());
        std::memcpy(p, s.data(), s.size());
        advance(p + s.size());
    }
    // A string literal: its length is known here, so the copy is a few moves, not a call.
    template <std::size_t N>
    void put(const char (&literal)[N]) {
        char* p = room(N - 1);
        std::memcpy(p, literal, N - 1);
        advance(p + N - 1);
    }
    // Writes what is gathered once it holds a megabyte.
    void flush_if_full() {
        if (used_ >= flush_at) flush();
    }
    void flush() {
        if (used_ > 0) out_.write(buf_.data(), static_cast<std::streamsize>(used_));
        used_ = 0;
    }

private:
    static constexpr std::size_t flush_at = std::size_t{1} << 20;
    std::ostream& out_;
    std::string buf_;  // its size is the room; the first used_ bytes are the output
    std::size_t used_ = 0;
};

// What a byte needs in a JSON string: nothing, an escape, or (>= 0x80) the nlohmann path.
enum class JsonByte : std::uint8_t { plain, escape, high };
constexpr std::array<JsonByte, 256> json_bytes = [] {
    std::array<JsonByte, 256> t{};
    for (unsigned c = 0; c < 256; ++c)
        t[c] = c >= 0x80 ? JsonByte::high : (c < 0x20 || c == '"' || c == '\\') ? JsonByte::escape : JsonByte::plain;
    return t;
}();

// The escape of an ASCII byte that needs one, at `p`; returns the end.
char* put_escape(char* p, char c) noexcept {
    static constexpr char hex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (c) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default:  // the other control characters
            std::memcpy(p, "u00", 3);
            p[3] = hex[(c >> 4) & 0xF];
            p[4] = hex[c & 0xF];
            p += 5;
    }
    return p;
}

// How many of the eight bytes at `p`, from the first, need no escape (8: all of them), tested
// at once: a byte is flagged when it is >= 0x80, below 0x20, '"' or '\\'. The borrows of the
// subtractions can flag a byte after a flagged one, never before, so the first flag is exact.
std::size_t plain_prefix(const char* p) noexcept {
    std::uint64_t x = 0;
    std::memcpy(&x, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    const auto below = [](std::uint64_t v, std::uint64_t n) { return (v - ones * n) & ~v & high; };
    const std::uint64_t flags = x | below(x, 0x20) | below(x ^ (ones * '"'), 1) | below(x ^ (ones * '\\'), 1);
    return (flags & high) == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(flags & high)) / 8;
}

// Appends `s` as a JSON string, exactly as nlohmann's dump (ensure_ascii off, invalid UTF-8
// replaced) writes it: ASCII is escaped here, text with other bytes goes through nlohmann.
void append_json_string(OutBuffer& out, std::string_view s) {
    char* const begin = out.room(8 + 6 * s.size());  // an escape is at most six bytes; a block eight
    char* p = begin;
    *p++ = '"';
    const char* in = s.data();
    const char* const end = in + s.size();
    while (in < end) {
        if constexpr (std::endian::native == std::endian::little) {
            if (end - in >= 8) {  // eight bytes copied at once, kept up to the first that needs an escape
                const std::size_t run = plain_prefix(in);
                std::memcpy(p, in, 8);
                p += run;
                in += run;
                if (run == 8) continue;
            }
        }
        const char c = *in++;
        const JsonByte b = json_bytes[static_cast<unsigned char>(c)];
        if (b == JsonByte::plain) [[likely]] {
            *p++ = c;
        } else if (b == JsonByte::escape) {
            p = put_escape(p, c);
        } else {  // nothing was kept of what was written: nlohmann writes the whole string
            out.append(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            return;
        }
    }
    *p++ = '"';
    out.advance(p);
}

template <std::size_t N>
void append_field(OutBuffer& out, const char (&key)[N], std::string_view value) {
    out.put(key);
    append_json_string(out, value);
}

template <std::size_t N>
void append_number(OutBuffer& out, const char (&key)[N], std::uint32_t n) {
    out.put(key);
    char* p = out.room(10);  // the digits of a 32-bit number
    out.advance(std::to_chars(p, p + 10, n).ptr);
}

// The article date as a JSON string, the bytes format_iso_date gives ("%04d-%02u-%02u"), without
// its snprintf for the years of four digits.
void append_date(OutBuffer& out, Date d) {
    const int y = static_cast<int>(d.year());
    const auto m = static_cast<unsigned>(d.month()), day = static_cast<unsigned>(d.day());
    if (y < 0 || y > 9999 || m > 99 || day > 99) return append_json_string(out, format_iso_date(d));
    char* p = out.room(12);
    const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
    const auto year = static_cast<unsigned>(y);
    const char s[12] = {'"', digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                        digit(m / 10), digit(m), '-', digit(day / 10), digit(day), '"'};
    std::memcpy(p, s, sizeof s);
    out.advance(p + sizeof s);
}

// One JSON line per article, written directly (the same bytes as an ordered_json dump).
void print_json(const Article& a, const std::vector<Timex>& ts, bool with_file, OutBuffer& out) {
    out.put("{");
    if (with_file) {
        append_field(out, "\"file\":", a.path);
        out.put(",");
    }
    out.put("\"dct\":");
    append_date(out, a.date);
    out.put(",\"timexes\":[");
    for (std::size_t i = 0; i < ts.size(); ++i) {
        const Timex& t = ts[i];
        if (i > 0) out.put(",");
        append_field(out, "{\"text\":", t.span.in(a.text));
        append_number(out, ",\"start\":", t.span.begin);
        append_number(out, ",\"end\":", t.span.end);
        append_field(out, ",\"type\":", to_string(t.type));
        append_field(out, ",\"value\":", t.value);
        if (!t.mod.empty()) append_field(out, ",\"mod\":", t.mod);
        out.put("}");
    }
    out.put("]}\n");
    out.flush_if_full();
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
    std::size_t skipped = 0;
    {
        OutBuffer json(io.out);  // written out before the stream is flushed
        Segmentation seg;  // its buffers and the scratch's are reused from one article to the next
        TimexScratch scratch;
        skipped = read_articles(sources, options, io.in, io.err, diagnostics, [&](Article&& a) {
            segment(a.text, a.body_begin, seg);
            const auto ts = find_timexes(a.text, seg, a.date, scratch);
            const bool with_file = !single || a.path != sources[0].path;  // records of JSON Lines on stdin
            if (format == "json") print_json(a, ts, with_file, json);
            else if (format == "table") print_table(a, ts, with_file, io.out);
            else print_timeml(a, ts, io.out);
        });
    }
    const bool written = flush_output(io);
    return (skipped > 0 || !written) ? 1 : 0;
}

}  // namespace crisis::cli
