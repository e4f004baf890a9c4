// The streaming JSON writer writes the bytes nlohmann's dump writes for the same values; XML
// escaping (the graph formats).
#include "io/export_detail.hpp"
#include "io/html_detail.hpp"
#include "io/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using ojson = nlohmann::ordered_json;

std::string dumped(const ojson& j, int indent) { return j.dump(indent, ' ', false, ojson::error_handler_t::replace); }

// `strings` written as one array by the writer.
std::string written(const std::vector<std::string>& strings, int indent, bool script_safe = false) {
    std::string out;
    {
        crisis::exporting::JsonWriter w([&out](std::string_view piece) { out += piece; }, indent, script_safe);
        w.strings(strings);
    }
    return out;
}

const std::vector<std::string> awkward{
    "",
    "plain",
    "quote \" backslash \\ slash /",
    "controls \b\f\n\r\t \x01 \x1f \x7f",
    std::string("nul \0 inside", 12),
    "markup <script>&amp;</script>",
    "non-ASCII: Zelensky \xE2\x80\x94 Kyiv \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6",
    "separators \xE2\x80\xA8 and \xE2\x80\xA9 and \xE2\x80\xA7",
    "lone continuation \x80 byte",
    "truncated \xE2\x80",
    "truncated at the end \xF0\x9F",
    "overlong \xC0\xAF and \xE0\x80\xAF",
    "surrogate \xED\xA0\x80",
    "beyond U+10FFFF \xF4\x90\x80\x80",
    "bad lead \xFF\xFE",
    "\xE2",
    "a run of plain bytes longer than eight, then \" and <b> & \x01, then more plain bytes \\ end",
    "0123456789abcdef\xE2\x80\xA8" "0123456789abcdef\xC3\xA9" "0123456789abcdef\xC3",
    "ASCII for sixteen bytes, then a bad byte \xC3\x28 after it",
};

}  // namespace

TEST_CASE("strings are escaped as nlohmann escapes them, bad UTF-8 replaced the same way", "[export]") {
    const ojson j(awkward);
    CHECK(written(awkward, -1) == dumped(j, -1));
    CHECK(written(awkward, 2) == dumped(j, 2));
    for (const auto& s : awkward) CHECK(written({s}, -1) == dumped(ojson::array({s}), -1));
}

TEST_CASE("script-safe strings are the dump escaped for a script element", "[export]") {
    CHECK(written(awkward, 2, true) == crisis::detail::escape_json_for_script(dumped(ojson(awkward), 2)));
}

TEST_CASE("objects, arrays, numbers and literals are laid out as nlohmann lays them out", "[export]") {
    ojson j;
    j["empty_object"] = ojson::object();
    j["empty_array"] = ojson::array();
    j["numbers"] = {0, -7, 42U, 18446744073709551615ULL, -9223372036854775807LL};
    j["doubles"] = {0.0, -7.0, 0.75, 0.1, 1e-7, 123456789012345678.0, 1e300, -2.5e-12, 0.333333};
    j["literals"] = {true, false, nullptr};
    j["nested"] = {{"a", ojson::array({ojson::object(), ojson::array({1})})}, {"b", "x"}};
    for (const int indent : {-1, 0, 2, 4}) {
        std::string out;
        {
            crisis::exporting::JsonWriter w([&out](std::string_view piece) { out += piece; }, indent);
            w.begin_object();
            w.key("empty_object"), w.begin_object(), w.end_object();
            w.key("empty_array"), w.begin_array(), w.end_array();
            w.key("numbers"), w.begin_array();
            w.number(0), w.number(-7), w.number(42U), w.number(18446744073709551615ULL);
            w.number(-9223372036854775807LL);
            w.end_array();
            w.key("doubles"), w.begin_array();
            for (const double x : {0.0, -7.0, 0.75, 0.1, 1e-7, 123456789012345678.0, 1e300, -2.5e-12, 0.333333})
                w.number(x);
            w.end_array();
            w.key("literals"), w.begin_array(), w.boolean(true), w.boolean(false), w.null(), w.end_array();
            w.key("nested"), w.begin_object();
            w.key("a"), w.begin_array(), w.begin_object(), w.end_object(), w.begin_array(), w.number(1);
            w.end_array(), w.end_array();
            w.key("b"), w.string("x");
            w.end_object();
            w.end_object();
        }
        CHECK(out == dumped(j, indent));
    }
}

TEST_CASE("XML escaping: markup as entities, forbidden characters as U+FFFD", "[export]") {
    using crisis::exporting::xml_escape;
    CHECK(xml_escape("") == "");
    CHECK(xml_escape("plain text") == "plain text");
    CHECK(xml_escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    CHECK(xml_escape("line\nbreak\r\ttab") == "line&#10;break&#13;&#9;tab");
    CHECK(xml_escape(std::string("nul\0bell\x07", 9)) == "nul\xEF\xBF\xBD" "bell\xEF\xBF\xBD");
    CHECK(xml_escape("nonchars \xEF\xBF\xBE \xEF\xBF\xBF end") == "nonchars \xEF\xBF\xBD \xEF\xBF\xBD end");
    CHECK(xml_escape("kept \xEF\xBF\xBD \xEF\xBC\x81 \xEF") == "kept \xEF\xBF\xBD \xEF\xBC\x81 \xEF");
    CHECK(xml_escape("Zelensky \xE2\x80\x94 Kyiv") == "Zelensky \xE2\x80\x94 Kyiv");
}

TEST_CASE("a byte that needs a look is found at every position of the eight-byte blocks", "[export]") {
    const std::vector<std::string> specials{"\"", "\\", "\x01", "\x1f", "<", ">", "&", "\xC3\xA9", "\xE2\x80\xA8", "\xFF"};
    const std::string base = "abcdefghijklmnopqrst";
    for (const auto& special : specials) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            const std::string s = base.substr(0, at) + special + base.substr(at);
            const ojson j = ojson::array({s});
            CHECK(written({s}, -1) == dumped(j, -1));
            CHECK(written({s}, -1, true) == crisis::detail::escape_json_for_script(dumped(j, -1)));
        }
    }
}
