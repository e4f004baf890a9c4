// temporal/scan_holiday: named days of the year ("Christmas Day", "Thanksgiving").
#include "temporal/scanner.hpp"

namespace crisis::temporal {

std::uint32_t Scanner::words_at(std::uint32_t k, std::string_view phrase) const noexcept {
    // Each token's text in turn must stand at `i`, followed by a space or the phrase's end (a
    // token never holds a space, so this is a comparison word by word without splitting).
    std::uint32_t e = k;
    for (std::size_t i = 0; i < phrase.size(); ++e) {
        if (e >= last) return 0;
        const std::string_view w = toks[e].lower;
        if (phrase.substr(i, w.size()) != w) return 0;
        i += w.size();
        if (i < phrase.size() && phrase[i++] != ' ') return 0;
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
        if (e < last && toks[e].capitalised && in(holiday_name_followers, toks[e].lower)) continue;  // "Easter Island"
        Spec s;
        s.anchor = Anchor::partial;
        s.precision = Unit::day;
        s.month = h.month;
        s.day = h.day;
        s.nth = h.nth;
        s.nth_weekday = h.weekday;
        if (h.easter == Easter::none) s.day_shift = h.shift;
        else s.easter = h.easter, s.easter_days = h.shift;  // the day itself is what the tense picks
        if (const auto y = year_at(e)) s.anchor = Anchor::absolute, s.year = *y, ++e;  // "Christmas 2021"
        if (word(e, "week")) s.week_of = true, ++e;  // "Easter week", "Christmas week": the week of that day
        best_match = make_match(k, e, s);
    }
    return best_match;
}

}  // namespace crisis::temporal
