// A streaming JSON writer (internal to src/io and the CLI): the exporters write timeline.json,
// events.ndjson, timelinejs.json and the viewer's data through it, and `dates` its JSON Lines,
// without building a document tree first.
// Its bytes are those of nlohmann::ordered_json::dump(indent, ' ', false, replace) for the same
// values, so the outputs did not change when the exporters stopped building trees.
#pragma once

#include <crisis/export.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace crisis::exporting {

// An object key: a string literal, checked when the program is compiled to need no escape (no
// control, '"', '\\', '<', '>', '&' or non-ASCII byte) and kept quoted, with its colon, so that
// writing it is one fixed-size copy.
class JsonKey {
public:
    static constexpr std::size_t capacity = 32;  // the quoted key and its colon

    template <std::size_t N>
    consteval JsonKey(const char (&k)[N]) : size_(N + 2) {  // NOLINT: implicit from a literal
        if (N + 2 > capacity) throw "a JSON key longer than JsonKey::capacity";  // a compile error
        quoted_[0] = '"';
        for (std::size_t i = 0; i + 1 < N; ++i) {
            const auto c = static_cast<unsigned char>(k[i]);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&')
                throw "a JSON key that needs an escape";  // not a constant expression: a compile error
            quoted_[i + 1] = k[i];
        }
        quoted_[N] = '"';
        quoted_[N + 1] = ':';
    }
    // '"key":', then padding up to `capacity`.
    [[nodiscard]] const char* data() const noexcept { return quoted_.data(); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }

private:
    std::array<char, capacity> quoted_{};
    std::size_t size_;
};

class JsonWriter {
public:
    // `indent` < 0: compact (no white space); otherwise pretty-printed with that many spaces a
    // level. `script_safe`: strings also escape < > & U+2028 U+2029 as \u escapes (JSON inside a
    // <script> element, see html_detail.hpp). Bytes go to `sink` in pieces of about 64 KiB.
    JsonWriter(ByteSink sink, int indent, bool script_safe = false);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    ~JsonWriter();  // flushes

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The key of the next value in the current object.
    void key(const JsonKey& k) {
        before_value();
        char* p = room(JsonKey::capacity + 1);
        std::memcpy(p, k.data(), JsonKey::capacity);
        p += k.size();
        if (indent_ >= 0) *p++ = ' ';
        advance(p);
        after_key_ = true;
    }

    void string(std::string_view s) {  // invalid UTF-8 becomes U+FFFD, as nlohmann's `replace`
        before_value();
        escaped(s);
        maybe_flush();
    }
    void optional_string(const std::optional<std::string>& s);  // null without a value
    void number(double x);            // shortest round-trip form ("0.75", "-7.0"); null if not finite
    template <class T>
        requires std::is_integral_v<T> && (!std::is_same_v<T, bool>)
    void number(T x) {
        if constexpr (std::is_signed_v<T>) integer(static_cast<std::int64_t>(x));
        else unsigned_integer(static_cast<std::uint64_t>(x));
    }
    void boolean(bool b);
    void null();
    void strings(const std::vector<std::string>& v);  // an array of strings

    // Raw bytes between top-level values (the newline after each NDJSON record).
    void raw(std::string_view bytes);
    // Hands everything written so far to the sink.
    void flush();

private:
    void before_value() {
        if (after_key_) {  // a key's value: no separator
            after_key_ = false;
            return;
        }
        if (depth_ != 0) separate();
    }
    void separate();
    void open(char c);
    void close(char c);
    void integer(std::int64_t x);
    void unsigned_integer(std::uint64_t x);
    void escaped(std::string_view s);
    void invalid(std::string_view s);  // a string that is not UTF-8, the nlohmann way
    void maybe_flush() {
        if (used_ >= flush_at) flush();
    }
    // Room for `n` more bytes at the end of what is written; advance() keeps the ones written
    // there. The appends below write through it, so that a byte costs no capacity check.
    [[nodiscard]] char* room(std::size_t n) {
        if (used_ + n > buf_.size()) [[unlikely]] grow(n);
        return buf_.data() + used_;
    }
    void grow(std::size_t n);  // out of line, so that room() is a compare and a branch
    void advance(char* end) noexcept { used_ = static_cast<std::size_t>(end - buf_.data()); }
    void put(char c) { *room(1) = c, ++used_; }
    void append(std::string_view s) {
        std::memcpy(room(s.size()), s.data(), s.size());
        used_ += s.size();
    }
    void newline_and_indent();

    static constexpr std::size_t flush_at = 1 << 16;
    ByteSink sink_;
    int indent_;
    bool script_safe_;
    bool after_key_ = false;
    std::size_t depth_ = 0;  // containers open
    bool comma_ = false;     // something is written in the innermost open container
    std::string buf_;          // its size is the room; the first used_ bytes are the output
    std::size_t used_ = 0;
};

}  // namespace crisis::exporting
