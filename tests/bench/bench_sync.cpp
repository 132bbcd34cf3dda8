// The sync engine's benchmarks (issue 3):
//  sync_apply_pull       — merging 50,000 pulled changes on a device (the engine's path: batch
//                          apply, one durable transaction per 2,000-change pull batch) vs raw
//                          SQLite upserts of the same rows in one transaction. Target ratio <= 3.0.
//  sync_bytes_per_change — wire bytes per changed column for one worker's day (40 visits, 2
//                          patrols with 300 track points, 5 reports), protobuf with and without
//                          gzip, vs the same changes as plain JSON. Target (gzip) ratio <= 0.35.
//  initial_sync_grid     — first sync of a 2,000-household / 6,000-resident grid through the
//                          service and the loopback, in a fresh child process (seconds; its peak
//                          RSS), vs raw SQLite inserts of the same rows on the device.
#include "bench_child.h"
#include "bench_registry.h"
#include "bench_timing.h"

#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/batch_apply.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sqlite3.h>

namespace gridwork::bench {

namespace {
namespace pb = ::gridwork::sync::v1;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "bench_sync: %s\n", what.c_str());
    std::exit(1);
}

constexpr std::uint64_t kDay = 1'780'000'000'000ull;
const char* const kResidentCols[] = {"grid_id",    "household_id", "name",     "id_number", "phone",
                                     "birth_year", "gender",       "relation", "tags",      "status"};

// Resident rows as pulled changes: every column of a row shares the writer's stamp.
std::vector<Change> residentChanges(std::size_t rows, const Uuid& grid, const Uuid& site) {
    std::vector<Change> out;
    std::mt19937_64 rng(42);
    out.reserve(rows * 10);
    static const char* kNames[] = {"王秀英", "李建国", "张桂兰", "刘志强", "陈丽娟", "杨国华"};
    for (std::size_t r = 0; r < rows; ++r) {
        Uuid id = uuidV7At(kDay + r, rng()), hh = uuidV7At(kDay + r / 3, rng());
        Hlc hlc = makeHlc(kDay + r, 0);
        Value vals[] = {grid.toValue(),
                        hh.toValue(),
                        Value::text(kNames[r % 6]),
                        Value::text("330106********" + std::to_string(1000 + r % 9000)),
                        Value::text("139" + std::to_string(10000000 + r)),
                        Value::integer(1940 + static_cast<std::int64_t>(r % 80)),
                        Value::text(r % 2 ? "male" : "female"),
                        Value::text("spouse"),
                        Value::text(r % 7 == 0 ? "elderly_alone" : ""),
                        Value::text("resident")};
        for (int c = 0; c < 10; ++c) out.push_back({"residents", id, kResidentCols[c], vals[c], hlc, site, grid});
    }
    return out;
}

struct RawDb {
    sqlite3* db = nullptr;
    explicit RawDb(const std::string& path) {
        if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) die("open " + path);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const std::string& sql) {
        char* err = nullptr;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) die(err ? err : sql);
    }
};

void bindValue(sqlite3_stmt* s, int i, const Value& v) {
    switch (v.kind()) {
    case Value::Kind::Null: sqlite3_bind_null(s, i); break;
    case Value::Kind::Integer: sqlite3_bind_int64(s, i, v.asInt()); break;
    case Value::Kind::Real: sqlite3_bind_double(s, i, v.asReal()); break;
    case Value::Kind::Text:
        sqlite3_bind_text(s, i, v.asText().data(), static_cast<int>(v.asText().size()), SQLITE_TRANSIENT);
        break;
    case Value::Kind::Blob:
        sqlite3_bind_blob(s, i, v.asBlob().data(), static_cast<int>(v.asBlob().size()), SQLITE_TRANSIENT);
        break;
    }
}

// The baseline: one upsert per row with all its columns, one transaction. With `clocks`, also
// one (table,row,column)-keyed clock row per column, as any per-column LWW store must keep:
// the floor for this design.
double rawUpsertSeconds(const std::string& path, const std::vector<Change>& changes, bool clocks = false) {
    RawDb raw(path);
    raw.exec("CREATE TABLE residents (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, name TEXT, "
             "id_number TEXT, phone TEXT, birth_year INTEGER, gender TEXT, relation TEXT, tags TEXT, status TEXT, "
             "deleted INTEGER NOT NULL DEFAULT 0)");
    std::string sql = "INSERT INTO residents(id";
    std::string vals = "VALUES(?1", upd;
    for (int c = 0; c < 10; ++c) {
        sql += std::string(",") + kResidentCols[c];
        vals += ",?" + std::to_string(c + 2);
        upd += std::string(c ? "," : "") + kResidentCols[c] + "=excluded." + kResidentCols[c];
    }
    sql += ") " + vals + ") ON CONFLICT(id) DO UPDATE SET " + upd;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(raw.db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) die(sqlite3_errmsg(raw.db));
    sqlite3_stmt* ck = nullptr;
    if (clocks) {
        raw.exec("CREATE TABLE column_clocks (tbl TEXT NOT NULL, row_id BLOB NOT NULL, col TEXT NOT NULL, hlc INTEGER "
                 "NOT NULL, site BLOB NOT NULL, PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID");
        if (sqlite3_prepare_v2(raw.db, "INSERT OR REPLACE INTO column_clocks VALUES(?1,?2,?3,?4,?5)", -1, &ck,
                               nullptr) != SQLITE_OK)
            die(sqlite3_errmsg(raw.db));
    }
    Stopwatch sw;
    raw.exec("BEGIN IMMEDIATE");
    for (std::size_t i = 0; i < changes.size(); i += 10) {
        sqlite3_bind_blob(st, 1, changes[i].rowId.bytes.data(), 16, SQLITE_TRANSIENT);
        for (int c = 0; c < 10; ++c) bindValue(st, c + 2, changes[i + c].value);
        if (sqlite3_step(st) != SQLITE_DONE) die(sqlite3_errmsg(raw.db));
        sqlite3_reset(st);
        for (int c = 0; ck && c < 10; ++c) {
            const Change& ch = changes[i + c];
            sqlite3_bind_text(ck, 1, "residents", -1, SQLITE_STATIC);
            sqlite3_bind_blob(ck, 2, ch.rowId.bytes.data(), 16, SQLITE_TRANSIENT);
            sqlite3_bind_text(ck, 3, ch.column.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(ck, 4, static_cast<sqlite3_int64>(ch.hlc));
            sqlite3_bind_blob(ck, 5, ch.site.bytes.data(), 16, SQLITE_TRANSIENT);
            if (sqlite3_step(ck) != SQLITE_DONE) die(sqlite3_errmsg(raw.db));
            sqlite3_reset(ck);
        }
    }
    raw.exec("COMMIT");
    double s = sw.elapsedS();
    sqlite3_finalize(st);
    sqlite3_finalize(ck);
    return s;
}
}  // namespace

GRIDWORK_BENCHMARK(syncApplyPull, "sync_apply_pull",
                   "merging 50,000 pulled changes on a device vs raw SQLite upserts of the same rows (s)");

static void syncApplyPull(BenchContext& ctx) {
    const std::size_t rows = ctx.quick ? 500 : 5000;    // x 10 columns
    const std::size_t batch = SyncOptions{}.pullBatch;  // the engine's pull batch
    const int reps = ctx.quick ? 1 : 3;
    Uuid grid = newUuidV7(), site = newUuidV7();
    auto changes = residentChanges(rows, grid, site);
    std::vector<double> subject, baseline, floor;
    for (int rep = 0; rep < reps; ++rep) {
        std::string tag = std::to_string(rep);
        baseline.push_back(rawUpsertSeconds(ctx.dir + "/apply_raw" + tag + ".db", changes));
        floor.push_back(rawUpsertSeconds(ctx.dir + "/apply_floor" + tag + ".db", changes, true));
        auto opened = domain::openStore(ctx.dir + "/apply_device" + tag + ".db");
        if (!opened) die(opened.status().toString());
        Store& store = **opened;
        Stopwatch sw;
        for (std::size_t i = 0; i < changes.size(); i += batch) {
            std::span<const Change> part(changes.data() + i, std::min(batch, changes.size() - i));
            Status st = store.transaction([&](WriteTxn& txn) { return applyRemoteBatch(txn, part).status(); });
            if (!st) die(st.toString());
        }
        subject.push_back(sw.elapsedS());
    }
    BenchResult r{"sync_apply_pull", median(subject), "s", median(baseline), {}};
    r.add("changes", static_cast<std::int64_t>(changes.size()));
    r.add("rows", static_cast<std::int64_t>(rows));
    r.add("changes_per_s", static_cast<double>(changes.size()) / median(subject));
    r.add("raw_rows_plus_clock_rows_s", median(floor));
    r.add("ratio_vs_rows_plus_clocks", median(subject) / median(floor));
    r.add("subject",
          "applyRemoteBatch (LWW per column, clocks, derived state) in durable transactions of one "
          "pull batch (SyncOptions::pullBatch) each, as SyncEngine::pull applies them; decoding not included");
    r.add("baseline_is", "raw sqlite3 upsert of each row with all 10 columns, ONE transaction, WAL, synchronous=FULL");
    r.add("target_ratio", 3.0);
    ctx.report(r);
}

// ---- bytes per change ----

namespace {
std::string changeJson(const Change& c) {
    return "{\"table\":" + jsonQuote(c.table) + ",\"row_id\":" + jsonQuote(c.rowId.toString()) +
           ",\"column\":" + jsonQuote(c.column) + ",\"value\":" + c.value.toJson() +
           ",\"hlc\":" + std::to_string(c.hlc) + ",\"site_id\":" + jsonQuote(c.site.toString()) +
           ",\"grid_id\":" + jsonQuote(c.gridId.toString()) + "}";
}

void writeDay(Store& store, const Uuid& grid, const Uuid& worker) {
    std::mt19937_64 rng(7);
    std::vector<RowWrite> w;
    std::vector<Uuid> households;
    for (int i = 0; i < 40; ++i) households.push_back(newUuidV7());
    for (int i = 0; i < 40; ++i) {
        RowWrite v{"visits", newUuidV7(), {}};
        v.set("grid_id", grid.toValue())
            .set("household_id", households[i].toValue())
            .set("worker_id", worker.toValue());
        v.set("kind", Value::text(i % 5 ? "routine" : "follow_up")).set("outcome", Value::text("normal"));
        v.set("note", Value::text(i % 3 ? "老人身体状况良好，家中用电安全" : "家中无人，已电话联系"));
        v.set("lat", Value::real(30.2741 + 0.0001 * i)).set("lon", Value::real(120.1551 + 0.0001 * i));
        v.set("visited_at", Value::integer(static_cast<std::int64_t>(kDay + 600000ull * i)));
        v.set("visit_date", Value::text("2026-05-28"));
        w.push_back(v);
    }
    for (int p = 0; p < 2; ++p) {
        Uuid patrol = newUuidV7();
        RowWrite pr{"patrols", patrol, {}};
        pr.set("grid_id", grid.toValue()).set("worker_id", worker.toValue());
        pr.set("started_at", Value::integer(static_cast<std::int64_t>(kDay + 3600000ull * p)));
        pr.set("stopped_at", Value::integer(static_cast<std::int64_t>(kDay + 3600000ull * p + 2400000)));
        pr.set("state", Value::text("stopped"))
            .set("distance_m", Value::real(2350.5))
            .set("findings", Value::text("路灯一处损坏"));
        pr.set("deleted", Value::boolean(false));
        w.push_back(pr);
        for (int i = 0; i < 150; ++i) {
            RowWrite pt{"patrol_points", newUuidV7(), {}};
            pt.set("grid_id", grid.toValue()).set("patrol_id", patrol.toValue()).set("seq", Value::integer(i));
            pt.set("lat", Value::real(30.2741 + 0.00005 * i + 0.000001 * static_cast<double>(rng() % 10)));
            pt.set("lon", Value::real(120.1551 + 0.00004 * i + 0.000001 * static_cast<double>(rng() % 10)));
            pt.set("accuracy_m", Value::real(5 + static_cast<double>(rng() % 10)));
            pt.set("recorded_at", Value::integer(static_cast<std::int64_t>(kDay + 3600000ull * p + 10000ull * i)));
            w.push_back(pt);
        }
    }
    for (int i = 0; i < 5; ++i) {
        Uuid rep = newUuidV7();
        RowWrite r{"reports", rep, {}};
        r.set("grid_id", grid.toValue())
            .set("worker_id", worker.toValue())
            .set("household_id", households[i].toValue());
        r.set("category", Value::text("safety")).set("text", Value::text("楼道堆放杂物，存在消防隐患"));
        r.set("lat", Value::real(30.275)).set("lon", Value::real(120.156)).set("severity", Value::text("normal"));
        r.set("handled_on_site", Value::boolean(false))
            .set("reported_at", Value::integer(static_cast<std::int64_t>(kDay)));
        r.set("deadline", Value::text("2026-06-01")).set("deleted", Value::boolean(false));
        w.push_back(r);
        RowWrite e{"report_events", newUuidV7(), {}};
        e.set("grid_id", grid.toValue()).set("report_id", rep.toValue()).set("kind", Value::text("report"));
        e.set("actor_id", worker.toValue()).set("actor_name", Value::text("王秀英"));
        e.set("at", Value::integer(static_cast<std::int64_t>(kDay)));
        w.push_back(e);
    }
    Status st = store.write(w);
    if (!st) die(st.toString());
}
}  // namespace

GRIDWORK_BENCHMARK(syncBytesPerChange, "sync_bytes_per_change",
                   "wire bytes per changed column for a worker's day: gzip protobuf vs plain JSON");

static void syncBytesPerChange(BenchContext& ctx) {
    auto opened = domain::openStore(ctx.dir + "/bytes_device.db");
    if (!opened) die(opened.status().toString());
    Store& store = **opened;
    Uuid grid = newUuidV7(), worker = newUuidV7();
    writeDay(store, grid, worker);
    auto entries = store.outbox(0, 1000000);
    const std::size_t batch = 500;  // SyncOptions::pushBatch default
    std::uint64_t proto = 0, protoGz = 0, json = 0, jsonGz = 0;
    for (std::size_t i = 0; i < entries.size(); i += batch) {
        pb::PushRequest req;
        req.set_first_seq(entries[i].seq);
        std::string js = "{\"first_seq\":" + std::to_string(entries[i].seq) + ",\"changes\":[";
        for (std::size_t k = i; k < std::min(entries.size(), i + batch); ++k) {
            wire::toProto(entries[k].change, req.add_changes());
            js += (k == i ? "" : ",") + changeJson(entries[k].change);
        }
        js += "]}";
        std::string body = req.SerializeAsString();
        proto += body.size();
        protoGz += wire::gzip(body).size();
        json += js.size();
        jsonGz += wire::gzip(js).size();
    }
    double n = static_cast<double>(entries.size());
    BenchResult r{
        "sync_bytes_per_change", static_cast<double>(protoGz) / n, "bytes", static_cast<double>(json) / n, {}};
    r.add("changes", static_cast<std::int64_t>(entries.size()));
    r.add("push_requests", static_cast<std::int64_t>((entries.size() + batch - 1) / batch));
    r.add("protobuf_bytes_per_change", static_cast<double>(proto) / n);
    r.add("protobuf_ratio_vs_json", static_cast<double>(proto) / static_cast<double>(json));
    r.add("json_gzip_bytes_per_change", static_cast<double>(jsonGz) / n);
    r.add("ratio_vs_json_gzip", static_cast<double>(protoGz) / static_cast<double>(jsonGz));
    r.add("workload", "40 visits, 2 patrols with 300 track points, 5 reports with their report events");
    r.add("subject", "gzip(PushRequest protobuf) per 500-change push, as the HTTP transport sends it");
    r.add("baseline_is", "the same changes as plain (uncompressed) JSON objects, UUIDs as text, per 500-change body");
    r.add("target_ratio", 0.35);
    ctx.report(r);
}

// ---- initial sync of a grid ----

GRIDWORK_BENCH_CHILD(initialSyncChild, "initial_sync_grid");

static int initialSyncChild(const std::vector<std::string>& args) {
    if (args.size() != 3) return 2;
    server::SyncServiceOptions so;
    so.dbPath = args[0];
    auto svc = server::SyncService::open(so);
    if (!svc) die(svc.status().toString());
    auto dev = domain::openStore(args[2]);
    if (!dev) die(dev.status().toString());
    server::LoopbackTransport link(**svc);
    SyncEngine engine(**dev, link);
    if (Status st = engine.enroll(args[1], "bench"); !st) die(st.toString());
    double rssBefore = 0;
    {
        std::ifstream status("/proc/self/status");
        std::string line;
        while (std::getline(status, line))
            if (line.rfind("VmRSS:", 0) == 0) rssBefore = std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    }
    Stopwatch sw;
    auto r = engine.sync();
    if (!r) die(r.status().toString());
    std::printf("%.6f %llu %llu %.3f\n", sw.elapsedS(), static_cast<unsigned long long>(r->pulled),
                static_cast<unsigned long long>(r->bytesDown), rssBefore);
    return 0;
}

GRIDWORK_BENCHMARK(initialSyncGrid, "initial_sync_grid",
                   "first sync of a 2,000-household / 6,000-resident grid through the service (s, peak MB)");

static void initialSyncGrid(BenchContext& ctx) {
    const int households = ctx.quick ? 200 : 2000;
    const int residents = households * 3;
    std::string serverPath = ctx.dir + "/initial_server.db";
    std::string code;
    Uuid grid = newUuidV7();
    std::vector<RowWrite> rows;
    {
        server::SyncServiceOptions so;
        so.dbPath = serverPath;
        so.durable = false;
        auto svc = server::SyncService::open(so);
        if (!svc) die(svc.status().toString());
        std::mt19937_64 rng(3);
        for (int h = 0; h < households; ++h) {
            Uuid hid = newUuidV7();
            RowWrite hw{"households", hid, {}};
            hw.set("grid_id", grid.toValue())
                .set("address",
                     Value::text("幸福村" + std::to_string(h / 100 + 1) + "组" + std::to_string(h % 100 + 1) + "号"));
            hw.set("kind", Value::text("own")).set("status", Value::text("living"));
            hw.set("head_name", Value::text("户主" + std::to_string(h)))
                .set("phone", Value::text("138" + std::to_string(10000000 + h)));
            hw.set("deleted", Value::boolean(false));
            rows.push_back(hw);
            for (int k = 0; k < 3; ++k) {
                RowWrite rw{"residents", newUuidV7(), {}};
                rw.set("grid_id", grid.toValue()).set("household_id", hid.toValue());
                rw.set("name", Value::text("居民" + std::to_string(h * 3 + k)));
                rw.set("id_number", Value::text("330106********" + std::to_string(1000 + rng() % 9000)));
                rw.set("birth_year", Value::integer(1940 + static_cast<std::int64_t>(rng() % 80)));
                rw.set("gender", Value::text(k % 2 ? "male" : "female"))
                    .set("relation", Value::text(k ? "child" : "head"));
                rw.set("status", Value::text("resident")).set("deleted", Value::boolean(false));
                rows.push_back(rw);
            }
        }
        if (Status st = (*svc)->write(rows); !st) die(st.toString());
        auto worker = (*svc)->createWorker("王秀英", "13800000001", {grid});
        if (!worker) die(worker.status().toString());
        auto issued = (*svc)->issueEnrollmentCode(*worker);
        if (!issued) die(issued.status().toString());
        code = *issued;
    }
    auto child = runChild(ctx, "initial_sync_grid", {serverPath, code, ctx.dir + "/initial_device.db"});
    if (child.exitCode != 0) die("initial_sync_grid child failed: " + child.out);
    double seconds = 0, rssBefore = 0;
    unsigned long long pulled = 0, bytes = 0;
    if (std::sscanf(child.out.c_str(), "%lf %llu %llu %lf", &seconds, &pulled, &bytes, &rssBefore) != 4)
        die("bad child output: " + child.out);

    // Baseline: the same rows inserted raw on a device file, one transaction.
    RawDb raw(ctx.dir + "/initial_raw.db");
    raw.exec(
        "CREATE TABLE households (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, address TEXT, kind TEXT, status TEXT, "
        "head_name TEXT, phone TEXT, deleted INTEGER)");
    raw.exec("CREATE TABLE residents (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, name TEXT, "
             "id_number TEXT, birth_year INTEGER, gender TEXT, relation TEXT, status TEXT, deleted INTEGER)");
    Stopwatch sw;
    raw.exec("BEGIN IMMEDIATE");
    for (const auto& w : rows) {
        std::string sql = "INSERT INTO " + w.table + "(id", vals = "VALUES(?1";
        for (std::size_t i = 0; i < w.columns.size(); ++i) {
            sql += "," + w.columns[i].first;
            vals += ",?" + std::to_string(i + 2);
        }
        sql += ") " + vals + ")";
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(raw.db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) die(sqlite3_errmsg(raw.db));
        sqlite3_bind_blob(st, 1, w.rowId.bytes.data(), 16, SQLITE_TRANSIENT);
        for (std::size_t i = 0; i < w.columns.size(); ++i) bindValue(st, static_cast<int>(i + 2), w.columns[i].second);
        if (sqlite3_step(st) != SQLITE_DONE) die(sqlite3_errmsg(raw.db));
        sqlite3_finalize(st);
    }
    raw.exec("COMMIT");
    double base = sw.elapsedS();

    BenchResult r{"initial_sync_grid", seconds, "s", base, {}};
    r.add("households", static_cast<std::int64_t>(households)).add("residents", static_cast<std::int64_t>(residents));
    r.add("changes_pulled", static_cast<std::int64_t>(pulled));
    r.add("bytes_down", static_cast<std::int64_t>(bytes));
    r.add("peak_mb", child.peakRssMb);
    r.add("rss_before_sync_mb", rssBefore);
    r.add("peak_mb_is", "getrusage ru_maxrss (wait4) of a fresh child process holding the in-process server AND the "
                        "device during enroll + first sync; rss_before_sync_mb is its VmRSS just before the sync");
    r.add("subject", "SyncEngine::sync over LoopbackTransport into SyncService (serialise, compacted pull from "
                     "server_log in 2,000-change batches, batch apply, durable transactions)");
    r.add("baseline_is", "raw sqlite3 INSERTs of the same household and resident rows on a device file, one "
                         "transaction, WAL, synchronous=FULL");
    ctx.report(r);
}

}  // namespace gridwork::bench
