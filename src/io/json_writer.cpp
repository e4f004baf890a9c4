// The streaming JSON writer: nlohmann's dump format (indentation, escapes, number forms) without
// the document tree.
#include "io/json_writer.hpp"

#include "io/html_detail.hpp"

#include <nlohmann/json.hpp>

#include <array>
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

// Bytes that end a run of bytes copied as they are: 1 always escaped (controls, " and \),
// 2 escaped in script-safe strings only (< > &), 3 non-ASCII (U+2028 and U+2029 are escaped in
// script-safe strings).
constexpr std::array<std::uint8_t, 256> byte_classes = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = 1;
    t['"'] = t['\\'] = 1;
    t['<'] = t['>'] = t['&'] = 2;
    for (int c = 0x80; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = 3;
    return t;
}();

constexpr std::string_view hex = "0123456789abcdef";

// Eight bytes at a time: whether none of them needs a look (no control, no " or \, nothing
// non-ASCII and, script-safe, no < > &). Exact: the classic "has a zero byte" bit tests.
constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
constexpr bool has_zero_byte(std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; }
constexpr bool has_byte(std::uint64_t x, unsigned char c) { return has_zero_byte(x ^ (ones * c)); }
bool plain8(const char* p, bool script_safe) {
    std::uint64_t x = 0;
    std::memcpy(&x, p, sizeof x);
    if ((x & highs) != 0 || ((x - ones * 0x20) & ~x & highs) != 0) return false;
    if (has_byte(x, '"') || has_byte(x, '\\')) return false;
    return !script_safe || !(has_byte(x, '<') || has_byte(x, '>') || has_byte(x, '&'));
}

bool line_separator_at(std::string_view s, std::size_t i) {  // U+2028 or U+2029
    return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9');
}

}  // namespace

JsonWriter::JsonWriter(ByteSink sink, int indent, bool script_safe)
    : sink_(std::move(sink)), indent_(indent), script_safe_(script_safe) {
    buf_.reserve(flush_at + 4096);
}

JsonWriter::~JsonWriter() { flush(); }

void JsonWriter::flush() {
    if (buf_.empty()) return;
    sink_(buf_);
    buf_.clear();
}

void JsonWriter::raw(std::string_view bytes) {
    buf_ += bytes;
    maybe_flush();
}

// The separator before a value or a key: nothing after a key, else a comma after an earlier
// sibling and, pretty-printed, a newline and the indentation of the level.
void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;
    if (!empty_.back()) buf_ += ',';
    empty_.back() = false;
    if (indent_ >= 0) {
        buf_ += '\n';
        buf_.append(static_cast<std::size_t>(indent_) * empty_.size(), ' ');
    }
}

void JsonWriter::open(char c) {
    before_value();
    buf_ += c;
    empty_.push_back(true);
}

void JsonWriter::close(char c) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty && indent_ >= 0) {
        buf_ += '\n';
        buf_.append(static_cast<std::size_t>(indent_) * empty_.size(), ' ');
    }
    buf_ += c;
    maybe_flush();
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view k) {
    before_value();
    escaped(k);
    buf_ += indent_ >= 0 ? ": " : ":";
    after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
    before_value();
    escaped(s);
    maybe_flush();
}

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
        buf_ += "null";
        return;
    }
    std::array<char, 64> b{};
    const char* end = nlohmann::detail::to_chars(b.data(), b.data() + b.size(), x);
    buf_.append(b.data(), static_cast<std::size_t>(end - b.data()));
}

void JsonWriter::integer(std::int64_t x) {
    before_value();
    std::array<char, 24> b{};
    buf_.append(b.data(), static_cast<std::size_t>(std::to_chars(b.data(), b.data() + b.size(), x).ptr - b.data()));
}

void JsonWriter::unsigned_integer(std::uint64_t x) {
    before_value();
    std::array<char, 24> b{};
    buf_.append(b.data(), static_cast<std::size_t>(std::to_chars(b.data(), b.data() + b.size(), x).ptr - b.data()));
}

void JsonWriter::boolean(bool b) {
    before_value();
    buf_ += b ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    buf_ += "null";
}

// A quoted string. Valid UTF-8 is copied but for the escapes nlohmann writes (\b \t \n \f \r
// \" \\ and \u00XX for other controls) and, script-safe, \u003c \u003e \u0026 \u2028 \u2029.
// A string that is not valid UTF-8 goes through nlohmann itself, whose replacement of bad bytes
// is kept exactly.
void JsonWriter::escaped(std::string_view s) {
    const std::size_t mark = buf_.size();
    buf_ += '"';
    bool checked = false;  // the UTF-8 of s is known to be valid
    std::size_t run = 0;   // start of the bytes not copied yet
    std::size_t i = 0;
    while (i < s.size()) {
        if (i + 8 <= s.size() && plain8(s.data() + i, script_safe_)) {
            i += 8;
            continue;
        }
        const auto u = static_cast<unsigned char>(s[i]);
        const std::uint8_t cls = byte_classes[u];
        if (cls == 0 || (cls == 2 && !script_safe_)) {
            ++i;
            continue;
        }
        if (cls == 3) {
            if (!checked && !valid_utf8(s.substr(i))) {  // the bytes before i are ASCII
                buf_.resize(mark);
                invalid(s);
                return;
            }
            checked = true;
            if (!script_safe_ || !line_separator_at(s, i)) {
                ++i;
                continue;
            }
        }
        buf_.append(s.data() + run, i - run);
        i += escape(s, i);
        run = i;
    }
    buf_.append(s.data() + run, s.size() - run);
    buf_ += '"';
}

// Writes the escape of the character at s[i]; returns its width in bytes.
std::size_t JsonWriter::escape(std::string_view s, std::size_t i) {
    const auto u = static_cast<unsigned char>(s[i]);
    switch (u) {
        case '\b': buf_ += "\\b"; return 1;
        case '\t': buf_ += "\\t"; return 1;
        case '\n': buf_ += "\\n"; return 1;
        case '\f': buf_ += "\\f"; return 1;
        case '\r': buf_ += "\\r"; return 1;
        case '"': buf_ += "\\\""; return 1;
        case '\\': buf_ += "\\\\"; return 1;
        case 0xE2:  // U+2028 or U+2029, script-safe
            buf_ += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            return 3;
        default:  // other controls, and < > & when script-safe
            buf_ += "\\u00";
            buf_ += hex[u >> 4];
            buf_ += hex[u & 0xF];
            return 1;
    }
}

void JsonWriter::invalid(std::string_view s) {
    const std::string dumped =
        nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    buf_ += script_safe_ ? detail::escape_json_for_script(dumped) : dumped;
}

}  // namespace crisis::exporting
