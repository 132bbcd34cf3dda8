// The server sync service: enrollment and tokens, typed refusals that change nothing, idempotent
// pushes, compacted pulls, scope isolation and reassignment.
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/wire/codec.h"

#include "sync_fixture.h"
#include <google/protobuf/stubs/logging.h>

#include <array>
#include <atomic>
#include <random>
#include <set>
#include <thread>

using namespace gridwork;
using namespace gridwork::testing;
namespace pb = gridwork::sync::v1;

namespace {
server::Reply call(Township& t, Endpoint e, const std::string& body, Device& d) {
    return t.service->handle(e, body, d.store->meta("sync.token").value_or(""));
}

Status errorOf(const server::Reply& r) {
    return wire::decodeError(r.httpStatus, r.body);
}

pb::PushRequest pushOf(const Device& d, std::uint64_t firstSeq, const std::vector<Change>& changes) {
    pb::PushRequest req;
    req.set_first_seq(firstSeq);
    for (const auto& c : changes) wire::toProto(c, req.add_changes());
    return req;
}

Change changeOf(Device& d, const std::string& table, const Uuid& row, const std::string& col, Value v,
                const Uuid& grid) {
    return Change{table, row, col, std::move(v), makeHlc(kT0, 1), d.store->siteId(), grid};
}
}  // namespace

TEST_CASE("enrollment: a one-time code becomes a token; the server keeps only hashes") {
    Township t;
    auto w = t.service->createWorker("王秀英", "13800000001", {t.gridA});
    REQUIRE(w.isOk());
    auto code = t.service->issueEnrollmentCode(*w);
    REQUIRE(code.isOk());
    CHECK(code->size() == 19);  // "7K3M-Q9XD-2RTB-HW4P": 80 random bits

    auto d = t.deviceFor(*w, {t.gridA});
    auto st = d->engine->status();
    CHECK(st.enrolled);
    CHECK(st.workerId == *w);
    CHECK(st.workerName == "王秀英");
    REQUIRE(st.grids.size() == 1);
    CHECK(st.grids[0] == t.gridA);

    std::string token = d->store->meta("sync.token").value_or("");
    REQUIRE(token.size() == 64);
    (void)t.service->withStore([&](Store& s) {
        CHECK(countOf(s, "SELECT count(*) FROM server_devices WHERE token_hash='" + token + "'") == 0);
        CHECK(countOf(s, "SELECT count(*) FROM server_devices WHERE token_hash='" + sha256Hex(token) + "'") == 1);
        CHECK(countOf(s, "SELECT count(*) FROM enrollment_codes WHERE used_at IS NOT NULL") == 1);
        return Status::ok();
    });

    SUBCASE("a used code cannot enroll another device") {
        TempDir other;
        auto s2 = Store::open(other.file("x.db"), {});
        REQUIRE(s2.isOk());
        server::LoopbackTransport tr(*t.service);
        SyncEngine e2(**s2, tr);
        auto again = t.service->issueEnrollmentCode(*w);
        REQUIRE(again.isOk());
        CHECK(e2.enroll("00000-00000", "x").code() == ErrorCode::NotFound);
        CHECK(e2.enroll(*again, "x").isOk());
        CHECK(e2.enroll(*again, "x").code() == ErrorCode::InvalidState);
    }
    SUBCASE("a revoked token is refused and nothing changes") {
        REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "a")).isOk());
        REQUIRE(t.service->revokeDevice(d->store->siteId()).isOk());
        std::string before = t.service->dump();
        auto r = d->engine->sync();
        CHECK(r.status().code() == ErrorCode::Unauthenticated);
        CHECK(t.service->dump() == before);
        CHECK(d->engine->status().lastError.find("Unauthenticated") != std::string::npos);
    }
}

TEST_CASE("bad input gets a typed error with the right HTTP status and changes nothing") {
    Township t;
    auto d = t.device({t.gridA});
    d->sync();
    std::string before = t.service->dump();
    std::uint64_t seq = t.service->lastServerSeq();
    Uuid row = newUuidV7();

    auto expect = [&](const server::Reply& r, ErrorCode code, int http) {
        CHECK(r.httpStatus == http);
        CHECK(errorOf(r).code() == code);
        CHECK(t.service->dump() == before);
        CHECK(t.service->lastServerSeq() == seq);
    };
    expect(call(t, Endpoint::Push, "\xff\xff\xff garbage", *d), ErrorCode::Malformed, 400);
    expect(call(t, Endpoint::Pull, std::string("\x0a\x05\x0a\x03xyz", 7), *d), ErrorCode::Malformed, 400);
    expect(t.service->handle(Endpoint::Push, "", "not-a-token"), ErrorCode::Unauthenticated, 401);
    expect(t.service->handle(Endpoint::Pull, "", ""), ErrorCode::Unauthenticated, 401);
    expect(call(t, Endpoint::Push,
                pushOf(*d, 1,
                       {changeOf(*d, "households", row, "address", Value::text("a"), t.gridA),
                        changeOf(*d, "spaceships", row, "x", Value::integer(1), t.gridA)})
                    .SerializeAsString(),
                *d),
           ErrorCode::UnknownTable, 400);
    expect(
        call(
            t, Endpoint::Push,
            pushOf(*d, 1, {changeOf(*d, "households", row, "colour", Value::text("red"), t.gridA)}).SerializeAsString(),
            *d),
        ErrorCode::UnknownColumn, 400);
    expect(
        call(
            t, Endpoint::Push,
            pushOf(*d, 1, {changeOf(*d, "households", row, "address", Value::integer(5), t.gridA)}).SerializeAsString(),
            *d),
        ErrorCode::InvalidArgument, 400);
    expect(
        call(
            t, Endpoint::Push,
            pushOf(*d, 1, {changeOf(*d, "reports", row, "status", Value::text("closed"), t.gridA)}).SerializeAsString(),
            *d),
        ErrorCode::UnknownColumn, 400);
    // One good change and one into another grid: the whole batch is refused.
    expect(call(t, Endpoint::Push,
                pushOf(*d, 1,
                       {changeOf(*d, "households", row, "address", Value::text("a"), t.gridA),
                        changeOf(*d, "households", newUuidV7(), "address", Value::text("b"), t.gridB)})
                    .SerializeAsString(),
                *d),
           ErrorCode::WrongGrid, 403);
    // Township-wide rows are read-only for devices.
    expect(call(t, Endpoint::Push,
                pushOf(*d, 1, {changeOf(*d, "workers", d->worker, "name", Value::text("me"), Uuid::nil())})
                    .SerializeAsString(),
                *d),
           ErrorCode::WrongGrid, 403);
    // Someone else's changes cannot be pushed.
    Change forged = changeOf(*d, "households", row, "address", Value::text("a"), t.gridA);
    forged.site = newUuidV7();
    expect(call(t, Endpoint::Push, pushOf(*d, 1, {forged}).SerializeAsString(), *d), ErrorCode::InvalidArgument, 400);
    // Stamped a day in the server's future.
    Change future = changeOf(*d, "households", row, "address", Value::text("a"), t.gridA);
    future.hlc = makeHlc(kT0 + kDayMs, 0);
    auto r = call(t, Endpoint::Push, pushOf(*d, 1, {future}).SerializeAsString(), *d);
    std::uint64_t serverTime = 0;
    CHECK(wire::decodeError(r.httpStatus, r.body, &serverTime).code() == ErrorCode::ClockAhead);
    CHECK(r.httpStatus == 409);
    CHECK(serverTime == kT0);
    CHECK(t.service->dump() == before);
    // Attachments are not this service's business until the edge installs a handler.
    expect(call(t, Endpoint::AttachmentStatus, "", *d), ErrorCode::NotFound, 404);
}

TEST_CASE("a row already in another grid cannot be edited by claiming it is in mine") {
    Township t;
    auto a = t.device({t.gridA});
    auto b = t.device({t.gridB});
    Uuid row = newUuidV7();
    REQUIRE(b->store->write(household(row, t.gridB, "B 1号")).isOk());
    b->sync();
    std::string before = t.service->dump();
    auto r = call(
        t, Endpoint::Push,
        pushOf(*a, 1, {changeOf(*a, "households", row, "address", Value::text("stolen"), t.gridA)}).SerializeAsString(),
        *a);
    CHECK(errorOf(r).code() == ErrorCode::WrongGrid);
    CHECK(t.service->dump() == before);
}

TEST_CASE("push is idempotent on (device, seq): duplicates and lost acks are harmless") {
    Township t;
    auto d = t.device({t.gridA});
    Uuid row = newUuidV7();
    REQUIRE(d->store->write(household(row, t.gridA, "1号")).isOk());
    auto entries = d->store->outbox(0, 100);
    REQUIRE(entries.size() == 5);
    std::vector<Change> changes;
    for (auto& e : entries) changes.push_back(e.change);
    std::string body = pushOf(*d, entries[0].seq, changes).SerializeAsString();

    auto first = call(t, Endpoint::Push, body, *d);
    REQUIRE(first.httpStatus == 200);
    std::uint64_t seq = t.service->lastServerSeq();
    std::string state = t.service->dump();
    // The same batch again (a retry after a lost ack), twice.
    for (int i = 0; i < 2; ++i) {
        auto again = call(t, Endpoint::Push, body, *d);
        REQUIRE(again.httpStatus == 200);
        pb::PushResponse resp;
        REQUIRE(resp.ParseFromString(again.body));
        CHECK(resp.acked_through_seq() == entries.back().seq);
    }
    CHECK(t.service->lastServerSeq() == seq);
    CHECK(t.service->dump() == state);

    SUBCASE("the engine over a transport that loses every other answer") {
        REQUIRE(d->store->write(edit("households", row, "phone", Value::text("13912345678"))).isOk());
        server::LoopbackTransport lossy(*t.service, {0, 0.5, 0.3, 0, 7});
        SyncOptions o;
        o.sleep = [](std::chrono::milliseconds) {};
        o.maxAttempts = 20;
        SyncEngine e(*d->store, lossy, o);
        auto r = e.sync();
        REQUIRE_MESSAGE(r.isOk(), r.status().toString());
        CHECK(d->store->outboxCount() == 0);
        CHECK(d->dump() == t.dump(d->grids));
        (void)t.service->withStore([&](Store& s) {
            CHECK(countOf(s, "SELECT count(*) FROM households") == 1);
            return Status::ok();
        });
    }
}

TEST_CASE("a first pull is the compacted current state, in batches with progress") {
    Township t;
    auto writer = t.device({t.gridA});
    Uuid row = newUuidV7();
    REQUIRE(writer->store->write(household(row, t.gridA, "v1")).isOk());
    for (int i = 2; i <= 30; ++i)
        REQUIRE(writer->store->write(edit("households", row, "address", Value::text("v" + std::to_string(i)))).isOk());
    for (int i = 0; i < 50; ++i) REQUIRE(writer->store->write(household(newUuidV7(), t.gridA, "h")).isOk());
    writer->sync();

    auto reader = t.device({t.gridA});
    std::vector<SyncProgress> seen;
    SyncOptions o;
    o.pullBatch = 40;
    o.sleep = [](std::chrono::milliseconds) {};
    o.progress = [&](const SyncProgress& p) { seen.push_back(p); };
    SyncEngine e(*reader->store, *reader->transport, o);
    auto r = e.sync();
    REQUIRE(r.isOk());
    // 51 households x 5 columns, the 30 addresses of one row compacted to one; plus the
    // township-wide rows (2 workers, 2 devices).
    std::uint64_t township = 2 * 4 + 2 * 3;
    CHECK(r->pulled == 51 * 5 + township);
    CHECK(textOf(*reader->store, "SELECT address FROM households WHERE id=" + hexId(row)) == "v30");
    CHECK(reader->dump() == t.dump({t.gridA}));
    int pullSteps = 0;
    for (const auto& p : seen)
        if (p.phase == SyncProgress::Phase::Pull && p.itemsDone > 0) {
            ++pullSteps;
            CHECK(p.itemsTotal == r->pulled);
            CHECK(p.bytesDone > 0);
        }
    CHECK(pullSteps == 7);  // 269 changes in batches of 40
    CHECK(seen.back().phase == SyncProgress::Phase::Done);
    // Nothing new: a second sync pulls nothing.
    auto again = e.sync();
    REQUIRE(again.isOk());
    CHECK(again->pulled == 0);
}

TEST_CASE("scope: a device never receives another grid's rows, and its own grid's rows only") {
    Township t;
    auto a = t.device({t.gridA});
    auto b = t.device({t.gridB});
    auto ab = t.device({t.gridA, t.gridB});
    REQUIRE(a->store->write(household(newUuidV7(), t.gridA, "A 1号")).isOk());
    REQUIRE(b->store->write(household(newUuidV7(), t.gridB, "B 1号")).isOk());
    // A township task for grid C and a server-side row for grid B.
    REQUIRE(t.service
                ->write({RowWrite{
                    "tasks", newUuidV7(), {{"grid_id", t.gridC.toValue()}, {"title", Value::text("核查 C")}}}})
                .isOk());
    for (int round = 0; round < 2; ++round)
        for (auto* d : {a.get(), b.get(), ab.get()}) d->sync();
    CHECK(countOf(*a->store, "SELECT count(*) FROM households WHERE grid_id<>" + hexId(t.gridA)) == 0);
    CHECK(countOf(*a->store, "SELECT count(*) FROM households") == 1);
    CHECK(countOf(*b->store, "SELECT count(*) FROM households WHERE grid_id<>" + hexId(t.gridB)) == 0);
    CHECK(countOf(*ab->store, "SELECT count(*) FROM households") == 2);
    for (auto* d : {a.get(), b.get(), ab.get()}) {
        CHECK(countOf(*d->store, "SELECT count(*) FROM tasks") == 0);
        CHECK(countOf(*d->store, "SELECT count(*) FROM column_clocks WHERE tbl='tasks'") == 0);
        CHECK(countOf(*d->store, "SELECT count(*) FROM row_clocks WHERE tbl='tasks'") == 0);
        // Township-wide rows reach everyone: the three workers and devices.
        CHECK(countOf(*d->store, "SELECT count(*) FROM workers") == 3);
        CHECK(countOf(*d->store, "SELECT count(*) FROM devices") == 3);
        CHECK(d->dump() == t.dump(d->grids));
    }
}

TEST_CASE("reassignment moves a device to the new grid's data and purges the old") {
    Township t;
    auto a = t.device({t.gridA});
    auto b = t.device({t.gridB});
    for (int i = 0; i < 3; ++i) REQUIRE(a->store->write(household(newUuidV7(), t.gridA, "A")).isOk());
    for (int i = 0; i < 4; ++i) REQUIRE(b->store->write(household(newUuidV7(), t.gridB, "B")).isOk());
    a->sync();
    b->sync();
    a->sync();
    CHECK(countOf(*a->store, "SELECT count(*) FROM households") == 3);
    // An edit made offline in the old grid before the device learns of the move.
    Uuid pending = newUuidV7();
    REQUIRE(t.service->reassignWorker(a->worker, {t.gridB}).isOk());
    REQUIRE(a->store->write(household(pending, t.gridA, "A late")).isOk());
    // Stamped no later than the reassignment (the clock has not moved), so the server still
    // accepts it for grid A (issue 15); then the pull learns of the move and purges grid A.
    auto r = a->sync();
    CHECK(r.purgedGrids == 1);
    CHECK(r.discardedOutOfScope == 0);
    CHECK(t.dump({t.gridA}).find("A late") != std::string::npos);
    a->grids = {t.gridB};
    CHECK(countOf(*a->store, "SELECT count(*) FROM households WHERE grid_id=" + hexId(t.gridA)) == 0);
    CHECK(countOf(*a->store, "SELECT count(*) FROM households") == 4);
    for (const char* clocks : {"column_clocks", "row_clocks"})
        CHECK(countOf(*a->store, std::string("SELECT count(*) FROM ") + clocks +
                                     " c WHERE c.tbl='households' AND "
                                     "NOT EXISTS (SELECT 1 FROM households h WHERE h.id=c.row_id)") == 0);
    CHECK(a->store->outboxCount() == 0);
    CHECK(a->dump() == t.dump({t.gridB}));
    auto st = a->engine->status();
    REQUIRE(st.grids.size() == 1);
    CHECK(st.grids[0] == t.gridB);
}

TEST_CASE("the service never crashes on input: random and mutated bodies get typed answers") {
    Township t;
    auto d = t.device({t.gridA});
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "x")).isOk());
    auto entries = d->store->outbox(0, 100);
    std::vector<Change> changes;
    for (auto& e : entries) changes.push_back(e.change);
    std::string valid = pushOf(*d, entries[0].seq, changes).SerializeAsString();
    // protobuf logs every invalid UTF-8 string it refuses; the refusals are what we test.
    auto* previous = google::protobuf::SetLogHandler(nullptr);
    std::string before = t.service->dump();
    std::mt19937_64 rng(testSeed(99));
    // The bodies come from another device of the grid: a garbled request under d's own token
    // that still parses would be taken as d's (authenticated, idempotent on d's seqs).
    auto fuzzer = t.device({t.gridA});
    std::string token = fuzzer->store->meta("sync.token").value_or("");
    int ok = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string body;
        if (i % 2) {
            body = valid;
            for (int k = 0; k < 1 + static_cast<int>(rng() % 4); ++k)
                body[rng() % body.size()] = static_cast<char>(rng());
        } else {
            body.resize(rng() % 200);
            for (auto& ch : body) ch = static_cast<char>(rng());
        }
        Endpoint e = std::array{Endpoint::Enroll, Endpoint::Push, Endpoint::Pull}[rng() % 3];
        auto r = t.service->handle(e, body, token);
        if (r.httpStatus == 200) {
            ++ok;
            continue;
        }
        CHECK(r.httpStatus >= 400);
        CHECK(errorOf(r).code() != ErrorCode::Internal);
    }
    google::protobuf::SetLogHandler(previous);
    CHECK(ok > 0);  // some mutations are still valid pulls
    // Still alive and correct.
    d->sync();
    CHECK(d->dump() == t.dump({t.gridA}));
    (void)before;
}

TEST_CASE("the service is safe from several threads: devices syncing at once converge") {
    Township t;
    std::vector<std::unique_ptr<Device>> devs;
    for (int i = 0; i < 4; ++i) devs.push_back(t.device({i % 2 ? t.gridA : t.gridB}));
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (auto& d : devs) {
        threads.emplace_back([&, dev = d.get()] {
            for (int k = 0; k < 10; ++k) {
                if (!dev->store->write(household(newUuidV7(), dev->grids[0], "t")).isOk()) ++failures;
                if (!dev->engine->sync()) ++failures;
            }
        });
    }
    for (auto& th : threads) th.join();
    CHECK(failures == 0);
    for (auto& d : devs) d->sync();
    for (auto& d : devs) CHECK(d->dump() == t.dump(d->grids));
    (void)t.service->withStore([&](Store& s) {
        CHECK(countOf(s, "SELECT count(*) FROM households") == 40);
        return Status::ok();
    });
}

TEST_CASE("a device whose stamp epoch is behind the server's recovers by re-stamping past it") {
    Township t;
    auto d = t.device({t.gridA});
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "x")).isOk());
    pb::PushRequest empty;
    empty.set_stamp_epoch(7);  // e.g. the phone was restored from an old backup
    REQUIRE(call(t, Endpoint::Push, empty.SerializeAsString(), *d).httpStatus == 200);
    auto r = d->sync();
    CHECK(r.restamps == 1);
    CHECK(d->store->meta("sync.stamp_epoch") == "8");
    CHECK(d->store->outboxCount() == 0);
    CHECK(d->dump() == t.dump({t.gridA}));
}

TEST_CASE("the fixture gives every worker a phone number of his own, past ten workers") {
    Township t;
    std::vector<std::unique_ptr<Device>> ds;
    for (int i = 0; i < 12; ++i) ds.push_back(t.device({t.gridA}));
    std::set<std::string> phones;
    for (const auto& w : t.service->workers()) {
        CHECK(w.phone.size() == 11);
        CHECK(phones.insert(w.phone).second);
    }
    CHECK(phones.size() == 12);
}
