// Internals of to_html (src/io/html*.cpp): escaping for HTML and for JSON inside a script element.
#pragma once

#include <string>
#include <string_view>

namespace crisis::detail {

// JSON text made safe inside <script type="application/json">: '<', '>', '&', U+2028 and U+2029
// become \u003c, \u003e, \u0026, \u2028, \u2029. These can only occur inside JSON strings, where
// the escapes mean the same characters, so JSON.parse returns the same value, and no input can
// close the element ("</script>") or open a comment ("<!--").
[[nodiscard]] std::string escape_json_for_script(std::string_view json);

// Text for HTML element content or a quoted attribute value: & < > " ' escaped.
[[nodiscard]] std::string escape_html(std::string_view text);

// True for absolute http:// and https:// URLs (case-insensitive scheme), the only links the
// viewer and the plain page make: never javascript:, data: or relative ones.
[[nodiscard]] bool is_http_url(std::string_view url) noexcept;

// The Content-Security-Policy of the plain page: no script, no request to any host.
inline constexpr std::string_view plain_page_csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// The plain, script-free page (a list of events in date order) written when the binary was built
// without the viewer (CRISIS_VIEWER=OFF). `timeline_json` is the output of to_timeline_json.
[[nodiscard]] std::string plain_timeline_page(std::string_view timeline_json);

}  // namespace crisis::detail
