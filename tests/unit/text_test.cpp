#include <crisis/text.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> sentences(std::string_view text) {
    const auto seg = crisis::segment(text);
    std::vector<std::string> out;
    for (const auto& s : seg.sentences) out.emplace_back(s.span.in(text));
    return out;
}

std::vector<std::string> tokens(std::string_view text) {
    const auto seg = crisis::segment(text);
    std::vector<std::string> out;
    for (const auto& t : seg.tokens) out.emplace_back(t.span.in(text));
    return out;
}

}  // namespace

TEST_CASE("sentences end at terminal punctuation followed by a capitalised word", "[text]") {
    CHECK(sentences("Talks failed. Troops moved.") == std::vector<std::string>{"Talks failed.", "Troops moved."});
    CHECK(sentences("Did they agree? No!") == std::vector<std::string>{"Did they agree?", "No!"});
}

TEST_CASE("abbreviations do not end sentences", "[text]") {
    SECTION("titles") {
        CHECK(sentences("Mr. Putin met Gen. Milley in Geneva.").size() == 1);
    }
    SECTION("initialisms") {
        CHECK(sentences("The U.S. Secretary of State spoke. He left.").size() == 2);
        CHECK(tokens("The U.S. envoy")[1] == "U.S.");
    }
    SECTION("a.m. and p.m. end a sentence before a capitalised word that is no time zone") {
        CHECK(sentences("Flags went up at 10 a.m. Defence officials cautioned.").size() == 2);
        CHECK(sentences("Talks began at 9 p.m. Moscow time, Russia said.").size() == 1);
        CHECK(sentences("Talks began at 9 p.m. GMT in Geneva.").size() == 1);
        CHECK(sentences("Polls closed at 10 p.m. Wednesday in the capital.").size() == 1);
        CHECK(sentences("Talks resume at 9 a.m. Nov. 9 in Geneva.").size() == 1);
        CHECK(sentences("The vote ends at 5 p.m. February 3, officials said.").size() == 1);
    }
    SECTION("month abbreviations before a number") {
        CHECK(sentences("It was set for Dec. 17 in Geneva. Then it moved.").size() == 2);
    }
    SECTION("No. before a number") {
        CHECK(sentences("He spoke at No. 10 Downing Street. Nobody listened.").size() == 2);
    }
    SECTION("initials of a name") {
        CHECK(sentences("John F. Kennedy spoke in Berlin.").size() == 1);
    }
}

TEST_CASE("a closing quote after the period stays in the sentence", "[text]") {
    const auto s = sentences("He said \u201Cno.\u201D Then he left.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "He said \u201Cno.\u201D");
}

TEST_CASE("a quote inside a sentence does not split it", "[text]") {
    CHECK(sentences("The response left \u201Clittle ground for optimism,\u201D the Kremlin said.").size() == 1);
}

TEST_CASE("blank lines start paragraphs and headlines stand alone", "[text]") {
    const std::string text = "Kyiv has no objections\nThe minister spoke.\n\nA new paragraph starts here.";
    const auto seg = crisis::segment(text);
    REQUIRE(seg.sentences.size() == 3);
    CHECK(seg.sentences[0].span.in(text) == "Kyiv has no objections");
    CHECK(seg.sentences[1].paragraph == 0);
    CHECK(seg.sentences[2].paragraph == 1);
}

TEST_CASE("tokens keep numbers, possessives and curly punctuation apart", "[text]") {
    CHECK(tokens("8,500 troops") == std::vector<std::string>{"8,500", "troops"});
    CHECK(tokens("Russia's demands") == std::vector<std::string>{"Russia", "'s", "demands"});
    CHECK(tokens("Russia\u2019s") == std::vector<std::string>{"Russia", "\u2019s"});
    CHECK(tokens("US \u2014 and NATO") == std::vector<std::string>{"US", "\u2014", "and", "NATO"});
    CHECK(tokens("Jan 26th") == std::vector<std::string>{"Jan", "26th"});
    CHECK(tokens("the 1990s") == std::vector<std::string>{"the", "1990s"});
    CHECK(tokens("mid-February") == std::vector<std::string>{"mid", "-", "February"});
}

TEST_CASE("segmentation starts after the header and keeps byte offsets", "[text]") {
    const std::string text = " date 2022-01-27 Talks failed. Troops moved.";
    const auto seg = crisis::segment(text, 17);
    REQUIRE(seg.sentences.size() == 2);
    CHECK(seg.sentences[0].span.begin == 17);
    CHECK(seg.sentences[0].span.in(text) == "Talks failed.");
    CHECK(crisis::sentence_at(seg, 35) == 1);
}

TEST_CASE("any bytes give spans inside the text", "[text]") {
    static constexpr char bytes[] = "\xff\xfe abc\0def. \xe2\x80";
    const std::string text(bytes, sizeof bytes - 1);  // the NUL inside included, the final one not
    const auto seg = crisis::segment(text);
    for (const auto& t : seg.tokens) CHECK(t.span.end <= text.size());
}
