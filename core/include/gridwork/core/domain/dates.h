// dates.h — local dates of the domain: "YYYY-MM-DD" in China time (UTC+8, no DST).
//
// A visit, diary entry or due date belongs to the worker's local day, not to a UTC day: a visit
// at 07:30 Beijing time (23:30 UTC the day before) is on the Beijing date. Times are Unix ms.
// Contract: pure functions (proleptic Gregorian calendar, std::chrono's civil calendar); thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gridwork::domain {

inline constexpr std::int64_t kChinaUtcOffsetMs = 8LL * 3600 * 1000;

// The China local date of a Unix-ms instant, e.g. 1700000000000 -> "2023-11-15".
std::string localDateFromMs(std::int64_t unixMs);
// The same day as a day number (days since 1970-01-01), and its year.
std::int64_t localDayNumberFromMs(std::int64_t unixMs);
int localYearFromMs(std::int64_t unixMs);
// Days since 1970-01-01 for a valid "YYYY-MM-DD"; nullopt when malformed or not a real date.
std::optional<std::int64_t> parseLocalDate(std::string_view date);
bool isValidLocalDate(std::string_view date);
// The date `days` after (negative: before) a valid date; "" when `date` is invalid.
std::string addDays(std::string_view date, std::int64_t days);
// to - from in days; nullopt when either is invalid.
std::optional<std::int64_t> daysBetween(std::string_view from, std::string_view to);
// "YYYY-MM-DD" from a day number (days since 1970-01-01).
std::string formatDayNumber(std::int64_t days);

}  // namespace gridwork::domain
