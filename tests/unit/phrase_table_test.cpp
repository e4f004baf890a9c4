// The phrase tables of the actors and events stages: their filters turn words away without a
// hash-table probe, and must never turn away a word or a phrase the table holds.
#include "actors/tsv.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using crisis::detail::PhraseTable;
using crisis::detail::WordFilter;

// Tokens as the stages see them: lower-cased, one string each.
std::vector<std::string> words(std::initializer_list<const char*> ws) { return {ws.begin(), ws.end()}; }

}  // namespace

TEST_CASE("a word filter holds every word added to it", "[actors]") {
    WordFilter f;
    std::vector<std::string> added;
    for (int i = 0; i < 5000; ++i) added.push_back("w" + std::to_string(i * 7919) + (i % 3 == 0 ? "-long-suffix" : ""));
    for (const std::string& w : added) f.add(w);
    for (const std::string& w : added) CHECK(f.may_hold(w));
    // and turns most others away (one hash over 64 K bits: about 8% held with 5,000 words)
    int held = 0;
    for (int i = 0; i < 5000; ++i) held += f.may_hold("x" + std::to_string(i)) ? 1 : 0;
    CHECK(held < 1000);
    CHECK_FALSE(WordFilter{}.may_hold(""));
}

TEST_CASE("a phrase table finds the longest phrase, and only at a word that begins one", "[actors]") {
    PhraseTable<int> t;
    t.add("White House", 1);
    t.add("the White House", 2);
    t.add("the Kremlin", 3);
    t.add("Kremlin", 4);
    struct Row {
        std::vector<std::string> tokens;
        std::size_t at;
        std::size_t words;  // 0: no phrase
        int value;
    };
    const std::vector<Row> rows{
        {words({"the", "white", "house", "said"}), 0, 3, 2},
        {words({"the", "white", "house", "said"}), 1, 2, 1},
        {words({"the", "white", "paper"}), 0, 0, 0},  // "the white" begins a phrase but is none
        {words({"the", "kremlin"}), 0, 2, 3},
        {words({"kremlin", "sources"}), 0, 1, 4},
        {words({"the", "embassy"}), 0, 0, 0},
        {words({"house", "white"}), 0, 0, 0},
    };
    for (const Row& r : rows) {
        const auto hit = t.longest(r.tokens, r.at, r.tokens.size());
        INFO(r.tokens[r.at] << " at " << r.at);
        if (r.words == 0) {
            CHECK_FALSE(hit);
        } else {
            REQUIRE(hit);
            CHECK(hit->words == r.words);
            CHECK(*hit->value == r.value);
        }
    }
    CHECK(t.may_start("the"));
    CHECK(t.may_start("white"));
    CHECK_FALSE(t.may_start("house"));
    CHECK(t.prefixes.may_hold("the white"));
    CHECK(t.prefixes.may_hold("the white house"));
}
