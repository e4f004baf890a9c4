// temporal: recognise time expressions, normalise them to TIMEX3 values, anchor them.
// (Owned by the temporal stage; other stages rely on Timex, CalendarDate and find_timexes.)
#pragma once

#include <crisis/text.hpp>

#include <date/date.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

enum class TimexType : std::uint8_t { date, time, duration, set };
[[nodiscard]] std::string_view to_string(TimexType t) noexcept;  // "DATE", "TIME", ...

// How precise a calendar value is. Ordered from most to least precise.
enum class Precision : std::uint8_t { day, week, month, quarter, season, half, year, decade, century };

// A calendar value with its precision and the inclusive range of days it covers:
// "2022-01-26" (day), "2022-W04" (week), "2021-12" (month), "2021-Q3", "2008-SU", "2014", "199".
struct CalendarDate {
    Precision precision = Precision::day;
    date::sys_days first;
    date::sys_days last;
    friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

// The TIMEX3 value of a calendar date ("2022-01-26", "2022-W04", "2021-12", "2021-Q3", ...).
[[nodiscard]] std::string to_timex_value(const CalendarDate& d);
// The inverse for calendar values; nullopt for anything else (PRESENT_REF, P3D, 2022-01-27TMO ...).
[[nodiscard]] std::optional<CalendarDate> parse_timex_value(std::string_view value);
[[nodiscard]] CalendarDate day_date(date::sys_days day) noexcept;
// True when every day of `inner` lies within `outer`.
[[nodiscard]] bool contains(const CalendarDate& outer, const CalendarDate& inner) noexcept;

// One recognised time expression.
struct Timex {
    Span span;                   // byte offsets into the article text
    TimexType type = TimexType::date;
    std::string value;           // TIMEX3 value: "2022-01-26", "2021-12", "PRESENT_REF", "P3D", "P1W", "2022-01-27TMO"
    std::string mod;             // TIMEX3 mod ("START", "MID", "END", "APPROX", ...) or empty
    std::optional<CalendarDate> date;  // the calendar range for DATE/TIME values that have one
    bool anchored_on_dct = false;      // resolved from the article date (deictic or tense)
};

struct TemporalOptions {
    // How a numeric date that reads either way ("10/5/2021") is read when no other numeric date of
    // the article can only be read one way ("12/17/2021", "17/12/2021"): day first, the news default.
    bool day_first = true;
};

// The working buffers of find_timexes (the lowered text, the token view, the matches of a
// sentence), kept from one article to the next by a caller that reads many of them, so that
// their memory is allocated once. Holds no result: any scratch gives the same timexes.
class TimexScratch {
public:
    TimexScratch();
    ~TimexScratch();
    TimexScratch(const TimexScratch&) = delete;
    TimexScratch& operator=(const TimexScratch&) = delete;

    struct Buffers;  // temporal/find.cpp
    [[nodiscard]] Buffers& buffers() noexcept { return *buffers_; }

private:
    std::unique_ptr<Buffers> buffers_;
};

// Finds and resolves every time expression of `text` (already segmented), relative to the
// article date `dct`. Sorted by span; spans never overlap. Finding nothing is an empty vector.
[[nodiscard]] std::vector<Timex> find_timexes(std::string_view text, const Segmentation& seg,
                                              date::year_month_day dct,
                                              const TemporalOptions& options = {});
// The same, working in `scratch`'s buffers.
[[nodiscard]] std::vector<Timex> find_timexes(std::string_view text, const Segmentation& seg,
                                              date::year_month_day dct, TimexScratch& scratch,
                                              const TemporalOptions& options = {});

}  // namespace crisis
