// Shared pieces of the exporters: value names and escaping for XML, CSV, DOT and HTML.
#include "io/export_detail.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace crisis::exporting {

namespace {

constexpr std::array<std::string_view, 9> precision_names{"day",  "week", "month",  "quarter", "season",
                                                          "half", "year", "decade", "century"};

// Length of the UTF-8 sequence starting at s[i] when it is U+FFFE or U+FFFF (0 otherwise).
std::size_t noncharacter_at(std::string_view s, std::size_t i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
        static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF))
        return 3;
    return 0;
}

}  // namespace

std::string_view precision_name(Precision p) noexcept {
    const auto i = static_cast<std::size_t>(p);
    return i < precision_names.size() ? precision_names[i] : "day";
}

std::optional<Precision> precision_from(std::string_view name) noexcept {
    for (std::size_t i = 0; i < precision_names.size(); ++i)
        if (precision_names[i] == name) return static_cast<Precision>(i);
    return std::nullopt;
}

std::string iso_day(date::sys_days d) { return format_iso_date(date::year_month_day{d}); }

std::string_view diagnostic_kind(Diagnostic::Kind k) noexcept {
    switch (k) {
        case Diagnostic::Kind::read: return "read";
        case Diagnostic::Kind::skipped: return "skipped";
        case Diagnostic::Kind::warning: return "warning";
    }
    return "warning";
}

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    std::size_t run = 0;  // start of the bytes not copied yet
    const auto put = [&](std::size_t i, std::string_view replacement, std::size_t width) {
        out.append(s.data() + run, i - run);
        out += replacement;
        run = i + width;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0xEF && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') continue;
        if (const std::size_t n = noncharacter_at(s, i)) { put(i, "\xEF\xBF\xBD", n); i += n - 1; continue; }
        switch (c) {
            case '&': put(i, "&amp;", 1); break;
            case '<': put(i, "&lt;", 1); break;
            case '>': put(i, "&gt;", 1); break;
            case '"': put(i, "&quot;", 1); break;
            case '\'': put(i, "&apos;", 1); break;
            case '\n': put(i, "&#10;", 1); break;
            case '\r': put(i, "&#13;", 1); break;
            case '\t': put(i, "&#9;", 1); break;
            default:
                if (u < 0x20) put(i, "\xEF\xBF\xBD", 1);  // 0xEF not starting a noncharacter stays
        }
    }
    out.append(s.data() + run, s.size() - run);
    return out;
}

std::string csv_field(std::string_view s, bool text) {
    std::string body;
    if (text && !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
        body += '\'';
    body += s;
    if (body.find_first_of(",\"\r\n") == std::string::npos) return body;
    std::string out = "\"";
    for (const char c : body) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string dot_escape(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') { out += "\\n"; continue; }
        if (c == '\r') continue;
        out += c;
    }
    return out;
}

std::map<std::string, std::string, std::less<>> actor_names(const Timeline& t) {
    std::map<std::string, std::string, std::less<>> out;
    for (const auto& a : t.actors) out.emplace(a.id, a.name.empty() ? a.id : a.name);
    return out;
}

std::string joined_names(const std::vector<std::string>& ids,
                         const std::map<std::string, std::string, std::less<>>& names, std::string_view separator) {
    std::string out;
    for (const auto& id : ids) {
        if (!out.empty()) out += separator;
        const auto it = names.find(id);
        out += it == names.end() ? id : it->second;
    }
    return out;
}

std::string number_text(double x) {
    char buf[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, x);
        if (std::strtod(buf, nullptr) == x) break;
    }
    return buf;
}

}  // namespace crisis::exporting
