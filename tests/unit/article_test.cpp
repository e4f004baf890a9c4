#include <crisis/article.hpp>

#include <catch2/catch.hpp>

#include <string>

using crisis::IngestErrorCode;

namespace {

crisis::ArticleFields with_date(std::string_view iso, bool overrides = false) {
    crisis::ArticleFields f;
    f.date = crisis::parse_iso_date(iso);
    f.date_overrides_header = overrides;
    return f;
}

constexpr std::size_t limit = 1 << 20;

}  // namespace

TEST_CASE("the inline header gives the article date", "[ingest]") {
    SECTION("header sharing its line with the first paragraph, leading space") {
        const std::string text = " date 2022-01-27 The US rejection left little room.";
        const auto h = crisis::read_header(text);
        REQUIRE(h);
        REQUIRE(*h);
        CHECK(crisis::format_iso_date((*h)->date) == "2022-01-27");
        CHECK(text.substr((*h)->end) == "The US rejection left little room.");
    }
    SECTION("header on its own line") {
        const auto h = crisis::read_header("date 2022-02-14\n\nScholz arrived.");
        REQUIRE(h);
        REQUIRE(*h);
        CHECK((*h)->end == 17);
    }
    SECTION("a byte order mark before the header") {
        const auto h = crisis::read_header("\xEF\xBB\xBF" "date 2022-02-14 Text.");
        REQUIRE(h);
        CHECK(h->has_value());
    }
    SECTION("no header") {
        const auto h = crisis::read_header("The date of the talks is unknown.");
        REQUIRE(h);
        CHECK_FALSE(h->has_value());
    }
    SECTION("a word starting with 'date' is not a header") {
        const auto h = crisis::read_header("dated 2022-01-27 documents");
        REQUIRE(h);
        CHECK_FALSE(h->has_value());
    }
}

TEST_CASE("impossible header dates are errors, not guesses", "[ingest]") {
    for (const char* bad : {"date 2022-02-30 x", "date 0000-01-01 x", "date 99999-01-01 x", "date 2022-13-01 x"}) {
        CAPTURE(bad);
        const auto h = crisis::read_header(bad);
        REQUIRE_FALSE(h);
        CHECK(h.error().code == IngestErrorCode::bad_date);
    }
    CHECK(crisis::read_header("date 2022-02-30 x").error().message ==
          "header date '2022-02-30' is not a calendar date");
}

TEST_CASE("ISO dates are parsed strictly", "[ingest]") {
    CHECK(crisis::parse_iso_date("2024-02-29"));
    CHECK_FALSE(crisis::parse_iso_date("2023-02-29"));
    CHECK_FALSE(crisis::parse_iso_date("2023-2-09"));
    CHECK_FALSE(crisis::parse_iso_date("20230209"));
    CHECK_FALSE(crisis::parse_iso_date("2023-02-09x"));
    CHECK(crisis::format_iso_date(*crisis::parse_iso_date("0999-12-01")) == "0999-12-01");
}

TEST_CASE("UTF-8 validation finds the first bad byte", "[ingest]") {
    CHECK_FALSE(crisis::first_invalid_utf8("Kyiv \u2014 \u041a\u0438\u0457\u0432 \U0001F600"));
    CHECK(crisis::first_invalid_utf8("ab\xff") == 2u);
    CHECK(crisis::first_invalid_utf8("ab\xc3") == 2u);          // truncated sequence
    CHECK(crisis::first_invalid_utf8("\xc0\xaf") == 0u);        // overlong
    CHECK(crisis::first_invalid_utf8("\xed\xa0\x80") == 0u);    // surrogate
}

TEST_CASE("make_article picks the date: --dct over header over record field", "[ingest]") {
    const std::string text = "date 2022-01-27 Talks failed.";
    SECTION("header") {
        const auto a = crisis::make_article("a.txt", text, {}, limit);
        REQUIRE(a);
        CHECK(crisis::format_iso_date(a->date) == "2022-01-27");
        CHECK(a->body_begin == 16);
    }
    SECTION("--dct overrides the header") {
        const auto a = crisis::make_article("a.txt", text, with_date("2022-03-01", true), limit);
        REQUIRE(a);
        CHECK(crisis::format_iso_date(a->date) == "2022-03-01");
    }
    SECTION("record date when there is no header") {
        const auto a = crisis::make_article("a.jsonl:1", "Talks failed.", with_date("2022-02-02"), limit);
        REQUIRE(a);
        CHECK(crisis::format_iso_date(a->date) == "2022-02-02");
    }
    SECTION("no date at all") {
        const auto a = crisis::make_article("a.txt", "Talks failed.", {}, limit);
        REQUIRE_FALSE(a);
        CHECK(a.error().code == IngestErrorCode::no_date);
        CHECK(a.error().message == "no article date: add a header line 'date YYYY-MM-DD' or pass --dct");
    }
}

TEST_CASE("make_article rejects empty, oversized and non-UTF-8 input with a reason", "[ingest]") {
    CHECK(crisis::make_article("a", "", {}, limit).error().code == IngestErrorCode::empty);
    CHECK(crisis::make_article("a", " \n\t", {}, limit).error().code == IngestErrorCode::empty);
    CHECK(crisis::make_article("a", "date 2022-01-27\n", {}, limit).error().code == IngestErrorCode::empty);
    CHECK(crisis::make_article("a", "date 2022-01-27 \xff", {}, limit).error().message ==
          "not valid UTF-8 (first bad byte at offset 16)");
    CHECK(crisis::make_article("a", "date 2022-01-27 abc", {}, 10).error().message ==
          "article is 19 bytes, more than the limit of 10 (--max-article-bytes)");
}

TEST_CASE("article ids are stable and derived from content", "[ingest]") {
    const auto a = crisis::make_article("x/a.txt", "date 2022-01-27 Talks failed.", {}, limit);
    const auto b = crisis::make_article("y/b.txt", "date 2022-01-27 Talks failed.", {}, limit);
    const auto c = crisis::make_article("x/a.txt", "date 2022-01-28 Talks failed.", {}, limit);
    REQUIRE((a && b && c));
    CHECK(a->id == b->id);
    CHECK(a->id != c->id);
    CHECK(a->id.size() == 16);
    CHECK(crisis::content_id("") == "cbf29ce484222325");
}

TEST_CASE("a short first line without final punctuation is the article's title", "[ingest]") {
    const auto titled = crisis::make_article("a.txt", "date 2022-02-14\nScholz flies to Kyiv\n\nThe chancellor left.", {}, limit);
    REQUIRE(titled);
    CHECK(titled->title == "Scholz flies to Kyiv");
    const auto untitled = crisis::make_article("b.txt", " date 2022-01-27 The talks failed.\n\nMore text.", {}, limit);
    REQUIRE(untitled);
    CHECK_FALSE(untitled->title);
    const auto one_line = crisis::make_article("c.txt", "date 2022-01-27\nTalks failed on Monday", {}, limit);
    REQUIRE(one_line);
    CHECK_FALSE(one_line->title);
    crisis::ArticleFields f;
    f.title = "Given";
    CHECK(crisis::make_article("d.jsonl:1", "date 2022-01-27\nHeadline here\nBody.", f, limit)->title == "Given");
}
