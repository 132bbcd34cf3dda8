#include "console_schema.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace gridwork::server {

namespace {
const std::vector<std::vector<const char*>>& steps() {
    static const std::vector<std::vector<const char*>> kSteps = {
        {
            "CREATE TABLE IF NOT EXISTS console_staff (login TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
            "role TEXT NOT NULL, department TEXT NOT NULL DEFAULT '', grid_id BLOB, pw_hash TEXT NOT NULL, "
            "disabled INTEGER NOT NULL DEFAULT 0, failed_logins INTEGER NOT NULL DEFAULT 0, "
            "locked_until INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS console_sessions (token_hash TEXT PRIMARY KEY NOT NULL, login TEXT NOT NULL, "
            "csrf TEXT NOT NULL, created_at INTEGER NOT NULL, last_seen INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS console_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
            "login TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', "
            "detail TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX IF NOT EXISTS console_audit_at ON console_audit(at)",
            "CREATE TRIGGER IF NOT EXISTS console_audit_no_update BEFORE UPDATE ON console_audit "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS console_audit_keep BEFORE DELETE ON console_audit "
            "WHEN old.at > (CAST(strftime('%s','now') AS INTEGER) - 183 * 86400) * 1000 "
            "BEGIN SELECT RAISE(ABORT, 'audit rows are kept for at least 6 months'); END",
            "CREATE TABLE IF NOT EXISTS console_report_numbers (report_id BLOB PRIMARY KEY NOT NULL, "
            "number TEXT NOT NULL UNIQUE, day TEXT NOT NULL, seq INTEGER NOT NULL)",
            "CREATE INDEX IF NOT EXISTS console_report_numbers_day ON console_report_numbers(day, seq)",
        },
    };
    return kSteps;
}
}  // namespace

Status migrateConsoleSchema(Store& store) {
    int current = 0;
    if (auto v = store.meta("console_schema_version")) current = static_cast<int>(std::strtol(v->c_str(), nullptr, 10));
    const int latest = static_cast<int>(steps().size());
    if (current > latest)
        return {ErrorCode::InvalidState, "console schema v" + std::to_string(current) + " is newer than this program"};
    for (int v = current + 1; v <= latest; ++v) {
        db::Transaction txn(store.database());
        GW_TRY(txn.begun());
        for (const char* sql : steps()[v - 1]) GW_TRY(store.database().exec(sql));
        GW_TRY(store.setMeta("console_schema_version", std::to_string(v)));
        GW_TRY(txn.commit());
    }
    return Status::ok();
}

}  // namespace gridwork::server
