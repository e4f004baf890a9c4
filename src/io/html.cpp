// to_html: the viewer built from viz/ (embedded as "viewer.html") with the timeline JSON embedded
// safely; without the viewer, a plain list page (html_plain.cpp).
#include <crisis/export.hpp>

#include "embedded.hpp"
#include "io/export_detail.hpp"
#include "io/html_detail.hpp"
#include "io/json_writer.hpp"

#include <array>
#include <optional>

namespace crisis {

namespace detail {

std::string escape_json_for_script(std::string_view json) {
    std::string out;
    out.reserve(json.size() + json.size() / 16);
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<') {
            out += "\\u003c";
        } else if (c == '>') {
            out += "\\u003e";
        } else if (c == '&') {
            out += "\\u0026";
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

bool is_http_url(std::string_view url) noexcept {
    const auto starts_with_nocase = [url](std::string_view prefix) {
        if (url.size() <= prefix.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            char c = url[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != prefix[i]) return false;
        }
        return true;
    };
    if (!starts_with_nocase("http://") && !starts_with_nocase("https://")) return false;
    for (const char c : url)  // no spaces or control characters anywhere
        if (static_cast<unsigned char>(c) <= 0x20 || c == '\x7F') return false;
    return true;
}

}  // namespace detail

namespace {

// The placeholder that viz/build.mjs leaves in the viewer, once, as the content of
// <script type="application/json" id="data">.
constexpr std::string_view data_placeholder = "\"__CRISIS_TIMELINE_DATA__\"";

std::optional<std::string_view> viewer_template() {
    // Generated files are looked up by file name; CRISIS_VIEWER_EMBED_NAME (cmake/Viewer.cmake) is
    // the name Embed.cmake gives it when the build tree lies inside the source tree.
    constexpr std::array names{std::string_view("viewer.html"),
#ifdef CRISIS_VIEWER_EMBED_NAME
                               std::string_view(CRISIS_VIEWER_EMBED_NAME)
#else
                               std::string_view("viewer.html")
#endif
    };
    for (const std::string_view name : names)
        if (auto file = detail::embedded_file(name)) return file;
    return std::nullopt;
}

}  // namespace

void write_html(const Timeline& t, const GraphAnalytics& g, const ByteSink& out) {
    const auto page = viewer_template();
    const std::size_t at = page ? page->find(data_placeholder) : std::string_view::npos;
    if (at == std::string_view::npos) {
        std::string json;
        {
            exporting::JsonWriter w([&json](std::string_view piece) { json += piece; }, 2);
            exporting::write_timeline_document(w, t, g, false);
        }
        out(detail::plain_timeline_page(json));
        return;
    }
    out(page->substr(0, at));
    {
        exporting::JsonWriter w(out, 2, /*script_safe=*/true);
        exporting::write_timeline_document(w, t, g, false);
    }
    out(page->substr(at + data_placeholder.size()));
}

std::string to_html(const Timeline& t, const GraphAnalytics& g) {
    std::string out;
    write_html(t, g, [&out](std::string_view piece) { out += piece; });
    return out;
}

}  // namespace crisis
