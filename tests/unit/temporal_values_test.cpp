// TIMEX3 values of calendar dates, checked against printf's formatting of the same fields.
#include <crisis/temporal.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

namespace {

std::string printf_value(const char* fmt, int a, unsigned b = 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, fmt, a, b);
    return buf;
}

crisis::CalendarDate at(crisis::Precision p, int y, unsigned m, unsigned d) {
    const date::sys_days day{date::year{y} / date::month{m} / date::day{d}};
    return crisis::CalendarDate{p, day, day};
}

}  // namespace

TEST_CASE("TIMEX3 values pad years, months and days as printf's %04d and %02u do", "[temporal]") {
    using crisis::Precision;
    for (const int y : {-1234, -45, -1, 0, 7, 99, 999, 1000, 1999, 2022, 9999, 12345}) {
        INFO("year " << y);
        CHECK(crisis::to_timex_value(at(Precision::day, y, 3, 7)) == printf_value("%04d-03-07", y));
        CHECK(crisis::to_timex_value(at(Precision::month, y, 11, 1)) == printf_value("%04d-11", y));
        CHECK(crisis::to_timex_value(at(Precision::year, y, 6, 1)) == printf_value("%04d", y));
        CHECK(crisis::to_timex_value(at(Precision::quarter, y, 8, 1)) == printf_value("%04d-Q3", y));
        CHECK(crisis::to_timex_value(at(Precision::half, y, 2, 1)) == printf_value("%04d-H1", y));
        CHECK(crisis::to_timex_value(at(Precision::season, y, 7, 1)) == printf_value("%04d-SU", y));
    }
    CHECK(crisis::to_timex_value(at(Precision::decade, 1994, 1, 1)) == "199");
    CHECK(crisis::to_timex_value(at(Precision::decade, 5, 1, 1)) == "000");
    CHECK(crisis::to_timex_value(at(Precision::century, 1994, 1, 1)) == "19");
    CHECK(crisis::to_timex_value(at(Precision::century, 5, 1, 1)) == "00");
    CHECK(crisis::to_timex_value(at(Precision::week, 2022, 1, 27)) == "2022-W04");
    CHECK(crisis::to_timex_value(at(Precision::week, 2021, 1, 3)) == "2020-W53");
}
