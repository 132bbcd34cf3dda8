// working_days.h — deadlines in working days (工作日) with the township's holiday calendar.
//
// Calendar file (UTF-8, one entry a line, '#' starts a comment):
//   2026-10-01 国庆节        a holiday (no work, even on a weekday)
//   +2026-09-27 调休上班     a working day that falls on a weekend
// Saturdays and Sundays are rest days unless listed with '+'.
// Contract: pure values; parse() reports the first bad line as InvalidArgument (line N: ...).
#pragma once

#include "gridwork/core/base/error.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace gridwork::server {

class HolidayCalendar {
public:
    static Result<HolidayCalendar> parse(std::string_view text);
    // A missing file is an empty calendar (weekends only).
    static Result<HolidayCalendar> load(const std::string& path);

    bool isWorkingDay(std::int64_t dayNumber) const;
    // The date `n` working days after `date` (n >= 0; 0 = `date` itself or the next working day).
    std::string addWorkingDays(std::string_view date, int n) const;
    // Working days after `from` up to and including `to` (negative when `to` is before `from`).
    int workingDaysBetween(std::string_view from, std::string_view to) const;
    std::size_t size() const { return m_holidays.size() + m_workdays.size(); }

private:
    std::set<std::int64_t> m_holidays;
    std::set<std::int64_t> m_workdays;
};

}  // namespace gridwork::server
