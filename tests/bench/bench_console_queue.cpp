// console_queue — the web console's queue (GET /api/console/v1/reports: its first page of 50 and
// its counts by status) on a township with a year of reports (8,719 reports, ~40,000 events),
// through ConsoleApi::handle with a logged-in 指挥员 session (session check, scope, the page,
// the counts, JSON); p95 and p50 in ms. Baseline: the raw SQL of the same page (newest 50
// reports with their grid and reporter) and a COUNT(*) GROUP BY status, raw sqlite3, every
// column read. Target: p95 < 100 ms.
#include "bench_registry.h"
#include "bench_timing.h"

#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/console_api.h"
#include "gridwork/server/staff_directory.h"
#include "gridwork/server/sync_service.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <sqlite3.h>

namespace gridwork::bench {

namespace {
using namespace gridwork::domain;
using namespace gridwork::server;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "console_queue: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T must(Result<T> r) {
    if (!r.isOk()) die(r.status().toString());
    return std::move(r).value();
}

void must(const Status& s) {
    if (!s.isOk()) die(s.toString());
}

constexpr const char* kPageSql =
    "SELECT r.id, r.category, r.text, r.status, r.reported_at, r.deadline, r.lat, r.lon, g.name, w.name FROM reports r "
    "LEFT JOIN org_units g ON g.id = r.grid_id LEFT JOIN workers w ON w.id = r.worker_id "
    "ORDER BY r.reported_at DESC LIMIT 50";
constexpr const char* kCountSql = "SELECT status, COUNT(*) FROM reports GROUP BY status";

std::int64_t baseline(sqlite3* db) {
    static sqlite3_stmt* page = nullptr;
    static sqlite3_stmt* count = nullptr;
    if (!page && sqlite3_prepare_v2(db, kPageSql, -1, &page, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
    if (!count && sqlite3_prepare_v2(db, kCountSql, -1, &count, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
    std::int64_t rows = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(page) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < 10; ++c) bytes += static_cast<std::size_t>(sqlite3_column_bytes(page, c));
    }
    sqlite3_reset(page);
    while (sqlite3_step(count) == SQLITE_ROW) bytes += static_cast<std::size_t>(sqlite3_column_int64(count, 1));
    sqlite3_reset(count);
    return bytes ? rows : 0;
}
}  // namespace

GRIDWORK_BENCHMARK(consoleQueue, "console_queue",
                   "the console queue's first page + counts (8,719 reports, ~40,000 events) vs its raw SQL (ms, p95)");

static void consoleQueue(BenchContext& ctx) {
    const int reports = ctx.quick ? 600 : 8719;
    const int runs = ctx.quick ? 10 : 60;
    const std::string path = ctx.dir + "/console_queue.db";
    std::mt19937_64 rng(20261203);
    Stopwatch setup;
    SyncServiceOptions o;
    o.dbPath = path;
    o.durable = false;
    auto service = must(SyncService::open(o));
    std::vector<Uuid> grids, workers;
    must(service->withStore([&](Store& store) -> Status {
        OrgRepo org(store);
        OrgUnit town;
        town.level = OrgLevel::Township;
        town.name = "城南街道";
        town = must(org.add(town));
        for (int g = 0; g < 20; ++g) {
            OrgUnit grid;
            grid.level = OrgLevel::Grid;
            grid.parentId = town.id;
            grid.name = "第" + std::to_string(g + 1) + "网格";
            grids.push_back(must(org.add(grid)).id);
        }
        return Status::ok();
    }));
    for (int g = 0; g < 20; ++g)
        workers.push_back(must(
            service->createWorker("网格员" + std::to_string(g + 1), "1380000" + std::to_string(1000 + g), {grids[g]})));
    // A year of reports: most through the whole loop, the rest at every stage.
    const std::int64_t yearAgo = 1764720000000;  // 2025-12-03
    std::int64_t events = 0;
    must(service->withStore([&](Store& store) -> Status {
        ReportRepo repo(store);
        static constexpr ReportEventKind kLoop[] = {ReportEventKind::Accept, ReportEventKind::Dispatch,
                                                    ReportEventKind::Handle, ReportEventKind::Feedback,
                                                    ReportEventKind::Close};
        for (int i = 0; i < reports; ++i) {
            std::size_t g = rng() % grids.size();
            Report r;
            r.gridId = grids[g];
            r.workerId = workers[g];
            r.category = static_cast<ReportCategory>(rng() % 8);
            r.text = "问题上报 " + std::to_string(i) + "：楼道堆放杂物，影响通行";
            r.location = GeoPoint{29.5 + (rng() % 1000) / 1e5, 120.9 + (rng() % 1000) / 1e5};
            r.reportedAt = yearAgo + static_cast<std::int64_t>(i) * (365LL * 86400000 / reports);
            r.deadline = "2026-12-31";
            Report filed = must(repo.file(r));
            ++events;
            int steps = i > reports - 300 ? static_cast<int>(rng() % 5) : 5;
            for (int s = 0; s < steps; ++s) {
                ReportEvent e;
                e.kind = std::string(reportEventKindName(kLoop[s]));
                e.actorName = "指挥室";
                if (kLoop[s] == ReportEventKind::Dispatch) e.department = "城管中队";
                e.at = r.reportedAt + (s + 1) * 3600000LL;
                must(repo.addEvent(filed.id, e).status());
                ++events;
            }
        }
        StaffMember m;
        m.login = "zhihui";
        m.name = "陈志明";
        m.role = StaffRole::Dispatcher;
        StaffDirectory staff(store);
        must(staff.init());
        return staff.add(m, "bench-password", 0);
    }));
    double setupS = setup.elapsedS();

    ConsoleOptions co;
    co.configDir = ctx.dir + "/console";
    auto api = must(ConsoleApi::open(*service, co));
    ConsoleRequest login;
    login.method = "POST";
    login.path = "/api/console/v1/login";
    login.body = R"({"login":"zhihui","password":"bench-password"})";
    ConsoleResponse in = api->handle(login);
    std::string cookie;
    for (const auto& [k, v] : in.headers)
        if (k == "Set-Cookie") cookie = v.substr(0, v.find(';'));
    if (cookie.empty()) die("login failed: " + in.body);
    ConsoleRequest page;
    page.method = "GET";
    page.path = "/api/console/v1/reports";
    page.headers["cookie"] = cookie;
    ConsoleResponse first = api->handle(page);  // warm-up (also gives every report its number)
    if (first.status != 200) die("queue: " + first.body);

    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) die("cannot open " + path);
    if (baseline(raw) != 50) die("the baseline page is not 50 rows");
    std::vector<double> subject, base;
    for (int i = 0; i < runs; ++i) {
        Stopwatch a;
        ConsoleResponse r = api->handle(page);
        subject.push_back(a.elapsedMs());
        if (r.status != 200 || r.body.size() < 1000) die("queue answer: " + r.body.substr(0, 200));
        Stopwatch b;
        baseline(raw);
        base.push_back(b.elapsedMs());
    }
    sqlite3_close(raw);
    BenchResult r{"console_queue", percentile(subject, 0.95), "ms", percentile(base, 0.95), {}};
    r.add("p50", median(subject)).add("baseline_p50", median(base)).add("p95_target_ms", 100.0);
    r.add("reports", static_cast<std::int64_t>(reports))
        .add("events", events)
        .add("runs", static_cast<std::int64_t>(runs));
    r.add("subject", "ConsoleApi::handle(GET /api/console/v1/reports): session, scope, page of 50, counts, JSON");
    r.add("baseline_is", std::string(kPageSql) + "; " + kCountSql + " (raw sqlite3, every column read)");
    r.add("setup_s", setupS);
    ctx.report(r);
}

}  // namespace gridwork::bench
