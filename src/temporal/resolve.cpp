// temporal/resolve: from what the scanner understood to a TIMEX3 value and a calendar range.
#include "temporal/spec.hpp"

#include <cstdio>

namespace crisis::temporal {

namespace {

using Candidates = std::vector<CalendarDate>;

// A future clause names a date that passed this many days ago at most ("by Jan. 14", the day
// before the article); further back, the same date next year is meant.
constexpr int passed_deadline_days = 14;
// A past clause names a day or month ahead only when it is this many times closer than the last
// one ("had been set to expire Nov. 6", four days ahead), else it is the one that passed ("changed
// to a calendar year in December", in late October: last December).
constexpr int past_plan_ratio = 10;

std::optional<CalendarDate> absolute_date(const Spec& s) {
    using namespace date;
    if (s.precision == Unit::decade || s.precision == Unit::century) {
        const int span = s.precision == Unit::decade ? 10 : 100;
        return period_of(sys_days{year{s.year * span} / January / 1}, s.precision);
    }
    const year y{s.year};
    if (s.easter != Easter::none) {  // the computus needs a year of the Common Era
        if (s.year < 1) return std::nullopt;
        return day_date(easter_sunday(s.year, s.easter) + days{s.easter_days});
    }
    if (s.month && s.nth) {  // "Thanksgiving": the fourth Thursday of November; "the last Sunday of March"
        const weekday wd{static_cast<unsigned>(s.nth_weekday)};
        if (s.nth < 0) return day_date(sys_days{year_month_weekday_last{y / month{s.month} / wd[last]}});
        const year_month_weekday d{y / month{s.month} / wd[static_cast<unsigned>(s.nth)]};
        if (!d.ok()) return std::nullopt;  // "the fifth Monday of February 2021"
        return day_date(sys_days{d});
    }
    if (s.month && s.day) {
        const year_month_day ymd{y / month{s.month} / day{s.day}};
        if (!ymd.ok()) return std::nullopt;
        return day_date(sys_days{ymd});
    }
    if (s.month) return period_of(sys_days{y / month{s.month} / 1}, Unit::month);
    switch (s.precision) {
        case Unit::quarter: return period_of(sys_days{y / month{static_cast<unsigned>(s.sub * 3 - 2)} / 1}, Unit::quarter);
        case Unit::half: return period_of(sys_days{y / month{s.sub == 1 ? 1U : 7U} / 1}, Unit::half);
        case Unit::season: return period_of(sys_days{y / month{static_cast<unsigned>(s.sub * 3 + 3)} / 1}, Unit::season);
        default: return period_of(sys_days{y / January / 1}, Unit::year);
    }
}

// The occurrences of a partial date around the article date (the year before to the year after).
Candidates candidates(const Spec& s, date::sys_days dct) {
    using namespace date;
    Candidates out;
    if (s.weekday >= 0 && !s.month) {
        for (int i = -7; i <= 7; ++i)
            if (weekday{dct + days{i}}.c_encoding() == static_cast<unsigned>(s.weekday)) out.push_back(day_date(dct + days{i}));
        return out;
    }
    if (s.day && !s.month) {  // "on the 24th": that day of the months around the article's
        const year_month ym = year_month_day{dct}.year() / year_month_day{dct}.month();
        for (int dm = -2; dm <= 2; ++dm)
            if (const year_month_day d{(ym + months{dm}) / day{s.day}}; d.ok()) out.push_back(day_date(sys_days{d}));
        return out;
    }
    if (s.weekend && !s.week_of) {
        for (int w = -1; w <= 1; ++w) {
            const CalendarDate week = period_of(dct + days{7 * w}, Unit::week);
            out.push_back(CalendarDate{Precision::week, week.first + days{5}, week.last});
        }
        return out;
    }
    const year y = year_month_day{dct}.year();
    for (int dy = -1; dy <= 1; ++dy) {
        Spec t = s;
        t.year = static_cast<int>(y) + dy;
        if (const auto d = absolute_date(t)) {
            if (s.weekday >= 0 && weekday{d->first}.c_encoding() != static_cast<unsigned>(s.weekday)) continue;
            out.push_back(*d);
        }
    }
    if (out.empty() && s.weekday >= 0) {
        Spec t = s;
        t.weekday = -1;
        return candidates(t, dct);
    }
    return out;
}

std::optional<CalendarDate> select(const Candidates& cs, Direction dir, const Spec& s, date::sys_days dct) {
    using namespace date;
    std::optional<CalendarDate> best;
    auto distance = [&](const CalendarDate& c) {
        if (c.first <= dct && dct <= c.last) return 0;
        return static_cast<int>(c.first > dct ? (c.first - dct).count() : (dct - c.last).count());
    };
    for (const CalendarDate& c : cs) {
        switch (dir) {
            case Direction::on_or_before: if (c.first <= dct) best = c; break;
            case Direction::before: if (c.last < dct) best = c; break;
            case Direction::on_or_after: if (!best && c.last >= dct) best = c; break;
            case Direction::after: if (!best && c.first > dct) best = c; break;
            case Direction::this_: {
                const bool in_week = s.weekday >= 0 && !s.month ? period_of(dct, Unit::week) == period_of(c.first, Unit::week)
                                                                : year_month_day{c.first}.year() == year_month_day{dct}.year();
                const bool here = s.weekend ? period_of(dct, Unit::week).first + days{5} == c.first : in_week;
                if (here) best = c;
                break;
            }
            case Direction::mostly_before:
            case Direction::mostly_after: break;
            case Direction::nearest:
            case Direction::tense:
                if (!best || distance(c) < distance(*best)) best = c;
                break;
        }
    }
    if (dir == Direction::mostly_before || dir == Direction::mostly_after) {
        // The tense picks the side unless the other side's occurrence is much closer: a past
        // clause about a month that starts next week is mostly a plan reported in the past; a
        // future clause about a date of last week ("to repatriate the child by Jan. 14") is a
        // deadline that has passed.
        const auto before = select(cs, Direction::on_or_before, s, dct);
        const auto after = select(cs, Direction::after, s, dct);
        if (!before || !after) return before ? before : after;
        if (dir == Direction::mostly_before) return past_plan_ratio * distance(*after) < distance(*before) ? after : before;
        return distance(*before) <= passed_deadline_days ? before : after;
    }
    return best;
}

Direction from_tense(const Spec& s, int tense) noexcept {
    const bool days_ahead = (s.weekday >= 0 && !s.month) || s.weekend;
    const bool reported = s.precision == Unit::quarter || s.precision == Unit::half;  // results come after
    if (reported) return Direction::on_or_before;  // "the quarter" is the one reported on
    switch (tense) {
        case -1: return days_ahead ? Direction::on_or_before : Direction::mostly_before;
        case 1: return days_ahead ? (s.today_included ? Direction::on_or_after : Direction::after) : Direction::mostly_after;
        case 2: return days_ahead ? Direction::on_or_after : Direction::nearest;
        case plan_tense: return Direction::nearest;  // "agreed to meet on Friday": the Friday nearest
        default: return days_ahead ? Direction::on_or_before : Direction::nearest;
    }
}

// A day without its month ("on the 5th") after a day or a month was mentioned: that day of the
// month mentioned last, when it has one (in a future clause, only when it is still ahead).
std::optional<CalendarDate> day_of_month_mentioned(const Spec& s, const References& refs, date::sys_days dct, int tense) {
    using namespace date;
    if (!s.day || s.month || !refs.any || (refs.any->precision != Precision::day && refs.any->precision != Precision::month))
        return std::nullopt;
    const year_month_day m{refs.any->first};
    const year_month_day d{m.year() / m.month() / day{s.day}};
    if (!d.ok() || (tense == 1 && sys_days{d} <= dct)) return std::nullopt;
    return day_date(sys_days{d});
}

CalendarDate last_ended_quarter(date::sys_days dct) noexcept {
    return period_of(shift(period_of(dct, Unit::quarter).first, -1, Unit::quarter), Unit::quarter);
}

std::optional<CalendarDate> shifted_date(const Spec& s, date::sys_days dct, const References& refs, bool& on_dct) {
    using namespace date;
    const std::optional<CalendarDate>* ref = s.refer_to ? &refs.of(*s.refer_to) : nullptr;
    if (s.anchor == Anchor::previous && s.year != 0) {  // "the 1988 period": the quarter mentioned last, in that year
        if (!ref || !*ref) return absolute_date(s);
        const int years = s.year - static_cast<int>(year_month_day{(*ref)->first}.year());
        return period_of(shift((*ref)->first, years, Unit::year), (*ref)->precision == Precision::quarter ? Unit::quarter : Unit::year);
    }
    if ((!ref || !*ref) && s.anchor == Anchor::previous && !s.fallback_amount) ref = &refs.any;
    if (ref && *ref) {
        // "the year-ago period" after "the third quarter of 1990" (not begun): results compare with
        // the last quarter that has ended
        const bool unreported = s.refer_to == Precision::quarter && s.amount < 0 && (*ref)->first > dct;
        const CalendarDate anchor = unreported ? last_ended_quarter(dct) : **ref;
        const bool keep = s.keep_anchor_precision || s.refer_to;
        const Unit p = keep ? unit_of(anchor.precision) : s.precision;
        if (s.sub > 0 && s.precision == Unit::quarter && s.unit == Unit::year) {  // "the second quarter" of the year of the quarter named
            const year_month_day ymd{shift(anchor.first, s.amount, s.unit)};
            return period_of(sys_days{ymd.year() / month{static_cast<unsigned>(s.sub) * 3 - 2} / 1}, Unit::quarter);
        }
        return period_of(shift(anchor.first, s.amount, s.unit), p);
    }
    on_dct = true;
    if (s.anchor == Anchor::previous && s.fallback_amount) {
        const CalendarDate base = period_of(dct, s.precision);
        return period_of(shift(base.first, *s.fallback_amount, s.unit), s.precision);
    }
    const CalendarDate base = period_of(dct, s.precision);
    const sys_days d = shift(base.first, s.amount, s.unit);
    const bool part_of_year = ((s.precision == Unit::quarter || s.precision == Unit::half) && s.sub > 0) ||
                              (s.precision == Unit::season && s.unit == Unit::year);  // "the spring of last year"
    if (!s.month && !part_of_year) return period_of(d, s.precision);
    Spec t = s;  // "June last year", "next year's first quarter": the month, quarter or season of the shifted year
    t.year = static_cast<int>(year_month_day{d}.year());
    return absolute_date(t);
}

std::string clock_suffix(const Spec& s) {
    if (!s.part_of_day.empty()) {  // appended: GCC 12 warns, wrongly, of an overlap in "T" + std::string(...)
        std::string v = "T";
        v += s.part_of_day;
        return v;
    }
    if (s.hour < 0) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", s.hour, s.minute);
    return buf;
}

// A date shifted from the date mentioned last, or from the article's (`on_dct` then set).
std::optional<CalendarDate> referred_date(const Spec& s, date::sys_days dct, const References& refs, int tense, bool& on_dct) {
    if (s.sub > 0 && s.year == 0 && s.refer_to && !refs.of(*s.refer_to)) {  // "the quarter ended July 31", first mention
        on_dct = true;
        return select(candidates(s, dct), Direction::on_or_before, s, dct);
    }
    // "will decide by the end of the month": the article's month; "the troops arrived at 4 a.m."
    // after a day ahead was mentioned, "the curfew is in place from 9 p.m." after a day past: the
    // article's day
    const auto& ref = s.refer_to ? refs.of(*s.refer_to) : std::optional<CalendarDate>{};
    const bool ahead = ref && ref->first > dct, behind = ref && ref->last < dct;
    const bool other_side = (tense == -1 && ahead) || ((tense == 1 || tense == 2) && behind);
    // (a past clause is not in a period still ahead: "Talks are set for the week of March 7.
    // Earlier in the week, Moscow ordered ...", the article's week)
    if ((s.refer_if_past && (tense != -1 || ahead)) || (s.refer_by_tense && other_side)) {
        Spec t = s;
        t.refer_to.reset();
        return shifted_date(t, dct, refs, on_dct);
    }
    return shifted_date(s, dct, refs, on_dct);
}

}  // namespace

std::optional<Resolved> resolve(const Spec& s, date::sys_days dct, const References& refs, int tense) {
    Resolved r;
    r.type = s.type;
    std::optional<CalendarDate> d;
    switch (s.anchor) {
        case Anchor::literal: r.value = s.literal; return r;
        case Anchor::absolute: d = absolute_date(s); break;
        case Anchor::dct:
            if (s.duration_if_past && tense == -1) {
                r.value = s.literal;
                r.type = TimexType::duration;
                return r;
            }
            [[fallthrough]];
        case Anchor::previous: d = referred_date(s, dct, refs, tense, r.anchored_on_dct); break;
        case Anchor::partial: {
            if (const auto in_month = day_of_month_mentioned(s, refs, dct, tense)) {  // "On Jan. 3 ... On the 5th"
                d = in_month;
                break;
            }
            const Direction dir = s.direction == Direction::tense ? from_tense(s, tense) : s.direction;
            d = select(candidates(s, dct), dir, s, dct);
            r.anchored_on_dct = true;
            break;
        }
    }
    if (!d) return std::nullopt;
    if (s.weekday >= 0 && s.anchor == Anchor::dct && d->precision == Precision::week)  // "Wednesday last week"
        d = period_of(d->first + date::days{(s.weekday + 6) % 7}, Unit::day);
    if (s.week_of) d = period_of(d->first, Unit::week);
    if (s.day_shift) d = period_of(shift(d->first, s.day_shift, Unit::day), Unit::day);
    r.date = d;
    r.value = to_timex_value(*d) + (s.weekend ? "-WE" : "") + clock_suffix(s);
    return r;
}

}  // namespace crisis::temporal
