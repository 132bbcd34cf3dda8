// console_schema.h — the web console's own tables in the server's SQLite (internal).
//
//   console_staff          accounts (login, name, role, department, grid, Argon2id hash, lockout)
//   console_sessions       sha256(token) → login, csrf, created/last-seen times
//   console_audit          append-only: triggers refuse UPDATE and DELETE of rows < 183 days old
//   console_report_numbers the short report number (20261203-0042) given the first time the
//                          console sees a report: day of filing + its order of arrival that day
// Versioned by meta key console_schema_version; each step runs in one transaction.
#pragma once

#include "gridwork/core/base/error.h"

namespace gridwork {
class Store;
}

namespace gridwork::server {

Status migrateConsoleSchema(Store& store);

}  // namespace gridwork::server
