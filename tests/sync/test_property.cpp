// Convergence property: three replicas writing the same rows and columns concurrently and
// exchanging their changes in random orders, with duplicates and partial deliveries, hold the
// same state once every change has reached everyone. Many seeds; the seed is printed on failure.
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/sync/batch_apply.h"
#include "sync_fixture.h"

#include <algorithm>
#include <random>

using namespace gridwork;
using namespace gridwork::testing;

namespace {
struct Peer {
    std::unique_ptr<Store> store;
    std::vector<Change> log;   // every change this replica wrote (its outbox, never acked)
    std::uint64_t logged = 0;  // outbox seq read so far
    void collect() {
        for (auto& e : store->outbox(logged, 100000)) {
            log.push_back(e.change);
            logged = e.seq;
        }
    }
};

void deliver(std::mt19937_64& rng, Peer& from, Peer& to, bool all) {
    from.collect();
    std::vector<Change> batch;
    for (const auto& c : from.log)
        if (all || rng() % 3 == 0) batch.push_back(c);
    std::shuffle(batch.begin(), batch.end(), rng);
    std::vector<Change> dups(batch.begin(), batch.begin() + static_cast<long>(batch.size() / 4));
    batch.insert(batch.end(), dups.begin(), dups.end());
    // Half the deliveries go through the batch path the engine uses: same semantics.
    bool useBatch = rng() % 2;
    if (useBatch)
        std::stable_sort(batch.begin(), batch.end(),
                         [](const Change& a, const Change& b) { return a.rowId < b.rowId; });
    Status st = to.store->transaction([&](WriteTxn& txn) {
        if (useBatch) return applyRemoteBatch(txn, batch).status();
        for (const auto& c : batch) GW_TRY(txn.applyRemote(c).status());
        return Status::ok();
    });
    REQUIRE_MESSAGE(st.isOk(), st.toString());
}
}  // namespace

TEST_CASE("three replicas converge whatever the order, duplication and partiality of delivery") {
    std::uint64_t seed = testSeed(7);
    for (int round = 0; round < 25; ++round) {
        CAPTURE(seed + round);
        std::mt19937_64 rng(seed + round);
        TempDir dir;
        auto clock = std::make_shared<ManualClock>(kT0);
        std::vector<Peer> peers(3);
        for (int i = 0; i < 3; ++i) {
            StoreOptions o;
            o.clock = std::make_shared<SkewedClock>(clock, static_cast<std::int64_t>(rng() % 5000) - 2500);
            o.durable = false;
            peers[i].store = std::move(domain::openStore(dir.file("p" + std::to_string(i) + ".db"), o)).value();
        }
        Uuid grid = newUuidV7();
        std::vector<Uuid> rows(4), reports(2);
        for (auto& r : rows) r = newUuidV7();
        for (auto& r : reports) r = newUuidV7();
        REQUIRE(peers[0].store->write(household(rows[0], grid, "h0")).isOk());
        REQUIRE(peers[1].store->write(household(rows[1], grid, "h1")).isOk());
        REQUIRE(peers[2].store->write(report(reports[0], grid, "r0")).isOk());
        const char* cols[] = {"address", "phone", "note", "head_name", "status"};
        const char* kinds[] = {"accept", "dispatch", "handle", "close", "return", "resubmit", "reopen"};
        for (int step = 0; step < 60; ++step) {
            clock->advance(static_cast<std::int64_t>(rng() % 50));
            Peer& p = peers[rng() % 3];
            switch (rng() % 6) {
            case 0:
            case 1:
            case 2: {
                Uuid row = rows[rng() % 2];
                REQUIRE(
                    p.store->write(edit("households", row, cols[rng() % 5], Value::text("v" + std::to_string(step))))
                        .isOk());
                break;
            }
            case 3:
                REQUIRE(
                    p.store->write(edit("households", rows[rng() % 2], "deleted", Value::boolean(rng() % 2))).isOk());
                break;
            case 4: REQUIRE(p.store->write(reportEvent(reports[0], grid, kinds[rng() % 7])).isOk()); break;
            case 5: deliver(rng, p, peers[rng() % 3], false); break;
            }
        }
        // Quiescence: deliver everything everywhere until no replica writes anything new
        // (receiving changes may log conflicts, which are changes too).
        for (int pass = 0; pass < 4; ++pass)
            for (auto& from : peers)
                for (auto& to : peers)
                    if (&from != &to) deliver(rng, from, to, true);
        std::string d0 = dumpJson(*peers[0].store);
        CHECK(dumpJson(*peers[1].store) == d0);
        CHECK(dumpJson(*peers[2].store) == d0);
    }
}
