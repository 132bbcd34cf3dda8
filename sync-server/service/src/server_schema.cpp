#include "server_schema.h"

#include "gridwork/core/base/parse.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <string>
#include <vector>

namespace gridwork::server {

namespace {
const std::vector<std::vector<const char*>>& steps() {
    static const std::vector<std::vector<const char*>> kSteps = {
        // v1: change log (latest value per column), scope, devices, enrollment, push state.
        {
            "CREATE TABLE server_log (tbl TEXT NOT NULL, row_id BLOB NOT NULL, col TEXT NOT NULL, "
            "grid_id BLOB NOT NULL, server_seq INTEGER NOT NULL, value, hlc INTEGER NOT NULL, site BLOB NOT NULL, "
            "PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID",
            "CREATE INDEX server_log_grid_seq ON server_log(grid_id, server_seq)",
            "CREATE TABLE worker_grids (worker_id BLOB NOT NULL, grid_id BLOB NOT NULL, "
            "PRIMARY KEY (worker_id, grid_id)) WITHOUT ROWID",
            "CREATE TABLE server_devices (site_id BLOB PRIMARY KEY NOT NULL, worker_id BLOB NOT NULL, "
            "token_hash TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, label TEXT, enrolled_at INTEGER)",
            "CREATE INDEX server_devices_token ON server_devices(token_hash)",
            "CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY NOT NULL, worker_id BLOB NOT NULL, "
            "expires_at INTEGER NOT NULL, used_at INTEGER)",
            "CREATE TABLE device_push_state (site_id BLOB PRIMARY KEY NOT NULL, acked_seq INTEGER NOT NULL, "
            "stamp_epoch INTEGER NOT NULL DEFAULT 0)",
        },
        // v2 (issue 15): which site used a code (a retried enrollment whose answer was lost), and
        // when a worker lost a grid (changes stamped before that are still accepted for it).
        {
            "ALTER TABLE enrollment_codes ADD COLUMN used_by BLOB",
            "ALTER TABLE enrollment_codes ADD COLUMN refused_claims INTEGER NOT NULL DEFAULT 0",
            "CREATE TABLE worker_grid_removals (worker_id BLOB NOT NULL, grid_id BLOB NOT NULL, "
            "removed_at INTEGER NOT NULL, PRIMARY KEY (worker_id, grid_id)) WITHOUT ROWID",
            // Dates far from the server's day at push time (a phone's wrong clock), for review.
            "CREATE TABLE flagged_dates (tbl TEXT NOT NULL, row_id BLOB NOT NULL, col TEXT NOT NULL, "
            "value TEXT, site BLOB NOT NULL, flagged_at INTEGER NOT NULL, PRIMARY KEY (tbl, row_id, col)) WITHOUT "
            "ROWID",
            // Rows moved out of a grid: an edit from that grid's phones is kept, not refused.
            "CREATE TABLE row_moves (tbl TEXT NOT NULL, row_id BLOB NOT NULL, from_grid BLOB NOT NULL, "
            "server_seq INTEGER NOT NULL, PRIMARY KEY (tbl, row_id, from_grid)) WITHOUT ROWID",
            "CREATE INDEX row_moves_grid_seq ON row_moves(from_grid, server_seq)",
            // Grids that hold an attachment: a device of the grid uploaded its bytes into it.
            // Existing records are trusted once, at this migration.
            "CREATE TABLE attachment_grids (sha256 TEXT NOT NULL, grid_id BLOB NOT NULL, "
            "PRIMARY KEY (sha256, grid_id)) WITHOUT ROWID",
            "INSERT OR IGNORE INTO attachment_grids(sha256, grid_id) SELECT sha256, grid_id FROM attachments "
            "WHERE sha256 IS NOT NULL AND grid_id IS NOT NULL",
        },
    };
    return kSteps;
}
}  // namespace

int latestServerSchemaVersion() {
    return static_cast<int>(steps().size());
}

Status migrateServerSchema(Store& store) {
    int current = 0;
    if (auto v = store.meta("server_schema_version")) {
        GW_ASSIGN_OR_RETURN(current,
                            parseNumber<int>(*v, ErrorCode::Storage, "数据文件已损坏：meta.server_schema_version"));
    }
    if (current > latestServerSchemaVersion())
        return {ErrorCode::InvalidState, "server schema v" + std::to_string(current) + " is newer than this program"};
    for (int v = current + 1; v <= latestServerSchemaVersion(); ++v) {
        db::Transaction txn(store.database());
        GW_TRY(txn.begun());
        for (const char* sql : steps()[v - 1]) GW_TRY(store.database().exec(sql));
        GW_TRY(store.setMeta("server_schema_version", std::to_string(v)));
        GW_TRY(txn.commit());
    }
    return Status::ok();
}

}  // namespace gridwork::server
