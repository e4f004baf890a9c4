#include <crisis/text.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <utility>

namespace crisis {

namespace {

// Words after which a period never ends a sentence (titles and honorifics).
constexpr std::array<std::string_view, 24> title_abbreviations{
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "gov", "sen", "rep", "prof", "st", "rev", "hon", "pres", "amb", "gens", "messrs", "sr"};

// Words after which a period does not end a sentence when a number follows ("Dec. 17", "No. 10").
constexpr std::array<std::string_view, 18> numeric_abbreviations{
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "art", "p", "pp", "vol"};

// Words after which a period never ends a sentence whatever follows.
constexpr std::array<std::string_view, 8> inner_abbreviations{
    "e.g", "i.e", "etc", "vs", "approx", "inc", "corp", "co"};

// Multi-byte UTF-8 punctuation that news text uses; each becomes one punct token.
constexpr std::array<std::string_view, 12> utf8_punctuation{
    "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", "\u00AB", "\u00BB",
    "\u2032", "\u201E", "\u2212"};

// Words that go on a clock time rather than start a sentence ("10 p.m. Wednesday", "5 p.m. Nov. 9").
constexpr std::array<std::string_view, 32> clock_followers{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Today"};

constexpr std::array<std::string_view, 2> utf8_spaces{"\u00A0", "\u2009"};

constexpr bool is_ascii_alpha(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(unsigned char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(unsigned char c) noexcept { return c >= 'a' && c <= 'z'; }

// What the tokenizer does with a byte, one table lookup per byte.
enum class Byte : std::uint8_t {
    other,    // ASCII punctuation: one token
    newline,  // '\n'
    space,    // ' ', '\t', '\r', '\f', '\v', NUL
    lead,     // 0xC2 or 0xE2: may begin one of the UTF-8 punctuation marks or spaces above
    digit,    // from here on: bytes that always continue a word
    alpha,    // ASCII letter
    high,     // any other byte >= 0x80: part of a word
};
constexpr bool continues_word(Byte b) noexcept { return b >= Byte::digit; }
constexpr std::array<Byte, 256> byte_classes = [] {
    std::array<Byte, 256> t{};
    for (unsigned c = 0; c < 256; ++c) {
        Byte b = Byte::other;
        if (c == '\n') b = Byte::newline;
        else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0) b = Byte::space;
        else if (is_digit(static_cast<unsigned char>(c))) b = Byte::digit;
        else if (is_ascii_alpha(static_cast<unsigned char>(c))) b = Byte::alpha;
        else if (c >= 0x80) b = Byte::high;
        t[c] = b;
    }
    for (const auto& table : {std::span<const std::string_view>(utf8_punctuation), std::span<const std::string_view>(utf8_spaces)})
        for (const std::string_view p : table) t[static_cast<unsigned char>(p[0])] = Byte::lead;
    return t;
}();
inline Byte byte_class(char c) noexcept { return byte_classes[static_cast<unsigned char>(c)]; }

// How many of the eight bytes at p, from the first, are ASCII letters or digits (8: all of
// them), tested all at once: each byte b < 0x80 of a word v gets the high bit of b + (0x80 - lo)
// when b >= lo, with no carry into the next byte. A byte >= 0x80 stops the count (its carry can
// only reach the bytes after it, which the count never looks at).
inline std::size_t alnum_prefix(const char* p) noexcept {
    std::uint64_t x = 0;
    std::memcpy(&x, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    const auto at_least = [](std::uint64_t v, std::uint64_t lo) { return v + ones * (0x80 - lo); };
    const auto above = [](std::uint64_t v, std::uint64_t hi) { return v + ones * (0x7F - hi); };
    const std::uint64_t folded = x | (ones * 0x20);  // 'A'..'Z' -> 'a'..'z'
    const std::uint64_t letter = at_least(folded, 'a') & ~above(folded, 'z');
    const std::uint64_t digit = at_least(x, '0') & ~above(x, '9');
    const std::uint64_t stop = (~(letter | digit) | x) & high;
    return stop == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(stop)) / 8;
}

template <std::size_t N>
std::size_t match_any(std::string_view text, std::size_t i, const std::array<std::string_view, N>& table) noexcept {
    for (std::string_view p : table) {
        if (i < text.size() && !p.empty() && text[i] != p[0]) continue;  // the first byte differs: no call to memcmp
        if (text.substr(i, p.size()) == p) return p.size();
    }
    return 0;
}

template <std::size_t N>
bool contains_word(const std::array<std::string_view, N>& table, std::string_view lower) noexcept {
    return std::find(table.begin(), table.end(), lower) != table.end();
}

// A byte that continues a word: ASCII letters and digits, and any non-ASCII byte that is not
// part of the punctuation or spaces above (letters of other scripts, accents, emoji).
bool word_byte(std::string_view text, std::size_t i) noexcept {
    switch (byte_class(text[i])) {
        case Byte::digit:
        case Byte::alpha:
        case Byte::high: return true;
        case Byte::lead: return match_any(text, i, utf8_punctuation) == 0 && match_any(text, i, utf8_spaces) == 0;
        default: return false;
    }
}

bool is_apostrophe_at(std::string_view text, std::size_t i) noexcept {
    return text[i] == '\'' || text.substr(i, 3) == "\u2019";
}

// The end of the word that begins at byte i.
inline std::size_t word_end(std::string_view text, std::size_t i) noexcept {
    std::size_t j = i;
    bool inner_period = false;
    while (j < text.size()) {
        if constexpr (std::endian::native == std::endian::little) {
            if (j + 8 <= text.size()) {  // a run of ASCII letters and digits, eight bytes at a time
                const std::size_t run = alnum_prefix(text.data() + j);
                j += run;
                if (run == 8) continue;
            }
        }
        const Byte b = byte_class(text[j]);
        if (continues_word(b)) { ++j; continue; }
        if (b == Byte::lead && word_byte(text, j)) { ++j; continue; }
        // inner periods of initialisms: U.S., U.N., e.g.
        if (text[j] == '.' && j + 1 < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[j + 1])) &&
            j - i <= 2 && j + 2 < text.size() && text[j + 2] == '.') {
            j += 2;
            inner_period = true;
            continue;
        }
        break;
    }
    // the final period of an initialism ("U.S.") belongs to it
    if (inner_period && j < text.size() && text[j] == '.') ++j;
    return j;
}

// The end of the number that begins at byte i.
inline std::size_t number_end(std::string_view text, std::size_t i) noexcept {
    std::size_t j = i;
    while (j < text.size()) {
        const auto c = static_cast<unsigned char>(text[j]);
        if (is_digit(c)) { ++j; continue; }
        if ((c == ',' || c == '.') && j + 1 < text.size() &&
            is_digit(static_cast<unsigned char>(text[j + 1])) && j > i) { ++j; continue; }
        break;
    }
    // ordinal and plural suffixes: 26th, 1st, 1990s
    std::size_t k = j;
    while (k < text.size() && k - j < 2 && is_lower(static_cast<unsigned char>(text[k]))) ++k;
    const std::string_view suffix = text.substr(j, k - j);
    if ((k == text.size() || !word_byte(text, k)) &&
        (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" || suffix == "s"))
        j = k;
    return j;
}

// Appends the token [b, e) of the text.
inline void push(std::vector<Token>& tokens, std::string_view text, std::size_t b, std::size_t e, TokenKind kind,
          std::uint32_t newlines) {
    tokens.push_back(Token{Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, kind,
                           is_upper(static_cast<unsigned char>(text[b])),
                           static_cast<std::uint8_t>(std::min<std::uint32_t>(newlines, 255))});
}

// The tokens of text from byte i on, appended to `tokens`. (The text is a parameter, not a member
// read through a pointer: the one-byte stores of a token would make the compiler reload it.)
void tokenize(std::string_view text, std::size_t i, std::vector<Token>& tokens) {
    std::uint32_t newlines = 0;
    while (i < text.size()) {
        const Byte b = byte_class(text[i]);
        if (b == Byte::alpha) {  // the most frequent: a word
            const std::size_t e = word_end(text, i);
            push(tokens, text, i, e, TokenKind::word, newlines);
            i = e;
            newlines = 0;
            if (i < text.size() && text[i] == ' ') ++i;  // the most frequent after a word: one space
            continue;
        }
        if (b == Byte::newline) { ++newlines; ++i; continue; }
        if (b == Byte::space) { ++i; continue; }
        if (b == Byte::lead) {
            if (const std::size_t n = match_any(text, i, utf8_spaces)) { i += n; continue; }
        }
        if (b == Byte::digit) {
            const std::size_t e = number_end(text, i);
            push(tokens, text, i, e, TokenKind::number, newlines);
            i = e;
        } else if ((b == Byte::other || b == Byte::lead) && is_apostrophe_at(text, i) && !tokens.empty() &&
                   tokens.back().span.end == i && tokens.back().kind == TokenKind::word) {
            // possessive or contraction: "Russia's" -> "Russia" + "'s"
            const std::size_t a = text[i] == '\'' ? 1 : 3;
            std::size_t e = i + a;
            while (e < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[e]))) ++e;
            push(tokens, text, i, e, e > i + a ? TokenKind::word : TokenKind::punct, newlines);
            i = e;
        } else if (b == Byte::alpha || b == Byte::high || (b == Byte::lead && word_byte(text, i))) {
            const std::size_t e = word_end(text, i);
            push(tokens, text, i, e, TokenKind::word, newlines);
            i = e;
        } else if (const std::size_t n = b == Byte::lead ? match_any(text, i, utf8_punctuation) : 0) {
            push(tokens, text, i, i + n, TokenKind::punct, newlines);
            i += n;
        } else {
            push(tokens, text, i, i + 1, TokenKind::punct, newlines);
            ++i;
        }
        newlines = 0;
    }
}

// A token's text (its span lies inside the text: no bounds check).
std::string_view view(std::string_view text, Span s) noexcept { return {text.data() + s.begin, s.size()}; }

bool is_terminal(std::string_view t) noexcept {
    return t == "." || t == "!" || t == "?" || t == "\u2026";
}
// "a.m." / "p.m." carry their period; before a capitalised word that is no time zone ("10 a.m.
// Defence officials", not "10 a.m. GMT" or "10 a.m. Moscow time") the period ends the sentence too.
bool clock_period_ends(std::string_view text, std::span<const Token> tokens, std::size_t k) {
    const std::string_view t = tokens[k].span.in(text);
    if ((t != "a.m." && t != "p.m.") || k + 1 >= tokens.size() || !tokens[k + 1].capitalised) return false;
    const std::string_view next = tokens[k + 1].span.in(text);
    const bool zone = next.size() <= 4 && std::all_of(next.begin(), next.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool local_time = k + 2 < tokens.size() && tokens[k + 2].span.in(text) == "time";
    const bool date = std::find(clock_followers.begin(), clock_followers.end(), next) != clock_followers.end();
    return !zone && !local_time && !date;
}

// The length of the longest word of the abbreviation tables.
constexpr std::size_t longest_abbreviation = [] {
    std::size_t n = 0;
    for (const std::string_view w : title_abbreviations) n = std::max(n, w.size());
    for (const std::string_view w : numeric_abbreviations) n = std::max(n, w.size());
    for (const std::string_view w : inner_abbreviations) n = std::max(n, w.size());
    return n;
}();

bool is_closing(std::string_view t) noexcept {
    return t == "\"" || t == "'" || t == "\u201D" || t == "\u2019" || t == ")" || t == "]" || t == "\u00BB";
}

// Whether the period ending at token `k` is an abbreviation's, given what follows.
bool abbreviation_period(std::string_view text, std::span<const Token> tokens, std::size_t k) {
    if (k == 0) return false;
    const Token& prev = tokens[k - 1];
    if (prev.span.end != tokens[k].span.begin || prev.kind != TokenKind::word) return false;
    if (prev.span.size() > longest_abbreviation) return false;  // no table below holds a word that long
    std::array<char, longest_abbreviation> buffer{};  // lower-cased here, not into a std::string
    const std::string_view word = prev.span.in(text);
    for (std::size_t i = 0; i < word.size(); ++i)
        buffer[i] = static_cast<char>(word[i] + (is_upper(static_cast<unsigned char>(word[i])) ? 'a' - 'A' : 0));
    const std::string_view lower(buffer.data(), word.size());
    const Token* next = k + 1 < tokens.size() ? &tokens[k + 1] : nullptr;
    if (contains_word(title_abbreviations, lower) || contains_word(inner_abbreviations, lower)) return true;
    if (lower.size() == 1 && prev.capitalised) return true;  // an initial: "John F. Kennedy"
    if (contains_word(numeric_abbreviations, lower) && next && next->kind == TokenKind::number) return true;
    return false;
}

}  // namespace

void lower_into(std::string_view in, std::string& out) {
    out.resize(in.size());
    const char* src = in.data();
    char* dst = out.data();  // a loop over two plain pointers, which the compiler vectorises
    for (std::size_t i = 0, n = in.size(); i < n; ++i) {
        const char c = src[i];
        dst[i] = static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) ? 'a' - 'A' : 0));
    }
}

Segmentation segment(std::string_view text, std::uint32_t from) {
    Segmentation seg;
    segment(text, from, seg);
    return seg;
}

void segment(std::string_view text, std::uint32_t from, Segmentation& seg) {
    seg.tokens.clear();
    seg.sentences.clear();
    seg.tokens.reserve(text.size() / 5 + 1);
    tokenize(text, std::min<std::size_t>(from, text.size()), seg.tokens);
    seg.sentences.reserve(seg.tokens.size() / 16 + 1);  // news sentences run to about 25 tokens
    const std::span<const Token> tokens(seg.tokens);  // (not reloaded from seg after each sentence)
    std::uint32_t paragraph = 0;
    std::size_t start = 0;
    std::size_t line_tokens = 0;  // tokens since the last newline
    auto close = [&](std::size_t end_exclusive) {
        if (end_exclusive <= start) return;
        seg.sentences.push_back(Sentence{Span{tokens[start].span.begin, tokens[end_exclusive - 1].span.end},
                                         static_cast<std::uint32_t>(start),
                                         static_cast<std::uint32_t>(end_exclusive - start), paragraph});
        start = end_exclusive;
    };
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::uint32_t nl = tokens[k].newlines_before;
        if (nl > 0 && k > start) {
            // A blank line ends the paragraph; a single newline ends a headline-like line (no
            // terminal punctuation and short), otherwise it is a wrapped line.
            const std::string_view last = view(text, tokens[k - 1].span);
            const bool headline = line_tokens <= 20 && !last.empty() && last != "," && last != ";";
            if (nl >= 2 || headline) close(k);
        }
        if (nl >= 2 && k > 0) ++paragraph;
        if (nl > 0) line_tokens = 0;
        ++line_tokens;

        // only punctuation can be terminal, only a word of four bytes "a.m."/"p.m."
        const std::string_view t = view(text, tokens[k].span);
        const bool ends = tokens[k].kind == TokenKind::punct ? is_terminal(t)
                          : tokens[k].kind == TokenKind::word && t.size() == 4 && clock_period_ends(text, tokens, k);
        if (!ends) continue;
        if (t == "." && abbreviation_period(text, tokens, k)) continue;
        std::size_t end = k + 1;
        while (end < tokens.size() && tokens[end].newlines_before == 0 && is_closing(view(text, tokens[end].span)) &&
               tokens[end].span.begin == tokens[end - 1].span.end)
            ++end;
        if (end == tokens.size()) continue;  // the last sentence is closed after the loop
        const Token& next = tokens[end];
        const bool separated = next.span.begin > tokens[end - 1].span.end;
        const auto first = static_cast<unsigned char>(text[next.span.begin]);
        const bool starts = next.capitalised || next.kind == TokenKind::number || first >= 0x80 ||
                            first == '"' || first == '\'' || first == '(' || first == '-';
        if (!separated || !starts) continue;
        close(end);
        k = end - 1;
    }
    close(tokens.size());
}

std::size_t sentence_at(const Segmentation& seg, std::uint32_t offset) noexcept {
    const auto it = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), offset,
                                     [](std::uint32_t o, const Sentence& s) { return o < s.span.begin; });
    if (it == seg.sentences.begin()) return 0;
    return static_cast<std::size_t>(std::distance(seg.sentences.begin(), it) - 1);
}

}  // namespace crisis
