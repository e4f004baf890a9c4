// A streaming JSON writer (internal to src/io): the exporters write timeline.json, events.ndjson,
// timelinejs.json and the viewer's data through it, without building a document tree first.
// Its bytes are those of nlohmann::ordered_json::dump(indent, ' ', false, replace) for the same
// values, so the outputs did not change when the exporters stopped building trees.
#pragma once

#include <crisis/export.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace crisis::exporting {

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
    void key(std::string_view k);

    void string(std::string_view s);  // invalid UTF-8 becomes U+FFFD, as nlohmann's `replace`
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
    void before_value();
    void open(char c);
    void close(char c);
    void integer(std::int64_t x);
    void unsigned_integer(std::uint64_t x);
    void escaped(std::string_view s);
    std::size_t escape(std::string_view s, std::size_t i);
    void invalid(std::string_view s);  // a string that is not UTF-8, the nlohmann way
    void maybe_flush() {
        if (buf_.size() >= flush_at) flush();
    }

    static constexpr std::size_t flush_at = 1 << 16;
    ByteSink sink_;
    int indent_;
    bool script_safe_;
    bool after_key_ = false;
    std::vector<bool> empty_;  // per open container: nothing written in it yet
    std::string buf_;
};

}  // namespace crisis::exporting
