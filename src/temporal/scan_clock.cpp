// temporal/scan_clock: clock times ("10 p.m.", "19:30", "0800 GMT", "noon Thursday").
#include "temporal/scanner.hpp"

#include <algorithm>

namespace crisis::temporal {

namespace {

bool is_zone(const Scanner& sc, std::uint32_t k) noexcept {
    return sc.at(k) && in(time_zones, sc.toks[k].lower);
}

// A clock time without a.m. or p.m. that ends before token e: "19:30", "at 9:30", "9:30 GMT".
bool twenty_four_hour(const Scanner& sc, std::uint32_t k, std::uint32_t e) noexcept {
    const Tok& h = sc.toks[k];
    if (e != k + 3) return false;  // no minutes
    return h.digits == 2 || (k > sc.first && sc.word(k - 1, "at")) || is_zone(sc, e);
}

// "4 in the morning", "9 in the evening": the hour (1..12) on a 24-hour clock, when tokens from e say so.
std::optional<int> in_the_part_of_day(const Scanner& sc, std::uint32_t e, int hour) noexcept {
    if (hour < 1 || hour > 12 || !sc.word(e, "in") || !sc.word(e + 1, "the") || !sc.is(e + 2, Cls::part_of_day)) return std::nullopt;
    const std::string_view code = part_of_day_codes[static_cast<std::size_t>(sc.value(e + 2, Cls::part_of_day))];
    if (code == "MO") return hour == 12 ? 0 : hour;
    if (code == "AF" || code == "EV") return hour == 12 ? 12 : hour + 12;
    if (code == "NI") return hour == 12 ? 24 : hour >= 6 ? hour + 12 : hour;
    return std::nullopt;
}

}  // namespace

// "10 p.m.", "10:35 a.m.", "noon Thursday", "5 p.m. EST Nov. 9", "midnight Friday"
std::optional<Match> Scanner::clock(std::uint32_t k) const {
    int hour = -1, minute = 0;
    std::uint32_t e = k;
    if (word(k, "noon") && k > first && in(noon_idioms, toks[k - 1].lower))
        return std::nullopt;  // "high noon"
    if (word(k, "noon") || word(k, "midday")) hour = 12, e = k + 1;
    else if (word(k, "midnight")) hour = 24, e = k + 1;
    else if (const Tok* h = at(k); h && h->digits == 4 && !h->suffix && is_zone(*this, k + 1)) {  // "0800 GMT"
        hour = h->number / 100, minute = h->number % 100, e = k + 1;
        if (hour > 23 || minute > 59) return std::nullopt;
    } else {
        if (!h || h->number < 0 || h->number > 23 || h->suffix) return std::nullopt;
        hour = h->number;
        e = k + 1;
        if (glued(k) && word(e, ":") && at(e + 1) && toks[e + 1].digits == 2 && toks[e + 1].number < 60) {
            minute = toks[e + 1].number;
            e += 2;
        }
        const std::string_view w = at(e) ? toks[e].lower : std::string_view{};
        if (w == "a.m." || w == "a.m" || w == "am") hour = hour == 12 ? 0 : hour;
        else if (w == "p.m." || w == "p.m" || w == "pm") hour = hour == 12 ? 12 : hour + 12;
        else if (const auto h12 = in_the_part_of_day(*this, e, hour)) hour = *h12, e += 2;  // "4 in the morning"
        else if (!twenty_four_hour(*this, k, e)) return std::nullopt;
        else --e;  // no a.m./p.m. to skip
        if (hour > 24) return std::nullopt;
        ++e;
    }
    if (is_zone(*this, e)) ++e;
    std::uint32_t f = word(e, ",") ? e + 1 : e;
    std::optional<Match> day = weekday(f);
    if (!day) day = month_date(f);
    if (!day) day = deixis(f);
    Spec s;
    if (day && (!day->spec.part_of_day.empty() || day->spec.precision != Unit::day)) day.reset();
    if (day) {
        s = day->spec, e = day->last;
    } else {  // the day last mentioned, else the article date
        s.anchor = Anchor::previous;
        s.refer_to = Precision::day;
        s.fallback_amount = 0;
    }
    s.type = TimexType::time;
    s.hour = hour;
    s.minute = minute;
    return make_match(k, e, s);
}

}  // namespace crisis::temporal
