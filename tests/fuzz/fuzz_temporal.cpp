// Fuzz target: segmentation and the temporal stage. The first three bytes choose the article
// date (mostly recent years, sometimes the edges 0001 and 9999 that the header accepts); the
// rest is the article text, read the way the CLI reads it (header skipped when there is one).
#include "fuzz_check.hpp"

#include <crisis/article.hpp>
#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

// Three bytes to a valid date: 2000-01-01 + n days for most values, else years 1..64 or
// 9936..9999 (still valid article dates: the header accepts 0001..9999).
date::year_month_day dct_from(const std::uint8_t* b) {
    using namespace date;
    const unsigned n = (unsigned{b[0]} << 8) | b[1];
    if (n < 0xF000) return year_month_day{sys_days{year{2000} / 1 / 1} + days{n % 20000}};
    const unsigned k = n - 0xF000;  // 0..4095
    const int y = (k & 1) ? 9999 - static_cast<int>((k >> 1) % 64) : 1 + static_cast<int>((k >> 1) % 64);
    const auto m = month{1 + b[2] % 12u};
    const unsigned month_days = static_cast<unsigned>((year{y} / m / date::last).day());
    const auto d = day{1 + b[2] / 12u % month_days};
    return year{y} / m / d;
}

bool utf8_boundary(std::string_view text, std::uint32_t at) {
    return at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

void check_segmentation(std::string_view text, const crisis::Segmentation& seg, std::uint32_t from) {
    std::uint32_t prev_end = from;
    for (const crisis::Sentence& s : seg.sentences) {
        FUZZ_CHECK(s.span.begin <= s.span.end && s.span.end <= text.size());
        FUZZ_CHECK(s.span.begin >= prev_end);
        prev_end = s.span.end;
        FUZZ_CHECK(std::size_t{s.first_token} + s.token_count <= seg.tokens.size());
    }
    std::uint32_t prev = from;
    for (const crisis::Token& t : seg.tokens) {
        FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= text.size());
        FUZZ_CHECK(t.span.begin >= prev);
        prev = t.span.end;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) return 0;
    const date::year_month_day dct = dct_from(data);
    FUZZ_CHECK(dct.ok());
    const std::string text(reinterpret_cast<const char*>(data + 3), size - 3);

    std::uint32_t from = 0;
    if (const auto h = crisis::read_header(text); h && *h) from = (*h)->end;
    const crisis::Segmentation seg = crisis::segment(text, from);  // any bytes: never fails
    check_segmentation(text, seg, from);
    // The CLI only hands valid UTF-8 to the temporal stage (make_article checks it).
    if (crisis::first_invalid_utf8(text)) return 0;

    const auto timexes = crisis::find_timexes(text, seg, dct);
    std::uint32_t prev_end = 0;
    for (const crisis::Timex& t : timexes) {
        FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= text.size());
        FUZZ_CHECK(t.span.begin >= prev_end);  // sorted, never overlapping
        prev_end = t.span.end;
        FUZZ_CHECK(utf8_boundary(text, t.span.begin) && utf8_boundary(text, t.span.end));
        FUZZ_CHECK(!t.value.empty());
        if (t.date) {
            FUZZ_CHECK(t.date->first <= t.date->last);
            FUZZ_CHECK(!crisis::to_timex_value(*t.date).empty());
        }
        (void)crisis::parse_timex_value(t.value);
    }
    (void)crisis::parse_timex_value(std::string_view(text).substr(0, 16));
    return 0;
}
