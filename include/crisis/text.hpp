// text: sentences and tokens with byte offsets, for news text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace crisis {

// A half-open byte range [begin, end) into an article's text exactly as read.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
    [[nodiscard]] constexpr bool contains(std::uint32_t offset) const noexcept {
        return begin <= offset && offset < end;
    }
    [[nodiscard]] constexpr bool overlaps(Span other) const noexcept {
        return begin < other.end && other.begin < end;
    }
    [[nodiscard]] std::string_view in(std::string_view text) const noexcept {
        return text.substr(begin, end - begin);
    }
    friend constexpr bool operator==(Span, Span) noexcept = default;
};

enum class TokenKind : std::uint8_t {
    word,    // letters, possibly with inner periods (U.S.) or inner hyphens of a name is NOT joined
    number,  // digits, possibly with inner ',' or '.' between digits (8,500; 3.5)
    punct,   // one punctuation mark; curly quotes and dashes are one token each
};

// One token. `lower` flags and shape helpers live in text.cpp helpers below.
struct Token {
    Span span;
    TokenKind kind = TokenKind::word;
    bool capitalised = false;  // first byte is an ASCII upper-case letter
    std::uint8_t newlines_before = 0;  // line breaks between the token before and this one (at most 255)
};

// One sentence: a span and the range of its tokens in Segmentation::tokens.
struct Sentence {
    Span span;
    std::uint32_t first_token = 0;
    std::uint32_t token_count = 0;
    std::uint32_t paragraph = 0;  // 0-based index; a blank line starts a new paragraph
};

struct Segmentation {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

// Splits `text` from byte `from` on (the part before is the header) into sentences and tokens.
// Knows news abbreviations (U.S., Dec., Mr., Gen., No. 10), initials, quotes inside sentences,
// curly quotes and dashes, headlines on their own line, and paragraphs. Never fails; any byte
// sequence gives a segmentation whose spans lie inside the text.
[[nodiscard]] Segmentation segment(std::string_view text, std::uint32_t from = 0);
// The same into `out`: its tokens and sentences are replaced, their capacity kept (a caller that
// segments many articles allocates them once).
void segment(std::string_view text, std::uint32_t from, Segmentation& out);

// The index of the sentence containing `offset`, or the last sentence that starts before it.
// Precondition: seg.sentences is not empty.
[[nodiscard]] std::size_t sentence_at(const Segmentation& seg, std::uint32_t offset) noexcept;

// ASCII lower-casing of a token's text into `out` (bytes >= 0x80 are copied unchanged).
void lower_into(std::string_view in, std::string& out);

}  // namespace crisis
