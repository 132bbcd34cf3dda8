// Clock skew (DESIGN §4, core/docs/clock-skew.md): a phone a day fast is refused with
// CLOCK_AHEAD, re-stamps its unacknowledged changes and pushes again — and then does not win a
// later edit made with a correct clock; a slow phone is corrected by the server's time.
#include "gridwork/core/merge/conflict_log.h"
#include "sync_fixture.h"

using namespace gridwork;
using namespace gridwork::testing;

TEST_CASE("a day fast: CLOCK_AHEAD, re-stamp, push succeeds, and a later correct edit wins") {
    Township t;
    auto fast = t.device({t.gridA});
    auto good = t.device({t.gridA});
    Uuid row = newUuidV7(), rep = newUuidV7();
    REQUIRE(good->store->write(household(row, t.gridA, "base")).isOk());
    good->sync();
    fast->sync();

    fast->clock->setSkew(kDayMs);  // the phone's clock jumps a day ahead; it works offline
    t.clock->advance(60'000);
    REQUIRE(fast->store->write(edit("households", row, "address", Value::text("by fast"))).isOk());
    REQUIRE(fast->store->write(report(rep, t.gridA, "井盖缺失")).isOk());
    REQUIRE(fast->store->write(reportEvent(rep, t.gridA, "report")).isOk());
    REQUIRE(fast->store->write(reportEvent(rep, t.gridA, "resolve_on_site")).isOk());
    auto before = fast->store->outbox(0, 100);
    REQUIRE(!before.empty());
    CHECK(hlcMs(before[0].change.hlc) >= kT0 + kDayMs);

    auto r = fast->sync();
    CHECK(r.restamps == 1);
    CHECK(fast->store->outboxCount() == 0);
    CHECK(fast->engine->status().clockOffsetMs == -kDayMs);
    // Nobody holds the future stamps: every clock of the fast device's writes is near real time.
    (void)t.service->withStore([&](Store& s) {
        auto st = s.columnState("households", row, "address");
        REQUIRE(st);
        CHECK(st->value.asText() == "by fast");
        CHECK(hlcMs(st->hlc) <= t.clock->nowMs() + 1000);
        CHECK(textOf(s, "SELECT status FROM reports") == "handled");
        return Status::ok();
    });
    CHECK(hlcMs(fast->store->clock().last()) <= t.clock->nowMs() + 1000);
    CHECK(textOf(*fast->store, "SELECT status FROM reports") == "handled");

    // Later, a correct phone edits the same column, and the fast phone edits it concurrently a
    // moment before (in real time): the correct, later edit wins everywhere.
    t.clock->advance(30'000);
    REQUIRE(fast->store->write(edit("households", row, "address", Value::text("fast again"))).isOk());
    t.clock->advance(30'000);
    good->sync();
    REQUIRE(good->store->write(edit("households", row, "address", Value::text("by good, later"))).isOk());
    good->sync();
    fast->sync();
    good->sync();
    CHECK(textOf(*fast->store, "SELECT address FROM households") == "by good, later");
    CHECK(textOf(*good->store, "SELECT address FROM households") == "by good, later");
    CHECK(fast->dump() == t.dump({t.gridA}));
    CHECK(good->dump() == t.dump({t.gridA}));
    CHECK(listConflicts(*good->store).size() == 1);  // "fast again" is kept in the log
}

TEST_CASE("a day fast and never stuck: re-stamps again after further drift, and old pushes are fenced") {
    Township t;
    auto fast = t.device({t.gridA});
    Uuid row = newUuidV7();
    REQUIRE(fast->store->write(household(row, t.gridA, "x")).isOk());
    fast->sync();
    for (int i = 1; i <= 3; ++i) {
        fast->clock->setSkew(i * kDayMs);
        REQUIRE(fast->store->write(edit("households", row, "note", Value::text("n" + std::to_string(i)))).isOk());
        auto r = fast->sync();
        CHECK(r.restamps == 1);
        CHECK(fast->store->outboxCount() == 0);
    }
    CHECK(fast->dump() == t.dump({t.gridA}));
    CHECK(fast->store->meta("sync.stamp_epoch") == "3");
}

TEST_CASE("a slow clock is corrected by the server's time and does not lose later edits") {
    Township t;
    auto slow = t.device({t.gridA});
    auto good = t.device({t.gridA});
    Uuid row = newUuidV7();
    REQUIRE(good->store->write(household(row, t.gridA, "base")).isOk());
    good->sync();
    slow->clock->setSkew(-kDayMs);  // the phone's clock falls a day behind
    slow->sync();
    CHECK(slow->engine->status().clockOffsetMs == kDayMs);
    // good edits, then (later in real time) slow edits without having seen it.
    t.clock->advance(10'000);
    REQUIRE(good->store->write(edit("households", row, "phone", Value::text("good"))).isOk());
    good->sync();
    t.clock->advance(10'000);
    REQUIRE(slow->store->write(edit("households", row, "phone", Value::text("slow, later"))).isOk());
    auto st = slow->store->columnState("households", row, "phone");
    REQUIRE(st);
    CHECK(hlcMs(st->hlc) == t.clock->nowMs());  // stamped with corrected time, not a day ago
    slow->sync();
    good->sync();
    CHECK(textOf(*good->store, "SELECT phone FROM households") == "slow, later");
    CHECK(slow->dump() == t.dump({t.gridA}));
    CHECK(good->dump() == t.dump({t.gridA}));
}

TEST_CASE("re-stamping keeps one write's columns on one stamp and drops entries already overruled") {
    Township t;
    auto fast = t.device({t.gridA});
    auto good = t.device({t.gridA});
    Uuid row = newUuidV7();
    REQUIRE(good->store->write(household(row, t.gridA, "base")).isOk());
    good->sync();
    fast->sync();
    fast->clock->setSkew(kDayMs);
    Uuid other = newUuidV7();
    REQUIRE(fast->store->write(household(other, t.gridA, "new")).isOk());
    REQUIRE(fast->store->write(edit("households", row, "note", Value::text("v1"))).isOk());
    REQUIRE(fast->store->write(edit("households", row, "note", Value::text("v2"))).isOk());
    fast->store->clock().setOffsetMs(-kDayMs);  // as the engine does on CLOCK_AHEAD
    REQUIRE(fast->store
                ->transaction([&](WriteTxn& txn) {
                    auto r = restampOutbox(txn);
                    REQUIRE(r.isOk());
                    CHECK(r->restamped == 6);
                    CHECK(r->dropped == 1);  // "v1", overwritten by "v2" here
                    return Status::ok();
                })
                .isOk());
    auto entries = fast->store->outbox(0, 100);
    REQUIRE(entries.size() == 6);
    for (int i = 1; i < 5; ++i) CHECK(entries[i].change.hlc == entries[0].change.hlc);
    CHECK(entries[5].change.hlc > entries[0].change.hlc);
    CHECK(hlcMs(entries[0].change.hlc) == t.clock->nowMs());
}
