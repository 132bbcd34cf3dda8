// local_write_visit — recording one visit durably through the app's path (VisitRepo::record:
// validation, one transaction with the row, its row clock, its outbox row (10 column entries) and the
// persisted HLC) vs a raw single-row SQLite INSERT of the same visit in its own transaction,
// same pragmas (WAL, synchronous=FULL), on a file in the same directory. Per-op median in µs,
// subject and baseline interleaved so both see the same disk. Target ratio <= 2.0.
#include "bench_registry.h"
#include "bench_timing.h"

#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/store/store.h"

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

namespace gridwork::bench {

namespace {
using namespace gridwork::domain;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "local_write_visit: %s\n", what.c_str());
    std::exit(1);
}

// The baseline: a plain table of the same shape, one prepared INSERT reused.
class RawVisitTable {
public:
    RawVisitTable(const std::string& path, bool durable) {
        if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK) die("cannot open " + path);
        exec("PRAGMA journal_mode=WAL");
        exec(durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
        exec("CREATE TABLE visits (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, resident_id BLOB, "
             "worker_id BLOB, kind TEXT, outcome TEXT, note TEXT, lat REAL, lon REAL, visited_at INTEGER, "
             "visit_date TEXT, schedule_id BLOB, task_id BLOB, photo_sha256 TEXT)");
        const char* sql = "INSERT INTO visits(id,grid_id,household_id,worker_id,kind,outcome,note,lat,lon,visited_at,"
                          "visit_date) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)";
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_insert, nullptr) != SQLITE_OK) die(sqlite3_errmsg(m_db));
    }
    ~RawVisitTable() {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void insert(const Visit& v) {
        exec("BEGIN IMMEDIATE");
        Uuid id = newUuidV7();
        sqlite3_bind_blob(m_insert, 1, id.bytes.data(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_insert, 2, v.gridId.bytes.data(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_insert, 3, v.householdId.bytes.data(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_insert, 4, v.workerId.bytes.data(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 5, "routine", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 6, "normal", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 7, v.note.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(m_insert, 8, v.location->lat);
        sqlite3_bind_double(m_insert, 9, v.location->lon);
        sqlite3_bind_int64(m_insert, 10, static_cast<sqlite3_int64>(Uuid(id).unixMs()));
        sqlite3_bind_text(m_insert, 11, "2026-12-01", -1, SQLITE_STATIC);
        if (sqlite3_step(m_insert) != SQLITE_DONE) die(sqlite3_errmsg(m_db));
        sqlite3_reset(m_insert);
        exec("COMMIT");
    }

private:
    void exec(const char* sql) {
        char* err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) die(err ? err : sql);
    }
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
};
}  // namespace

GRIDWORK_BENCHMARK(localWriteVisit, "local_write_visit",
                   "one durable visit through VisitRepo vs a raw single-row INSERT transaction (µs, median)");

struct Samples {
    std::vector<double> subject, baseline;
    std::uint64_t outboxPerVisit = 0;
};

// Records visits through VisitRepo and raw INSERTs, interleaved; durable = synchronous FULL.
static Samples measure(const BenchContext& ctx, bool durable, int warmup, int ops) {
    std::string tag = durable ? "full" : "normal";
    StoreOptions options;
    options.durable = durable;
    auto opened = domain::openStore(ctx.dir + "/local_write_" + tag + ".db", options);
    if (!opened.isOk()) die(opened.status().toString());
    Store& store = **opened;
    Uuid grid = newUuidV7(), worker = newUuidV7();
    Household h;
    h.gridId = grid;
    h.address = "幸福村3组12号";
    h.headName = "王建国";
    auto added = LedgerRepo(store).addHousehold(h);
    if (!added.isOk()) die(added.status().toString());
    RawVisitTable raw(ctx.dir + "/raw_write_" + tag + ".db", durable);
    VisitRepo visits(store);

    Visit v;
    v.householdId = added->id;
    v.gridId = grid;
    v.workerId = worker;
    v.kind = VisitKind::Routine;
    v.outcome = VisitOutcome::Normal;
    v.note = "老人身体状况良好，家中用电安全";
    v.location = GeoPoint{30.2741, 120.1551};

    Samples s;
    std::uint64_t outboxBefore = store.outboxCount();
    for (int i = 0; i < warmup + ops; ++i) {
        // Alternate which goes first so neither always follows the other's fsync.
        for (int k = 0; k < 2; ++k) {
            bool doSubject = (k == 0) == (i % 2 == 0);
            Stopwatch sw;
            if (doSubject) {
                auto r = visits.record(v);
                if (!r.isOk()) die(r.status().toString());
            } else {
                raw.insert(v);
            }
            if (i >= warmup) (doSubject ? s.subject : s.baseline).push_back(sw.elapsedUs());
        }
    }
    s.outboxPerVisit = (store.outboxCount() - outboxBefore) / static_cast<std::uint64_t>(warmup + ops);
    return s;
}

static void localWriteVisit(BenchContext& ctx) {
    const int warmup = ctx.quick ? 5 : 30;
    const int ops = ctx.quick ? 40 : 400;
    Samples full = measure(ctx, true, warmup, ops);
    // The same without the per-commit fsync (synchronous=NORMAL on both sides): the CPU cost.
    Samples normal = measure(ctx, false, warmup, ops);
    BenchResult r{"local_write_visit", median(full.subject), "us", median(full.baseline), {}};
    r.add("ops", static_cast<std::int64_t>(ops));
    r.add("p90", percentile(full.subject, 0.9)).add("baseline_p90", percentile(full.baseline, 0.9));
    r.add("nosync_us", median(normal.subject)).add("nosync_baseline_us", median(normal.baseline));
    r.add("nosync_ratio", median(normal.subject) / median(normal.baseline));
    r.add("outbox_rows_per_visit", static_cast<std::int64_t>(full.outboxPerVisit));
    r.add("subject", "VisitRepo::record: row + row clock + outbox + HLC, one durable transaction");
    r.add("baseline_is", "raw sqlite3 INSERT of the same visit row, own transaction, WAL, synchronous=FULL; "
                         "nosync_*: both with synchronous=NORMAL (no fsync per commit)");
    r.add("target_ratio", 2.0);
    ctx.report(r);
}

}  // namespace gridwork::bench
