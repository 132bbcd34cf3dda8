// report_numbers.h — short report numbers for people (internal): "20261203-0042" is the 42nd
// report the console saw filed on 2026-12-03 (China date of reported_at). A number is given
// once, the first time the console lists reports after the report arrived, in (reported_at, id)
// order, and never changes; a late-syncing report filed earlier that day gets the next free
// sequence of its day.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"

#include <string>

namespace gridwork {
class Store;
}

namespace gridwork::server {

Status assignReportNumbers(Store& store);
// NotFound for a number (or report id text) that names no report.
Result<Uuid> reportIdForNumber(Store& store, const std::string& numberOrId);
std::string reportNumber(Store& store, const Uuid& reportId);

}  // namespace gridwork::server
