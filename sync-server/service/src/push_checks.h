// push_checks.h — what the server refuses in a pushed change before it reaches the merge
// (issue 15, "bad values accepted from a device"); private to service/src.
//
// checkPushedChange (after merge::validateRemoteChange: table, column, type, row id): grid_id is
// never NULL and names the change's grid, `deleted` is never NULL, numbers are finite,
// coordinates lie on the earth, text is within the phone's bounds (validation.h: 200 characters,
// 5,000 for notes and texts), dates are real dates. A date after the server's next day or more
// than 60 days before its day is accepted but flagged (*farFromServerDay; push.cpp records it in
// server table flagged_dates for the township): refusing would block the phone's outbox for good. Rows of the township
// (org units, workers, devices) are read-only for devices, Every refusal is INVALID_ARGUMENT (or UNKNOWN_TABLE/COLUMN,
// WRONG_GRID) naming the column, in plain Chinese; nothing is applied. storageToTyped: a constraint failure from SQLite
// becomes INVALID_ARGUMENT naming the column (never 503 STORAGE with SQL text, which a device would retry forever).
// Contract: pure functions of their arguments; thread-safe.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/schema.h"

#include <cstdint>

namespace gridwork::server {

Status checkPushedChange(const TableSpec& spec, const Change& c, std::uint64_t serverNowMs,
                         bool* farFromServerDay = nullptr);
Status storageToTyped(const Status& st, const Change& c);

}  // namespace gridwork::server
