// The cost of encryption at rest (issue 14): the three device workloads on a SQLCipher store vs
// the same on a plain store, in the same run, interleaved so both see the same disk and load.
//  local_write_visit_encrypted  — one durable visit through VisitRepo (µs, median per op)
//  sync_apply_pull_encrypted    — merging pulled resident changes in the engine's batches (s)
//  initial_sync_grid_encrypted  — first sync of a grid through the service and the loopback,
//                                 server and device both encrypted vs both plain (s)
// Target ratio <= 1.3 each (SQLCipher's own figure is 5-15 %).
#include "bench_registry.h"
#include "bench_timing.h"

#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/batch_apply.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <cstdio>
#include <cstdlib>

namespace gridwork::bench {

namespace {
using namespace gridwork::domain;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "encryption bench: %s\n", what.c_str());
    std::exit(1);
}

std::unique_ptr<Store> openStore(const std::string& path, const std::optional<SecretKey>& key, bool durable = true) {
    StoreOptions o;
    o.key = key;
    o.durable = durable;
    auto s = Store::open(path, o);
    if (!s) die(s.status().toString());
    return std::move(s).value();
}

void report(BenchContext& ctx, const char* name, double enc, double plain, const char* unit, const std::string& what) {
    BenchResult r{name, enc, unit, plain, {}};
    r.add("subject", what + ", SQLCipher store (raw 256-bit key)");
    r.add("baseline_is", what + ", plain SQLite store, same build, same run");
    r.add("target_ratio", 1.3);
    ctx.report(r);
}

// Pulled changes as a server sends them: the outbox of a store that wrote `households` rows
// with three residents each (real stamps, 10 columns a resident).
std::vector<Change> pulledChanges(const std::string& path, int households, const Uuid& grid) {
    auto src = openStore(path, std::nullopt, false);
    std::vector<RowWrite> rows;
    for (int h = 0; h < households; ++h) {
        Uuid hid = newUuidV7();
        RowWrite hw{"households", hid, {}};
        hw.set("grid_id", grid.toValue()).set("address", Value::text("幸福村" + std::to_string(h) + "号"));
        hw.set("head_name", Value::text("户主" + std::to_string(h)))
            .set("phone", Value::text("1381000" + std::to_string(1000 + h)));
        rows.push_back(hw);
        for (int k = 0; k < 3; ++k) {
            RowWrite rw{"residents", newUuidV7(), {}};
            rw.set("grid_id", grid.toValue()).set("household_id", hid.toValue());
            rw.set("name", Value::text("居民" + std::to_string(h * 3 + k)));
            rw.set("id_number", Value::text("3301061950" + std::to_string(10000000 + h * 3 + k)));
            rw.set("phone", Value::text("139" + std::to_string(10000000 + h * 3 + k)));
            rw.set("birth_year", Value::integer(1940 + (h + k) % 80))
                .set("gender", Value::text(k % 2 ? "male" : "female"));
            rw.set("relation", Value::text(k ? "child" : "head"))
                .set("tags", Value::text(k == 2 ? "elderly_alone" : ""));
            rw.set("status", Value::text("resident"));
            rows.push_back(rw);
        }
    }
    if (Status st = src->write(rows); !st) die(st.toString());
    std::vector<Change> out;
    for (auto& e : src->outbox(0, 1u << 30)) out.push_back(std::move(e.change));
    return out;
}
}  // namespace

GRIDWORK_BENCHMARK(encryptionCost, "encryption_cost",
                   "local_write_visit, sync_apply_pull and initial_sync_grid on an encrypted vs a plain store");

static void encryptionCost(BenchContext& ctx) {
    const SecretKey key = SecretKey::random();
    // local_write_visit
    {
        const int warmup = ctx.quick ? 5 : 30, ops = ctx.quick ? 40 : 300;
        Uuid grid = newUuidV7(), worker = newUuidV7();
        std::unique_ptr<Store> stores[2] = {openStore(ctx.dir + "/enc_visit_plain.db", std::nullopt),
                                            openStore(ctx.dir + "/enc_visit_enc.db", key)};
        Visit v[2];
        for (int s = 0; s < 2; ++s) {
            Household h;
            h.gridId = grid;
            h.address = "幸福村3组12号";
            h.headName = "王建国";
            auto added = LedgerRepo(*stores[s]).addHousehold(h);
            if (!added) die(added.status().toString());
            v[s].householdId = added->id;
            v[s].gridId = grid;
            v[s].workerId = worker;
            v[s].kind = VisitKind::Routine;
            v[s].outcome = VisitOutcome::Normal;
            v[s].note = "老人身体状况良好，家中用电安全";
            v[s].location = GeoPoint{30.2741, 120.1551};
        }
        std::vector<double> samples[2];
        for (int i = 0; i < warmup + ops; ++i)
            for (int k = 0; k < 2; ++k) {
                int s = (k + i) % 2;  // alternate which goes first
                Stopwatch sw;
                if (auto r = VisitRepo(*stores[s]).record(v[s]); !r) die(r.status().toString());
                if (i >= warmup) samples[s].push_back(sw.elapsedUs());
            }
        report(ctx, "local_write_visit_encrypted", median(samples[1]), median(samples[0]), "us",
               "one durable visit through VisitRepo (synchronous=FULL)");
    }
    // sync_apply_pull
    {
        const int households = ctx.quick ? 150 : 1500;
        const int reps = ctx.quick ? 1 : 3;
        const std::size_t batch = SyncOptions{}.pullBatch;
        Uuid grid = newUuidV7();
        auto changes = pulledChanges(ctx.dir + "/enc_apply_src.db", households, grid);
        std::vector<double> samples[2];
        for (int rep = 0; rep < reps; ++rep)
            for (int k = 0; k < 2; ++k) {
                int s = (k + rep) % 2;
                auto store = openStore(ctx.dir + "/enc_apply_" + std::to_string(rep) + (s ? "_enc.db" : "_plain.db"),
                                       s ? std::optional<SecretKey>(key) : std::nullopt);
                Stopwatch sw;
                for (std::size_t i = 0; i < changes.size(); i += batch) {
                    std::span<const Change> part(changes.data() + i, std::min(batch, changes.size() - i));
                    Status st = store->transaction([&](WriteTxn& txn) { return applyRemoteBatch(txn, part).status(); });
                    if (!st) die(st.toString());
                }
                samples[s].push_back(sw.elapsedS());
            }
        report(ctx, "sync_apply_pull_encrypted", median(samples[1]), median(samples[0]), "s",
               "merging " + std::to_string(changes.size()) + " pulled changes in the engine's batches");
    }
    // initial_sync_grid
    {
        const int households = ctx.quick ? 100 : 1000;
        double seconds[2] = {0, 0};
        for (int s = 0; s < 2; ++s) {
            std::optional<SecretKey> k = s ? std::optional<SecretKey>(key) : std::nullopt;
            std::string tag = s ? "_enc" : "_plain";
            server::SyncServiceOptions so;
            so.dbPath = ctx.dir + "/enc_initial_server" + tag + ".db";
            so.durable = false;
            so.key = k;
            auto svc = server::SyncService::open(so);
            if (!svc) die(svc.status().toString());
            Uuid grid = newUuidV7();
            std::vector<RowWrite> rows;
            auto changes = pulledChanges(ctx.dir + "/enc_initial_src" + tag + ".db", households, grid);
            for (const auto& c : changes) {
                if (rows.empty() || rows.back().rowId != c.rowId) rows.push_back(RowWrite{c.table, c.rowId, {}});
                rows.back().set(c.column, c.value);
            }
            if (Status st = (*svc)->write(rows); !st) die(st.toString());
            auto worker = (*svc)->createWorker("王秀英", "13800000001", {grid});
            if (!worker) die(worker.status().toString());
            auto code = (*svc)->issueEnrollmentCode(*worker);
            if (!code) die(code.status().toString());
            auto dev = openStore(ctx.dir + "/enc_initial_device" + tag + ".db", k);
            server::LoopbackTransport link(**svc);
            SyncEngine engine(*dev, link);
            if (Status st = engine.enroll(*code, "bench"); !st) die(st.toString());
            Stopwatch sw;
            if (auto r = engine.sync(); !r) die(r.status().toString());
            seconds[s] = sw.elapsedS();
        }
        report(ctx, "initial_sync_grid_encrypted", seconds[1], seconds[0], "s",
               "first sync of a grid (3 residents per household) through the service and the loopback");
    }
}

}  // namespace gridwork::bench
