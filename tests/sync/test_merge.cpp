// Merge rules between replicas (DESIGN §4), exercised by exchanging changes directly between
// device stores: per-column LWW on (hlc, site), site tie-break, tombstones, append-only rows.
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/merge/conflict_log.h"
#include "sync_fixture.h"

using namespace gridwork;
using namespace gridwork::testing;

namespace {
struct Replica {
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<Store> store;
};

Replica replica(TempDir& dir, const std::string& name, std::shared_ptr<ManualClock> clock,
                std::optional<Uuid> site = std::nullopt) {
    StoreOptions o;
    o.clock = clock;
    o.siteId = site;
    o.durable = false;
    auto s = domain::openStore(dir.file(name), o);
    REQUIRE(s.isOk());
    return {clock, std::move(s).value()};
}

// Delivers every change `from` has journaled to `to` (as a pull would).
void deliver(Store& from, Store& to) {
    auto entries = from.outbox(0, 100000);
    Status st = to.transaction([&](WriteTxn& txn) {
        for (const auto& e : entries) GW_TRY(txn.applyRemote(e.change).status());
        return Status::ok();
    });
    REQUIRE_MESSAGE(st.isOk(), st.toString());
}

void exchange(Store& a, Store& b) {
    deliver(a, b);
    deliver(b, a);
}
}  // namespace

TEST_CASE("LWW per column: two workers editing different fields of one household both keep their edits") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    auto a = replica(dir, "a.db", clock), b = replica(dir, "b.db", clock);
    Uuid grid = newUuidV7(), row = newUuidV7();
    REQUIRE(a.store->write(household(row, grid, "幸福村1组3号")).isOk());
    deliver(*a.store, *b.store);
    REQUIRE(a.store->ackOutbox(1000).isOk());
    clock->advance(1000);
    REQUIRE(a.store->write(edit("households", row, "phone", Value::text("13800000001"))).isOk());
    clock->advance(1000);
    REQUIRE(b.store->write(edit("households", row, "note", Value::text("独居老人"))).isOk());
    exchange(*a.store, *b.store);
    for (auto* s : {a.store.get(), b.store.get()}) {
        CHECK(textOf(*s, "SELECT phone FROM households") == "13800000001");
        CHECK(textOf(*s, "SELECT note FROM households") == "独居老人");
        CHECK(textOf(*s, "SELECT address FROM households") == "幸福村1组3号");
    }
    CHECK(dumpJson(*a.store) == dumpJson(*b.store));
}

TEST_CASE("LWW per column: the later stamp wins the same column on every replica, in any order") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    auto a = replica(dir, "a.db", clock), b = replica(dir, "b.db", clock), c = replica(dir, "c.db", clock);
    Uuid grid = newUuidV7(), row = newUuidV7();
    REQUIRE(a.store->write(household(row, grid, "old")).isOk());
    deliver(*a.store, *b.store);
    deliver(*a.store, *c.store);
    REQUIRE(a.store->ackOutbox(1000).isOk());
    clock->advance(10);
    REQUIRE(a.store->write(edit("households", row, "address", Value::text("from a"))).isOk());
    clock->advance(10);
    REQUIRE(b.store->write(edit("households", row, "address", Value::text("from b"))).isOk());
    // c hears b first, then a; a and b hear each other.
    deliver(*b.store, *c.store);
    deliver(*a.store, *c.store);
    exchange(*a.store, *b.store);
    for (auto* s : {a.store.get(), b.store.get(), c.store.get()})
        CHECK(textOf(*s, "SELECT address FROM households") == "from b");
    // a's lost value is in its conflict log; once that reaches everyone, all agree.
    CHECK(listConflicts(*a.store).size() == 1);
    exchange(*a.store, *b.store);
    deliver(*a.store, *c.store);
    deliver(*b.store, *c.store);
    CHECK(dumpJson(*a.store) == dumpJson(*c.store));
    CHECK(dumpJson(*b.store) == dumpJson(*c.store));
}

TEST_CASE("a tie on hlc is broken by site id") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    Uuid low = *Uuid::parse("00000000-0000-7000-8000-000000000001");
    Uuid high = *Uuid::parse("ffffffff-0000-7000-8000-000000000001");
    auto a = replica(dir, "a.db", clock, low), b = replica(dir, "b.db", clock, high);
    Uuid grid = newUuidV7(), row = newUuidV7();
    REQUIRE(a.store->write(household(row, grid, "by low")).isOk());
    REQUIRE(b.store->write(household(row, grid, "by high")).isOk());
    CHECK(a.store->columnState("households", row, "address")->hlc ==
          b.store->columnState("households", row, "address")->hlc);
    exchange(*a.store, *b.store);
    CHECK(textOf(*a.store, "SELECT address FROM households") == "by high");
    CHECK(textOf(*b.store, "SELECT address FROM households") == "by high");
}

TEST_CASE("tombstones follow the same rule: a later delete wins, a later restore wins, edits keep their columns") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    auto a = replica(dir, "a.db", clock), b = replica(dir, "b.db", clock);
    Uuid grid = newUuidV7(), row = newUuidV7();
    REQUIRE(a.store->write(household(row, grid, "x")).isOk());
    deliver(*a.store, *b.store);
    clock->advance(5);
    REQUIRE(b.store->write(edit("households", row, "phone", Value::text("139"))).isOk());
    clock->advance(5);
    REQUIRE(a.store->write(edit("households", row, "deleted", Value::boolean(true))).isOk());
    exchange(*a.store, *b.store);
    for (auto* s : {a.store.get(), b.store.get()}) {
        CHECK(textOf(*s, "SELECT deleted FROM households") == "1");
        CHECK(textOf(*s, "SELECT phone FROM households") == "139");  // the row stays, as a tombstone
    }
    clock->advance(5);
    REQUIRE(b.store->write(edit("households", row, "deleted", Value::boolean(false))).isOk());
    exchange(*a.store, *b.store);
    for (auto* s : {a.store.get(), b.store.get()}) CHECK(textOf(*s, "SELECT deleted FROM households") == "0");
}

TEST_CASE("append-only rows never conflict: both devices' visits survive, edits are refused, duplicates are no-ops") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    auto a = replica(dir, "a.db", clock), b = replica(dir, "b.db", clock);
    Uuid grid = newUuidV7(), hh = newUuidV7();
    auto visit = [&](const std::string& note) {
        RowWrite w{"visits", newUuidV7(), {}};
        w.set("grid_id", grid.toValue()).set("household_id", hh.toValue()).set("kind", Value::text("routine"));
        w.set("note", Value::text(note));
        return w;
    };
    RowWrite va = visit("a 走访"), vb = visit("b 走访");
    REQUIRE(a.store->write(va).isOk());
    REQUIRE(b.store->write(vb).isOk());
    CHECK(a.store->write(edit("visits", va.rowId, "note", Value::text("changed"))).code() == ErrorCode::InvalidState);
    exchange(*a.store, *b.store);
    exchange(*a.store, *b.store);  // duplicates
    for (auto* s : {a.store.get(), b.store.get()}) {
        CHECK(countOf(*s, "SELECT count(*) FROM visits") == 2);
        CHECK(countOf(*s, "SELECT count(*) FROM conflicts") == 0);
    }
    CHECK(dumpJson(*a.store) == dumpJson(*b.store));
}

TEST_CASE("device-side conflict: a pulled change over an unacknowledged local value is logged once, both ways") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    auto a = replica(dir, "a.db", clock), b = replica(dir, "b.db", clock);
    Uuid grid = newUuidV7(), row = newUuidV7();
    REQUIRE(a.store->write(household(row, grid, "base")).isOk());
    deliver(*a.store, *b.store);
    REQUIRE(a.store->ackOutbox(1000).isOk());
    clock->advance(10);
    REQUIRE(a.store->write(edit("households", row, "phone", Value::text("a-phone"))).isOk());
    clock->advance(10);
    REQUIRE(b.store->write(edit("households", row, "phone", Value::text("b-phone"))).isOk());
    deliver(*b.store, *a.store);  // a's value loses, still unacknowledged: logged on a
    auto onA = listConflicts(*a.store);
    REQUIRE(onA.size() == 1);
    CHECK(onA[0].loserValue.asText() == "\"a-phone\"");
    CHECK(onA[0].winnerValue.asText() == "\"b-phone\"");
    CHECK(onA[0].loser.site == a.store->siteId());
    CHECK(onA[0].winner.site == b.store->siteId());
    // b sees a's older value (its own unacknowledged value wins: the same conflict, found on b
    // too, has the same id) and a's conflict record: still one record.
    deliver(*a.store, *b.store);
    CHECK(listConflicts(*b.store).size() == 1);
    CHECK(textOf(*b.store, "SELECT phone FROM households") == "b-phone");
    exchange(*a.store, *b.store);
    CHECK(listConflicts(*a.store).size() == 1);
    CHECK(dumpJson(*a.store) == dumpJson(*b.store));
}
