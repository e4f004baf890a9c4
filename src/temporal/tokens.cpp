// temporal/tokens: the token view (lexicon lookups, numbers, the scan gate's marks).
#include "temporal/scanner.hpp"
#include "temporal/spec.hpp"
#include "temporal/word_index.hpp"

#include <algorithm>

namespace crisis::temporal {

namespace {

// What the lexicon knows of one word: its classes and the value of each (a later row of the
// same class wins).
struct Word {
    std::uint32_t classes = 0;
    std::array<std::int8_t, static_cast<std::size_t>(Cls::count)> values{};
};

// The lexicon by word (one row per word, into `words`) with the scan gate's marks on the same
// index: one probe per token finds both.
struct Lexicon {
    std::vector<Word> words;
    WordIndex index;
};

const Lexicon& lexicon() {
    static const Lexicon lex = [] {
        WordIndex::Keyed by_entry;
        for (std::size_t i = 0; i < entries.size(); ++i) by_entry.emplace_back(entries[i].word, static_cast<std::uint16_t>(i));
        const WordIndex rows_of(by_entry);
        std::vector<Word> words;
        WordIndex::Keyed keyed;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string_view w = entries[i].word;
            const auto rows = rows_of.rows(WordIndex::hash(w), w);
            if (rows.front() != i) continue;  // the word's first row made its Word
            Word word;
            for (const std::uint16_t row : rows) {
                word.classes |= 1U << static_cast<unsigned>(entries[row].cls);
                word.values[static_cast<std::size_t>(entries[row].cls)] = entries[row].value;
            }
            keyed.emplace_back(w, static_cast<std::uint16_t>(words.size()));
            words.push_back(word);
        }
        return Lexicon{std::move(words), WordIndex(keyed, gate_marks())};
    }();
    return lex;
}

// A plain number, digit by digit: "17", "26th", "1990s" (not "8,500" or "3.5").
void read_number(Tok& t) noexcept {
    const char* p = t.lower.data();
    const std::size_t size = t.lower.size();
    int n = 0;
    std::size_t i = 0;
    for (; i < size && static_cast<unsigned char>(p[i] - '0') < 10; ++i) {
        if (i >= 6) return;
        n = n * 10 + (p[i] - '0');
    }
    const std::size_t rest = size - i;
    const char a = rest > 0 ? p[i] : 0, b = rest > 1 ? p[i + 1] : 0;
    if (rest == 0) t.suffix = 0;
    else if (rest == 2 && ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
        t.suffix = 'o';
    else if (rest == 1 && a == 's') t.suffix = 's';
    else return;  // 8,500 or 3.5: not a plain number
    t.number = n;
    t.digits = static_cast<std::uint8_t>(i);
}

// The lexicon's classes of a word token and the gate's marks of its text (a final period of an
// initialism, "u.s.", is dropped from the text after the lexicon lookup).
std::uint8_t look_up(Tok& t, const Lexicon& lex) noexcept {
    const WordIndex::Hit hit = lex.index.find(t.hash, t.lower);
    if (!hit.rows.empty() && t.lower.size() <= 13) {
        const Word& w = lex.words[hit.rows.front()];
        t.classes = w.classes;
        t.values = w.values.data();
    }
    const std::string_view l = t.lower;
    if (l.size() <= 1 || l.back() != '.' || l.find('.') + 1 != l.size()) [[likely]]
        return hit.marks;
    t.lower.remove_suffix(1);
    t.hash = WordIndex::hash(t.lower);
    return lex.index.find(t.hash, t.lower).marks;
}

}  // namespace

void make_tokens_into(const Segmentation& seg, std::string_view lowered, std::vector<Tok>& out) {
    const Lexicon& lex = lexicon();
    const std::size_t n = seg.tokens.size();
    out.resize(n);  // the capacity of the article before is kept; every token is written once below
    const Token* const src = seg.tokens.data();
    Tok* const dst = out.data();
    const char* const low = lowered.data();
    const std::size_t low_size = lowered.size();
    // the token before is "the", or a word that may begin only before some words: its gate
    // waits for this token
    // (the_head: an article that also begins a row of several words, "a while")
    enum class Waits : std::uint8_t { no, the, head, the_head } waits = Waits::no;
    for (std::size_t k = 0; k < n; ++k) {
        const Token& s = src[k];
        Tok t;  // built here and stored once (not zero-filled first, then overwritten)
        t.span = s.span;
        t.kind = s.kind;
        t.capitalised = s.capitalised;
        t.lower = std::string_view(low + s.span.begin, s.span.end - s.span.begin);
        t.glued_next = k + 1 < n && src[k + 1].span.begin == s.span.end;
        t.hash = std::size_t{s.span.end} + 8 <= low_size ? WordIndex::hash_padded(t.lower) : WordIndex::hash(t.lower);
        std::uint8_t marks = 0;
        if (s.kind == TokenKind::number) read_number(t);
        else if (s.kind == TokenKind::word) marks = look_up(t, lex);
        if (waits != Waits::no) [[unlikely]]
            dst[k - 1].begins = (waits != Waits::the && (marks & second_mark) != 0) ||
                                (waits != Waits::head && may_follow_the(t, marks));
        t.begins = may_begin(t, marks);
        waits = Waits::no;
        if (marks & (the_mark | head_mark)) [[unlikely]] {
            if (marks & the_mark) waits = (marks & head_mark) ? Waits::the_head : Waits::the;
            else waits = t.begins ? Waits::no : Waits::head;
            if (waits != Waits::no) t.begins = false;
        }
        dst[k] = t;
    }
}

std::vector<Tok> make_tokens(const Segmentation& seg, std::string_view text, std::string_view lowered) {
    (void)text;
    std::vector<Tok> out;
    make_tokens_into(seg, lowered, out);
    return out;
}

}  // namespace crisis::temporal
