// PLACEHOLDER: the temporal stage is being written (issue 3).
#include <crisis/temporal.hpp>

#include <cstdio>

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

std::string to_timex_value(const CalendarDate& d) {
    const date::year_month_day ymd{d.first};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}
std::optional<CalendarDate> parse_timex_value(std::string_view) { return std::nullopt; }
CalendarDate day_date(date::sys_days day) noexcept { return CalendarDate{Precision::day, day, day}; }
bool contains(const CalendarDate& outer, const CalendarDate& inner) noexcept {
    return outer.first <= inner.first && inner.last <= outer.last;
}

std::vector<Timex> find_timexes(std::string_view, const Segmentation&, date::year_month_day,
                                const TemporalOptions&) {
    return {};
}

}  // namespace crisis
