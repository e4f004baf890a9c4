#include <crisis/article.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace crisis {

std::string_view to_string(IngestErrorCode code) noexcept {
    switch (code) {
        case IngestErrorCode::unreadable: return "unreadable";
        case IngestErrorCode::empty: return "empty";
        case IngestErrorCode::invalid_utf8: return "invalid_utf8";
        case IngestErrorCode::no_date: return "no_date";
        case IngestErrorCode::bad_date: return "bad_date";
        case IngestErrorCode::malformed_record: return "malformed_record";
        case IngestErrorCode::too_large: return "too_large";
    }
    return "unknown";
}

namespace {

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

int digits(std::string_view s) noexcept {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// Skips white space and a UTF-8 byte order mark.
std::size_t skip_blank(std::string_view text, std::size_t i) noexcept {
    if (text.substr(i, 3) == "\xEF\xBB\xBF") i += 3;
    while (i < text.size() && is_space(text[i])) ++i;
    return i;
}

// A headline: the first line of the body when it is short, has no sentence-final punctuation
// and more text follows it.
std::optional<std::string> headline(std::string_view text, std::size_t body) {
    const std::size_t nl = text.find('\n', body);
    if (nl == std::string_view::npos) return std::nullopt;
    std::string_view line = text.substr(body, nl - body);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.empty() || line.size() > 200 || skip_blank(text, nl) == text.size()) return std::nullopt;
    const char last = line.back();
    if (last == '.' || last == ',' || last == ';' || last == ':') return std::nullopt;
    return std::string(line);
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(s[i])) return std::nullopt;
    const int y = digits(s.substr(0, 4));
    const auto d = date::year{y} / date::month{static_cast<unsigned>(digits(s.substr(5, 2)))} /
                   date::day{static_cast<unsigned>(digits(s.substr(8, 2)))};
    if (y < 1 || !d.ok()) return std::nullopt;
    return d;
}

std::string format_iso_date(Date d) {
    std::array<char, 16> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf.data();
}

tl::expected<std::optional<Header>, IngestError> read_header(std::string_view text) {
    std::size_t i = skip_blank(text, 0);
    constexpr std::string_view keyword = "date";
    if (text.substr(i, keyword.size()) != keyword) return std::nullopt;
    i += keyword.size();
    if (i >= text.size() || (text[i] != ' ' && text[i] != '\t' && text[i] != ':')) return std::nullopt;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ':')) ++i;
    std::size_t j = i;
    while (j < text.size() && (is_digit(text[j]) || text[j] == '-')) ++j;
    const std::string_view value = text.substr(i, j - i);
    // Something that looks like a date but is not one is an error; anything else is no header.
    const bool date_shaped = value.size() >= 8 && value.find('-') != std::string_view::npos;
    if (!date_shaped) return std::nullopt;
    if (j < text.size() && !is_space(text[j])) return std::nullopt;
    const auto d = parse_iso_date(value);
    if (!d)
        return tl::unexpected(IngestError{IngestErrorCode::bad_date,
                                          "header date '" + std::string(value) + "' is not a calendar date"});
    while (j < text.size() && is_space(text[j])) ++j;
    return Header{*d, static_cast<std::uint32_t>(j)};
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII runs 32 bytes at a time, then eight
        for (std::uint64_t w[4]; i + 32 <= n; i += 32) {
            std::memcpy(w, s + i, 32);
            if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) break;
        }
        for (std::uint64_t w = 0; i + 8 <= n; i += 8) {
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL) break;
        }
        if (i == n) break;
        const unsigned c = s[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = c & 0x07; }
        else return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

namespace {

// 64-bit FNV-1a, continued from `h` (so that date + text hash without being concatenated).
constexpr std::uint64_t fnv_basis = 0xcbf29ce484222325ULL;
std::uint64_t fnv1a(std::uint64_t h, std::string_view bytes) noexcept {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string hex_id(std::uint64_t h) {
    std::array<char, 17> buf{};
    std::snprintf(buf.data(), buf.size(), "%016llx", static_cast<unsigned long long>(h));
    return buf.data();
}

}  // namespace

std::string content_id(std::string_view bytes) { return hex_id(fnv1a(fnv_basis, bytes)); }

tl::expected<Article, IngestError> make_article(std::string path, std::string text,
                                                const ArticleFields& fields, std::size_t max_bytes) {
    if (text.size() > max_bytes)
        return tl::unexpected(IngestError{IngestErrorCode::too_large,
            "article is " + std::to_string(text.size()) + " bytes, more than the limit of " +
            std::to_string(max_bytes) + " (--max-article-bytes)"});
    if (skip_blank(text, 0) == text.size())
        return tl::unexpected(IngestError{IngestErrorCode::empty, "article is empty"});
    if (const auto bad = first_invalid_utf8(text))
        return tl::unexpected(IngestError{IngestErrorCode::invalid_utf8,
            "not valid UTF-8 (first bad byte at offset " + std::to_string(*bad) + ")"});
    auto header = read_header(text);
    if (!header && !fields.date_overrides_header) return tl::unexpected(header.error());

    Article a;
    a.path = std::move(path);
    if (header && *header) a.body_begin = (*header)->end;
    if (fields.date_overrides_header && fields.date) a.date = *fields.date;
    else if (header && *header) a.date = (*header)->date;
    else if (fields.date) a.date = *fields.date;
    else
        return tl::unexpected(IngestError{IngestErrorCode::no_date,
            "no article date: add a header line 'date YYYY-MM-DD' or pass --dct"});
    if (a.body_begin == text.size() || skip_blank(text, a.body_begin) == text.size())
        return tl::unexpected(IngestError{IngestErrorCode::empty, "article has a date header but no text"});
    a.id = fields.id ? *fields.id : hex_id(fnv1a(fnv1a(fnv_basis, format_iso_date(a.date) + '\n'), text));  // content_id(date + text)
    a.title = fields.title ? fields.title : headline(text, skip_blank(text, a.body_begin));
    a.source = fields.source;
    a.url = fields.url;
    a.text = std::move(text);
    return a;
}

}  // namespace crisis
