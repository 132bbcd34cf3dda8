#include "simulator.h"

#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/domain/report_workflow.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/dump.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <random>

namespace gridwork::sim {

namespace {
constexpr std::uint64_t kStartMs = 1'780'000'000'000ull;

class SkewedClock final : public Clock {
public:
    SkewedClock(std::shared_ptr<Clock> base, std::int64_t skew) : m_base(std::move(base)), m_skew(skew) {}
    std::uint64_t nowMs() override {
        return static_cast<std::uint64_t>(static_cast<std::int64_t>(m_base->nowMs()) + m_skew);
    }
    void setSkew(std::int64_t s) { m_skew = s; }

private:
    std::shared_ptr<Clock> m_base;
    std::int64_t m_skew;
};

// A link that dies after a number of posts: the app killed in the middle of a sync.
class DyingTransport final : public Transport {
public:
    DyingTransport(Transport& inner, int postsLeft) : m_inner(inner), m_left(postsLeft) {}
    Result<TransportReply> post(Endpoint e, const std::string& body, const std::string& token) override {
        if (m_left-- <= 0) return Status(ErrorCode::Unavailable, "sim: app killed");
        return m_inner.post(e, body, token);
    }

private:
    Transport& m_inner;
    int m_left;
};

struct SimDevice {
    std::string path;
    std::shared_ptr<SkewedClock> clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<server::LoopbackTransport> link;
    Uuid worker;
    std::vector<Uuid> grids;
    std::int64_t skew = 0;
    bool wireV2 = true;
    std::string name;
    bool hasBackup = false;
    std::vector<Uuid> visitsSinceBackup;  // destroyed by a restore unless the server has them
};

struct World {
    SimOptions opt;
    std::mt19937_64 rng;
    std::string dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(kStartMs);
    std::unique_ptr<server::SyncService> service;
    std::vector<Uuid> grids;
    std::vector<SimDevice> devices;
    std::uint64_t changes = 0;
    std::uint64_t restamps = 0, crashes = 0, syncs = 0, failedSyncs = 0, restores = 0, reassignments = 0;
    std::vector<Uuid> visits;  // every visit written on a phone that must reach the township
    std::string failure;

    explicit World(const SimOptions& o) : opt(o), rng(o.seed) {}
    std::uint64_t pick(std::uint64_t n) { return n ? rng() % n : 0; }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
    void fail(const std::string& why) {
        if (failure.empty()) failure = why;
    }

    server::LoopbackFaults faults(std::uint64_t salt) const {
        return {opt.drop, opt.drop, opt.dup, opt.reorder ? 0.1 : 0.0, opt.seed * 1000 + salt};
    }

    SyncOptions engineOptions(bool wireV2 = true) const {
        SyncOptions o;
        o.wireV2 = wireV2;
        o.sleep = [](std::chrono::milliseconds) {};
        o.maxAttempts = 2;  // low, so faults leave syncs half done and the next one must resume
        o.pushBatch = 50;
        o.v2PushBatch = 50;
        o.pullBatch = 200;
        return o;
    }

    bool openDevice(SimDevice& d) {
        StoreOptions so;
        so.clock = d.clock;
        so.durable = false;
        auto s = Store::open(d.path, so);
        if (!s) {
            fail("reopen " + d.path + ": " + s.status().toString());
            return false;
        }
        d.store = std::move(s).value();
        return true;
    }

    // Close and reopen, as a killed app restarting would.
    void crash(SimDevice& d) {
        ++crashes;
        d.store.reset();
        openDevice(d);
    }

    Result<SyncReport> sync(SimDevice& d, Transport& t) {
        SyncEngine e(*d.store, t, engineOptions(d.wireV2));
        auto r = e.sync();
        ++syncs;
        if (r) {
            changes += r->pushed;
            restamps += r->restamps;
        } else {
            ++failedSyncs;
        }
        return r;
    }

    // ---- random domain work ----
    std::vector<Uuid> rowsOf(Store& s, const std::string& table, const Uuid& grid, const std::string& extra = "") {
        std::vector<Uuid> out;
        auto* q = s.database().prepare("SELECT id FROM " + table + " WHERE grid_id=?1 " + extra + " ORDER BY id");
        if (!q) return out;
        q->bind(1, grid);
        while (q->step()) out.push_back(q->getUuid(0));
        q->reset();
        return out;
    }

    Value phoneValue() { return Value::text("1" + std::to_string(3000000000ull + pick(999999999))); }

    RowWrite newHousehold(const Uuid& grid, int n) {
        static const char* kVillages[] = {"幸福村", "和平社区", "红星村", "东湖社区"};
        static const char* kKinds[] = {"own", "rented", "shop"};
        RowWrite w{"households", newUuidV7(), {}};
        w.set("grid_id", grid.toValue())
            .set("address", Value::text(std::string(kVillages[pick(4)]) + std::to_string(1 + pick(9)) + "组" +
                                        std::to_string(n) + "号"))
            .set("kind", Value::text(kKinds[pick(3)]))
            .set("status", Value::text("living"))
            .set("head_name", Value::text("户主" + std::to_string(n)))
            .set("deleted", Value::boolean(false));
        return w;
    }

    RowWrite newResident(const Uuid& grid, const Uuid& household, int n) {
        static const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        static const char* kGiven[] = {"秀英", "建国", "桂兰", "志强", "丽娟", "国华", "玉梅", "德福"};
        RowWrite w{"residents", newUuidV7(), {}};
        w.set("grid_id", grid.toValue())
            .set("household_id", household.toValue())
            .set("name", Value::text(std::string(kSurnames[pick(8)]) + kGiven[pick(8)]))
            .set("birth_year", Value::integer(1940 + static_cast<std::int64_t>(pick(80))))
            .set("id_number", Value::text("3301**********" + std::to_string(1000 + n % 9000)))
            .set("tags", Value::text(pick(4) == 0 ? "elderly_alone" : ""))
            .set("status", Value::text("resident"))
            .set("deleted", Value::boolean(false));
        return w;
    }

    RowWrite event(const Uuid& report, const Uuid& grid, const std::string& kind, const std::string& actor) {
        RowWrite w{"report_events", newUuidV7(), {}};
        w.set("grid_id", grid.toValue()).set("report_id", report.toValue()).set("kind", Value::text(kind));
        w.set("actor_name", Value::text(actor)).set("at", Value::integer(static_cast<std::int64_t>(clock->nowMs())));
        return w;
    }

    // One random piece of a grid worker's day on device d.
    Status deviceWork(SimDevice& d, int op) {
        Store& s = *d.store;
        // The grids the phone believes are its own (it learns of a reassignment when it syncs).
        std::vector<Uuid> believed = SyncEngine(s, *d.link, engineOptions()).status().grids;
        if (believed.empty()) believed = d.grids;
        Uuid grid = believed[pick(believed.size())];
        auto households = rowsOf(s, "households", grid);
        std::uint64_t roll = pick(100);
        if (households.empty() || roll < 8) {
            RowWrite h = newHousehold(grid, op);
            RowWrite r = newResident(grid, h.rowId, op);
            return s.write({h, r});
        }
        Uuid hh = households[pick(households.size())];
        if (roll < 40) {  // concurrent edits of the same rows and columns
            static const char* kCols[] = {"phone", "note", "head_name", "status"};
            std::string col = kCols[pick(4)];
            Value v =
                col == "phone" ? phoneValue()
                : col == "status"
                    ? Value::text(pick(2) ? "living" : "moved_out")
                    : Value::text(col + " by " + d.store->siteId().toString().substr(0, 8) + " #" + std::to_string(op));
            return s.write(RowWrite{"households", hh, {{col, v}}});
        }
        if (roll < 55) {
            auto residents = rowsOf(s, "residents", grid);
            if (residents.empty()) return Status::ok();
            static const char* kCols[] = {"phone", "tags", "status", "name"};
            std::string col = kCols[pick(4)];
            Value v = col == "phone" ? phoneValue() : Value::text(col + "-" + std::to_string(op));
            return s.write(RowWrite{"residents", residents[pick(residents.size())], {{col, v}}});
        }
        if (roll < 60) {  // delete or restore (tombstones under LWW)
            auto residents = rowsOf(s, "residents", grid);
            bool household = residents.empty() || pick(2);
            return s.write(RowWrite{household ? "households" : "residents",
                                    household ? hh : residents[pick(residents.size())],
                                    {{"deleted", Value::boolean(pick(3) != 0)}}});
        }
        if (roll < 72) {  // a visit (append-only)
            RowWrite v{"visits", newUuidV7(), {}};
            v.set("grid_id", grid.toValue()).set("household_id", hh.toValue()).set("worker_id", d.worker.toValue());
            v.set("kind", Value::text(pick(3) ? "routine" : "follow_up")).set("outcome", Value::text("met"));
            v.set("note", Value::text("走访 #" + std::to_string(op)));
            v.set("visited_at", Value::integer(static_cast<std::int64_t>(clock->nowMs())));
            GW_TRY(s.write(v));
            visits.push_back(v.rowId);
            if (d.hasBackup) d.visitsSinceBackup.push_back(v.rowId);
            return Status::ok();
        }
        if (roll < 78) {  // a short patrol with track points
            Uuid patrol = newUuidV7();
            std::vector<RowWrite> w;
            RowWrite p{"patrols", patrol, {}};
            p.set("grid_id", grid.toValue()).set("worker_id", d.worker.toValue()).set("state", Value::text("stopped"));
            p.set("started_at", Value::integer(static_cast<std::int64_t>(clock->nowMs())));
            w.push_back(p);
            for (int i = 0; i < 5; ++i) {
                RowWrite pt{"patrol_points", newUuidV7(), {}};
                pt.set("grid_id", grid.toValue()).set("patrol_id", patrol.toValue()).set("seq", Value::integer(i));
                pt.set("lat", Value::real(30.25 + 0.0001 * i)).set("lon", Value::real(120.16 + 0.0001 * i));
                w.push_back(pt);
            }
            return s.write(w);
        }
        auto reports = rowsOf(s, "reports", grid);
        if (roll < 86 || reports.empty()) {  // file a report
            Uuid rep = newUuidV7();
            RowWrite r{"reports", rep, {}};
            r.set("grid_id", grid.toValue()).set("worker_id", d.worker.toValue()).set("household_id", hh.toValue());
            r.set("category", Value::text(pick(2) ? "safety" : "environment"));
            r.set("text", Value::text("发现隐患 #" + std::to_string(op))).set("severity", Value::text("normal"));
            r.set("deleted", Value::boolean(false));
            std::vector<RowWrite> w{r, event(rep, grid, "report", d.name)};
            if (pick(4) == 0) w.push_back(event(rep, grid, "resolve_on_site", d.name));
            return s.write(w);
        }
        if (roll < 90)  // 人员转移: the first doors of the grid, so workers often record the same household
            return recordEvacuation(d, households[pick(std::min<std::size_t>(households.size(), 4))]);
        if (roll < 93) {  // the worker's side of the report loop, racing with the centre
            static const char* kKinds[] = {"resubmit", "comment", "resolve_on_site", "feedback"};
            return s.write(event(reports[pick(reports.size())], grid, kKinds[pick(4)], d.name));
        }
        auto tasks = rowsOf(s, "tasks", grid);
        if (tasks.empty()) return Status::ok();
        RowWrite t{"tasks", tasks[pick(tasks.size())], {}};
        t.set("status", Value::text("done")).set("result", Value::text("已核查 #" + std::to_string(op)));
        t.set("completed_at", Value::integer(static_cast<std::int64_t>(clock->nowMs())));
        return s.write(t);
    }

    // The township command centre: dispatching reports, issuing tasks, editing the ledger.
    Status townshipWork(int op) {
        Uuid grid = grids[pick(grids.size())];
        std::vector<Uuid> reports, households;
        (void)service->withStore([&](Store& s) {
            reports = rowsOf(s, "reports", grid);
            households = rowsOf(s, "households", grid);
            return Status::ok();
        });
        std::uint64_t roll = pick(10);
        if (roll < 6 && !reports.empty()) {
            static const char* kKinds[] = {"accept", "dispatch", "start",  "handle",  "feedback",
                                           "close",  "return",   "reopen", "escalate"};
            changes += 1;
            return service->write({event(reports[pick(reports.size())], grid, kKinds[pick(9)], "指挥室")});
        }
        if (roll < 8) {
            RowWrite t{"tasks", newUuidV7(), {}};
            t.set("grid_id", grid.toValue()).set("title", Value::text("指令核查 #" + std::to_string(op)));
            t.set("status", Value::text("open")).set("due_date", Value::text("2026-06-01"));
            if (!households.empty()) t.set("household_id", households[pick(households.size())].toValue());
            changes += 1;
            return service->write({t});
        }
        if (households.empty()) return Status::ok();
        changes += 1;
        return service->write({RowWrite{"households",
                                        households[pick(households.size())],
                                        {{"note", Value::text("街道更新 #" + std::to_string(op))}}}});
    }

    // ---- backups and reassignments ----
    static void copyDatabase(const std::string& from, const std::string& to, std::error_code& ec) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(to + suffix, ec);
            if (std::filesystem::exists(from + suffix)) std::filesystem::copy_file(from + suffix, to + suffix, ec);
            if (ec) return;
        }
    }

    // The phone's file copied aside (as a backup app would), or that copy put back over it.
    void backupOrRestore(SimDevice& d) {
        std::string backup = d.path + ".bak";
        std::error_code ec;
        d.store.reset();
        if (!d.hasBackup || pick(2) == 0) {
            copyDatabase(d.path, backup, ec);
            d.hasBackup = !ec;
            d.visitsSinceBackup.clear();
        } else {
            ++restores;
            // Visits written after the backup and never synced are gone with the restore itself
            // (the phone lost them, not the sync): they leave the ledger of writes to check.
            std::vector<Uuid> held;
            (void)service->withStore([&](Store& s) {
                for (const auto& id : d.visitsSinceBackup)
                    if (s.rowGrid("visits", id)) held.push_back(id);
                return Status::ok();
            });
            for (const auto& id : d.visitsSinceBackup)
                if (std::find(held.begin(), held.end(), id) == held.end())
                    visits.erase(std::remove(visits.begin(), visits.end(), id), visits.end());
            copyDatabase(backup, d.path, ec);
            d.visitsSinceBackup.clear();
            if (ec) fail("restore " + d.path + ": " + ec.message());
        }
        openDevice(d);
    }

    // The township moves a worker to the next grid (devices learn of it on their next sync).
    Status reassign(SimDevice& d) {
        ++reassignments;
        auto at = std::find(grids.begin(), grids.end(), d.grids.front());
        std::size_t next = at == grids.end() ? 0 : static_cast<std::size_t>(at - grids.begin() + 1) % grids.size();
        d.grids = {grids[next]};
        return service->reassignWorker(d.worker, d.grids);
    }

    // Zero lost writes: every visit on the server, or kept in its conflict log.
    std::uint64_t lostVisits() {
        std::uint64_t lost = 0;
        (void)service->withStore([&](Store& s) {
            auto* kept = s.database().prepare("SELECT 1 FROM conflicts WHERE tbl='visits' AND row_ref=?1 LIMIT 1");
            for (const auto& id : visits) {
                if (s.rowGrid("visits", id)) continue;
                bool isKept = false;
                if (kept) {
                    kept->bind(1, id);
                    isKept = kept->step();
                    kept->reset();
                }
                if (!isKept) {
                    ++lost;
                    fail("visit " + id.toString() + " was lost");
                }
            }
            return Status::ok();
        });
        return lost;
    }

    // ---- emergency mode (core/docs/emergency.md) ----
    Uuid emergency;  // the typhoon the township declares before the day starts
    struct LatestEvacuation {
        Stamp stamp{0, Uuid{}};
        std::int64_t evacuated = 0, stayed = 0;
    };
    std::map<Uuid, LatestEvacuation> latestEvacuation;  // per household: the newest record made on a phone

    Status declareEmergency() {
        return service->withStore([&](Store& s) -> Status {
            domain::Emergency e;
            e.kind = domain::EmergencyKind::Typhoon;
            e.note = "模拟台风";
            GW_ASSIGN_OR_RETURN(auto declared, domain::EmergencyRepo(s).declare(e));
            emergency = declared.id;
            return Status::ok();
        });
    }

    Status endEmergency() {
        return service->withStore([&](Store& s) { return domain::EmergencyRepo(s).end(emergency); });
    }

    // A household's evacuation recorded on the phone (once it has pulled the declaration; after it
    // has pulled the end, the core refuses with InvalidState, which the day tolerates).
    Status recordEvacuation(SimDevice& d, const Uuid& household) {
        domain::EmergencyRepo repo(*d.store);
        if (!repo.get(emergency)) return Status::ok();
        domain::Evacuation v;
        v.emergencyId = emergency;
        v.householdId = household;
        v.evacuated = static_cast<int>(pick(6));
        v.stayed = pick(3) == 0 ? 1 : 0;
        v.stayedReason = v.stayed ? "行动不便" : "";
        v.workerId = d.worker;
        auto saved = repo.record(v);
        if (!saved) return saved.status().code() == ErrorCode::NotFound ? Status::ok() : saved.status();  // deleted
        auto st = d.store->columnState(tables::kEvacuations, saved->id, "evacuated");
        if (!st) return Status(ErrorCode::Internal, "evacuation without a stamp");
        auto& latest = latestEvacuation[household];
        if (latest.stamp < st->stamp()) latest = {st->stamp(), v.evacuated, v.stayed};
        return Status::ok();
    }

    // Every replica holds one record per household; with nothing destroyed or re-stamped on a
    // phone (no restores, reassignments or clock repairs) the township's totals are exactly those
    // of the newest record of each household.
    void checkEvacuations(Store& s, const std::string& who, bool exact) {
        auto rows = s.database().queryInt("SELECT count(*) FROM evacuations").value_or(-1);
        auto households = s.database().queryInt("SELECT count(DISTINCT household_id) FROM evacuations").value_or(-2);
        if (rows != households) fail(who + ": a household has two evacuation records");
        if (!exact) return;
        auto stats = domain::EmergencyRepo(s).stats(emergency);
        if (!stats) return fail(who + ": emergency stats: " + stats.status().toString());
        std::int64_t evacuated = 0, stayed = 0;
        for (const auto& [household, latest] : latestEvacuation) {
            evacuated += latest.evacuated;
            stayed += latest.stayed;
        }
        const auto& t = stats->township;
        if (t.householdsDone != static_cast<std::int64_t>(latestEvacuation.size()) || t.peopleEvacuated != evacuated ||
            t.peopleStayed != stayed)
            fail(who + ": evacuation totals " + std::to_string(t.householdsDone) + " households / " +
                 std::to_string(t.peopleEvacuated) + " out / " + std::to_string(t.peopleStayed) + " stayed, want " +
                 std::to_string(latestEvacuation.size()) + " / " + std::to_string(evacuated) + " / " +
                 std::to_string(stayed));
    }

    // ---- invariants ----
    void checkOutbox(SimDevice& d) {
        for (const auto& e : d.store->outbox(0, 1000000)) {
            auto st = d.store->columnState(e.change.table, e.change.rowId, e.change.column);
            if (!st) fail("outbox entry " + std::to_string(e.seq) + " has no data in " + e.change.table);
        }
    }

    void checkReports(Store& s, const std::string& who) {
        auto* q = s.database().prepare("SELECT id, status FROM reports ORDER BY id");
        if (!q) return;
        std::vector<std::pair<Uuid, std::string>> reports;
        while (q->step()) reports.emplace_back(q->getUuid(0), q->getText(1));
        q->reset();
        for (const auto& [id, status] : reports) {
            auto* e = s.database().prepare("SELECT kind, superseded, id FROM report_events WHERE report_id=?1");
            e->bind(1, id);
            struct Row {
                Stamp stamp;
                Uuid id;
                std::string kind;
                bool superseded;
            };
            std::vector<Row> rows;
            while (e->step()) rows.push_back({Stamp{0, Uuid{}}, e->getUuid(2), e->getText(0), e->getInt(1) != 0});
            e->reset();
            // Each event sorts by the stamp of its `kind` column (none: the zero stamp).
            for (auto& r : rows)
                if (auto st = s.columnState("report_events", r.id, "kind")) r.stamp = {st->hlc, st->site};
            std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                return a.stamp < b.stamp || (a.stamp == b.stamp && a.id < b.id);
            });
            std::vector<WorkflowEvent> events;
            for (const auto& r : rows) events.push_back({r.stamp, r.kind, false});
            std::string want(reportStatusName(foldReportEvents(events)));
            if (status != want)
                fail(who + ": report " + id.toString() + " is '" + status + "', its events fold to '" + want + "'");
            for (std::size_t k = 0; k < rows.size() && k < events.size(); ++k)
                if (rows[k].superseded != events[k].superseded)
                    fail(who + ": event " + rows[k].id.toString() + " has the wrong superseded mark");
        }
    }
};

std::string firstDifference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    std::size_t from = a.rfind('\n', i);
    from = from == std::string::npos ? 0 : from + 1;
    auto line = [&](const std::string& s) {
        return s.substr(from, std::min<std::size_t>(400, s.find('\n', from) - from));
    };
    return "\n  device: " + line(a) + "\n  server: " + line(b);
}
}  // namespace

SimOutcome runSimulation(const SimOptions& options) {
    SimOutcome out;
    World w(options);
    std::string templ = (std::filesystem::temp_directory_path() / "gridwork-sim-XXXXXX").string();
    if (!mkdtemp(templ.data())) {
        out.failure = "cannot create a temp dir";
        return out;
    }
    w.dir = templ;
    struct Cleanup {
        std::string dir;
        ~Cleanup() {
            std::error_code ec;
            if (!std::getenv("GRIDWORK_KEEP_TEMP")) std::filesystem::remove_all(dir, ec);
        }
    } cleanup{w.dir};

    server::SyncServiceOptions so;
    so.dbPath = w.dir + "/server.db";
    so.clock = w.clock;
    so.durable = false;
    auto svc = server::SyncService::open(so);
    if (!svc) {
        out.failure = svc.status().toString();
        return out;
    }
    w.service = std::move(svc).value();

    // The township: 2-3 grids, a seeded ledger, devices spread over the grids.
    int gridCount = options.devices >= 6 ? 3 : 2;
    for (int g = 0; g < gridCount; ++g) w.grids.push_back(newUuidV7());
    for (int g = 0; g < gridCount; ++g) {
        std::vector<RowWrite> ledger;
        RowWrite org{"org_units", w.grids[g], {}};
        org.set("level", Value::text("grid")).set("name", Value::text("第" + std::to_string(g + 1) + "网格"));
        org.set("grid_id", w.grids[g].toValue()).set("deleted", Value::boolean(false));
        ledger.push_back(org);
        for (int i = 0; i < 8; ++i) {
            RowWrite h = w.newHousehold(w.grids[g], i + 1);
            ledger.push_back(w.newResident(w.grids[g], h.rowId, i));
            ledger.push_back(h);
        }
        if (Status st = w.service->write(ledger); !st) {
            out.failure = st.toString();
            return out;
        }
    }
    if (Status st = w.declareEmergency(); !st) {
        out.failure = "declare: " + st.toString();
        return out;
    }
    for (int i = 0; i < options.devices; ++i) {
        SimDevice d;
        d.path = w.dir + "/device" + std::to_string(i) + ".db";
        d.clock = std::make_shared<SkewedClock>(w.clock, 0);
        d.grids = {w.grids[i % gridCount]};
        if (i == 0 && gridCount > 1) d.grids.push_back(w.grids[1]);  // one worker covers two grids
        if (options.skewMs) d.skew = (i % 3 == 1) ? options.skewMs : (i % 3 == 2) ? -options.skewMs / 2 : 0;
        auto worker =
            w.service->createWorker("网格员" + std::to_string(i + 1), "1390000" + std::to_string(1000 + i), d.grids);
        auto code = worker ? w.service->issueEnrollmentCode(*worker) : Result<std::string>(worker.status());
        if (!code || !w.openDevice(d)) {
            out.failure = "setup: " + (code ? w.failure : code.status().toString());
            return out;
        }
        d.worker = *worker;
        d.name = "网格员" + std::to_string(i + 1);
        d.link = std::make_unique<server::LoopbackTransport>(*w.service, w.faults(static_cast<std::uint64_t>(i)));
        server::LoopbackTransport clean(*w.service);
        d.wireV2 = w.opt.wire == SimOptions::Wire::V2 || (w.opt.wire == SimOptions::Wire::Mixed && i % 2 == 0);
        SyncEngine e(*d.store, clean, w.engineOptions(d.wireV2));
        if (Status st = e.enroll(*code, "sim phone " + std::to_string(i)); !st) {
            out.failure = "enroll: " + st.toString();
            return out;
        }
        if (auto r = w.sync(d, clean); !r) {
            out.failure = "first sync: " + r.status().toString();
            return out;
        }
        d.clock->setSkew(d.skew);  // the phone's clock goes wrong after enrollment
        w.devices.push_back(std::move(d));
    }

    // The day: random work, syncs over faulty links, crashes.
    for (int op = 0; op < options.ops && w.failure.empty(); ++op) {
        w.clock->advance(static_cast<std::int64_t>(w.pick(3000)));
        // The township ends the emergency late in the day; phones still offline keep recording.
        if (op == options.ops * 3 / 4)
            if (Status st = w.endEmergency(); !st) w.fail("end emergency: " + st.toString());
        std::uint64_t roll = w.pick(100);
        if (roll < 10) {
            if (Status st = w.townshipWork(op); !st) w.fail("township write: " + st.toString());
            continue;
        }
        SimDevice& d = w.devices[w.pick(w.devices.size())];
        if (options.reassign > 0 && w.chance(options.reassign) && w.grids.size() > 1) {
            if (Status st = w.reassign(d); !st) w.fail("reassign: " + st.toString());
            continue;
        }
        if (options.restore > 0 && w.chance(options.restore)) {
            w.backupOrRestore(d);
            continue;
        }
        if (roll < 25) {
            if (w.chance(options.crash)) {
                DyingTransport dying(*d.link, 1 + static_cast<int>(w.pick(4)));
                (void)w.sync(d, dying);
                w.checkOutbox(d);
                w.crash(d);
            } else {
                (void)w.sync(d, *d.link);  // faults can exhaust the retries; the next sync resumes
            }
            continue;
        }
        if (Status st = w.deviceWork(d, op); !st && st.code() != ErrorCode::InvalidState)
            w.fail("device write: " + st.toString());
        if (w.chance(options.crash)) {
            w.checkOutbox(d);
            w.crash(d);
        }
    }
    for (auto& d : w.devices) w.checkOutbox(d);

    // Quiescence: faults off (held requests arrive late), everyone syncs until nothing moves.
    for (auto& d : w.devices) {
        d.link->flushHeld();
        d.link->setFaults({});
    }
    bool quiet = false;
    for (int round = 0; round < 12 && !quiet && w.failure.empty(); ++round) {
        std::uint64_t seqBefore = w.service->lastServerSeq();
        quiet = true;
        for (auto& d : w.devices) {
            auto r = w.sync(d, *d.link);
            if (!r) {
                w.fail("quiescence sync: " + r.status().toString());
                break;
            }
            if (r->pushed || r->pulled || d.store->outboxCount()) quiet = false;
        }
        if (w.service->lastServerSeq() != seqBefore) quiet = false;
    }
    if (!quiet) w.fail("no quiescence after 12 rounds");

    out.converged = quiet && w.failure.empty();
    for (std::size_t i = 0; i < w.devices.size() && out.converged; ++i) {
        auto& d = w.devices[i];
        std::string mine = dumpJson(*d.store, d.grids);
        // The server holds every worker's track; a phone only its own worker's (pull.cpp).
        std::string theirs = w.service->dump(d.grids, d.worker);
        if (mine != theirs) {
            out.converged = false;
            w.fail("device " + std::to_string(i) + " differs from the server:" + firstDifference(mine, theirs));
        }
        if (d.store->outboxCount() != 0) w.fail("device " + std::to_string(i) + " has pending changes");
    }
    for (std::size_t i = 0; i < w.devices.size(); ++i)
        w.checkReports(*w.devices[i].store, "device " + std::to_string(i));
    // Exact totals need every record's final stamp as it was made: a restore or a reassignment may
    // rightly destroy or keep back a record, and a clock-ahead repair re-stamps it after the fact.
    const bool exactEvacuations = options.restore == 0 && options.reassign == 0 && w.restamps == 0;
    for (std::size_t i = 0; i < w.devices.size(); ++i)
        w.checkEvacuations(*w.devices[i].store, "device " + std::to_string(i), false);
    (void)w.service->withStore([&](Store& s) {
        w.checkReports(s, "server");
        w.checkEvacuations(s, "server", exactEvacuations);
        if (auto stats = domain::EmergencyRepo(s).stats(w.emergency)) {
            out.evacuatedHouseholds = static_cast<std::uint64_t>(stats->township.householdsDone);
            out.peopleEvacuated = static_cast<std::uint64_t>(stats->township.peopleEvacuated);
        }
        out.conflictsLogged =
            static_cast<std::uint64_t>(s.database().queryInt("SELECT count(*) FROM conflicts").value_or(0));
        return Status::ok();
    });
    out.visits = w.visits.size();
    out.lostWrites = w.lostVisits();
    out.restores = w.restores;
    out.reassignments = w.reassignments;
    out.invariantsHeld = w.failure.empty();
    out.changes = w.changes;
    out.failure = w.failure;
    std::uint64_t faults = 0;
    for (auto& d : w.devices) faults += d.link->stats().faults;
    auto u = [](std::uint64_t v) { return static_cast<unsigned long long>(v); };
    std::fprintf(stderr,
                 "gridwork-sim: %llu syncs (%llu ended early), %llu link faults, %llu crashes, %llu re-stamps, "
                 "%llu restores, %llu reassignments, server_seq %llu\n",
                 u(w.syncs), u(w.failedSyncs), u(faults), u(w.crashes), u(w.restamps), u(w.restores),
                 u(w.reassignments), u(w.service->lastServerSeq()));
    return out;
}

}  // namespace gridwork::sim
