// ledger_import — importing a 100,000-resident ledger CSV with the core's importer
// (importLedgerCsvFile, all-or-nothing: validation, ID-number checks, the row clock and the outbox row (storage.md),
// one transaction) vs a raw batched INSERT of the same rows (the same CSV read line by line,
// prepared statements, one transaction, same pragmas, same tables and indexes). Each side runs in
// a fresh child process, so its peak memory (wait4 ru_maxrss) is its own. Target ratio <= 3.0,
// peak memory < 64 MB.
#include "bench_child.h"
#include "bench_registry.h"
#include "bench_timing.h"
#include "ledger_csv_gen.h"

#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/ledger_import.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/store/store.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sqlite3.h>
#include <sstream>
#include <unordered_map>

namespace gridwork::bench {

namespace {
using namespace gridwork::domain;

int childFail(const std::string& what) {
    std::fprintf(stderr, "ledger_import child: %s\n", what.c_str());
    return 1;
}

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        auto comma = line.find(',', start);
        out.push_back(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

struct SideFigures {
    double seconds = 1e30;
    double peakMb = 0;
    std::string line;
};

bool runSide(const BenchContext& ctx, const std::string& entry, const std::string& csv, int rep, SideFigures& f,
             const std::string& extraArg = "") {
    std::string db = ctx.dir + "/" + entry + "_" + std::to_string(rep) + ".db";
    std::vector<std::string> args = {db, csv};
    if (!extraArg.empty()) args.push_back(extraArg);
    ChildOutcome c = runChild(ctx, entry, args);
    std::remove(db.c_str());
    std::remove((db + "-wal").c_str());
    std::remove((db + "-shm").c_str());
    if (c.exitCode != 0) {
        std::fprintf(stderr, "ledger_import: child %s failed (%d)\n", entry.c_str(), c.exitCode);
        return false;
    }
    double s = std::strtod(c.out.c_str(), nullptr);
    f.seconds = std::min(f.seconds, s);
    f.peakMb = std::max(f.peakMb, c.peakRssMb);
    f.line = c.out;
    return true;
}
}  // namespace

// Child: DB CSV — the core importer; prints "seconds residents households bad_lines outbox_rows".
GRIDWORK_BENCH_CHILD(importSubject, "ledger_import_subject");
static int importSubject(const std::vector<std::string>& args) {
    if (args.size() != 2) return childFail("usage: DB CSV");
    auto opened = domain::openStore(args[0]);
    if (!opened.isOk()) return childFail(opened.status().toString());
    OrgUnit grid;
    grid.level = OrgLevel::Grid;
    grid.name = "幸福社区第一网格";
    auto g = OrgRepo(**opened).add(grid);
    if (!g.isOk()) return childFail(g.status().toString());
    ImportOptions options;
    options.mode = ImportMode::AllOrNothing;
    options.gridId = g->id;
    Stopwatch sw;
    auto result = importLedgerCsvFile(**opened, args[1], options);
    double seconds = sw.elapsedS();
    if (!result.isOk()) return childFail(result.status().toString());
    if (!result->committed) {
        for (const auto& e : result->errors)
            std::fprintf(stderr, "line %lld: %s\n", static_cast<long long>(e.line), e.message.c_str());
        return childFail("the import was refused");
    }
    std::printf("%.6f %lld %lld %lld %llu\n", seconds, static_cast<long long>(result->residents),
                static_cast<long long>(result->households), static_cast<long long>(result->badLines),
                static_cast<unsigned long long>((*opened)->outboxCount()));
    return 0;
}

// Raw journal rows for the "raw + journal" reference: per written column one column_clocks row
// and one outbox row (the store's own tables and indexes), in multi-row INSERTs.
class RawJournal {
public:
    // perRow: one clock and one outbox row per written row, the columns packed into one value
    // (the proposed compact journal), instead of one per column.
    RawJournal(sqlite3* db, bool perRow) : m_db(db), m_perRow(perRow) {}
    ~RawJournal() {
        for (auto& [n, s] : m_clocks) sqlite3_finalize(s);
        for (auto& [n, s] : m_outbox) sqlite3_finalize(s);
    }
    bool write(const char* table, const Uuid& row, const Uuid& grid,
               std::vector<std::pair<const char*, std::string>> cols) {
        if (m_perRow) {
            std::string packed;
            for (const auto& [name, value] : cols) packed += std::string(name) + "=" + value + "\x1f";
            cols = {{"*", packed}};
        }
        std::size_t n = cols.size();
        sqlite3_stmt*& clock = m_clocks[n];
        sqlite3_stmt*& outbox = m_outbox[n];
        if (!clock) {
            std::string c = "INSERT INTO column_clocks(tbl,row_id,col,hlc,site) VALUES",
                        o = "INSERT INTO outbox(tbl,row_id,col,value,hlc,site,grid_id) VALUES";
            for (std::size_t i = 0; i < n; ++i) {
                c += (i ? ",(?1,?2,?" : "(?1,?2,?") + std::to_string(i + 6) + ",?3,?4)";
                o += (i ? ",(?1,?2,?" : "(?1,?2,?") + std::to_string(2 * i + 6) + ",?" + std::to_string(2 * i + 7) +
                     ",?3,?4,?5)";
            }
            if (sqlite3_prepare_v2(m_db, c.c_str(), -1, &clock, nullptr) != SQLITE_OK ||
                sqlite3_prepare_v2(m_db, o.c_str(), -1, &outbox, nullptr) != SQLITE_OK)
                return false;
        }
        ++m_hlc;
        for (sqlite3_stmt* s : {clock, outbox}) {
            sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
            sqlite3_bind_blob(s, 2, row.bytes.data(), 16, SQLITE_TRANSIENT);
            sqlite3_bind_int64(s, 3, m_hlc);
            sqlite3_bind_blob(s, 4, m_site.bytes.data(), 16, SQLITE_STATIC);
            sqlite3_bind_blob(s, 5, grid.bytes.data(), 16, SQLITE_TRANSIENT);
        }
        for (std::size_t i = 0; i < n; ++i) {
            sqlite3_bind_text(clock, static_cast<int>(i + 6), cols[i].first, -1, SQLITE_STATIC);
            sqlite3_bind_text(outbox, static_cast<int>(2 * i + 6), cols[i].first, -1, SQLITE_STATIC);
            sqlite3_bind_text(outbox, static_cast<int>(2 * i + 7), cols[i].second.data(),
                              static_cast<int>(cols[i].second.size()), SQLITE_TRANSIENT);
        }
        bool ok = sqlite3_step(clock) == SQLITE_DONE && sqlite3_step(outbox) == SQLITE_DONE;
        sqlite3_reset(clock);
        sqlite3_reset(outbox);
        return ok;
    }

private:
    sqlite3* m_db;
    bool m_perRow;
    Uuid m_site = newUuidV7();
    std::int64_t m_hlc = 1;
    std::unordered_map<std::size_t, sqlite3_stmt*> m_clocks, m_outbox;
};

// Child: DB CSV [journal|row-journal] — the raw baseline; prints "seconds residents households".
// With "journal" it also writes the raw clock and outbox rows the store would (a reference that
// shows how much of the cost is the journal's data volume rather than the core's code); with
// "row-journal" one clock and one outbox row per written row (the compact journal proposed in
// tests/bench/README.md).
GRIDWORK_BENCH_CHILD(importBaseline, "ledger_import_baseline");
static int importBaseline(const std::vector<std::string>& args) {
    if (args.size() != 2 && !(args.size() == 3 && (args[2] == "journal" || args[2] == "row-journal")))
        return childFail("usage: DB CSV [journal|row-journal]");
    bool journal = args.size() == 3;
    bool perRow = journal && args[2] == "row-journal";
    sqlite3* db = nullptr;
    if (sqlite3_open(args[0].c_str(), &db) != SQLITE_OK) return childFail("cannot open " + args[0]);
    auto exec = [&](const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    bool ok =
        exec("PRAGMA journal_mode=WAL") && exec("PRAGMA synchronous=FULL") &&
        exec("CREATE TABLE households (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, micro_grid_id BLOB, address TEXT, "
             "kind TEXT, status TEXT, head_name TEXT, phone TEXT, note TEXT, deleted INTEGER NOT NULL DEFAULT 0)") &&
        exec("CREATE INDEX households_grid ON households(grid_id)") &&
        exec("CREATE INDEX households_micro_grid ON households(micro_grid_id)") &&
        exec("CREATE TABLE residents (id BLOB PRIMARY KEY NOT NULL, grid_id BLOB, household_id BLOB, name TEXT, "
             "id_number TEXT, phone TEXT, birth_year INTEGER, gender TEXT, relation TEXT, tags TEXT, status TEXT, "
             "deleted INTEGER NOT NULL DEFAULT 0)") &&
        exec("CREATE INDEX residents_grid ON residents(grid_id)") &&
        exec("CREATE INDEX residents_household ON residents(household_id)");
    if (ok && journal)
        ok =
            exec("CREATE TABLE column_clocks (tbl TEXT NOT NULL, row_id BLOB NOT NULL, col TEXT NOT NULL, hlc INTEGER "
                 "NOT "
                 "NULL, site BLOB NOT NULL, PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID") &&
            exec("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, row_id BLOB NOT NULL, "
                 "col TEXT NOT NULL, value, hlc INTEGER NOT NULL, site BLOB NOT NULL, grid_id BLOB)") &&
            exec("CREATE INDEX outbox_column ON outbox(tbl, row_id, col)");
    if (!ok) return childFail(sqlite3_errmsg(db));
    RawJournal raw(db, perRow);
    sqlite3_stmt *hh = nullptr, *res = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO households(id,grid_id,micro_grid_id,address,kind,status,head_name) "
                       "VALUES(?1,?2,?3,?4,?5,'active',?6)",
                       -1, &hh, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO residents(id,grid_id,household_id,name,id_number,phone,birth_year,gender,"
                       "relation,tags,status) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,'present')",
                       -1, &res, nullptr);
    if (!hh || !res) return childFail(sqlite3_errmsg(db));
    Uuid grid = newUuidV7();
    std::unordered_map<std::string, Uuid> microGrids;
    Stopwatch sw;
    std::ifstream in(args[1], std::ios::binary);
    std::string line;
    std::getline(in, line);  // header
    exec("BEGIN IMMEDIATE");
    std::string code;
    Uuid household;
    long long residents = 0, households = 0;
    auto text = [](sqlite3_stmt* s, int i, const std::string& v) {
        if (v.empty())
            sqlite3_bind_null(s, i);
        else
            sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    };
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        auto f = splitCsvLine(line);
        if (f.size() < 13) return childFail("short line");
        if (f[0] != code) {
            code = f[0];
            household = newUuidV7();
            auto [it, added] = microGrids.try_emplace(f[3], Uuid{});
            if (added) it->second = newUuidV7();
            sqlite3_bind_blob(hh, 1, household.bytes.data(), 16, SQLITE_TRANSIENT);
            sqlite3_bind_blob(hh, 2, grid.bytes.data(), 16, SQLITE_TRANSIENT);
            sqlite3_bind_blob(hh, 3, it->second.bytes.data(), 16, SQLITE_TRANSIENT);
            text(hh, 4, f[2]);
            text(hh, 5, f[4] == "出租" ? "rented" : "own");
            text(hh, 6, f[1]);
            if (sqlite3_step(hh) != SQLITE_DONE) return childFail(sqlite3_errmsg(db));
            sqlite3_reset(hh);
            ++households;
            if (journal && !raw.write("households", household, grid,
                                      {{"grid_id", "g"},
                                       {"micro_grid_id", "m"},
                                       {"address", f[2]},
                                       {"kind", f[4]},
                                       {"status", "active"},
                                       {"head_name", f[1]},
                                       {"deleted", "0"}}))
                return childFail(sqlite3_errmsg(db));
        }
        Uuid id = newUuidV7();
        sqlite3_bind_blob(res, 1, id.bytes.data(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_blob(res, 2, grid.bytes.data(), 16, SQLITE_TRANSIENT);
        sqlite3_bind_blob(res, 3, household.bytes.data(), 16, SQLITE_TRANSIENT);
        text(res, 4, f[6]);
        text(res, 5, f[7]);
        text(res, 6, f[8]);
        sqlite3_bind_int64(res, 7, std::atoll(f[9].c_str()));
        text(res, 8, f[10] == "男" ? "male" : "female");
        text(res, 9, f[11]);
        text(res, 10, f[12]);
        if (sqlite3_step(res) != SQLITE_DONE) return childFail(sqlite3_errmsg(db));
        sqlite3_reset(res);
        ++residents;
        if (journal) {
            std::vector<std::pair<const char*, std::string>> cols = {
                {"grid_id", "g"},  {"household_id", "h"}, {"name", f[6]},  {"birth_year", f[9]},
                {"gender", f[10]}, {"status", "present"}, {"deleted", "0"}};
            if (!f[7].empty()) cols.emplace_back("id_number", f[7]);
            if (!f[8].empty()) cols.emplace_back("phone", f[8]);
            if (!f[11].empty()) cols.emplace_back("relation", f[11]);
            if (!f[12].empty()) cols.emplace_back("tags", f[12]);
            if (!raw.write("residents", id, grid, cols)) return childFail(sqlite3_errmsg(db));
        }
    }
    if (!exec("COMMIT")) return childFail(sqlite3_errmsg(db));
    double seconds = sw.elapsedS();
    sqlite3_finalize(hh);
    sqlite3_finalize(res);
    sqlite3_close(db);
    std::printf("%.6f %lld %lld\n", seconds, residents, households);
    return 0;
}

// Child: PATH [RESIDENTS] — writes the benchmark's CSV, for profiling the importer by hand:
//   gridwork-bench --child ledger_csv /tmp/ledger.csv 100000
//   gridwork-bench --child ledger_import_subject /tmp/l.db /tmp/ledger.csv
GRIDWORK_BENCH_CHILD(writeCsv, "ledger_csv");
static int writeCsv(const std::vector<std::string>& args) {
    if (args.empty()) return childFail("usage: PATH [RESIDENTS]");
    LedgerCsvStats stats;
    std::int64_t n = args.size() > 1 ? std::atoll(args[1].c_str()) : 100000;
    if (!writeLedgerCsv(args[0], n, 20261201, stats)) return childFail("cannot write " + args[0]);
    std::printf("%lld residents, %lld households, %lld bytes\n", static_cast<long long>(stats.residents),
                static_cast<long long>(stats.households), static_cast<long long>(stats.bytes));
    return 0;
}

GRIDWORK_BENCHMARK(ledgerImport, "ledger_import",
                   "100,000 residents from CSV through the core importer vs a raw batched INSERT (s; peak MB)");

static void ledgerImport(BenchContext& ctx) {
    const std::int64_t residents = ctx.quick ? 5000 : 100000;
    const int reps = ctx.quick ? 1 : 2;
    std::string csv = ctx.dir + "/ledger.csv";
    LedgerCsvStats stats;
    if (!writeLedgerCsv(csv, residents, 20261201, stats)) {
        std::fprintf(stderr, "ledger_import: cannot write %s\n", csv.c_str());
        return;
    }
    SideFigures subject, baseline, rawJournal, rowJournal;
    for (int rep = 0; rep < reps; ++rep) {
        if (!runSide(ctx, "ledger_import_baseline", csv, rep, baseline)) return;
        if (!runSide(ctx, "ledger_import_subject", csv, rep, subject)) return;
        if (!runSide(ctx, "ledger_import_baseline", csv, rep, rawJournal, "journal")) return;
        if (!runSide(ctx, "ledger_import_baseline", csv, rep, rowJournal, "row-journal")) return;
    }
    std::istringstream words(subject.line);
    double s;
    long long imported = 0, households = 0, bad = 0, outboxRows = 0;
    words >> s >> imported >> households >> bad >> outboxRows;
    BenchResult r{"ledger_import", subject.seconds, "s", baseline.seconds, {}};
    r.add("peak_mb", subject.peakMb).add("baseline_peak_mb", baseline.peakMb);
    r.add("residents", static_cast<std::int64_t>(imported)).add("households", static_cast<std::int64_t>(households));
    r.add("bad_lines", static_cast<std::int64_t>(bad))
        .add("outbox_rows", static_cast<std::int64_t>(outboxRows))
        .add("csv_mb", static_cast<double>(stats.bytes) / 1048576.0);
    r.add("residents_per_s", static_cast<double>(imported) / subject.seconds);
    r.add("runs", static_cast<std::int64_t>(reps));
    // Reference: the raw baseline plus the clock and outbox rows the store writes (per column),
    // still raw SQL. value / raw_with_journal_s is the core's own overhead; the rest is data volume.
    r.add("raw_with_journal_s", rawJournal.seconds)
        .add("ratio_vs_raw_with_journal", subject.seconds / rawJournal.seconds);
    r.add("raw_with_row_journal_s", rowJournal.seconds).add("row_journal_ratio", rowJournal.seconds / baseline.seconds);
    r.add("subject", "importLedgerCsvFile all-or-nothing: validation + rows + row clocks + outbox, one transaction");
    r.add("baseline_is", "raw sqlite3: same CSV split per line, prepared INSERTs into the same tables and indexes, "
                         "one transaction, WAL, synchronous=FULL");
    r.add("target_ratio", 3.0).add("target_peak_mb", 64.0);
    ctx.report(r);
}

}  // namespace gridwork::bench
