// The temporal stage, more span rules from TimeML corpora (TimeBank, TempEval-3): the words
// after an expression that belong to it. One TEST_CASE per rule, one row per case.
#include "temporal_rows.hpp"

using namespace temporal_rows;

TEST_CASE("an open end after a date or a duration belongs to it", "[temporal]") {
    const Row rows[] = {
        {"The company wouldn't be profitable until 1994 or later.", "1989-11-02", R"("1994 or later" DATE 1994)"},
        {"He is confident about cash flow for 1990 and beyond.", "1989-11-02", R"("1990 and beyond" DATE 1990)"},
        {"The plant will be closed over the next year or so, a spokesman said.", "1989-11-02",
         R"("the next year or so" DATE 1990)"},
        {"The vote could come in March or earlier.", "1998-02-13", R"("March or earlier" DATE 1998-03)"},
        {"He may decide by Friday or earlier this week.", "1998-02-10",
         R"("Friday" DATE 1998-02-13; "earlier this week" DATE 1998-W07 START)"},
        {"Troops stayed in 1990 and beyond the border.", "1998-02-10", R"("1990" DATE 1990)"},
    };
    check_rows(rows);
}

TEST_CASE("a second bare plural joins an uncounted first one", "[temporal]") {
    const Row rows[] = {
        {"He probably died within weeks or months of his capture.", "1998-02-19", R"("weeks or months" DURATION PXW)"},
        {"Many funds in recent weeks and months have been selling bonds.", "1989-10-27",
         R"("recent weeks and months" DURATION PXW)"},
        {"The talks lasted two weeks and months passed.", "1989-10-27", R"("two weeks" DURATION P2W; "months" DURATION PXM)"},
    };
    check_rows(rows);
}

TEST_CASE("a count of months after a year-earlier comparison is the duration compared", "[temporal]") {
    const Row rows[] = {
        {"Net for the year-earlier nine months also included a gain.", "1989-11-02",
         R"("the year-earlier nine months" DURATION P9M)"},
        {"Net fell in the third quarter. In the year-earlier quarter, it earned $4 million.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the year-earlier quarter" DATE 1988-Q3)"},
    };
    check_rows(rows);
}

TEST_CASE("a relative word before a holiday belongs to it", "[temporal]") {
    const Row rows[] = {
        {"He was found clinging to an inner tube last Thanksgiving.", "2000-02-10", R"("last Thanksgiving" DATE 1999-11-25)"},
        {"The family will meet again next Christmas.", "1998-02-13", R"("next Christmas" DATE 1998-12-25)"},
        {"They marched on Christmas Eve.", "1998-02-13", R"("Christmas Eve" DATE 1997-12-24)"},
    };
    check_rows(rows);
}

TEST_CASE("a count and a singular unit before a noun go without the article, like a hyphenated one", "[temporal]") {
    const Row rows[] = {
        {"Crowds came for the two day rally in Abuja.", "1998-03-03", R"("two day" DURATION P2D)"},
        {"Crowds came for the two-day rally in Abuja.", "1998-03-03", R"("two-day" DURATION P2D)"},
        {"The four days of talks ended.", "1998-03-03", R"("The four days" DURATION P4D)"},
        {"Sales will grow over the next two years.", "1998-03-03", R"("the next two years" DURATION P2Y)"},
    };
    check_rows(rows);
}

TEST_CASE("the bare plural before ahead is one stretch with its article", "[temporal]") {
    const Row rows[] = {
        {"Funds may sell their junk in the weeks ahead.", "1989-10-27", R"("the weeks ahead" DURATION PXW)"},
        {"The months ahead will be hard.", "1989-10-27", R"("The months ahead" DURATION PXM)"},
        {"The rebels went ahead with the vote.", "1989-10-27", ""},
    };
    check_rows(rows);
}

TEST_CASE("a quarter after a relative year's is the quarter mentioned, in that year", "[temporal]") {
    const Row rows[] = {
        {"Sales rose in the third quarter. U.K. sales for last year's quarter were $3 million.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "last year's quarter" DATE 1988-Q3)"},
        {"Net sales for this year's third quarter were $14 million.", "1989-11-02", R"("this year's third quarter" DATE 1989-Q3)"},
        {"Last year's results were hurt by charges.", "1989-11-02", R"("Last year" DATE 1988)"},
    };
    check_rows(rows);
}

TEST_CASE("a period noun before last year or a year ago is the period a year before", "[temporal]") {
    const Row rows[] = {
        {"Net fell in the third quarter from $1.8 million for the corresponding period last year.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the corresponding period last year" DATE 1988-Q3)"},
        {"Net fell in the third quarter. For the quarter a year ago, it earned $16.3 million.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the quarter a year ago" DATE 1988-Q3)"},
        {"Net fell in the third quarter from the same period a year earlier.", "1989-11-02",
         R"("the third quarter" DATE 1989-Q3; "the same period a year earlier" DATE 1988-Q3)"},
        {"Sales rose 5% from last year.", "1989-11-02", R"("last year" DATE 1988)"},
    };
    check_rows(rows);
}

TEST_CASE("fiscal glued to an ordinal by a hyphen is part of the quarter", "[temporal]") {
    const Row rows[] = {
        {"It lost $2 million for the fiscal-first quarter ended Sept. 30.", "1989-11-02",
         R"("the fiscal-first quarter" DATE 1989-Q1; "Sept. 30" DATE 1989-09-30)"},
        {"It lost $2 million in the fiscal first quarter.", "1989-11-02", R"("the fiscal first quarter" DATE 1989-Q1)"},
    };
    check_rows(rows);
}
