// Patrols: lifecycle, track points with seq (replay-safe), checkpoints, resume after a kill.
#include "gridwork/core/domain/derived_columns.h"
#include "test_domain_fixture.h"

using namespace gridwork;
using namespace gridwork::domain;
using gridwork::testing::DomainFixture;

TEST_CASE("distance between two points") {
    // One degree of latitude is about 111.2 km.
    CHECK(distanceMeters({30, 120}, {31, 120}) == doctest::Approx(111195).epsilon(0.001));
    CHECK(distanceMeters({30, 120}, {30, 120}) == 0);
}

TEST_CASE("a patrol: start, points, pause, resume, checkpoint, stop") {
    DomainFixture f;
    PatrolRepo patrols(*f.store);
    auto p = patrols.start(f.worker.id);
    REQUIRE_MESSAGE(p.isOk(), p.status().toString());
    CHECK(p->gridId == f.grid.id);
    CHECK(p->state == PatrolState::Active);
    // One unstopped patrol per worker.
    CHECK(patrols.start(f.worker.id).status().code() == ErrorCode::InvalidState);

    auto a = patrols.addPoint(p->id, {30.0, 120.0}, 5.0);
    auto b = patrols.addPoint(p->id, {30.001, 120.0}, 5.0);
    REQUIRE(a.isOk());
    REQUIRE(b.isOk());
    CHECK(a->seq == 1);
    CHECK(b->seq == 2);
    // A wildly inaccurate fix is kept but not counted.
    REQUIRE(patrols.addPoint(p->id, {30.1, 120.0}, 500.0).isOk());
    REQUIRE(patrols.pause(p->id).isOk());
    CHECK(patrols.addPoint(p->id, {30.002, 120.0}).status().code() == ErrorCode::InvalidState);
    CHECK(patrols.pause(p->id).code() == ErrorCode::InvalidState);
    REQUIRE(patrols.resume(p->id).isOk());
    REQUIRE(patrols.addPoint(p->id, {30.002, 120.0}, 5.0).isOk());

    Checkpoint cp;
    cp.gridId = f.grid.id;
    cp.name = "东山水库";
    cp.kind = "水库";
    cp.location = {30.002, 120.0};
    auto c = patrols.addCheckpoint(cp);
    REQUIRE(c.isOk());
    CHECK(patrols.checkpoints(f.grid.id).size() == 1);
    REQUIRE(patrols.passCheckpoint(p->id, c->id, "水位正常").isOk());
    CHECK(patrols.passCheckpoint(p->id, newUuidV7()).status().code() == ErrorCode::NotFound);

    auto track = patrols.track(p->id);
    REQUIRE(track.size() == 4);
    CHECK(track[3].seq == 4);
    CHECK(patrols.distance(p->id) == doctest::Approx(222.4).epsilon(0.01));

    REQUIRE(patrols.stop(p->id, "水库堤坝有裂缝，已上报").isOk());
    auto stopped = patrols.get(p->id);
    CHECK(stopped->state == PatrolState::Stopped);
    CHECK(stopped->stoppedAt.has_value());
    CHECK(stopped->findings == "水库堤坝有裂缝，已上报");
    CHECK(stopped->distanceM == doctest::Approx(222.4).epsilon(0.01));
    CHECK(patrols.stop(p->id).code() == ErrorCode::InvalidState);
    CHECK(patrols.addPoint(p->id, {30, 120}).status().code() == ErrorCode::InvalidState);
    CHECK(patrols.passes(p->id).size() == 1);
    CHECK_FALSE(patrols.activeFor(f.worker.id).has_value());
    REQUIRE(patrols.start(f.worker.id).isOk());  // a new one may start now
}

TEST_CASE("after a kill the active patrol is found again and replayed points are not duplicated") {
    DomainFixture f;
    Uuid patrolId;
    {
        PatrolRepo patrols(*f.store);
        auto p = patrols.start(f.worker.id);
        REQUIRE(p.isOk());
        patrolId = p->id;
        REQUIRE(patrols.addPoint(p->id, {30.0, 120.0}, 5.0, 0, 1).isOk());
        REQUIRE(patrols.addPoint(p->id, {30.001, 120.0}, 5.0, 0, 2).isOk());
    }
    // "Kill": drop the store and reopen the file.
    std::string path = f.store->path();
    f.store.reset();
    auto reopened = domain::openStore(path);
    REQUIRE(reopened.isOk());
    PatrolRepo patrols(**reopened);
    auto active = patrols.activeFor(f.worker.id);
    REQUIRE(active.has_value());
    CHECK(active->id == patrolId);
    auto outbox = (*reopened)->outboxCount();
    auto replay = patrols.addPoint(patrolId, {30.001, 120.0}, 5.0, 0, 2);  // the app re-sends its buffer
    REQUIRE(replay.isOk());
    CHECK(replay->seq == 2);
    CHECK((*reopened)->outboxCount() == outbox);
    auto next = patrols.addPoint(patrolId, {30.002, 120.0}, 5.0);
    REQUIRE(next.isOk());
    CHECK(next->seq == 3);
    CHECK(patrols.track(patrolId).size() == 3);
}
