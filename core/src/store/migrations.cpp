// migrations.cpp — the versioned schema. Each step is frozen once released: never edit a step,
// add a new one. PRAGMA user_version holds the version; each step runs in its own transaction.
// The DDL agrees with schema.cpp's specs (checked by tests/core/test_schema.cpp).
#include "store/migrations.h"

#include "gridwork/core/store/db.h"
#include "store/packed_columns.h"

namespace gridwork {

namespace {
Status compactJournal(db::Database& db);

// One step: its statements, then (optionally) a data conversion that SQL alone cannot express.
struct Step {
    std::vector<const char*> sql;
    Status (*convert)(db::Database&) = nullptr;
};

const std::vector<Step>& steps() {
    static const std::vector<Step> kSteps = {
        // v1: the domain, clocks, outbox, meta.
        {{
            "CREATE TABLE org_units (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, parent_id BLOB, level TEXT, name "
            "TEXT, code TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX org_units_grid ON org_units(grid_id)",
            "CREATE TABLE workers (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, name TEXT, phone TEXT, role TEXT, "
            "deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX workers_grid ON workers(grid_id)",
            "CREATE TABLE devices (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, label TEXT, deleted "
            "INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX devices_grid ON devices(grid_id)",
            "CREATE TABLE households (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, micro_grid_id BLOB, address TEXT, "
            "kind TEXT, status TEXT, head_name TEXT, phone TEXT, note TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX households_grid ON households(grid_id)",
            "CREATE TABLE residents (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, name TEXT, "
            "id_number TEXT, phone TEXT, birth_year INTEGER, gender TEXT, relation TEXT, tags TEXT, status TEXT, "
            "deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX residents_grid ON residents(grid_id)",
            "CREATE TABLE followup_schedules (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, "
            "resident_id BLOB, reason TEXT, interval_days INTEGER, start_date TEXT, active INTEGER, deleted INTEGER "
            "NOT NULL DEFAULT 0)",
            "CREATE INDEX followup_schedules_grid ON followup_schedules(grid_id)",
            "CREATE TABLE visits (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, resident_id BLOB, "
            "worker_id BLOB, kind TEXT, outcome TEXT, note TEXT, lat REAL, lon REAL, visited_at INTEGER, visit_date "
            "TEXT, schedule_id BLOB, task_id BLOB, photo_sha256 TEXT)",
            "CREATE INDEX visits_grid ON visits(grid_id)",
            "CREATE TABLE checkpoints (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, name TEXT, kind TEXT, lat REAL, lon "
            "REAL, radius_m REAL, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX checkpoints_grid ON checkpoints(grid_id)",
            "CREATE TABLE patrols (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, started_at INTEGER, "
            "stopped_at INTEGER, state TEXT, distance_m REAL, findings TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX patrols_grid ON patrols(grid_id)",
            "CREATE TABLE patrol_points (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, patrol_id BLOB, seq INTEGER, lat "
            "REAL, lon REAL, accuracy_m REAL, recorded_at INTEGER)",
            "CREATE INDEX patrol_points_grid ON patrol_points(grid_id)",
            "CREATE TABLE patrol_checkpoints (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, patrol_id BLOB, "
            "checkpoint_id BLOB, passed_at INTEGER, note TEXT)",
            "CREATE INDEX patrol_checkpoints_grid ON patrol_checkpoints(grid_id)",
            "CREATE TABLE reports (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, household_id BLOB, "
            "patrol_id BLOB, category TEXT, text TEXT, lat REAL, lon REAL, severity TEXT, handled_on_site INTEGER, "
            "photo_sha256 TEXT, reported_at INTEGER, deadline TEXT, status TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX reports_grid ON reports(grid_id)",
            "CREATE TABLE report_events (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, report_id BLOB, kind TEXT, "
            "actor_id BLOB, actor_name TEXT, department TEXT, note TEXT, at INTEGER, superseded INTEGER)",
            "CREATE INDEX report_events_grid ON report_events(grid_id)",
            "CREATE TABLE tasks (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, assignee_id BLOB, household_id BLOB, "
            "title TEXT, body TEXT, due_date TEXT, issued_at INTEGER, status TEXT, result TEXT, completed_at INTEGER, "
            "deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX tasks_grid ON tasks(grid_id)",
            "CREATE TABLE diary_entries (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, worker_id BLOB, at INTEGER, "
            "entry_date TEXT, topic TEXT, text TEXT)",
            "CREATE INDEX diary_entries_grid ON diary_entries(grid_id)",
            "CREATE TABLE attachments (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, sha256 TEXT, mime TEXT, size "
            "INTEGER, owner_table TEXT, owner_id BLOB, local_path TEXT, upload_state TEXT, deleted INTEGER NOT NULL "
            "DEFAULT 0)",
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
        }},
        // v2: the conflict log (DESIGN §4: no edit is lost silently).
        {{
            "CREATE TABLE conflicts (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, tbl TEXT, row_ref BLOB, col TEXT, "
            "loser_value TEXT, winner_value TEXT, loser_hlc INTEGER, winner_hlc INTEGER, loser_site BLOB, winner_site "
            "BLOB, detected_at INTEGER, detected_by BLOB)",
            "CREATE INDEX conflicts_grid ON conflicts(grid_id)",
            "CREATE INDEX conflicts_row ON conflicts(tbl, row_ref)",
        }},
        // v3: the compact journal (storage.md): row clocks for the columns a row's creating write
        // wrote, and one outbox row per row write covering a run of per-column seqs. The old
        // outbox's entries keep their seqs; its high-water mark carries over (seqs never reused).
        {{
             "CREATE TABLE row_clocks (tbl TEXT NOT NULL, row_id BLOB NOT NULL, hlc INTEGER NOT NULL, site BLOB NOT "
             "NULL, "
             "cols INTEGER NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID",
             "CREATE TABLE outbox_v3 (last_seq INTEGER PRIMARY KEY, n INTEGER NOT NULL, tbl TEXT NOT NULL, "
             "row_id BLOB NOT NULL, hlc INTEGER NOT NULL, site BLOB NOT NULL, grid_id BLOB, mask INTEGER NOT NULL, "
             "cols BLOB NOT NULL)",
         },
         &compactJournal},
        // v4: emergency mode (emergency.md): declarations, evacuation records, the risk list flag.
        {{
            "ALTER TABLE households ADD COLUMN evac_risk INTEGER",
            "CREATE TABLE emergencies (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, kind TEXT, grids TEXT, started_at "
            "INTEGER, ended_at INTEGER, note TEXT, duty TEXT, declared_by TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX emergencies_grid ON emergencies(grid_id)",
            "CREATE TABLE evacuations (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, emergency_id BLOB, household_id "
            "BLOB, evacuated INTEGER, destination TEXT, stayed INTEGER, stayed_reason TEXT, worker_id BLOB, "
            "recorded_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX evacuations_grid ON evacuations(grid_id)",
            "CREATE INDEX evacuations_emergency ON evacuations(emergency_id, grid_id)",
        }},
    };
    return kSteps;
}
// v3's conversion: every v2 outbox entry (one per column) moves to outbox_v3 with its seq; runs
// of consecutive seqs of one row write (same row, stamp and grid) share one row.
Status compactJournal(db::Database& db) {
    GW_ASSIGN_OR_RETURN(db::Statement * q, db.prepareChecked("SELECT seq, tbl, row_id, col, value, hlc, site, grid_id "
                                                             "FROM outbox ORDER BY seq"));
    GW_ASSIGN_OR_RETURN(db::Statement * put,
                        db.prepareChecked("INSERT INTO outbox_v3(last_seq,n,tbl,row_id,hlc,site,grid_id,mask,cols) "
                                          "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
    struct Run {
        std::int64_t last = 0;
        std::string table;
        Value row, hlc, site, grid;
        ColumnValues columns;
    } run;
    const TableSpec* spec = nullptr;
    auto flush = [&]() -> Status {
        if (run.columns.empty()) return Status::ok();
        put->bind(1, run.last).bind(2, static_cast<std::int64_t>(run.columns.size())).bind(3, run.table);
        put->bind(4, run.row).bind(5, run.hlc).bind(6, run.site).bind(7, run.grid);
        put->bind(8, columnMask(*spec, run.columns)).bind(9, Value::blob(packColumns(*spec, run.columns)));
        run.columns.clear();
        return put->run();
    };
    while (q->step()) {
        std::int64_t seq = q->getInt(0);
        std::string table = q->getText(1);
        Value row = q->getValue(2), hlc = q->getValue(5), site = q->getValue(6), grid = q->getValue(7);
        bool sameRun = !run.columns.empty() && seq == run.last + 1 && table == run.table && row == run.row &&
                       hlc == run.hlc && site == run.site && grid == run.grid;
        if (!sameRun) {
            GW_TRY(flush());
            spec = findTable(table);
            if (!spec)
                return {ErrorCode::Storage, "outbox entry " + std::to_string(seq) + " of unknown table " + table};
            run = Run{seq, table, row, hlc, site, grid, {}};
        }
        std::string column = q->getText(3);
        if (columnBit(*spec, column) < 0)
            return {ErrorCode::Storage, "outbox entry " + std::to_string(seq) + " of unknown column " + column};
        run.columns.emplace_back(std::move(column), q->getValue(4));
        run.last = seq;
    }
    GW_TRY(q->status());
    q->reset();
    GW_TRY(flush());
    // The high-water mark: the largest seq ever issued, whether or not still in the outbox.
    auto high = db.queryInt("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name='outbox'),0), "
                            "coalesce((SELECT max(seq) FROM outbox),0))");
    if (!high) return {ErrorCode::Storage, db.lastError()};
    GW_TRY(db.exec("DROP TABLE outbox"));  // with its index outbox_column
    GW_TRY(db.exec("ALTER TABLE outbox_v3 RENAME TO outbox"));
    // The device-side conflict check looks entries up by stamp (a local stamp is one write's).
    GW_TRY(db.exec("CREATE INDEX outbox_hlc ON outbox(hlc)"));
    // New rows take max(last_seq, meta.outbox_seq) + n; every deleted row raises meta.outbox_seq
    // to its last_seq, so no seq is issued twice even when the outbox empties.
    GW_TRY(
        db.exec("CREATE TRIGGER outbox_seq_kept AFTER DELETE ON outbox BEGIN "
                "INSERT INTO meta(key, value) VALUES('outbox_seq', OLD.last_seq) ON CONFLICT(key) DO UPDATE "
                "SET value=excluded.value WHERE CAST(meta.value AS INTEGER) < CAST(excluded.value AS INTEGER); END"));
    GW_TRY(db.exec("INSERT INTO meta(key, value) VALUES('outbox_seq', '" + std::to_string(*high) + "')"));
    return Status::ok();
}
}  // namespace

int latestSchemaVersion() {
    return static_cast<int>(steps().size());
}

Status migrate(db::Database& db, int targetVersion) {
    if (targetVersion <= 0 || targetVersion > latestSchemaVersion()) targetVersion = latestSchemaVersion();
    auto current = db.queryInt("PRAGMA user_version").value_or(0);
    if (current > latestSchemaVersion())
        return {ErrorCode::InvalidState, "database schema v" + std::to_string(current) +
                                             " is newer than this program (v" + std::to_string(latestSchemaVersion()) +
                                             ")"};
    for (int v = static_cast<int>(current) + 1; v <= targetVersion; ++v) {
        db::Transaction txn(db);
        GW_TRY(txn.begun());
        // Another connection may have migrated the file while we waited for the write lock.
        if (db.queryInt("PRAGMA user_version").value_or(0) >= v) continue;
        for (const char* sql : steps()[v - 1].sql) GW_TRY(db.exec(sql));
        if (steps()[v - 1].convert) GW_TRY(steps()[v - 1].convert(db));
        GW_TRY(db.exec("PRAGMA user_version = " + std::to_string(v)));
        GW_TRY(txn.commit());
    }
    return Status::ok();
}

}  // namespace gridwork
