// The streaming JSON writer: nlohmann's dump format (indentation, escapes, number forms) without
// the document tree.
#include "io/json_writer.hpp"

#include "io/html_detail.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

namespace crisis::exporting {

namespace {

// Whether `s` is well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing
// above U+10FFFF): exactly what nlohmann's decoder accepts.
bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return false;
        if (n - i < len) return false;
        const auto c1 = static_cast<unsigned char>(s[i + 1]);
        if (c1 < lo || c1 > hi) return false;
        for (std::size_t k = 2; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// Eight bytes at a time (little-endian): how many of them, from the first, need no look (8: all
// of them). Always flagged: controls, '"' and '\\'; script-safe: '<', '>', '&'; non-ASCII bytes
// before the string's UTF-8 is checked, and after it (script-safe) the lead byte 0xE2 of U+2028
// and U+2029. Exact: the classic "has a byte below n" test, whose borrows can flag a byte after
// a flagged one, never before, so the first flag is right.
constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
constexpr std::uint64_t below(std::uint64_t v, unsigned n) { return (v - ones * n) & ~v & highs; }
constexpr std::uint64_t is(std::uint64_t v, unsigned char c) { return below(v ^ (ones * c), 1); }
std::size_t plain_prefix(const char* p, bool script_safe, bool utf8_checked) noexcept {
    std::uint64_t x = 0;
    std::memcpy(&x, p, sizeof x);
    std::uint64_t flags = below(x, 0x20) | is(x, '"') | is(x, '\\');
    if (!utf8_checked) flags |= x & highs;
    if (script_safe) flags |= is(x, '<') | is(x, '>') | is(x, '&') | (utf8_checked ? is(x, 0xE2) : 0);
    return flags == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(flags)) / 8;
}

// What a byte needs in a string, for plain and script-safe strings: 0 nothing, 1 an escape,
// 2 (non-ASCII) the UTF-8 check and, script-safe, a look for U+2028 and U+2029.
using ByteTable = std::array<std::uint8_t, 256>;
constexpr ByteTable byte_table(bool script_safe) {
    ByteTable t{};
    for (unsigned c = 0; c < 256; ++c)
        t[c] = c >= 0x80 ? 2 : (c < 0x20 || c == '"' || c == '\\') ? 1 : 0;
    if (script_safe) t['<'] = t['>'] = t['&'] = 1;
    return t;
}
constexpr ByteTable plain_bytes = byte_table(false), script_bytes = byte_table(true);

bool line_separator_at(const char* p, const char* end) {  // U+2028 or U+2029
    return end - p > 2 && p[0] == '\xE2' && p[1] == '\x80' && (p[2] == '\xA8' || p[2] == '\xA9');
}

// The escape nlohmann writes for an ASCII byte (and, script-safe, for < > &), at `p`; returns
// the end.
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
        default:  // the other control characters, and < > & when script-safe
            std::memcpy(p, "u00", 3);
            p[3] = hex[(c >> 4) & 0xF];
            p[4] = hex[c & 0xF];
            p += 5;
    }
    return p;
}

}  // namespace

JsonWriter::JsonWriter(ByteSink sink, int indent, bool script_safe)
    : sink_(std::move(sink)), indent_(indent), script_safe_(script_safe) {
    buf_.resize(4096);  // grows (doubling) up to flush_at and a little past it, so a small output costs little
}

JsonWriter::~JsonWriter() { flush(); }

void JsonWriter::grow(std::size_t n) { buf_.resize(std::max(buf_.size() * 2, used_ + n)); }

void JsonWriter::flush() {
    if (used_ == 0) return;
    sink_(std::string_view(buf_.data(), used_));
    used_ = 0;
}

void JsonWriter::raw(std::string_view bytes) {
    append(bytes);
    maybe_flush();
}

// The separator before a value or a key that does not follow a key: a comma after an earlier
// sibling and, pretty-printed, a newline and the indentation of the level.
void JsonWriter::separate() {
    if (comma_) put(',');
    comma_ = true;
    if (indent_ >= 0) newline_and_indent();
}

void JsonWriter::newline_and_indent() {
    const std::size_t n = static_cast<std::size_t>(indent_) * depth_;
    char* p = room(n + 1);
    *p = '\n';
    std::memset(p + 1, ' ', n);
    advance(p + 1 + n);
}

void JsonWriter::open(char c) {
    before_value();
    put(c);
    ++depth_;
    comma_ = false;
}

void JsonWriter::close(char c) {
    --depth_;
    if (comma_ && indent_ >= 0) newline_and_indent();
    put(c);
    comma_ = true;  // the container is a value of its parent
    maybe_flush();
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::optional_string(const std::optional<std::string>& s) {
    if (s) string(*s);
    else null();
}

void JsonWriter::strings(const std::vector<std::string>& v) {
    begin_array();
    for (const auto& s : v) string(s);
    end_array();
}

void JsonWriter::number(double x) {
    before_value();
    if (!std::isfinite(x)) {
        append("null");
        return;
    }
    std::array<char, 64> b{};
    const char* end = nlohmann::detail::to_chars(b.data(), b.data() + b.size(), x);
    append(std::string_view(b.data(), static_cast<std::size_t>(end - b.data())));
}

void JsonWriter::integer(std::int64_t x) {
    before_value();
    char* p = room(24);
    advance(std::to_chars(p, p + 24, x).ptr);
}

void JsonWriter::unsigned_integer(std::uint64_t x) {
    before_value();
    char* p = room(24);
    advance(std::to_chars(p, p + 24, x).ptr);
}

void JsonWriter::boolean(bool b) {
    before_value();
    append(b ? "true" : "false");
}

void JsonWriter::null() {
    before_value();
    append("null");
}

// A quoted string. Valid UTF-8 is copied but for the escapes nlohmann writes (\b \t \n \f \r
// \" \\ and \u00XX for other controls) and, script-safe, \u003c \u003e \u0026 \u2028 \u2029:
// eight bytes are copied at once and kept up to the first that needs a look. A string that is
// not valid UTF-8 goes through nlohmann itself, whose replacement of bad bytes is kept exactly.
void JsonWriter::escaped(std::string_view s) {
    char* p = room(2 + 6 * s.size());  // an escape is at most six bytes (U+2028: three -> six)
    *p++ = '"';
    bool checked = false;  // the UTF-8 of s is known to be valid
    const ByteTable& bytes = script_safe_ ? script_bytes : plain_bytes;
    const char* in = s.data();
    const char* const end = in + s.size();
    const auto one = [&] {  // the byte at `in`; false when s is not UTF-8
        const char c = *in;
        const std::uint8_t need = bytes[static_cast<unsigned char>(c)];
        if (need == 0) [[likely]] {
            *p++ = c, ++in;
        } else if (need == 1) {
            p = put_escape(p, c), ++in;
        } else {
            if (!checked && !valid_utf8(std::string_view(in, static_cast<std::size_t>(end - in)))) return false;
            checked = true;  // (the bytes before `in` are ASCII)
            if (script_safe_ && line_separator_at(in, end)) p = std::copy_n(in[2] == '\xA8' ? "\\u2028" : "\\u2029", 6, p), in += 3;
            else *p++ = c, ++in;
        }
        return true;
    };
    if constexpr (std::endian::native == std::endian::little) {
        while (end - in >= 8) {
            const std::size_t run = plain_prefix(in, script_safe_, checked);
            std::memcpy(p, in, 8);
            p += run, in += run;
            if (run < 8 && !one()) return invalid(s);  // nothing written is kept
        }
    }
    while (in < end)
        if (!one()) return invalid(s);
    *p++ = '"';
    advance(p);
}

void JsonWriter::invalid(std::string_view s) {
    const std::string dumped =
        nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    append(script_safe_ ? detail::escape_json_for_script(dumped) : dumped);
}

}  // namespace crisis::exporting
