// console_config.h — what the township configures for its console, read from the data
// directory at start (DATA/console/):
//   config.json    {"departments": ["城管中队", ...],
//                   "deadline_working_days": {"safety_hazard": 3, ..., "default": 5},
//                   "near_due_working_days": 1,
//                   "templates": [{"category": "flood", "action": "accept", "text": "..."}],
//                   "tile_url": ""}          (empty: no external tile server, the map is offline)
//   holidays.txt   the holiday calendar (working_days.h)
//   township.geojson  grid polygons and household points for the 一张图 map
// A missing file gives the defaults below; a malformed one is InvalidArgument naming the file.
// Contract: plain values; load() does file I/O only.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/server/working_days.h"

#include <map>
#include <string>
#include <vector>

namespace gridwork::server {

struct ResponseTemplate {
    std::string category;  // a category name, or "" for any
    std::string action;    // a report action name ("accept", "dispatch", ...)
    std::string text;
};

struct ConsoleConfig {
    std::vector<std::string> departments;
    std::map<std::string, int> deadlineWorkingDays;  // category name → working days; "default"
    int nearDueWorkingDays = 1;
    std::vector<ResponseTemplate> templates;
    std::string tileUrl;
    HolidayCalendar holidays;
    std::string geojsonPath;  // "" when the township has no map file

    int deadlineDaysFor(const std::string& category) const;

    static ConsoleConfig defaults();
    // dir: DATA/console (may be missing).
    static Result<ConsoleConfig> load(const std::string& dir);
};

}  // namespace gridwork::server
