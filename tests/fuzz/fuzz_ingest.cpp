// Fuzz target: the ingest edge (inline header, make_article, JSON Lines records, ISO dates).
// Any byte sequence must give an Article or an IngestError, never a crash or an exception,
// and a successful Article must keep its invariants.
#include "fuzz_check.hpp"

#include <crisis/article.hpp>
#include <crisis/export.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t max_bytes = std::size_t{1} << 20;

bool is_hex_id(const std::string& id) {
    if (id.size() != 16) return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

void check_article(const tl::expected<crisis::Article, crisis::IngestError>& a, std::string_view input,
                   bool id_given) {
    if (!a) {
        FUZZ_CHECK(!a.error().message.empty());
        FUZZ_CHECK(a.error().message.find('\n') == std::string::npos);
        return;
    }
    FUZZ_CHECK(a->text == input);
    FUZZ_CHECK(a->body_begin <= a->text.size());
    FUZZ_CHECK(a->date.ok());
    FUZZ_CHECK(crisis::format_iso_date(a->date).size() == 10);
    FUZZ_CHECK(!crisis::first_invalid_utf8(a->text));
    if (!id_given) FUZZ_CHECK(is_hex_id(a->id));
}

void fuzz_text(std::string_view s) {
    const auto header = crisis::read_header(s);
    if (header && *header) {
        FUZZ_CHECK((*header)->end <= s.size());
        FUZZ_CHECK((*header)->date.ok());
    }
    // As a text file without --dct, and with --dct overriding the header.
    crisis::ArticleFields plain;
    check_article(crisis::make_article("fuzz.txt", std::string(s), plain, max_bytes), s, false);
    crisis::ArticleFields dct;
    dct.date = date::year{2022} / 1 / 27;
    dct.date_overrides_header = true;
    const auto a = crisis::make_article("fuzz.txt", std::string(s), dct, max_bytes);
    check_article(a, s, false);
    if (a) FUZZ_CHECK(a->date == *dct.date);
    // The size limit is checked first and exactly.
    if (!s.empty()) {
        const auto small = crisis::make_article("fuzz.txt", std::string(s), dct, s.size() - 1);
        FUZZ_CHECK(!small && small.error().code == crisis::IngestErrorCode::too_large);
    }
}

void fuzz_jsonl(std::string_view s) {
    std::string text;
    const auto fields = crisis::read_jsonl_record(s, text);
    if (!fields) {
        FUZZ_CHECK(!fields.error().message.empty());
        return;
    }
    if (fields->date) FUZZ_CHECK(fields->date->ok());
    check_article(crisis::make_article("fuzz.jsonl:1", text, *fields, max_bytes), text, fields->id.has_value());
}

void fuzz_iso_date(std::string_view s) {
    const auto d = crisis::parse_iso_date(s.substr(0, 10));
    if (d) {
        FUZZ_CHECK(d->ok());
        FUZZ_CHECK(crisis::format_iso_date(*d) == s.substr(0, 10));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    fuzz_text(s);
    fuzz_jsonl(s);
    fuzz_iso_date(s);
    return 0;
}
