// The store's contract: writes are validated, stamped, journaled in the same transaction; the
// clock survives restarts; remote changes merge per column under LWW.
#include "db_check.h"
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <thread>

using namespace gridwork;

namespace {
std::unique_ptr<Store> openStore(const std::string& path, std::shared_ptr<Clock> clock = nullptr) {
    StoreOptions o;
    o.clock = std::move(clock);
    auto s = domain::openStore(path, o);
    REQUIRE_MESSAGE(s.isOk(), s.status().toString());
    return std::move(s).value();
}

RowWrite household(const Uuid& id, const Uuid& grid, const std::string& address) {
    RowWrite w{"households", id, {}};
    w.set("grid_id", grid.toValue()).set("address", Value::text(address)).set("kind", Value::text("own"));
    return w;
}

std::string textOf(Store& s, const std::string& sql) {
    auto q = gridwork::testing::mustPrepare(s.database(), sql);
    std::string out = q->step() ? q->getText(0) : "<none>";
    q->reset();
    return out;
}
}  // namespace

TEST_CASE("a local write lands with its clocks and outbox entries in one transaction") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), id = newUuidV7();
    REQUIRE(store->write(household(id, grid, "幸福村3组12号")).isOk());
    CHECK(store->outboxCount() == 3);
    auto entries = store->outbox(0, 10);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].change.table == "households");
    CHECK(entries[0].change.gridId == grid);
    CHECK(entries[0].change.hlc == entries[2].change.hlc);
    auto state = store->columnState("households", id, "address");
    REQUIRE(state);
    CHECK(state->value.asText() == "幸福村3组12号");
    CHECK(state->site == store->siteId());
}

TEST_CASE("bad writes are refused with a typed error and change nothing") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid id = newUuidV7();
    CHECK(store->write(RowWrite{"nope", id, {{"x", Value::integer(1)}}}).code() == ErrorCode::UnknownTable);
    CHECK(store->write(RowWrite{"households", id, {{"colour", Value::integer(1)}}}).code() == ErrorCode::UnknownColumn);
    CHECK(store->write(RowWrite{"households", id, {{"address", Value::integer(1)}}}).code() ==
          ErrorCode::InvalidArgument);
    // A good row followed by a bad one in the same batch: nothing of the batch lands.
    auto good = household(id, newUuidV7(), "a");
    CHECK(store->write({good, RowWrite{"households", newUuidV7(), {{"status", Value::integer(3)}}}}).code() ==
          ErrorCode::InvalidArgument);
    CHECK(store->outboxCount() == 0);
    CHECK(textOf(*store, "SELECT count(*) FROM households") == "0");
    // Derived columns are not writable from outside.
    CHECK(store->write(RowWrite{"reports", id, {{"status", Value::text("closed")}}}).code() ==
          ErrorCode::UnknownColumn);
}

TEST_CASE("append-only rows cannot be edited") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid id = newUuidV7();
    RowWrite visit{"visits", id, {}};
    visit.set("grid_id", newUuidV7().toValue()).set("outcome", Value::text("normal"));
    REQUIRE(store->write(visit).isOk());
    CHECK(store->write(RowWrite{"visits", id, {{"outcome", Value::text("hazard")}}}).code() == ErrorCode::InvalidState);
}

TEST_CASE("the hybrid clock never goes back, even when the wall clock does and across restarts") {
    testing::TempDir dir;
    auto wall = std::make_shared<ManualClock>(1'800'000'000'000ull);
    Hlc last = 0;
    {
        auto store = openStore(dir.file("a.db"), wall);
        REQUIRE(store->write(household(newUuidV7(), newUuidV7(), "x")).isOk());
        last = store->clock().last();
    }
    wall->set(1'700'000'000'000ull);  // the phone's clock was reset to an earlier date
    auto store = openStore(dir.file("a.db"), wall);
    CHECK(store->clock().last() == last);
    REQUIRE(store->write(household(newUuidV7(), newUuidV7(), "y")).isOk());
    CHECK(store->clock().last() > last);
}

TEST_CASE("remote changes merge per column, last writer wins on (hlc, site)") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), id = newUuidV7(), other = newUuidV7();
    Hlc t = makeHlc(1'800'000'000'000ull, 0);
    auto change = [&](std::string col, Value v, Hlc h) {
        return Change{"households", id, std::move(col), std::move(v), h, other, grid};
    };
    REQUIRE(store
                ->transaction([&](WriteTxn& txn) {
                    for (auto c :
                         {change("grid_id", grid.toValue(), t), change("address", Value::text("old"), t + 5),
                          change("address", Value::text("older"), t + 1), change("phone", Value::text("1"), t + 2)}) {
                        auto r = txn.applyRemote(c);
                        if (!r) return r.status();
                    }
                    return Status::ok();
                })
                .isOk());
    CHECK(textOf(*store, "SELECT address FROM households") == "old");
    CHECK(textOf(*store, "SELECT phone FROM households") == "1");
    CHECK(store->outboxCount() == 0);       // remote changes are not journaled again
    CHECK(store->clock().last() >= t + 5);  // observed
}

TEST_CASE("a pulled change that overrules an unacknowledged local edit is kept in the conflict log") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), id = newUuidV7(), other = newUuidV7();
    REQUIRE(store->write(household(id, grid, "mine")).isOk());
    Hlc later = store->clock().last() + 10;
    REQUIRE(store
                ->transaction([&](WriteTxn& txn) {
                    return txn.applyRemote({"households", id, "address", Value::text("theirs"), later, other, grid})
                        .status();
                })
                .isOk());
    CHECK(textOf(*store, "SELECT address FROM households") == "theirs");
    auto conflicts = listConflicts(*store);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].column == "address");
    CHECK(conflicts[0].loserValue.asText() == "\"mine\"");
    CHECK(conflicts[0].winnerValue.asText() == "\"theirs\"");
    CHECK(conflicts[0].loser.site == store->siteId());
    CHECK(conflicts[0].winner.site == other);
    CHECK(conflicts[0].winnerName.empty());  // that device is not known here yet

    // Once the township-wide device and worker rows arrive, the list says who replaced it.
    Uuid worker = newUuidV7();
    REQUIRE(store
                ->transaction([&](WriteTxn& txn) {
                    for (const Change& c :
                         {Change{"workers", worker, "name", Value::text("王芳"), later, other, {}},
                          Change{"devices", other, "worker_id", worker.toValue(), later, other, {}}}) {
                        auto r = txn.applyRemote(c);
                        if (!r) return r.status();
                    }
                    return Status::ok();
                })
                .isOk());
    CHECK(listConflicts(*store)[0].winnerName == "王芳");
    // The same change delivered twice logs nothing new.
    REQUIRE(store
                ->transaction([&](WriteTxn& txn) {
                    return txn.applyRemote({"households", id, "address", Value::text("theirs"), later, other, grid})
                        .status();
                })
                .isOk());
    CHECK(listConflicts(*store).size() == 1);
}

TEST_CASE("a report's status is folded from its events, whatever order they arrive in") {
    testing::TempDir dir;
    auto a = openStore(dir.file("a.db"));
    auto b = openStore(dir.file("b.db"));
    Uuid grid = newUuidV7(), report = newUuidV7(), site = newUuidV7();
    Hlc t = makeHlc(1'800'000'000'000ull, 0);
    std::vector<Change> changes{{"reports", report, "grid_id", grid.toValue(), t, site, grid}};
    const char* kinds[] = {"report", "accept", "dispatch", "close", "handle", "close"};
    for (int i = 0; i < 6; ++i) {
        Uuid ev = uuidV7At(1'800'000'000'000ull + i, i);
        Hlc h = t + 10 * (i + 1);
        changes.push_back({"report_events", ev, "grid_id", grid.toValue(), h, site, grid});
        changes.push_back({"report_events", ev, "report_id", report.toValue(), h, site, grid});
        changes.push_back({"report_events", ev, "kind", Value::text(kinds[i]), h, site, grid});
    }
    auto applyAll = [](Store& s, const std::vector<Change>& cs) {
        REQUIRE(s.transaction([&](WriteTxn& txn) {
                     for (const auto& c : cs) {
                         auto r = txn.applyRemote(c);
                         if (!r) return r.status();
                     }
                     return Status::ok();
                 }).isOk());
    };
    applyAll(*a, changes);
    std::vector<Change> reversed(changes.rbegin(), changes.rend());
    applyAll(*b, reversed);
    for (Store* s : {a.get(), b.get()}) {
        CHECK(textOf(*s, "SELECT status FROM reports") == "closed");
        // The early close (before handle) is superseded; the later one is not.
        CHECK(textOf(*s, "SELECT count(*) FROM report_events WHERE superseded=1") == "1");
    }
}

TEST_CASE("connections opening a brand-new file at the same moment agree on its schema and site") {
    for (int round = 0; round < 5; ++round) {
        testing::TempDir dir;
        const std::string path = dir.file("new.db");
        std::vector<Uuid> sites(4);
        std::vector<std::string> errors(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] {
                auto s = domain::openStore(path);
                if (s)
                    sites[i] = (*s)->siteId();
                else
                    errors[i] = s.status().toString();
            });
        for (auto& t : threads) t.join();
        for (int i = 0; i < 4; ++i) {
            CHECK_MESSAGE(errors[i].empty(), errors[i]);
            CHECK(sites[i] == sites[0]);
        }
    }
}

TEST_CASE("a transaction opened inside another joins it: both commit or neither does") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), a = newUuidV7(), b = newUuidV7();
    // The inner write (a repository's own transaction) rolls back when the outer action fails.
    Status failed = store->transaction([&](WriteTxn& txn) -> Status {
        GW_TRY(txn.write(household(a, grid, "一号")));
        GW_TRY(store->write(household(b, grid, "二号")));
        return {ErrorCode::Storage, "the photo record could not be written"};
    });
    CHECK(failed.code() == ErrorCode::Storage);
    CHECK(textOf(*store, "SELECT count(*) FROM households") == "0");
    CHECK(store->outboxCount() == 0);
    // And commits with it when the outer action succeeds.
    REQUIRE(store
                ->transaction([&](WriteTxn& txn) -> Status {
                    GW_TRY(txn.write(household(a, grid, "一号")));
                    return store->write(household(b, grid, "二号"));
                })
                .isOk());
    CHECK(textOf(*store, "SELECT count(*) FROM households") == "2");
    CHECK(store->outboxCount() == 6);
}

TEST_CASE("a damaged number in meta is a Storage error naming the key, not an exception") {
    testing::TempDir dir;
    const std::string file = dir.file("a.db");
    openStore(file);
    for (const std::string& key : {std::string("hlc"), std::string("clock_offset_ms")}) {
        for (const std::string& bad :
             {std::string("garbage"), std::string("12x"), std::string(""), std::string("99999999999999999999999")}) {
            {
                auto db = db::Database::open(file);
                REQUIRE(db.isOk());
                REQUIRE((*db)
                            ->exec("INSERT INTO meta(key,value) VALUES('" + key + "','" + bad +
                                   "') ON CONFLICT(key) DO UPDATE SET value=excluded.value")
                            .isOk());
            }
            auto s = domain::openStore(file);
            INFO(key << " = '" << bad << "'");
            REQUIRE_FALSE(s.isOk());
            CHECK(s.status().code() == ErrorCode::Storage);
            CHECK(s.status().message().find("meta." + key) != std::string::npos);
        }
        auto db = db::Database::open(file);
        REQUIRE(db.isOk());
        REQUIRE((*db)->exec("UPDATE meta SET value='0' WHERE key='" + key + "'").isOk());
    }
    CHECK(domain::openStore(file).isOk());  // repaired values open again
}
