// dates.cpp — China local dates on std::chrono's civil calendar (year_month_day, sys_days).
// The offset is fixed (UTC+8, no DST), so no time-zone database is involved.
#include "gridwork/core/domain/dates.h"

#include "gridwork/core/base/parse.h"

#include <chrono>
#include <cstdio>

namespace gridwork::domain {

namespace {
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr std::int64_t kDayMs = 86400000LL;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

year_month_day civilOf(std::int64_t dayNumber) {
    return year_month_day{sys_days{days{dayNumber}}};
}
}  // namespace

std::string formatDayNumber(std::int64_t dayNumber) {
    const year_month_day ymd = civilOf(dayNumber);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

std::int64_t localDayNumberFromMs(std::int64_t unixMs) {
    return floorDiv(unixMs + kChinaUtcOffsetMs, kDayMs);
}

std::string localDateFromMs(std::int64_t unixMs) {
    return formatDayNumber(localDayNumberFromMs(unixMs));
}

int localYearFromMs(std::int64_t unixMs) {
    return static_cast<int>(civilOf(localDayNumberFromMs(unixMs)).year());
}

std::optional<std::int64_t> parseLocalDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = parseNumber<unsigned>(s.substr(0, 4));
    auto m = parseNumber<unsigned>(s.substr(5, 2));
    auto d = parseNumber<unsigned>(s.substr(8, 2));
    if (!y || !m || !d) return std::nullopt;
    const year_month_day ymd{std::chrono::year{static_cast<int>(*y)}, std::chrono::month{*m}, std::chrono::day{*d}};
    if (!ymd.ok()) return std::nullopt;  // month 13, day 0, 2月30日, 2月29日 of a common year
    return sys_days{ymd}.time_since_epoch().count();
}

bool isValidLocalDate(std::string_view date) {
    return parseLocalDate(date).has_value();
}

std::string addDays(std::string_view date, std::int64_t n) {
    auto day = parseLocalDate(date);
    return day ? formatDayNumber(*day + n) : std::string();
}

std::optional<std::int64_t> daysBetween(std::string_view from, std::string_view to) {
    auto a = parseLocalDate(from), b = parseLocalDate(to);
    if (!a || !b) return std::nullopt;
    return *b - *a;
}

}  // namespace gridwork::domain
