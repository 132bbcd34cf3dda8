// migrations.cpp — the versioned schema. Each step is frozen once released: never edit a step,
// add a new one. PRAGMA user_version holds the version; each step runs in its own transaction.
// The DDL agrees with schema.cpp's specs (checked by tests/core/test_schema.cpp).
#include "store/migrations.h"

#include "gridwork/core/db.h"

namespace gridwork {

namespace {
const std::vector<std::vector<const char*>>& steps() {
    static const std::vector<std::vector<const char*>> kSteps = {
        // v1: the domain, clocks, outbox, meta.
        {
        "CREATE TABLE org_units (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, parent_id BLOB, level TEXT, name TEXT, code TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX org_units_grid ON org_units(grid_id)",
        "CREATE TABLE workers (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, name TEXT, phone TEXT, role TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX workers_grid ON workers(grid_id)",
        "CREATE TABLE devices (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, label TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX devices_grid ON devices(grid_id)",
        "CREATE TABLE households (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, micro_grid_id BLOB, address TEXT, kind TEXT, status TEXT, head_name TEXT, phone TEXT, note TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX households_grid ON households(grid_id)",
        "CREATE TABLE residents (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, name TEXT, id_number TEXT, phone TEXT, birth_year INTEGER, gender TEXT, relation TEXT, tags TEXT, status TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX residents_grid ON residents(grid_id)",
        "CREATE TABLE followup_schedules (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, resident_id BLOB, reason TEXT, interval_days INTEGER, start_date TEXT, active INTEGER, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX followup_schedules_grid ON followup_schedules(grid_id)",
        "CREATE TABLE visits (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, resident_id BLOB, worker_id BLOB, kind TEXT, outcome TEXT, note TEXT, lat REAL, lon REAL, visited_at INTEGER, visit_date TEXT, schedule_id BLOB, task_id BLOB, photo_sha256 TEXT)",
        "CREATE INDEX visits_grid ON visits(grid_id)",
        "CREATE TABLE checkpoints (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, name TEXT, kind TEXT, lat REAL, lon REAL, radius_m REAL, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX checkpoints_grid ON checkpoints(grid_id)",
        "CREATE TABLE patrols (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, started_at INTEGER, stopped_at INTEGER, state TEXT, distance_m REAL, findings TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX patrols_grid ON patrols(grid_id)",
        "CREATE TABLE patrol_points (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, patrol_id BLOB, seq INTEGER, lat REAL, lon REAL, accuracy_m REAL, recorded_at INTEGER)",
        "CREATE INDEX patrol_points_grid ON patrol_points(grid_id)",
        "CREATE TABLE patrol_checkpoints (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, patrol_id BLOB, checkpoint_id BLOB, passed_at INTEGER, note TEXT)",
        "CREATE INDEX patrol_checkpoints_grid ON patrol_checkpoints(grid_id)",
        "CREATE TABLE reports (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, household_id BLOB, patrol_id BLOB, category TEXT, text TEXT, lat REAL, lon REAL, severity TEXT, handled_on_site INTEGER, photo_sha256 TEXT, reported_at INTEGER, deadline TEXT, status TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX reports_grid ON reports(grid_id)",
        "CREATE TABLE report_events (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, report_id BLOB, kind TEXT, actor_id BLOB, actor_name TEXT, department TEXT, note TEXT, at INTEGER, superseded INTEGER)",
        "CREATE INDEX report_events_grid ON report_events(grid_id)",
        "CREATE TABLE tasks (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, assignee_id BLOB, household_id BLOB, title TEXT, body TEXT, due_date TEXT, issued_at INTEGER, status TEXT, result TEXT, completed_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX tasks_grid ON tasks(grid_id)",
        "CREATE TABLE diary_entries (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, at INTEGER, entry_date TEXT, topic TEXT, text TEXT)",
        "CREATE INDEX diary_entries_grid ON diary_entries(grid_id)",
        "CREATE TABLE attachments (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, sha256 TEXT, mime TEXT, size INTEGER, owner_table TEXT, owner_id BLOB, local_path TEXT, upload_state TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX attachments_grid ON attachments(grid_id)",
        "CREATE INDEX households_micro_grid ON households(micro_grid_id)",
        "CREATE INDEX residents_household ON residents(household_id)",
        "CREATE INDEX followups_household ON followup_schedules(household_id)",
        "CREATE INDEX visits_household ON visits(household_id, visited_at)",
        "CREATE INDEX visits_schedule ON visits(schedule_id, visit_date)",
        "CREATE INDEX patrol_points_patrol ON patrol_points(patrol_id, seq)",
        "CREATE INDEX patrol_checkpoints_patrol ON patrol_checkpoints(patrol_id)",
        "CREATE INDEX report_events_report ON report_events(report_id)",
        "CREATE INDEX tasks_assignee ON tasks(assignee_id, status)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID",
        "CREATE TABLE column_clocks (tbl TEXT NOT NULL, row_id BLOB NOT NULL, col TEXT NOT NULL, "
        "hlc INTEGER NOT NULL, site BLOB NOT NULL, PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID",
        "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, row_id BLOB NOT NULL, "
        "col TEXT NOT NULL, value, hlc INTEGER NOT NULL, site BLOB NOT NULL, grid_id BLOB)",
        "CREATE INDEX outbox_column ON outbox(tbl, row_id, col)",
        },
        // v2: the conflict log (DESIGN §4: no edit is lost silently).
        {
        "CREATE TABLE conflicts (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, tbl TEXT, row_ref BLOB, col TEXT, loser_value TEXT, winner_value TEXT, loser_hlc INTEGER, winner_hlc INTEGER, loser_site BLOB, winner_site BLOB, detected_at INTEGER, detected_by BLOB)",
        "CREATE INDEX conflicts_grid ON conflicts(grid_id)",
        "CREATE INDEX conflicts_row ON conflicts(tbl, row_ref)",
        },
    };
    return kSteps;
}
}  // namespace

int latestSchemaVersion() { return static_cast<int>(steps().size()); }

Status migrate(db::Database& db, int targetVersion) {
    if (targetVersion <= 0 || targetVersion > latestSchemaVersion()) targetVersion = latestSchemaVersion();
    auto current = db.queryInt("PRAGMA user_version").value_or(0);
    if (current > latestSchemaVersion())
        return {ErrorCode::InvalidState, "database schema v" + std::to_string(current) +
                                             " is newer than this program (v" +
                                             std::to_string(latestSchemaVersion()) + ")"};
    for (int v = static_cast<int>(current) + 1; v <= targetVersion; ++v) {
        db::Transaction txn(db);
        GW_TRY(txn.begun());
        for (const char* sql : steps()[v - 1]) GW_TRY(db.exec(sql));
        GW_TRY(db.exec("PRAGMA user_version = " + std::to_string(v)));
        GW_TRY(txn.commit());
    }
    return Status::ok();
}

}  // namespace gridwork
