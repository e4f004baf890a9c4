// The buffers that the dates command keeps from one article to the next (a Segmentation segmented
// into again, a TimexScratch): whatever an earlier article left in them, the result is the one of
// a fresh call.
#include "temporal_rows.hpp"

#include <vector>

using namespace temporal_rows;

namespace {

// Articles of different lengths, so that the buffers both grow and shrink between two of them.
const std::vector<std::string> articles = {
    "On Dec. 17, 2021, Moscow sent its demands. The next day, NATO replied. Talks were held in Geneva on "
    "January 10 and in Brussels two days later. Last week, troops moved; tomorrow the council meets every week "
    "until the end of March, for about two months.",
    "They met yesterday.",
    "",
    "The ministers disagreed.",
    "Russia's foreign minister said on Tuesday that the U.S. reply, due Friday, would come in the "
    "third quarter.\n\nHEADLINE ON ITS OWN LINE\nThe 1990s were different, Mr. Lavrov said at 10 p.m. Wednesday.",
    "Talks ended on Sunday.",
};

std::string one_line(std::string_view text, const std::vector<crisis::Timex>& found) {
    std::string out;
    for (const crisis::Timex& t : found)
        out += std::string(t.span.in(text)) + ' ' + std::to_string(t.span.begin) + ' ' +
               std::string(crisis::to_string(t.type)) + ' ' + t.value + ' ' + t.mod + "; ";
    return out;
}

}  // namespace

TEST_CASE("a Segmentation segmented into again holds what segment() returns", "[text]") {
    crisis::Segmentation reused;
    for (int round = 0; round < 2; ++round) {
        for (const std::string& text : articles) {
            INFO("text: " << text);
            crisis::segment(text, 0, reused);
            const crisis::Segmentation fresh = crisis::segment(text);
            REQUIRE(reused.tokens.size() == fresh.tokens.size());
            for (std::size_t i = 0; i < fresh.tokens.size(); ++i) {
                CHECK(reused.tokens[i].span == fresh.tokens[i].span);
                CHECK(reused.tokens[i].kind == fresh.tokens[i].kind);
                CHECK(reused.tokens[i].newlines_before == fresh.tokens[i].newlines_before);
            }
            REQUIRE(reused.sentences.size() == fresh.sentences.size());
            for (std::size_t i = 0; i < fresh.sentences.size(); ++i) {
                CHECK(reused.sentences[i].span == fresh.sentences[i].span);
                CHECK(reused.sentences[i].first_token == fresh.sentences[i].first_token);
                CHECK(reused.sentences[i].paragraph == fresh.sentences[i].paragraph);
            }
        }
    }
}

TEST_CASE("find_timexes with a scratch kept across articles finds what a fresh call finds", "[temporal]") {
    crisis::TimexScratch scratch;
    crisis::Segmentation seg;
    for (int round = 0; round < 2; ++round) {
        for (const std::string& text : articles) {
            INFO("text: " << text);
            crisis::segment(text, 0, seg);
            const auto dct = article_date("2022-01-27");
            CHECK(one_line(text, crisis::find_timexes(text, seg, dct, scratch)) ==
                  one_line(text, crisis::find_timexes(text, crisis::segment(text), dct)));
        }
    }
}
