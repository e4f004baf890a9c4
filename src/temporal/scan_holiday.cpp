// temporal/scan_holiday: named days of the year ("Christmas Day", "Thanksgiving").
#include "temporal/scanner.hpp"

namespace crisis::temporal {

// The holiday whose words start at token k, the longest one; its year follows the clause's tense.
std::optional<Match> Scanner::holiday(std::uint32_t k) const {
    if (k >= last || !toks[k].capitalised) return std::nullopt;
    std::optional<Match> best_match;
    for (const Holiday& h : holidays) {
        std::uint32_t e = k;
        std::string_view rest = h.words;
        bool ok = true;
        while (ok && !rest.empty()) {
            const std::size_t sp = rest.find(' ');
            ok = word(e++, rest.substr(0, sp));
            rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
        }
        if (!ok || (best_match && best_match->last >= e)) continue;
        Spec s;
        s.anchor = Anchor::partial;
        s.precision = Unit::day;
        s.month = h.month;
        s.day = h.day;
        s.nth = h.nth;
        s.nth_weekday = h.weekday;
        if (const auto y = year_at(e)) s.anchor = Anchor::absolute, s.year = *y, ++e;  // "Christmas 2021"
        best_match = make_match(k, e, s);
    }
    return best_match;
}

}  // namespace crisis::temporal
