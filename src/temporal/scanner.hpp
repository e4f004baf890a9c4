// temporal/scanner: recognisers over the tokens of one sentence. Each recogniser looks at the
// tokens from a position and returns what it understood and where it ends; the scan keeps the
// longest match at each position.
#pragma once

#include "temporal/lexicon_unsaid.hpp"
#include "temporal/spec.hpp"
#include "temporal/word_index.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace crisis::temporal {

// The rows of a table of multi-word phrases (each row has `words`, lower case, single spaces)
// whose first word is `w`: an index by first word, built once per table, so that a token is
// compared with the few rows that start with it rather than with every row. (The index is a
// static of the template: one table per table type.)
// (Both take a token, whose hash was computed once by make_tokens.)
template <class Table>
[[nodiscard]] std::span<const std::uint16_t> rows_starting_with(const Table& table, const Tok& t) {
    static const WordIndex index = [&table] {
        WordIndex::Keyed keyed;
        for (std::size_t i = 0; i < table.size(); ++i)
            keyed.emplace_back(table[i].words.substr(0, table[i].words.find(' ')), static_cast<std::uint16_t>(i));
        return WordIndex(keyed);
    }();
    return index.rows(t.hash, t.lower);
}

// The rows of such a table that can stand at tokens `t1 t2 ...` (`t2` null at the sentence's
// end): the one-word rows `t1`, and the longer rows whose first two words are `t1 t2` (each list
// in table order). A one-word row always ends before a longer one, so a longest-match loop over
// the first list and then the second one chooses what it would choose over every row starting
// with `t1`.
struct PhraseRows {
    std::span<const std::uint16_t> one_word, longer;
};
template <class Table>
[[nodiscard]] PhraseRows rows_starting_with(const Table& table, const Tok& t1, const Tok* t2) {
    static const std::pair<WordIndex, WordIndex> index = [&table] {
        WordIndex::Keyed one, two;
        for (std::size_t i = 0; i < table.size(); ++i) {
            const std::string_view w = table[i].words;
            const std::size_t sp = w.find(' ');
            if (sp == std::string_view::npos) one.emplace_back(w, static_cast<std::uint16_t>(i));
            else two.emplace_back(w.substr(0, w.find(' ', sp + 1)), static_cast<std::uint16_t>(i));
        }
        return std::pair<WordIndex, WordIndex>(WordIndex(one), WordIndex(two, true));
    }();
    const auto one_word = index.first.rows(t1.hash, t1.lower);
    if (!t2) return {one_word, {}};
    return {one_word, index.second.rows(t1.hash, t2->hash, t1.lower, t2->lower)};
}

// The scan's gate (scan.cpp): whether an expression can begin at a token, false only where
// Scanner::best finds nothing whatever follows (a word with no lexicon class that begins no
// phrase, punctuation). The words it knows by their text are marks on the lexicon's index
// (gate_marks), so that make_tokens finds a word's classes and marks in one probe and sets
// Tok::begins: may_begin, except for an article, "the", "a", "an" (the_mark), which may begin only
// before a word that may_follow_the or the second word of a row it begins, and for a word that may
// begin only as the first of several words of a row (head_mark), which may begin only before the
// second word of some row (second_mark).
enum GateMark : std::uint8_t { begins_mark = 1, after_the_mark = 2, the_mark = 4, head_mark = 8, second_mark = 16 };
[[nodiscard]] const WordIndex::Marked& gate_marks();
extern const std::uint32_t beginning_classes;  // the lexicon classes that may begin (scan.cpp)
extern const std::uint32_t capitalised_classes;  // of those, the ones that begin only capitalised
// "q1".."q4", "h1", "h2" (lower case): a quarter or half of a year by its code.
[[nodiscard]] constexpr bool is_period_code(std::string_view w) noexcept {
    return w.size() == 2 && ((w[0] == 'q' && w[1] >= '1' && w[1] <= '4') || (w[0] == 'h' && (w[1] == '1' || w[1] == '2')));
}
[[nodiscard]] inline bool may_begin(const Tok& t, std::uint8_t marks) noexcept {
    if (t.kind == TokenKind::number) return true;
    if (t.kind != TokenKind::word) return false;  // core() at punctuation only tries year(), which needs a number
    if ((t.classes & beginning_classes) && (t.capitalised || (t.classes & beginning_classes & ~capitalised_classes)))
        return true;
    if (is_period_code(t.lower)) return true;  // "Q3", "H1"
    return (marks & begins_mark) != 0;
}
[[nodiscard]] bool may_follow_the(const Tok& next, std::uint8_t marks) noexcept;

// A word between the two days of a range: "February 10 to 20", "between 10 and 20 February"
// (range_links, or "and").
[[nodiscard]] bool is_range_word(std::string_view w) noexcept;

struct Scanner {
    const std::vector<Tok>& toks;
    std::uint32_t first;  // the sentence's first token
    std::uint32_t last;   // one past its last token

    [[nodiscard]] const Tok* at(std::uint32_t k) const noexcept { return k < last ? &toks[k] : nullptr; }
    [[nodiscard]] bool word(std::uint32_t k, std::string_view w) const noexcept { return k < last && toks[k].lower == w; }
    // token k is a possessive "'s" (straight or curly apostrophe)
    [[nodiscard]] bool possessive(std::uint32_t k) const noexcept { return word(k, "'s") || word(k, "\u2019s"); }
    [[nodiscard]] bool is(std::uint32_t k, Cls c) const noexcept { return k < last && toks[k].is(c); }
    [[nodiscard]] int value(std::uint32_t k, Cls c) const noexcept { return toks[k].value(c); }
    // The ordinal at k, a word ("third", "last" = -1) or digits ("3rd"); 0 when there is none.
    [[nodiscard]] int ordinal(std::uint32_t k) const noexcept {
        if (k >= last) return 0;
        if (toks[k].is(Cls::ordinal)) return toks[k].value(Cls::ordinal);
        return toks[k].suffix == 'o' && toks[k].number > 0 && toks[k].number < 100 ? toks[k].number : 0;
    }
    // token k is glued to the next one ("mid-", "third-quarter")
    [[nodiscard]] bool glued(std::uint32_t k) const noexcept { return k + 1 < last && toks[k].glued_next; }
    [[nodiscard]] bool hyphen_after(std::uint32_t k) const noexcept {
        return glued(k) && word(k + 1, "-") && glued(k + 1);
    }
    [[nodiscard]] const Tok* before(std::uint32_t k) const noexcept { return k > first ? &toks[k - 1] : nullptr; }

    // calendar recognisers (scan_calendar.cpp)
    [[nodiscard]] std::optional<Match> month_date(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> day_month(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> bare_day(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> numeric_date(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> year(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> weekday(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> season(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> holiday(std::uint32_t k) const;
    // The end of the words of `phrase` (lower case, single spaces) when they stand at token k, else 0.
    [[nodiscard]] std::uint32_t words_at(std::uint32_t k, std::string_view phrase) const noexcept;
    [[nodiscard]] std::optional<Match> clock(std::uint32_t k) const;

    // quarters and halves (scan_quarter.cpp)
    [[nodiscard]] bool after_quarter_named(std::uint32_t k) const noexcept;
    [[nodiscard]] std::optional<Match> quarter(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> quarter_code(std::uint32_t k) const;
    [[nodiscard]] int last_part(std::uint32_t b) const noexcept;
    [[nodiscard]] std::optional<Match> nth_weekday(std::uint32_t k, int n) const;
    [[nodiscard]] std::optional<Match> nth_week_of_month(std::uint32_t k, int n) const;
    void relative_year(Spec& s, std::uint32_t b) const noexcept;
    [[nodiscard]] std::optional<Match> part_of(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> part_of_period(std::uint32_t k, std::uint32_t e, Mod mod,
                                                      bool of_year = false) const;
    [[nodiscard]] std::optional<Match> quarter_year(std::uint32_t k, std::uint32_t e, Spec s) const;

    // relative recognisers (scan_relative.cpp)
    [[nodiscard]] std::optional<Match> phrase(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> deixis(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> the_part_of_day(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> relative(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> count_units(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> set(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> financial(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> the_year(std::uint32_t k) const;
    // "the month", "the week" (only where a part of it is meant: "the end of the month")
    [[nodiscard]] std::optional<Match> the_unit(std::uint32_t k) const;
    [[nodiscard]] std::optional<Spec> quarter_ended(std::uint32_t k) const;  // scan_report.cpp

    // helpers
    [[nodiscard]] bool month_ok(std::uint32_t k) const noexcept;  // a month name used as a date
    [[nodiscard]] std::optional<int> year_at(std::uint32_t k) const noexcept;  // a plausible year
    [[nodiscard]] std::optional<int> day_at(std::uint32_t k) const noexcept;   // 1..31
    // a count: "two", "2", "a", "twenty-five", "a few" (nullopt count_value = unspecified)
    struct Count {
        std::uint32_t end;
        std::optional<int> n;
        bool half = false;  // "2 1/2", "three and a half"
    };
    [[nodiscard]] std::optional<Count> count(std::uint32_t k) const noexcept;
    [[nodiscard]] Count and_a_half(Count c) const noexcept;
    [[nodiscard]] bool unit_as_adjective(const Count& c, std::uint32_t e) const noexcept;
    [[nodiscard]] bool rate_before(std::uint32_t k, std::uint32_t e) const noexcept;
    // a count of months ("the nine months") earlier in the sentence than token k (scan_count.cpp)
    [[nodiscard]] bool months_total_before(std::uint32_t k) const noexcept;
    // part of day after token k ("morning"), its code and the end
    [[nodiscard]] std::optional<std::pair<std::string_view, std::uint32_t>> part_of_day(std::uint32_t k) const noexcept;

    // the best match at k, with its prefixes (mods, "the")
    [[nodiscard]] std::optional<Match> best(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> core(std::uint32_t k) const;
    [[nodiscard]] std::optional<Match> core_word(std::uint32_t k) const;  // core() at a word
};

[[nodiscard]] inline Match make_match(std::uint32_t first, std::uint32_t last, Spec spec) {
    return Match{first, last, std::move(spec)};
}

}  // namespace crisis::temporal
