// temporal/scan_holiday: named days of the year ("Christmas Day", "Thanksgiving").
#include "temporal/scanner.hpp"

namespace crisis::temporal {

std::uint32_t Scanner::words_at(std::uint32_t k, std::string_view phrase) const noexcept {
    std::uint32_t e = k;
    while (!phrase.empty()) {
        const std::size_t sp = phrase.find(' ');
        if (!word(e++, phrase.substr(0, sp))) return 0;
        phrase = sp == std::string_view::npos ? std::string_view{} : phrase.substr(sp + 1);
    }
    return e;
}

// The holiday whose words start at token k, the longest one; its year follows the clause's tense.
std::optional<Match> Scanner::holiday(std::uint32_t k) const {
    if (k >= last || !toks[k].capitalised) return std::nullopt;
    std::optional<Match> best_match;
    const PhraseRows candidates = rows_starting_with(holidays, toks[k], at(k + 1));
    for (const std::span<const std::uint16_t> rows : {candidates.one_word, candidates.longer})
    for (const std::uint16_t row : rows) {
        const Holiday& h = holidays[row];
        std::uint32_t e = words_at(k, h.words);
        if (e == 0 || (best_match && best_match->last >= e)) continue;
        Spec s;
        s.anchor = Anchor::partial;
        s.precision = Unit::day;
        s.month = h.month;
        s.day = h.day;
        s.nth = h.nth;
        s.nth_weekday = h.weekday;
        s.day_shift = h.shift;
        if (const auto y = year_at(e)) s.anchor = Anchor::absolute, s.year = *y, ++e;  // "Christmas 2021"
        best_match = make_match(k, e, s);
    }
    return best_match;
}

}  // namespace crisis::temporal
