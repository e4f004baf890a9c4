// temporal/lexicon_holidays: the named days of the year, as data (src/temporal/scan_holiday.cpp
// reads them; resolve.cpp computes their days). Included by lexicon.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace crisis::temporal {

// Holidays: a fixed day of a month, the nth weekday of a month (nth -1: the last), or a day
// counted from Easter Sunday (Western: the Gregorian computus; Orthodox: the Julian one, given
// as its Gregorian day). Matched case-insensitively, the first word capitalised; the year follows
// the tense like a bare date.
enum class Easter : std::uint8_t { none, western, orthodox };
struct Holiday {
    std::string_view words;  // lower case, single spaces; a possessive is its own token ("year 's")
    unsigned month;
    unsigned day;            // 0: the nth weekday (or a day of Easter)
    int nth = 0;
    int weekday = 0;         // 0..6, Sunday = 0
    int shift = 0;           // days after that day ("election day": the Tuesday after the first Monday; "good friday": -2)
    Easter easter = Easter::none;
};
inline constexpr std::array holidays{
    Holiday{"christmas day", 12, 25}, Holiday{"christmas", 12, 25}, Holiday{"christmas eve", 12, 24},
    Holiday{"boxing day", 12, 26}, Holiday{"new year 's day", 1, 1}, Holiday{"new year 's eve", 12, 31},
    Holiday{"orthodox christmas", 1, 7}, Holiday{"valentine 's day", 2, 14}, Holiday{"halloween", 10, 31},
    Holiday{"independence day", 7, 4}, Holiday{"bastille day", 7, 14}, Holiday{"victory day", 5, 9},
    Holiday{"armistice day", 11, 11}, Holiday{"remembrance day", 11, 11}, Holiday{"veterans day", 11, 11},
    Holiday{"thanksgiving day", 11, 0, 4, 4}, Holiday{"thanksgiving", 11, 0, 4, 4},
    Holiday{"labor day", 9, 0, 1, 1}, Holiday{"memorial day", 5, 0, -1, 1},
    Holiday{"martin luther king day", 1, 0, 3, 1}, Holiday{"election day", 11, 0, 1, 1, 1},
    Holiday{"may day", 5, 1}, Holiday{"international women 's day", 3, 8}, Holiday{"defender of the fatherland day", 2, 23},
    Holiday{"russia day", 6, 12}, Holiday{"international holocaust remembrance day", 1, 27},
    Holiday{"easter", 0, 0, 0, 0, 0, Easter::western}, Holiday{"easter sunday", 0, 0, 0, 0, 0, Easter::western},
    Holiday{"easter monday", 0, 0, 0, 0, 1, Easter::western}, Holiday{"good friday", 0, 0, 0, 0, -2, Easter::western},
    Holiday{"holy saturday", 0, 0, 0, 0, -1, Easter::western}, Holiday{"maundy thursday", 0, 0, 0, 0, -3, Easter::western},
    Holiday{"palm sunday", 0, 0, 0, 0, -7, Easter::western}, Holiday{"ash wednesday", 0, 0, 0, 0, -46, Easter::western},
    Holiday{"ascension day", 0, 0, 0, 0, 39, Easter::western}, Holiday{"pentecost", 0, 0, 0, 0, 49, Easter::western},
    Holiday{"whit sunday", 0, 0, 0, 0, 49, Easter::western}, Holiday{"whit monday", 0, 0, 0, 0, 50, Easter::western},
    Holiday{"orthodox easter", 0, 0, 0, 0, 0, Easter::orthodox},
    Holiday{"orthodox easter sunday", 0, 0, 0, 0, 0, Easter::orthodox},
    Holiday{"orthodox good friday", 0, 0, 0, 0, -2, Easter::orthodox},
};

// Capitalised words after a holiday's words that make them a name ("Easter Island", "Christmas
// Island", "the Easter Rising"). src/temporal/scan_holiday.cpp.
inline constexpr std::array<std::string_view, 3> holiday_name_followers{"island", "islands", "rising"};

}  // namespace crisis::temporal
