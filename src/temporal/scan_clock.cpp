// temporal/scan_clock: clock times ("10 p.m.", "19:30", "0800 GMT", "noon Thursday").
#include "temporal/scanner.hpp"

#include <algorithm>

namespace crisis::temporal {

namespace {

bool is_zone(const Scanner& sc, std::uint32_t k) noexcept {
    return sc.at(k) && in(time_zones, sc.toks[k].lower);
}

// A zone in two words at k: "local time", "Moscow time", "Eastern time" (a capitalised word or
// "local" before "time").
bool zone_words(const Scanner& sc, std::uint32_t k) noexcept {
    const Tok* t = sc.at(k);
    return t && t->kind == TokenKind::word && (t->capitalised || t->lower == "local") && sc.word(k + 1, "time");
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

// The hour and minute of a clock time at token k, and the end of their words.
struct ClockReading {
    int hour, minute;
    std::uint32_t end;
};
// "noon", "midnight", "0800 GMT", "10 p.m.", "10:35 a.m.", "19:30", "4 in the morning"
std::optional<ClockReading> read_clock(const Scanner& sc, std::uint32_t k) {
    if (sc.word(k, "noon") && k > sc.first && in(noon_idioms, sc.toks[k - 1].lower))
        return std::nullopt;  // "high noon"
    if (sc.word(k, "noon") || sc.word(k, "midday")) return ClockReading{12, 0, k + 1};
    if (sc.word(k, "midnight")) return ClockReading{24, 0, k + 1};
    const Tok* h = sc.at(k);
    if (h && h->digits == 4 && !h->suffix && is_zone(sc, k + 1)) {  // "0800 GMT"
        const int hour = h->number / 100, minute = h->number % 100;
        if (hour > 23 || minute > 59) return std::nullopt;
        return ClockReading{hour, minute, k + 1};
    }
    if (!h || h->number < 0 || h->number > 23 || h->suffix) return std::nullopt;
    int hour = h->number, minute = 0;
    std::uint32_t e = k + 1;
    if (sc.glued(k) && sc.word(e, ":") && sc.at(e + 1) && sc.toks[e + 1].digits == 2 && sc.toks[e + 1].number < 60) {
        minute = sc.toks[e + 1].number;
        e += 2;
    }
    const std::string_view w = sc.at(e) ? sc.toks[e].lower : std::string_view{};
    if (w == "a.m." || w == "a.m" || w == "am") hour = hour == 12 ? 0 : hour;
    else if (w == "p.m." || w == "p.m" || w == "pm") hour = hour == 12 ? 12 : hour + 12;
    else if (const auto h12 = in_the_part_of_day(sc, e, hour)) hour = *h12, e += 2;  // "4 in the morning"
    else if (!twenty_four_hour(sc, k, e)) return std::nullopt;
    else --e;  // no a.m./p.m. to skip
    if (hour > 24) return std::nullopt;
    return ClockReading{hour, minute, e + 1};
}

}  // namespace

// "10 p.m.", "10:35 a.m.", "noon Thursday", "5 p.m. EST Nov. 9", "midnight Friday", "noon on Monday"
std::optional<Match> Scanner::clock(std::uint32_t k) const {
    const std::optional<ClockReading> c = read_clock(*this, k);
    if (!c) return std::nullopt;
    const int hour = c->hour, minute = c->minute;
    std::uint32_t e = c->end;
    if (is_zone(*this, e)) ++e;
    else if (zone_words(*this, e)) e += 2;  // "3 a.m. local time on Saturday", "11 a.m. Moscow time"
    std::uint32_t f = word(e, ",") ? e + 1 : e;
    if (word(f, "on")) ++f;  // "noon on Monday"
    // the day after it (found in one place: GCC 12 warns, wrongly, of reading an unset Match when
    // one optional is assigned from the next recogniser's in turn)
    const auto day_after = [this](std::uint32_t j) -> std::optional<Match> {
        if (auto d = weekday(j)) return d;
        if (auto d = month_date(j)) return d;
        if (auto d = deixis(j)) return d;
        return bare_day(j);  // "noon on the 24th"
    };
    std::optional<Match> day = day_after(f);
    Spec s;
    if (day && (!day->spec.part_of_day.empty() || day->spec.precision != Unit::day)) day.reset();
    if (day) {
        s = day->spec, e = day->last;
    } else {  // the day last mentioned, else the article date
        s.anchor = Anchor::previous;
        s.refer_to = Precision::day;
        s.fallback_amount = 0;
        s.refer_by_tense = true;  // "Talks start on Feb. 10. The troops arrived at 4 a.m.": today's 4 a.m.
    }
    s.type = TimexType::time;
    s.hour = hour;
    s.minute = minute;
    return make_match(k, e, s);
}

}  // namespace crisis::temporal
