// The scan's gate (Tok::begins: may_begin, may_follow_the): a token it skips is one where no recogniser finds anything.
#include "temporal/scanner.hpp"

#include <crisis/text.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using namespace crisis;
using namespace crisis::temporal;

// Every token where the gate says no (Tok::begins): the recognisers, asked without the gate,
// find nothing, neither alone (core) nor with what may stand before an expression (best: "the",
// modifiers).
void check_gate(const std::string& text) {
    const Segmentation seg = segment(text);
    std::string lowered;
    lower_into(text, lowered);
    std::vector<Tok> toks = make_tokens(seg, text, lowered);
    for (const Sentence& s : seg.sentences) {
        const Scanner sc{toks, s.first_token, s.first_token + s.token_count};
        for (std::uint32_t k = sc.first; k < sc.last; ++k) {
            if (toks[k].begins) continue;
            INFO(text << " at token '" << toks[k].lower << "'");
            CHECK_FALSE(sc.core(k).has_value());
            toks[k].begins = true;  // the gate opened at k only: what follows keeps its own
            CHECK_FALSE(sc.best(k).has_value());
            toks[k].begins = false;
        }
    }
}

// A sentence around `words`, in a past and a future clause, lower case and capitalised.
std::vector<std::string> contexts(std::string words) {
    std::string cap = words;
    if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
    return {"Officials met " + words + " in Kyiv, after talks on 5 March 2022.",
            cap + " the talks will resume, officials said on Friday.",
            "The ministers said " + words + " 2021 and " + words + " the day before, about three weeks ago."};
}

// The text of a file; TimeML tags ("<TIMEX3 ...>") dropped.
std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string out;
    bool tag = false;
    for (const char c : raw) {
        if (c == '<') tag = true;
        else if (c == '>') tag = false;
        else if (!tag) out += c;
    }
    return out;
}

// Every file of `dir` ending in `ext` (none when the folder is absent).
std::vector<std::filesystem::path> files_of(const std::filesystem::path& dir, std::string_view ext) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ext) out.push_back(e.path());
    return out;
}

}  // namespace

TEST_CASE("the scan skips only tokens where no recogniser begins", "[temporal]") {
    SECTION("around every phrase, holiday and lexicon word") {
        for (const Phrase& p : phrases)
            for (const auto& t : contexts(std::string(p.words))) check_gate(t);
        for (const Holiday& h : holidays)
            for (const auto& t : contexts(std::string(h.words))) check_gate(t);
        for (const Entry& e : entries)
            for (const auto& t : contexts(std::string(e.word))) check_gate(t);
        for (const std::string_view q : year_qualifiers)  // "the fiscal year": "the" before a word without a class
            for (const auto& t : contexts("the " + std::string(q) + " year")) check_gate(t);
        for (const auto& t : contexts("the comparable quarter and the same period")) check_gate(t);
    }
    SECTION("the example articles and the TempEval-3 documents") {
        for (const auto& f : files_of(std::filesystem::path(CRISIS_SOURCE_DIR) / "examples" / "ukraine-2022", ".txt"))
            check_gate(file_text(f));
        for (const auto& f : files_of(std::filesystem::path(CRISIS_SHARED_DIR) / "te3-train" / "tml", ".tml"))
            check_gate(file_text(f));
    }
    SECTION("news prose") {
        check_gate("date 2022-01-27\nRussian forces massed near the border on Jan. 26, and Western leaders met in "
                   "Geneva the following week. The drill will last ten days; talks resume next Tuesday at 10 a.m. "
                   "GMT, two days after the summit of Dec. 17, 2021. In the third quarter of fiscal 2021 sales rose "
                   "8.5% from the year-ago period. Every Thursday, the 1990s, the nineties, mid-2014, Q3 2021.");
    }
}
