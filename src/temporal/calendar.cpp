// temporal/calendar: calendar values (CalendarDate), their TIMEX3 strings and arithmetic.
#include "temporal/spec.hpp"

#include <date/iso_week.h>

#include <charconv>

namespace crisis {

std::string_view to_string(TimexType t) noexcept {
    switch (t) {
        case TimexType::date: return "DATE";
        case TimexType::time: return "TIME";
        case TimexType::duration: return "DURATION";
        case TimexType::set: return "SET";
    }
    return "DATE";
}

CalendarDate day_date(date::sys_days day) noexcept { return CalendarDate{Precision::day, day, day}; }

bool contains(const CalendarDate& outer, const CalendarDate& inner) noexcept {
    return outer.first <= inner.first && inner.last <= outer.last;
}

namespace {

int floor_div(int a, int b) noexcept { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// A TIMEX3 value of at most a few fields, written into a fixed buffer and made a string once
// (these values always fit the small-string buffer, so that is one copy and no allocation).
class Value {
public:
    // v in decimal, zero-padded to `width` characters (a minus sign counts in the width, as in
    // printf's "%04d": -44 -> "-044").
    Value& number(long long v, int width) {
        if (v < 0) {
            put('-');
            v = -v;
            --width;
        }
        char digits[20];
        int n = 0;
        do digits[n++] = static_cast<char>('0' + v % 10);
        while ((v /= 10) != 0);
        for (int i = n; i < width; ++i) put('0');
        while (n > 0) put(digits[--n]);
        return *this;
    }
    Value& text(std::string_view s) {
        for (const char c : s) put(c);
        return *this;
    }
    [[nodiscard]] std::string str() const { return std::string(buf_, size_); }

private:
    void put(char c) {
        if (size_ < sizeof buf_) buf_[size_++] = c;
    }
    char buf_[40];
    std::size_t size_ = 0;
};

}  // namespace

std::string to_timex_value(const CalendarDate& d) {
    using namespace date;
    const year_month_day ymd{d.first};
    const int y = static_cast<int>(ymd.year());
    const auto m = static_cast<unsigned>(ymd.month());
    switch (d.precision) {
        case Precision::day: return Value{}.number(y, 4).text("-").number(m, 2).text("-").number(static_cast<unsigned>(ymd.day()), 2).str();
        case Precision::week: {
            const iso_week::year_weeknum_weekday iw{d.first};
            return Value{}.number(static_cast<int>(iw.year()), 4).text("-W").number(static_cast<unsigned>(iw.weeknum()), 2).str();
        }
        case Precision::month: return Value{}.number(y, 4).text("-").number(m, 2).str();
        case Precision::quarter: return Value{}.number(y, 4).text("-Q").number((m - 1) / 3 + 1, 1).str();
        case Precision::season: {
            constexpr std::array<std::string_view, 12> by_month{"WI", "WI", "SP", "SP", "SP", "SU",
                                                                "SU", "SU", "FA", "FA", "FA", "WI"};
            return Value{}.number(y, 4).text("-").text(by_month[m - 1]).str();
        }
        case Precision::half: return Value{}.number(y, 4).text(m <= 6 ? "-H1" : "-H2").str();
        case Precision::year: return Value{}.number(y, 4).str();
        case Precision::decade: return Value{}.number(floor_div(y, 10), 3).str();
        case Precision::century: return Value{}.number(floor_div(y, 100), 2).str();
    }
    return Value{}.number(y, 4).str();
}

namespace {

std::optional<int> digits_at(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    const auto r = std::from_chars(s.data() + pos, s.data() + pos + n, v);
    if (r.ec != std::errc{} || r.ptr != s.data() + pos + n) return std::nullopt;
    return v;
}

std::optional<CalendarDate> parse_suffix(int y, std::string_view rest) {
    using namespace date;
    const year yy{y};
    if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
        const unsigned q = static_cast<unsigned>(rest[1] - '0');
        return temporal::period_of(sys_days{yy / month{q * 3 - 2} / 1}, temporal::Unit::quarter);
    }
    if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'))
        return temporal::period_of(sys_days{yy / month{rest[1] == '1' ? 1U : 7U} / 1}, temporal::Unit::half);
    constexpr std::array<std::pair<std::string_view, unsigned>, 4> seasons{
        {{"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}}};
    for (const auto& [code, m] : seasons)
        if (rest == code) return temporal::period_of(sys_days{yy / month{m} / 1}, temporal::Unit::season);
    if (rest.size() >= 3 && rest[0] == 'W') {
        const auto w = digits_at(rest, 1, 2);
        if (!w) return std::nullopt;
        const iso_week::year_weeknum_weekday iw{iso_week::year{y}, iso_week::weeknum{static_cast<unsigned>(*w)},
                                                iso_week::mon};
        if (!iw.ok()) return std::nullopt;
        const sys_days monday{iw};
        if (rest.size() == 3) return CalendarDate{Precision::week, monday, monday + days{6}};
        if (rest.substr(3) == "-WE") return CalendarDate{Precision::week, monday + days{5}, monday + days{6}};
        return std::nullopt;
    }
    const auto m = digits_at(rest, 0, 2);
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    if (rest.size() == 2) return temporal::period_of(sys_days{yy / month{static_cast<unsigned>(*m)} / 1}, temporal::Unit::month);
    if (rest.size() != 5 || rest[2] != '-') return std::nullopt;
    const auto d = digits_at(rest, 3, 2);
    if (!d) return std::nullopt;
    const year_month_day ymd{yy / month{static_cast<unsigned>(*m)} / day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return day_date(sys_days{ymd});
}

}  // namespace

std::optional<CalendarDate> parse_timex_value(std::string_view value) {
    using namespace date;
    if (value.size() == 2 || value.size() == 3) {  // century "19", decade "199"
        const auto n = digits_at(value, 0, value.size());
        if (!n) return std::nullopt;
        const int first = value.size() == 2 ? *n * 100 : *n * 10;
        const int last = first + (value.size() == 2 ? 99 : 9);
        return CalendarDate{value.size() == 2 ? Precision::century : Precision::decade,
                            sys_days{year{first} / January / 1}, sys_days{year{last} / December / 31}};
    }
    const auto y = digits_at(value, 0, 4);
    if (!y) return std::nullopt;
    if (value.size() == 4) return temporal::period_of(sys_days{year{*y} / January / 1}, temporal::Unit::year);
    if (value[4] != '-') return std::nullopt;
    return parse_suffix(*y, value.substr(5));
}

namespace temporal {

CalendarDate period_of(date::sys_days d, Unit precision) noexcept {
    using namespace date;
    const year_month_day ymd{d};
    const year y = ymd.year();
    const auto m = static_cast<unsigned>(ymd.month());
    auto months = [&](unsigned first_month, unsigned count, Precision p) {
        const year_month first{y, month{first_month}};
        const year_month last = first + date::months{static_cast<int>(count) - 1};
        return CalendarDate{p, sys_days{first / 1}, sys_days{last / date::last}};
    };
    switch (precision) {
        case Unit::second:
        case Unit::minute:
        case Unit::hour:
        case Unit::day: return day_date(d);
        case Unit::week:
        case Unit::weekend: {
            const sys_days monday = d - (weekday{d} - Monday);
            return CalendarDate{Precision::week, monday, monday + days{6}};
        }
        case Unit::month: return months(m, 1, Precision::month);
        case Unit::quarter: return months((m - 1) / 3 * 3 + 1, 3, Precision::quarter);
        case Unit::half: return months(m <= 6 ? 1 : 7, 6, Precision::half);
        case Unit::season: {
            // meteorological seasons; winter belongs to the year of its December
            const year_month first = m == 1 || m == 2 ? year_month{y - years{1}, December}
                                                      : year_month{y, month{(m - 3) / 3 * 3 + 3}};
            return CalendarDate{Precision::season, sys_days{first / 1}, sys_days{(first + date::months{2}) / date::last}};
        }
        case Unit::year: return CalendarDate{Precision::year, sys_days{y / January / 1}, sys_days{y / December / 31}};
        case Unit::decade:
        case Unit::century: {
            const int span = precision == Unit::decade ? 10 : 100;
            const int first = floor_div(static_cast<int>(y), span) * span;
            return CalendarDate{precision == Unit::decade ? Precision::decade : Precision::century,
                                sys_days{year{first} / January / 1}, sys_days{year{first + span - 1} / December / 31}};
        }
    }
    return day_date(d);
}

date::sys_days shift(date::sys_days d, int amount, Unit unit) noexcept {
    using namespace date;
    auto by_months = [&](int n) {
        // month arithmetic on the month, then the day clamped to the month's end: never rolls over
        const year_month_day ymd{d};
        const year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
        const year_month_day_last end{ym / last};
        const day dd = ymd.day() <= end.day() ? ymd.day() : end.day();
        const year_month_day out{ym / dd};
        return out.ok() ? sys_days{out} : d;
    };
    switch (unit) {
        case Unit::second:
        case Unit::minute:
        case Unit::hour: return d;
        case Unit::day: return d + days{amount};
        case Unit::week:
        case Unit::weekend: return d + days{7 * amount};
        case Unit::month: return by_months(amount);
        case Unit::quarter: return by_months(3 * amount);
        case Unit::half: return by_months(6 * amount);
        case Unit::season: return by_months(3 * amount);
        case Unit::year: return by_months(12 * amount);
        case Unit::decade: return by_months(120 * amount);
        case Unit::century: return by_months(1200 * amount);
    }
    return d;
}

Unit unit_of(Precision p) noexcept {
    switch (p) {
        case Precision::day: return Unit::day;
        case Precision::week: return Unit::week;
        case Precision::month: return Unit::month;
        case Precision::quarter: return Unit::quarter;
        case Precision::season: return Unit::season;
        case Precision::half: return Unit::half;
        case Precision::year: return Unit::year;
        case Precision::decade: return Unit::decade;
        case Precision::century: return Unit::century;
    }
    return Unit::day;
}

Precision precision_of(Unit u) noexcept { return period_of(date::sys_days{}, u).precision; }


date::sys_days easter_sunday(int year, Easter kind) noexcept {
    using namespace date;
    if (kind == Easter::orthodox) {  // Meeus's Julian algorithm, then the Julian calendar's lag
        const int a = year % 4, b = year % 7, c = year % 19;
        const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
        const int m = (d + e + 114) / 31, day_of = (d + e + 114) % 31 + 1;
        const int lag = year / 100 - year / 400 - 2;  // 13 days from 1900 to 2099
        return sys_days{date::year{year} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(day_of)}} + days{lag};
    }
    // the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8)
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return sys_days{date::year{year} / month{static_cast<unsigned>(n / 31)} / day{static_cast<unsigned>(n % 31 + 1)}};
}

}  // namespace temporal
}  // namespace crisis
