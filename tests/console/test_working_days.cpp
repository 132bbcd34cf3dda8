// Deadlines in working days with the township's holiday calendar.
#include "gridwork/server/working_days.h"

#include "gridwork/core/domain/dates.h"

#include <doctest/doctest.h>

using gridwork::server::HolidayCalendar;

TEST_CASE("working days skip weekends and listed holidays; '+' days are worked weekends") {
    auto cal = HolidayCalendar::parse("# 2026 国庆\n2026-10-01 国庆节\n2026-10-02\n+2026-10-10 调休上班\n");
    REQUIRE(cal.isOk());
    CHECK(cal->addWorkingDays("2026-12-03", 2) == "2026-12-07");  // Thu + 2 → Mon
    CHECK(cal->addWorkingDays("2026-12-05", 0) == "2026-12-07");  // a Saturday rolls to Monday
    CHECK(cal->addWorkingDays("2026-09-30", 1) == "2026-10-05");  // Thu 10-01, Fri 10-02 off, weekend
    CHECK(cal->addWorkingDays("2026-10-09", 1) == "2026-10-10");  // the worked Saturday
    CHECK(cal->workingDaysBetween("2026-12-03", "2026-12-07") == 2);
    CHECK(cal->workingDaysBetween("2026-12-07", "2026-12-03") == -2);
    CHECK_FALSE(cal->isWorkingDay(*gridwork::domain::parseLocalDate("2026-10-01")));
}

TEST_CASE("a bad calendar line is refused with its line number") {
    auto cal = HolidayCalendar::parse("2026-10-01\n10/02/2026\n");
    REQUIRE_FALSE(cal.isOk());
    CHECK(cal.status().message().find("第 2 行") != std::string::npos);
}
