// Data minimisation of patrol tracks: the phone deletes points older than its retention period
// once the server holds them (never one still waiting to be pushed), and the server deletes
// points older than the township's period together with their log entries, so no device pulls
// them again.
#include "gridwork/core/store/db.h"
#include "gridwork/core/sync/track_retention.h"
#include "sync_fixture.h"

using namespace gridwork;
using namespace gridwork::testing;

namespace {
std::vector<RowWrite> track(const Uuid& grid, std::uint64_t atMs, int points) {
    Uuid patrol = newUuidV7();
    std::vector<RowWrite> out;
    RowWrite p{"patrols", patrol, {}};
    p.set("grid_id", grid.toValue()).set("started_at", Value::integer(static_cast<std::int64_t>(atMs)));
    out.push_back(p);
    for (int i = 0; i < points; ++i) {
        RowWrite w{"patrol_points", newUuidV7(), {}};
        w.set("grid_id", grid.toValue()).set("patrol_id", patrol.toValue()).set("seq", Value::integer(i));
        w.set("lat", Value::real(30.5 + i * 1e-4)).set("lon", Value::real(114.3));
        w.set("recorded_at", Value::integer(static_cast<std::int64_t>(atMs) + i * 5000));
        out.push_back(w);
    }
    return out;
}

std::int64_t points(Store& s) {
    return s.database().queryInt("SELECT count(*) FROM patrol_points").value_or(-1);
}
std::int64_t serverPoints(server::SyncService& svc, std::int64_t* logged = nullptr) {
    std::int64_t n = -1;
    (void)svc.withStore([&](Store& s) {
        n = points(s);
        if (logged)
            *logged = s.database().queryInt("SELECT count(*) FROM server_log WHERE tbl='patrol_points'").value_or(-1);
        return Status::ok();
    });
    return n;
}
}  // namespace

TEST_CASE("the phone deletes old track points only after the server holds them") {
    Township t;
    auto d = t.device({t.gridA});
    const std::uint64_t old = kT0 - 40ull * kDayMs, recent = kT0 - 10ull * kDayMs;
    REQUIRE(d->store->write(track(t.gridA, old, 30)).isOk());
    REQUIRE(d->store->write(track(t.gridA, recent, 20)).isOk());
    REQUIRE(points(*d->store) == 50);

    // Not pushed yet: nothing goes, however old.
    Status st = d->store->transaction([&](WriteTxn& txn) -> Status {
        auto n = expireTrackPoints(txn, kT0 - 30ull * kDayMs);
        REQUIRE(n.isOk());
        CHECK(*n == 0);
        return Status::ok();
    });
    REQUIRE(st.isOk());
    CHECK(points(*d->store) == 50);

    // Pushed and acknowledged: the 40-day-old points leave the phone, the server keeps them all.
    SyncReport r = d->sync();
    CHECK(r.expiredTrackPoints == 30);
    CHECK(points(*d->store) == 20);
    CHECK(d->store->database().queryInt("SELECT count(*) FROM patrols") == 2);  // the patrols stay
    CHECK(d->store->database().queryInt("SELECT count(*) FROM column_clocks c WHERE tbl='patrol_points' AND NOT "
                                        "EXISTS (SELECT 1 FROM patrol_points p WHERE p.id=c.row_id)") == 0);
    CHECK(serverPoints(*t.service) == 50);
    // The deletion is local: nothing was journaled, the next sync pushes nothing and pulls them not back.
    CHECK(d->store->outboxCount() == 0);
    SyncReport again = d->sync();
    CHECK(again.pushed == 0);
    CHECK(points(*d->store) == 20);

    // A phone configured to keep tracks (0) keeps them: the worker's second phone pulls his whole
    // track (other workers' tracks never reach a phone).
    auto keeper = t.deviceFor(d->worker, {t.gridA});
    SyncOptions o;
    o.sleep = [](std::chrono::milliseconds) {};
    o.trackRetentionMs = 0;
    SyncEngine engine(*keeper->store, *keeper->transport, o);
    REQUIRE(engine.sync().isOk());
    CHECK(points(*keeper->store) == 50);
}

TEST_CASE("the server deletes tracks older than the township's period, with their log entries") {
    Township t;
    auto d = t.device({t.gridA});
    REQUIRE(d->store->write(track(t.gridA, kT0 - 200ull * kDayMs, 10)).isOk());
    REQUIRE(d->store->write(track(t.gridA, kT0 - 50ull * kDayMs, 10)).isOk());
    REQUIRE(d->store->write(track(t.gridA, kT0 - 5ull * kDayMs, 10)).isOk());
    SyncOptions keep;
    keep.sleep = [](std::chrono::milliseconds) {};
    keep.trackRetentionMs = 0;
    REQUIRE(SyncEngine(*d->store, *d->transport, keep).sync().isOk());
    REQUIRE(serverPoints(*t.service) == 30);

    // The default period (180 days) takes the oldest patrol's points.
    CHECK(t.service->trackRetentionDays() == 180);
    auto n = t.service->expireTracks();
    REQUIRE(n.isOk());
    CHECK(*n == 10);
    // The township sets 30 days.
    CHECK(t.service->setTrackRetentionDays(0).code() == ErrorCode::InvalidArgument);
    REQUIRE(t.service->setTrackRetentionDays(30).isOk());
    CHECK(t.service->trackRetentionDays() == 30);
    n = t.service->expireTracks();
    REQUIRE(n.isOk());
    CHECK(*n == 10);
    std::int64_t logged = 0;
    CHECK(serverPoints(*t.service, &logged) == 10);
    CHECK(logged == 10 * 6);  // the six columns of each point left; none of the deleted ones

    // A new phone of the same worker pulls only the points still kept.
    auto fresh = t.deviceFor(d->worker, {t.gridA});
    REQUIRE(SyncEngine(*fresh->store, *fresh->transport, keep).sync().isOk());
    CHECK(points(*fresh->store) == 10);
}
