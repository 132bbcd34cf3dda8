// Crash safety (DESIGN §6): a child process writes in a loop through the typed API — visits,
// household edits, reports with their first event, accept events, each its own transaction — and is killed with SIGKILL
// at random moments. After reopening: every write the child reported as committed is there with its clocks and outbox
// entries; no outbox entry lacks its data; the persisted HLC is >= every stamp; and SQLite's integrity check passes.
// Several seeds (GRIDWORK_SEED picks the first), several kill/restart cycles on the same file per seed.
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "process.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace gridwork;

namespace {

struct Tag {
    int gen = 0;
    long n = 0;
    static Tag parse(const std::string& s) {
        Tag t;
        auto dash = s.find('-');
        t.gen = std::stoi(s.substr(0, dash));
        t.n = std::stol(s.substr(dash + 1));
        return t;
    }
    std::string str() const { return std::to_string(gen) + "-" + std::to_string(n); }
    auto operator<=>(const Tag&) const = default;
};

struct Committed {
    std::map<Uuid, std::string> visits;
    std::vector<std::string> householdEdits;
    std::map<Uuid, std::string> reports;
    std::map<Uuid, Uuid> accepted;  // report -> its accept event
};

// Runs the writer with `args` until `killAfterMs` after it said "ready", SIGKILLs it, returns
// its stdout.
std::string runAndKill(const std::vector<std::string>& args, int killAfterMs) {
    std::vector<std::string> words = {GRIDWORK_CRASH_WRITER_BIN};
    words.insert(words.end(), args.begin(), args.end());
    testing::Process writer;
    REQUIRE(writer.start(words));
    auto start = std::chrono::steady_clock::now();
    while (writer.out().find("ready\n") == std::string::npos && writer.running() &&
           std::chrono::steady_clock::now() - start < std::chrono::seconds(10))
        testing::sleepMs(20);
    testing::sleepMs(killAfterMs);
    writer.kill();
    writer.wait();
    std::string out = writer.out();
    INFO("writer output: " << out.substr(0, 500));
    CHECK_MESSAGE(writer.termSignal() == SIGKILL, "the writer stopped before it was killed");
    return out;
}

void parse(const std::string& out, Committed& c) {
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        if (in.eof()) break;  // a last line without '\n' was cut by the kill: not reported
        std::istringstream words(line);
        std::string kind, a, b, tag;
        words >> kind;
        if (kind == "visit") {
            words >> a >> tag;
            c.visits[*Uuid::parse(a)] = tag;
        } else if (kind == "household") {
            words >> a >> tag;
            c.householdEdits.push_back(tag);
        } else if (kind == "report") {
            words >> a >> tag;
            c.reports[*Uuid::parse(a)] = tag;
        } else if (kind == "event") {
            words >> a >> b;
            c.accepted[*Uuid::parse(a)] = *Uuid::parse(b);
        }
    }
}

std::int64_t count(db::Database& db, const std::string& sql, const Uuid& row) {
    auto* q = db.prepare(sql);
    REQUIRE(q);
    q->bind(1, row);
    REQUIRE(q->step());
    auto n = q->getInt(0);
    q->reset();
    return n;
}

std::string text(db::Database& db, const std::string& sql, const Uuid& row) {
    auto* q = db.prepare(sql);
    REQUIRE(q);
    q->bind(1, row);
    std::string v = q->step() ? q->getText(0) : "<missing>";
    q->reset();
    return v;
}

// The journal as the sync engine reads it: every unacknowledged column entry.
bool outboxHas(const std::vector<OutboxEntry>& journal, const std::string& table, const Uuid& row,
               const std::string& col, const std::string& value) {
    for (const auto& e : journal)
        if (e.change.table == table && e.change.rowId == row && e.change.column == col &&
            e.change.value == Value::text(value))
            return true;
    return false;
}

// The stamped columns of one row (its row clock's and its column clocks', the stamp rule).
std::vector<Change> stampedColumns(Store& store, const std::string& table, const Uuid& row) {
    std::vector<Change> out;
    for (const auto& col : findTable(table)->columns)
        if (auto st = store.columnState(table, row, col.name)) out.push_back(*st);
    return out;
}

// Every stamped column of the tables' rows has its journal entry with its stamp, and every clock
// its row (nothing was acknowledged here).
void checkStampsJournaled(Store& store, const std::vector<OutboxEntry>& journal,
                          std::initializer_list<const char*> tables) {
    auto& db = store.database();
    std::set<std::string> entries;
    auto key = [](const std::string& t, const Uuid& r, const std::string& c, Hlc h) {
        return t + "/" + r.toString() + "/" + c + "/" + std::to_string(h);
    };
    for (const auto& e : journal) entries.insert(key(e.change.table, e.change.rowId, e.change.column, e.change.hlc));
    for (const char* table : tables) {
        INFO("table " << table);
        auto* rows = db.prepare(std::string("SELECT id FROM ") + table);
        REQUIRE(rows);
        std::vector<Uuid> ids;
        while (rows->step()) ids.push_back(rows->getUuid(0));
        rows->reset();
        for (const auto& id : ids)
            for (const auto& st : stampedColumns(store, table, id))
                CHECK_MESSAGE(entries.count(key(table, id, st.column, st.hlc)) == 1,
                              st.table << "." << st.column << " of " << id.toString());
        for (const char* clocks : {"column_clocks", "row_clocks"})
            CHECK(db.queryInt(std::string("SELECT count(*) FROM ") + clocks + " c WHERE c.tbl='" + table +
                              "' AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.id=c.row_id)") == 0);
    }
}

// The largest stamp held in either clock table.
std::int64_t maxClock(db::Database& db) {
    return db
        .queryInt("SELECT max(coalesce((SELECT max(hlc) FROM column_clocks),0), "
                  "coalesce((SELECT max(hlc) FROM row_clocks),0))")
        .value_or(0);
}

void verify(const std::string& path, const Uuid& household, const Committed& c, int gen) {
    auto opened = Store::open(path);
    REQUIRE_MESSAGE(opened.isOk(), opened.status().toString());
    Store& store = **opened;
    auto& db = store.database();

    auto* check = db.prepare("PRAGMA integrity_check");
    REQUIRE(check);
    REQUIRE(check->step());
    CHECK(check->getText(0) == "ok");
    check->reset();

    const auto journal = store.outbox(0, 10'000'000);
    CHECK(journal.size() == store.outboxCount());
    auto stamped = [&](const std::string& table, const Uuid& row) { return stampedColumns(store, table, row); };
    // A row's journal: one outbox entry per stamped column (nothing was acknowledged here).
    auto journaled = [&](const std::string& table, const Uuid& row) {
        auto clocks = stamped(table, row).size();
        std::size_t entries = 0;
        for (const auto& e : journal) entries += e.change.table == table && e.change.rowId == row;
        CHECK(clocks > 0);
        CHECK(entries == clocks);
    };
    for (const auto& [id, tag] : c.visits) {
        INFO("visit " << id.toString() << " " << tag);
        CHECK(text(db, "SELECT note FROM visits WHERE id=?1", id) == tag);
        journaled("visits", id);
        CHECK(outboxHas(journal, "visits", id, "note", tag));
    }
    for (const auto& tag : c.householdEdits) {
        INFO("household edit " << tag);
        CHECK(outboxHas(journal, "households", household, "address", tag));
        CHECK(outboxHas(journal, "households", household, "note", tag));
    }
    // The household holds the last reported edit, or one committed after it (and not reported
    // before the kill), never an older one.
    Tag current = Tag::parse(text(db, "SELECT address FROM households WHERE id=?1", household));
    CHECK(current.gen <= gen);
    if (!c.householdEdits.empty()) CHECK(current >= Tag::parse(c.householdEdits.back()));
    CHECK(text(db, "SELECT note FROM households WHERE id=?1", household) == current.str());
    for (const auto& [report, tag] : c.reports) {
        INFO("report " << report.toString() << " " << tag);
        CHECK(text(db, "SELECT text FROM reports WHERE id=?1", report) == tag);
        journaled("reports", report);
        CHECK(count(db, "SELECT count(*) FROM report_events WHERE report_id=?1 AND kind='report'", report) == 1);
        std::string status = text(db, "SELECT status FROM reports WHERE id=?1", report);
        if (c.accepted.count(report)) {
            CHECK(status == "accepted");
            journaled("report_events", c.accepted.at(report));
        } else {
            CHECK((status == "reported" || status == "accepted"));  // an accept may have committed unreported
        }
    }

    // No outbox entry lacks its data: the row exists, its column clock is at least the entry's
    // stamp, and where the clock is the entry's own stamp the stored value is the entry's value.
    for (const auto& e : journal) {
        const Change& ch = e.change;
        INFO("outbox seq " << e.seq << " " << ch.table << "." << ch.column);
        auto state = store.columnState(ch.table, ch.rowId, ch.column);
        REQUIRE(state);
        CHECK(Stamp{state->hlc, state->site} >= ch.stamp());
        if (state->hlc == ch.hlc) CHECK(state->value == ch.value);
        CHECK(count(db, "SELECT count(*) FROM " + ch.table + " WHERE id=?1", ch.rowId) == 1);
    }
    checkStampsJournaled(store, journal, {"visits", "households", "reports", "report_events"});
    // The persisted clock never lags a stamp it issued.
    auto maxStamp = maxClock(db);
    auto maxOutbox = db.queryInt("SELECT max(hlc) FROM outbox").value_or(0);
    auto hlc = std::stoull(store.meta("hlc").value_or("0"));
    CHECK(hlc >= static_cast<std::uint64_t>(maxStamp));
    CHECK(hlc >= static_cast<std::uint64_t>(maxOutbox));
    CHECK(store.clock().last() >= static_cast<std::uint64_t>(maxStamp));
}

}  // namespace

TEST_CASE("a writer killed with SIGKILL at random moments loses no committed write") {
    const std::uint64_t firstSeed = testing::testSeed(20261201);
    for (std::uint64_t seed = firstSeed; seed < firstSeed + 5; ++seed) {
        INFO("GRIDWORK_SEED=" << seed);
        CAPTURE(seed);
        testing::TempDir dir;
        std::string path = dir.file("device.db");
        Uuid household = newUuidV7();
        {
            auto store = Store::open(path);
            REQUIRE(store.isOk());
            domain::Household h;
            h.id = household;
            h.gridId = newUuidV7();
            h.address = "0-0";
            h.note = "0-0";
            REQUIRE(domain::LedgerRepo(**store).addHousehold(h).isOk());
        }
        std::mt19937_64 rng(seed);
        Committed committed;
        for (int gen = 1; gen <= 2; ++gen) {
            int killAfterMs = 30 + static_cast<int>(rng() % 900);
            CAPTURE(gen);
            CAPTURE(killAfterMs);
            std::string out =
                runAndKill({path, household.toString(), std::to_string(gen), std::to_string(rng())}, killAfterMs);
            parse(out, committed);
            verify(path, household, committed, gen);
        }
        MESSAGE("seed " << seed << ": " << committed.visits.size() << " visits, " << committed.householdEdits.size()
                        << " household edits, " << committed.reports.size() << " reports, " << committed.accepted.size()
                        << " accept events committed before the kills");
        CHECK(committed.visits.size() + committed.householdEdits.size() + committed.reports.size() > 0);
    }
}

TEST_CASE("a ledger import killed with SIGKILL is there entirely or not at all") {
    const std::uint64_t firstSeed = testing::testSeed(20261201);
    testing::TempDir dir;
    // 3,000 residents in 1,000 households, valid unique ID numbers.
    const int households = 1000, perHousehold = 3;
    std::string csv = dir.file("ledger.csv");
    {
        std::ofstream out(csv, std::ios::binary);
        out << "户编号,户主,地址,微网格,房屋类型,户备注,姓名,身份证号,联系电话,出生年份,性别,与户主关系,标签\n";
        int n = 0;
        for (int h = 0; h < households; ++h) {
            for (int m = 0; m < perHousehold; ++m, ++n) {
                char first17[18];
                std::snprintf(first17, sizeof first17, "330106%04d%02d%02d%03d", 1950 + n % 50, 1 + n % 12,
                              1 + (n / 12) % 28, n % 997);
                std::string id = std::string(first17) + domain::idNumberCheckChar(first17);
                out << "H" << h << "," << (m == 0 ? "王建国" : "") << ","
                    << (m == 0 ? "幸福路" + std::to_string(h) + "号" : "") << ",,,,居民" << n << "," << id << ",,,,,\n";
            }
        }
    }
    for (std::uint64_t seed = firstSeed; seed < firstSeed + 5; ++seed) {
        INFO("GRIDWORK_SEED=" << seed);
        std::string path = dir.file("import-" + std::to_string(seed) + ".db");
        Uuid grid;
        {
            auto store = Store::open(path);
            REQUIRE(store.isOk());
            domain::OrgUnit g;
            g.level = domain::OrgLevel::Grid;
            g.name = "第一网格";
            auto added = domain::OrgRepo(**store).add(g);
            REQUIRE(added.isOk());
            grid = added->id;
        }
        std::mt19937_64 rng(seed);
        int killAfterMs = static_cast<int>(rng() % 400);  // the import takes ~0.2-0.6 s here
        CAPTURE(killAfterMs);
        std::string out = runAndKill({"import", path, csv, grid.toString()}, killAfterMs);
        bool reported = out.find("imported ") != std::string::npos;

        auto store = Store::open(path);
        REQUIRE(store.isOk());
        auto& db = (*store)->database();
        auto* check = db.prepare("PRAGMA integrity_check");
        REQUIRE(check);
        REQUIRE(check->step());
        CHECK(check->getText(0) == "ok");
        check->reset();
        auto residents = db.queryInt("SELECT count(*) FROM residents").value_or(-1);
        auto homes = db.queryInt("SELECT count(*) FROM households").value_or(-1);
        MESSAGE("seed " << seed << ": killed after " << killAfterMs << " ms, " << residents << " residents present");
        CHECK((residents == 0 || residents == households * perHousehold));
        CHECK((homes == 0 || homes == households));
        CHECK((residents == 0) == (homes == 0));
        if (reported) CHECK(residents == households * perHousehold);
        // Every column clock has its journal entry, and no journal entry lacks its row.
        checkStampsJournaled(**store, (*store)->outbox(0, 10'000'000), {"residents", "households"});
        CHECK(db.queryInt("SELECT count(*) FROM outbox o WHERE o.tbl='residents' AND NOT EXISTS "
                          "(SELECT 1 FROM residents r WHERE r.id=o.row_id)") == 0);
        auto maxStamp = maxClock(db);
        CHECK(std::stoull((*store)->meta("hlc").value_or("0")) >= static_cast<std::uint64_t>(maxStamp));
    }
}
