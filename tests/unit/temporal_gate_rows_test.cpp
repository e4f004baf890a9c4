// The scan's gate at articles and month words (Tok::begins): a row per rule of gate_marks and
// capitalised_classes, the token's gate as make_tokens sets it.
#include "temporal/scanner.hpp"

#include <crisis/text.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using namespace crisis;
using namespace crisis::temporal;

struct GateRow {
    const char* text;
    std::size_t token;  // the token whose gate is checked
    bool begins;
};

const std::vector<GateRow> gate_rows{
    {"It issued a statement.", 2, false},             // an article before a noun
    {"It ended a year ago.", 2, true},                // before a unit
    {"It lasted an hour.", 2, true},
    {"They met a few days later.", 2, true},          // before a fuzzy count
    {"They met a couple of days later.", 2, true},    // before a beginning word
    {"It took a dozen years.", 2, true},              // before a number word
    {"It may take an additional year.", 3, true},     // before a count extension
    {"It may take a trading day.", 3, true},          // before a day kind
    {"It took a while.", 2, true},                    // the head of a row
    {"He left a fortnight ago.", 2, true},
    {"It may rain.", 1, false},                       // a month word in lower case
    {"It will march on.", 2, false},
    {"They met in May.", 3, true},                    // capitalised
    {"They met in March 2020.", 3, true},
};

}  // namespace

TEST_CASE("the gate opens at an article only before what may follow it, at a month only capitalised", "[temporal]") {
    for (const GateRow& r : gate_rows) {
        const std::string text = r.text;
        const Segmentation seg = segment(text);
        std::string lowered;
        lower_into(text, lowered);
        const std::vector<Tok> toks = make_tokens(seg, text, lowered);
        INFO(r.text << " at token " << r.token);
        REQUIRE(r.token < toks.size());
        CHECK(toks[r.token].begins == r.begins);
    }
}
