// due_today_query — the "visits due today" query (FollowupRepo::dueOn) on a grid of 10,000
// households with follow-up schedules and visit history, p50 in ms over repeated runs; baseline: a
// plain indexed SELECT of the same grid's households (index households_grid), all rows read.
#include "bench_registry.h"
#include "bench_timing.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/followup_repo.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/store/store.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <sqlite3.h>

namespace gridwork::bench {

namespace {
using namespace gridwork::domain;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "due_today_query: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T must(Result<T> r) {
    if (!r.isOk()) die(r.status().toString());
    return std::move(r).value();
}

constexpr const char* kBaselineSql =
    "SELECT id, micro_grid_id, address, kind, status, head_name, phone FROM households WHERE grid_id=?1";

// Reads every row of the baseline query through the raw SQLite API; returns the row count.
std::int64_t baselineQuery(sqlite3* db, const Uuid& grid) {
    static sqlite3_stmt* stmt = nullptr;
    static sqlite3* preparedFor = nullptr;
    if (preparedFor != db) {
        if (stmt) sqlite3_finalize(stmt);
        if (sqlite3_prepare_v2(db, kBaselineSql, -1, &stmt, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
        preparedFor = db;
    }
    sqlite3_bind_blob(stmt, 1, grid.bytes.data(), 16, SQLITE_STATIC);
    std::int64_t n = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++n;
        for (int c = 0; c < 7; ++c) bytes += static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
    }
    sqlite3_reset(stmt);
    return bytes > 0 ? n : 0;
}
}  // namespace

GRIDWORK_BENCHMARK(dueTodayQuery, "due_today_query",
                   "visits due today on a 10,000-household grid vs an indexed SELECT of its households (ms, p50)");

static void dueTodayQuery(BenchContext& ctx) {
    const int households = ctx.quick ? 1000 : 10000;
    const int runs = ctx.quick ? 5 : 40;
    const std::string path = ctx.dir + "/due_today.db";
    const std::string today = "2026-12-01";
    std::mt19937_64 rng(20261201);
    Stopwatch setup;
    std::int64_t schedules = 0, visits = 0;
    Uuid grid;
    {
        StoreOptions options;
        options.durable = false;  // bulk set-up; the query is what is measured
        auto store = must(domain::openStore(path, options));
        OrgRepo org(*store);
        OrgUnit g;
        g.level = OrgLevel::Grid;
        g.name = "幸福村第一网格";
        grid = must(org.add(g)).id;
        std::vector<Uuid> micro;
        for (int m = 0; m < 12; ++m) {
            OrgUnit u;
            u.level = OrgLevel::MicroGrid;
            u.parentId = grid;
            u.name = "第" + std::to_string(m + 1) + "微网格";
            micro.push_back(must(org.add(u)).id);
        }
        LedgerRepo ledger(*store);
        FollowupRepo followups(*store);
        VisitRepo visitRepo(*store);
        const char* heads[] = {"王建国", "李秀英", "张伟", "刘桂兰", "陈志强", "杨淑珍", "赵德明", "黄玉梅"};
        for (int i = 0; i < households; ++i) {
            Household h;
            h.gridId = grid;
            h.microGridId = micro[static_cast<std::size_t>(i) % micro.size()];
            h.address = "幸福村" + std::to_string(i / 40 + 1) + "组" + std::to_string(i % 40 + 1) + "号";
            h.headName = heads[rng() % 8];
            h.kind = i % 10 == 0 ? HouseholdKind::Rented : HouseholdKind::Own;
            Uuid hh = must(ledger.addHousehold(h)).id;
            // Visit history: routine visits over the last half year, 0-3 per household.
            for (int v = 0, n = static_cast<int>(rng() % 4); v < n; ++v) {
                Visit visit;
                visit.householdId = hh;
                visit.visitDate = addDays(today, -static_cast<int>(rng() % 180));
                visit.visitedAt = 1764547200000 - static_cast<std::int64_t>(rng() % 15552000000ULL);
                visit.note = "日常走访";
                must(visitRepo.record(visit));
                ++visits;
            }
            // One household in five has a follow-up schedule (patients, elderly living alone, ...).
            if (i % 5 == 0) {
                FollowupSchedule s;
                s.householdId = hh;
                s.intervalDays = (int[]){7, 14, 30, 30, 90}[rng() % 5];
                s.startDate = addDays(today, -static_cast<int>(rng() % 365));
                s.reason = "重点人员随访";
                Uuid sid = must(followups.add(s)).id;
                ++schedules;
                for (int v = 0, n = static_cast<int>(rng() % 4); v < n; ++v) {
                    Visit visit;
                    visit.householdId = hh;
                    visit.scheduleId = sid;
                    visit.kind = VisitKind::FollowUp;
                    visit.visitDate = addDays(today, -static_cast<int>(rng() % 120));
                    visit.visitedAt = 1764547200000 - static_cast<std::int64_t>(rng() % 10368000000ULL);
                    must(visitRepo.record(visit));
                    ++visits;
                }
            }
        }
    }
    double setupS = setup.elapsedS();

    auto store = must(domain::openStore(path));
    FollowupRepo followups(*store);
    std::size_t dueCount = must(followups.dueOn(today, {grid})).size();  // warm-up
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) die("cannot open " + path);
    std::int64_t baselineRows = baselineQuery(raw, grid);
    std::vector<double> subject, baseline;
    for (int i = 0; i < runs; ++i) {
        Stopwatch a;
        auto due = must(followups.dueOn(today, {grid}));
        subject.push_back(a.elapsedMs());
        if (due.size() != dueCount) die("the due list changed between runs");
        Stopwatch b;
        if (baselineQuery(raw, grid) != baselineRows) die("the baseline changed between runs");
        baseline.push_back(b.elapsedMs());
    }
    sqlite3_close(raw);
    BenchResult r{"due_today_query", median(subject), "ms", median(baseline), {}};
    r.add("households", static_cast<std::int64_t>(households)).add("schedules", schedules).add("visits", visits);
    r.add("due", static_cast<std::int64_t>(dueCount)).add("runs", static_cast<std::int64_t>(runs));
    r.add("p90", percentile(subject, 0.9));
    r.add("subject", "FollowupRepo::dueOn(today, {grid}): schedules + households + last visit per schedule");
    r.add("baseline_is", std::string(kBaselineSql) + " (index households_grid), every row read, raw sqlite3");
    r.add("setup_s", setupS);
    ctx.report(r);
}

}  // namespace gridwork::bench
