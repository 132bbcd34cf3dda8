#include "gridwork/server/working_days.h"

#include "gridwork/core/domain/dates.h"

#include <fstream>
#include <sstream>

namespace gridwork::server {

using domain::formatDayNumber;
using domain::parseLocalDate;

Result<HolidayCalendar> HolidayCalendar::parse(std::string_view text) {
    HolidayCalendar cal;
    std::istringstream in{std::string(text)};
    std::string line;
    int no = 0;
    while (std::getline(in, line)) {
        ++no;
        if (auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
        std::size_t b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos) continue;
        bool workday = line[b] == '+';
        if (workday) ++b;
        std::string date = line.substr(b, 10);
        auto day = parseLocalDate(date);
        if (!day)
            return Status(ErrorCode::InvalidArgument,
                          "节假日文件第 " + std::to_string(no) + " 行：日期应为 YYYY-MM-DD");
        (workday ? cal.m_workdays : cal.m_holidays).insert(*day);
    }
    return cal;
}

Result<HolidayCalendar> HolidayCalendar::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return HolidayCalendar{};
    std::ostringstream os;
    os << in.rdbuf();
    return parse(os.str());
}

bool HolidayCalendar::isWorkingDay(std::int64_t day) const {
    if (m_workdays.count(day)) return true;
    if (m_holidays.count(day)) return false;
    // 1970-01-01 was a Thursday: day % 7 == 2 is Saturday, 3 is Sunday.
    std::int64_t w = ((day % 7) + 7) % 7;
    return w != 2 && w != 3;
}

std::string HolidayCalendar::addWorkingDays(std::string_view date, int n) const {
    auto day = parseLocalDate(date);
    if (!day) return {};
    std::int64_t d = *day;
    while (!isWorkingDay(d)) ++d;
    for (int i = 0; i < n; ++i) {
        ++d;
        while (!isWorkingDay(d)) ++d;
    }
    return formatDayNumber(d);
}

int HolidayCalendar::workingDaysBetween(std::string_view from, std::string_view to) const {
    auto a = parseLocalDate(from), b = parseLocalDate(to);
    if (!a || !b) return 0;
    int sign = *b >= *a ? 1 : -1;
    std::int64_t lo = std::min(*a, *b), hi = std::max(*a, *b);
    int n = 0;
    for (std::int64_t d = lo + 1; d <= hi; ++d)
        if (isWorkingDay(d)) ++n;
    return sign * n;
}

}  // namespace gridwork::server
