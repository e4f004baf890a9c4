#include <crisis/export.hpp>

#include <catch2/catch.hpp>

TEST_CASE("a JSON Lines record gives text, date and metadata", "[ingest]") {
    std::string text;
    const auto f = crisis::read_jsonl_record(
        R"({"id":"a1","date":"2022-02-14","title":"Scholz in Kyiv","source":"Wire","url":"https://example.org/a","text":"Scholz arrived."})",
        text);
    REQUIRE(f);
    CHECK(text == "Scholz arrived.");
    CHECK(crisis::format_iso_date(*f->date) == "2022-02-14");
    CHECK(f->id == "a1");
    CHECK(f->title == "Scholz in Kyiv");
    CHECK(f->url == "https://example.org/a");
}

TEST_CASE("a JSON Lines date may carry a time", "[ingest]") {
    std::string text;
    const auto f = crisis::read_jsonl_record(R"({"date":"2022-02-14T08:00:00Z","text":"x"})", text);
    REQUIRE(f);
    CHECK(crisis::format_iso_date(*f->date) == "2022-02-14");
}

TEST_CASE("malformed JSON Lines records say what is wrong", "[ingest]") {
    std::string text;
    using crisis::IngestErrorCode;
    SECTION("truncated") {
        const auto f = crisis::read_jsonl_record(R"({"text": "abc)", text);
        REQUIRE_FALSE(f);
        CHECK(f.error().code == IngestErrorCode::malformed_record);
        CHECK(f.error().message.rfind("not valid JSON: ", 0) == 0);
    }
    SECTION("not an object") {
        CHECK(crisis::read_jsonl_record("[1,2]", text).error().message == "record is not a JSON object");
    }
    SECTION("no text") {
        CHECK(crisis::read_jsonl_record(R"({"date":"2022-01-01"})", text).error().message ==
              "record has no string field \"text\"");
    }
    SECTION("a field of the wrong type") {
        CHECK(crisis::read_jsonl_record(R"({"text":"x","title":3})", text).error().message ==
              "field \"title\" is not a string");
    }
    SECTION("an impossible date") {
        const auto f = crisis::read_jsonl_record(R"({"text":"x","date":"2022-02-30"})", text);
        CHECK(f.error().code == IngestErrorCode::bad_date);
        CHECK(f.error().message == "field \"date\" '2022-02-30' is not a calendar date");
    }
    SECTION("deeply nested") {
        auto nested = [](std::size_t n) {
            return "{\"text\":\"x\",\"n\":" + std::string(n, '[') + std::string(n, ']') + "}";
        };
        CHECK(crisis::read_jsonl_record(nested(999), text));  // 1000 levels with the record itself
        const auto f = crisis::read_jsonl_record(nested(1000), text);  // refused before parsing
        REQUIRE_FALSE(f);
        CHECK(f.error().code == IngestErrorCode::malformed_record);
        CHECK(f.error().message == "record nests arrays or objects more than 1000 levels deep");
        CHECK(crisis::read_jsonl_record("{\"text\":\"" + std::string(5000, '[') + "\"}", text));  // in a string
    }
    SECTION("a number out of range") {  // nlohmann throws out_of_range, not parse_error (fuzz_ingest)
        const auto f = crisis::read_jsonl_record(R"({"text":"x","n":[3e3333]})", text);
        REQUIRE_FALSE(f);
        CHECK(f.error().code == IngestErrorCode::malformed_record);
        CHECK(f.error().message.rfind("not valid JSON: number overflow", 0) == 0);
    }
    SECTION("invalid UTF-8") {
        const auto f = crisis::read_jsonl_record("{\"text\":\"caf\xe9\"}", text);
        CHECK(f.error().code == IngestErrorCode::invalid_utf8);
        CHECK(f.error().message == "not valid UTF-8 (first bad byte at offset 12 of the line)");
    }
    SECTION("the message of a truncated long record is short") {
        const auto f = crisis::read_jsonl_record("{\"text\":\"" + std::string(100000, 'a'), text);
        REQUIRE_FALSE(f);
        CHECK(f.error().message.size() < 200);
    }
}
