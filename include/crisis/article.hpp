// article: what one input article is, and the pure parts of reading it (header, UTF-8, ids).
// File-system access lives in the CLI; JSON Lines parsing in src/io (it needs nlohmann/json).
#pragma once

#include <date/date.h>
#include <tl/expected.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

using Date = date::year_month_day;

struct Article {
    std::string id;    // stable, derived from content: 16 hex digits of a 64-bit FNV-1a of date + text
    std::string path;  // the file it came from ("-" for stdin; "file.jsonl:12" for a JSON Lines record)
    Date date;         // the article's own date (document creation time)
    std::optional<std::string> title;
    std::optional<std::string> source;
    std::optional<std::string> url;
    std::string text;            // exactly as read; offsets everywhere are UTF-8 bytes into it
    std::uint32_t body_begin = 0;  // first byte after the inline date header (0 when none)
};

// Why an input could not become an article. Stable ids: the CLI prints and tests compare them.
enum class IngestErrorCode : std::uint8_t {
    unreadable,        // the file could not be opened or read
    empty,             // no bytes, or only white space
    invalid_utf8,      // not valid UTF-8
    no_date,           // no header date, no JSON "date" and no --dct
    bad_date,          // a date that does not exist (2022-02-30, year 0, year 99999)
    malformed_record,  // a JSON Lines record that is not a JSON object with a string "text"
    too_large,         // longer than --max-article-bytes
};

[[nodiscard]] std::string_view to_string(IngestErrorCode code) noexcept;

struct IngestError {
    IngestErrorCode code;
    std::string message;  // one line, no file name: the CLI prefixes "FILE[:LINE]: "
};

// What the run did with one input; every input gets exactly one `read` or `skipped` entry.
struct Diagnostic {
    enum class Kind : std::uint8_t { read, skipped, warning };
    Kind kind = Kind::read;
    std::string input;                // a path, "-", or "file.jsonl"
    std::optional<std::size_t> line;  // 1-based line for JSON Lines records
    std::string reason;               // empty for `read`; the IngestError message otherwise
    std::optional<IngestErrorCode> code;
};

// The inline header " date YYYY-MM-DD " at the very start of a text (leading white space allowed;
// the header may share its line with the first paragraph).
struct Header {
    Date date;
    std::uint32_t end = 0;  // first byte after the header and the white space after it
};

// No header at all: nullopt. A header whose date does not exist: an error (bad_date).
[[nodiscard]] tl::expected<std::optional<Header>, IngestError> read_header(std::string_view text);

// Parses "YYYY-MM-DD" strictly (four-digit year 0001..9999, a real calendar day).
[[nodiscard]] std::optional<Date> parse_iso_date(std::string_view s) noexcept;
[[nodiscard]] std::string format_iso_date(Date d);

// Offset of the first invalid UTF-8 byte, or nullopt when the whole text is valid.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept;

// 16 lower-case hex digits, the same for the same bytes on every machine.
[[nodiscard]] std::string content_id(std::string_view bytes);

struct ArticleFields {
    std::optional<Date> date;  // from JSON "date" or --dct; --dct wins over everything
    bool date_overrides_header = false;
    std::optional<std::string> id, title, source, url;
};

// Builds an Article from raw bytes: checks size, emptiness and UTF-8, reads the header, picks
// the date (override > header > fields.date), derives the id when none is given.
[[nodiscard]] tl::expected<Article, IngestError> make_article(std::string path, std::string text,
                                                              const ArticleFields& fields,
                                                              std::size_t max_bytes);

}  // namespace crisis
