// Shared by the temporal tests: one-line dumps of what find_timexes returns, and rows of
// (text, article date, expected dump) checked one by one.
#pragma once

#include <crisis/temporal.hpp>
#include <crisis/text.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace temporal_rows {

// The article date of a row ("2022-01-27") as a calendar day.
inline date::year_month_day article_date(std::string_view iso) {
    const auto d = crisis::parse_timex_value(iso);
    REQUIRE(d);
    return date::year_month_day{d->first};
}

// One line for all results: `"text" TYPE VALUE [MOD]`, joined by "; ". Nothing found is "".
inline std::string dump(std::string_view text, std::string_view dct) {
    const auto found = crisis::find_timexes(text, crisis::segment(text), article_date(dct));
    std::string out;
    for (const crisis::Timex& t : found) {
        if (!out.empty()) out += "; ";
        out += '"';
        out += t.span.in(text);
        out += "\" ";
        out += crisis::to_string(t.type);
        out += ' ';
        out += t.value;
        if (!t.mod.empty()) {
            out += ' ';
            out += t.mod;
        }
    }
    return out;
}

struct Row {
    const char* text;
    const char* dct;       // the article date
    const char* expected;  // the dump of every expression of `text`
};

template <std::size_t N>
void check_rows(const Row (&rows)[N]) {
    for (const Row& r : rows) {
        INFO("text: " << r.text << "\narticle date: " << r.dct);
        CHECK(dump(r.text, r.dct) == r.expected);
    }
}

// Like dump, with the byte offsets first and without the type: `[29,36) "Tuesday" 2022-01-25`.
inline std::string dump_spans(std::string_view text, std::string_view dct) {
    const auto found = crisis::find_timexes(text, crisis::segment(text), article_date(dct));
    std::string out;
    for (const crisis::Timex& t : found) {
        if (!out.empty()) out += "; ";
        out += '[' + std::to_string(t.span.begin) + ',' + std::to_string(t.span.end) + ") \"";
        out += t.span.in(text);
        out += "\" ";
        out += t.value;
    }
    return out;
}

}  // namespace temporal_rows
