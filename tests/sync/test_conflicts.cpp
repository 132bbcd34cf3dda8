// No edit is lost silently (DESIGN §4): a value overruled by a concurrent write appears in the
// conflict log, whether the device finds it (pull before push) or the server does (push after
// the other's push), and the record reaches the server and every device of the grid once.
#include "gridwork/core/merge/conflict_log.h"
#include "sync_fixture.h"

#include <random>
#include <set>

using namespace gridwork;
using namespace gridwork::testing;

namespace {
struct TwoWorkers {
    Township t;
    std::unique_ptr<Device> a = t.device({t.gridA});
    std::unique_ptr<Device> b = t.device({t.gridA});
    Uuid row = newUuidV7();
    TwoWorkers() {
        REQUIRE(a->store->write(household(row, t.gridA, "幸福村2组8号")).isOk());
        a->sync();
        b->sync();
    }
};

std::int64_t conflictCount(Store& s) {
    return countOf(s, "SELECT count(*) FROM conflicts");
}
}  // namespace

TEST_CASE("device-side path: a pulled change over an unpushed local edit is logged and synced once") {
    TwoWorkers w;
    w.t.clock->advance(1000);
    REQUIRE(w.a->store->write(edit("households", w.row, "phone", Value::text("a: 13800000001"))).isOk());
    w.t.clock->advance(1000);
    REQUIRE(w.b->store->write(edit("households", w.row, "phone", Value::text("b: 13900000002"))).isOk());
    w.b->sync();
    SyncReport r;
    REQUIRE(w.a->engine->pull(r).isOk());  // a pulls before pushing: a finds the conflict
    CHECK(r.conflictsLogged == 1);
    w.a->sync();
    w.b->sync();
    for (Store* s : {w.a->store.get(), w.b->store.get()}) {
        CHECK(conflictCount(*s) == 1);
        CHECK(textOf(*s, "SELECT phone FROM households") == "b: 13900000002");
    }
    auto c = listConflicts(*w.b->store);
    REQUIRE(c.size() == 1);
    CHECK(c[0].loserValue.asText() == "\"a: 13800000001\"");
    CHECK(c[0].loser.site == w.a->store->siteId());
    CHECK(c[0].detectedBy == w.a->store->siteId());
    CHECK(w.a->engine->status().conflictsLost == 1);
    CHECK(w.b->engine->status().conflictsLost == 0);
    (void)w.t.service->withStore([&](Store& s) {
        CHECK(conflictCount(s) == 1);
        return Status::ok();
    });
    CHECK(w.a->dump() == w.t.dump({w.t.gridA}));
    CHECK(w.b->dump() == w.t.dump({w.t.gridA}));
}

TEST_CASE("server-side path: a push over a value the device had not pulled is logged, whoever wins") {
    TwoWorkers w;
    bool pushedWins = false;
    SUBCASE("the pushed value is older and loses") {
        pushedWins = false;
    }
    SUBCASE("the pushed value is newer and wins") {
        pushedWins = true;
    }
    CAPTURE(pushedWins);
    Device& first = *w.b;   // pushes first
    Device& second = *w.a;  // pushes without having pulled first's value
    w.t.clock->advance(1000);
    REQUIRE((pushedWins ? first : second)
                .store->write(edit("households", w.row, "head_name", Value::text("early")))
                .isOk());
    w.t.clock->advance(1000);
    REQUIRE(
        (pushedWins ? second : first).store->write(edit("households", w.row, "head_name", Value::text("late"))).isOk());
    first.sync();
    auto r = second.sync();
    CHECK(r.conflictsLogged == 1);
    first.sync();
    for (Store* s : {w.a->store.get(), w.b->store.get()}) {
        CHECK(conflictCount(*s) == 1);
        CHECK(textOf(*s, "SELECT head_name FROM households") == "late");
    }
    auto c = listConflicts(*w.a->store);
    REQUIRE(c.size() == 1);
    CHECK(c[0].loserValue.asText() == "\"early\"");
    CHECK(c[0].winnerValue.asText() == "\"late\"");
    CHECK(c[0].detectedBy == w.t.service->siteId());
    CHECK(c[0].loser.site == (pushedWins ? first : second).store->siteId());
    CHECK(w.a->dump() == w.t.dump({w.t.gridA}));
    CHECK(w.b->dump() == w.t.dump({w.t.gridA}));
}

TEST_CASE("every concurrently overwritten value appears in the conflict log (many seeds)") {
    std::uint64_t seed = testSeed(424242);
    for (int round = 0; round < 8; ++round) {
        CAPTURE(seed + round);
        std::mt19937_64 rng(seed + round);
        Township t;
        std::vector<std::unique_ptr<Device>> devs;
        for (int i = 0; i < 4; ++i) devs.push_back(t.device({t.gridA}));
        Uuid row = newUuidV7();
        REQUIRE(devs[0]->store->write(household(row, t.gridA, "base")).isOk());
        for (auto& d : devs) d->sync();
        for (auto& d : devs) d->sync();
        // Everyone edits the same column offline: all writes are concurrent.
        std::set<std::string> written;
        for (std::size_t i = 0; i < devs.size(); ++i) {
            t.clock->advance(static_cast<std::int64_t>(rng() % 2000));
            std::string v = "note " + std::to_string(i);
            written.insert(v);
            REQUIRE(devs[i]->store->write(edit("households", row, "note", Value::text(v))).isOk());
        }
        // They sync in a random order, some pulling before pushing.
        std::vector<std::size_t> order{0, 1, 2, 3};
        std::shuffle(order.begin(), order.end(), rng);
        for (auto i : order) {
            if (rng() % 2) {
                SyncReport r;
                REQUIRE(devs[i]->engine->pull(r).isOk());
            }
            devs[i]->sync();
        }
        for (int k = 0; k < 2; ++k)
            for (auto& d : devs) d->sync();
        std::string final = textOf(*devs[0]->store, "SELECT note FROM households");
        std::set<std::string> losers;
        for (const auto& c : listConflicts(*devs[0]->store)) {
            CHECK(c.winnerValue.asText() != c.loserValue.asText());
            losers.insert(c.loserValue.asText());
        }
        for (const auto& v : written)
            if (v != final) CHECK_MESSAGE(losers.count(jsonQuote(v)) == 1, "lost without a trace: " << v);
        for (auto& d : devs) CHECK(d->dump() == t.dump({t.gridA}));
    }
}
