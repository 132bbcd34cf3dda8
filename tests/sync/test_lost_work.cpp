// Issue 15 in process: the phone refuses an ack it did not earn, a restored backup renumbers
// its outbox, bad values and borrowed authority are typed refusals that change nothing, a row
// moved out of a grid keeps its phone's edit for the township, dates far from the server's day
// are flagged. (The scenarios with real processes are tests/server/test_lost_work.cpp.)
#include "gridwork/core/wire/codec.h"

#include "sync_fixture.h"

#include <cctype>
#include <cmath>
#include <filesystem>
#include <limits>

using namespace gridwork;
using namespace gridwork::testing;
namespace pb = gridwork::sync::v1;

namespace {
server::Reply call(Township& t, Endpoint e, const std::string& body, Device& d) {
    return t.service->handle(e, body, d.store->meta("sync.token").value_or(""));
}

std::string pushBody(const std::vector<Change>& changes, std::uint64_t firstSeq = 1) {
    pb::PushRequest req;
    req.set_first_seq(firstSeq);
    for (const auto& c : changes) wire::toProto(c, req.add_changes());
    return req.SerializeAsString();
}

Change change(Device& d, const std::string& table, const Uuid& row, const std::string& col, Value v, const Uuid& grid) {
    return Change{table, row, col, std::move(v), makeHlc(kT0, 1), d.store->siteId(), grid};
}

Status refusal(const server::Reply& r) {
    return wire::decodeError(r.httpStatus, r.body);
}

// A server that acknowledges more than it was sent (one that counts this site's seqs from
// another history).
class InflatingTransport final : public Transport {
public:
    explicit InflatingTransport(Transport& inner) : m_inner(inner) {}
    Result<TransportReply> post(Endpoint e, const std::string& body, const std::string& token) override {
        auto r = m_inner.post(e, body, token);
        if (!r || e != Endpoint::Push || r->httpStatus != 200) return r;
        pb::PushResponse resp;
        if (!resp.ParseFromString(r->body)) return r;
        resp.set_acked_through_seq(resp.acked_through_seq() + 1000);
        r->body = resp.SerializeAsString();
        return r;
    }

private:
    Transport& m_inner;
};
}  // namespace

TEST_CASE("the phone refuses an ack beyond what it sent, and keeps its whole outbox") {
    Township t;
    auto d = t.device({t.gridA});
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "1号")).isOk());
    std::uint64_t pending = d->store->outboxCount();
    REQUIRE(pending > 0);
    InflatingTransport liar(*d->transport);
    SyncOptions o;
    o.sleep = [](std::chrono::milliseconds) {};
    o.wireV2 = false;  // the liar edits v1 answers; on v2 the engine checks the same PushResponse
    SyncEngine e(*d->store, liar, o);
    auto r = e.sync();
    REQUIRE(!r.isOk());
    CHECK(r.status().code() == ErrorCode::Conflict);
    CHECK(d->store->outboxCount() == pending);
    CHECK(!e.status().lastError.empty());
    // An honest server then takes everything.
    d->sync();
    CHECK(d->store->outboxCount() == 0);
    CHECK(d->dump() == t.dump(d->grids));
}

TEST_CASE("a restored backup reuses seqs the server has seen: nothing is skipped, the outbox is renumbered") {
    Township t;
    auto d = t.device({t.gridA});
    d->sync();
    std::string backup = t.dir.file("backup.db");
    d->engine.reset();
    d->store.reset();
    std::filesystem::copy_file(d->path, backup);
    t.openStore(*d);
    for (int i = 0; i < 5; ++i) REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "备份后")).isOk());
    d->sync();
    std::uint64_t high = outboxHighSeq(*d->store);

    d->engine.reset();
    d->store.reset();
    std::filesystem::remove(d->path);
    std::filesystem::copy_file(backup, d->path);
    t.openStore(*d);
    for (int i = 0; i < 3; ++i) REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "恢复后")).isOk());
    REQUIRE(outboxHighSeq(*d->store) < high);  // the restored file reuses seqs 1.. again
    auto r = d->sync();
    CHECK(r.restoresDetected == 1);
    CHECK(d->store->outboxCount() == 0);
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='恢复后'") == 3);
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='备份后'") == 5);
    CHECK(d->dump() == t.dump(d->grids));
    // New writes continue past the server's mark.
    CHECK(outboxHighSeq(*d->store) >= high);
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "之后")).isOk());
    CHECK(d->store->outbox(0, 1).front().seq > high);
    d->sync();
    CHECK(d->dump() == t.dump(d->grids));
}

TEST_CASE("a restored backup with nothing new to push still gets back what it wrote after the copy") {
    Township t;
    auto d = t.device({t.gridA});
    d->sync();
    std::string backup = t.dir.file("backup.db");
    d->engine.reset();
    d->store.reset();
    std::filesystem::copy_file(d->path, backup);
    t.openStore(*d);
    for (int i = 0; i < 4; ++i) REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "备份后")).isOk());
    d->sync();

    d->engine.reset();
    d->store.reset();
    std::filesystem::remove(d->path);
    std::filesystem::copy_file(backup, d->path);
    t.openStore(*d);
    REQUIRE(d->store->outboxCount() == 0);
    d->sync();
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='备份后'") == 4);
    CHECK(d->dump() == t.dump(d->grids));
}

TEST_CASE("a restored backup that writes past the server's mark loses nothing of either history") {
    Township t;
    auto d = t.device({t.gridA});
    d->sync();
    std::string backup = t.dir.file("backup.db");
    d->engine.reset();
    d->store.reset();
    std::filesystem::copy_file(d->path, backup);
    t.openStore(*d);
    for (int i = 0; i < 2; ++i) REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "备份后")).isOk());
    d->sync();
    std::uint64_t high = outboxHighSeq(*d->store);

    d->engine.reset();
    d->store.reset();
    std::filesystem::remove(d->path);
    std::filesystem::copy_file(backup, d->path);
    t.openStore(*d);
    // More writes than the copy missed: the phone's seqs run past the server's mark (it cannot
    // tell it was restored); the server merges pushes whatever their seq.
    for (int i = 0; i < 5; ++i) REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "恢复后")).isOk());
    REQUIRE(outboxHighSeq(*d->store) > high);
    d->sync();
    CHECK(d->store->outboxCount() == 0);
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='备份后'") == 2);
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='恢复后'") == 5);
    CHECK(d->dump() == t.dump(d->grids));
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "次日")).isOk());
    d->sync();
    CHECK(d->dump() == t.dump(d->grids));
}

TEST_CASE("a grid given back after a reassignment comes back whole, the phone's own rows included") {
    Township t;
    auto d = t.device({t.gridA});
    for (int i = 0; i < 3; ++i) REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "本机")).isOk());
    d->sync();
    REQUIRE(t.service->reassignWorker(d->worker, {t.gridB}).isOk());
    d->sync();
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='本机'") == 0);
    REQUIRE(t.service->reassignWorker(d->worker, {t.gridA}).isOk());
    d->grids = {t.gridA};
    d->sync();
    CHECK(countOf(*d->store, "SELECT count(*) FROM households WHERE address='本机'") == 3);
    CHECK(d->dump() == t.dump(d->grids));
}

TEST_CASE("bad values from a device are typed refusals naming the column, and change nothing") {
    Township t;
    auto d = t.device({t.gridA});
    auto peer = t.device({t.gridA});
    Uuid row = newUuidV7();
    REQUIRE(d->store->write(household(row, t.gridA, "1号")).isOk());
    d->sync();
    std::string before = t.service->dump();
    auto expect = [&](const Change& c, ErrorCode code, const std::string& words) {
        CAPTURE(c.column);
        auto r = call(t, Endpoint::Push, pushBody({c}), *d);
        Status s = refusal(r);
        CHECK(s.code() == code);
        CHECK(r.httpStatus >= 400);
        CHECK(r.httpStatus < 500);
        CHECK(s.message().find(words) != std::string::npos);
        CHECK(s.message().find("SQL") == std::string::npos);
        CHECK(t.service->dump() == before);
    };
    // Item 9: a row's grid set to NULL would sit outside every grid.
    expect(change(*d, "households", row, "grid_id", Value{}, t.gridA), ErrorCode::InvalidArgument, "grid_id");
    // Item 10: NULL in a NOT NULL column is a 400 naming it, not a retryable 503.
    expect(change(*d, "households", newUuidV7(), "deleted", Value{}, t.gridA), ErrorCode::InvalidArgument, "deleted");
    // Item 11: non-finite numbers, coordinates off the earth, text over the phone's bounds.
    Uuid visit = newUuidV7();
    expect(change(*d, "visits", visit, "lat", Value::real(std::numeric_limits<double>::infinity()), t.gridA),
           ErrorCode::InvalidArgument, "lat");
    expect(change(*d, "visits", visit, "lon", Value::real(std::nan("")), t.gridA), ErrorCode::InvalidArgument, "lon");
    expect(change(*d, "visits", visit, "lat", Value::real(91), t.gridA), ErrorCode::InvalidArgument, "纬度");
    expect(change(*d, "visits", visit, "note", Value::text(std::string(8 << 20, 'x')), t.gridA),
           ErrorCode::InvalidArgument, "note");
    expect(change(*d, "households", row, "address", Value::text(std::string(201 * 3, 'y')), t.gridA),
           ErrorCode::InvalidArgument, "address");
    // Item 6: org data is the township's.
    expect(change(*d, "org_units", t.gridA, "name", Value::text("我的网格"), t.gridA), ErrorCode::WrongGrid, "镇街");

    // The co-worker's visits to the household keep flowing.
    RowWrite v{"visits", newUuidV7(), {}};
    v.set("grid_id", t.gridA.toValue()).set("household_id", row.toValue()).set("note", Value::text("正常"));
    REQUIRE(peer->store->write(v).isOk());
    peer->sync();
    CHECK(peer->store->outboxCount() == 0);
}

TEST_CASE("report events of the command centre are refused from a worker's phone; the actor is the caller") {
    Township t;
    auto d = t.device({t.gridA});
    Uuid report = newUuidV7();
    auto event = [&](const std::string& kind, const std::string& actorName) {
        Uuid id = newUuidV7();
        return std::vector<Change>{change(*d, "report_events", id, "grid_id", t.gridA.toValue(), t.gridA),
                                   change(*d, "report_events", id, "report_id", report.toValue(), t.gridA),
                                   change(*d, "report_events", id, "kind", Value::text(kind), t.gridA),
                                   change(*d, "report_events", id, "actor_name", Value::text(actorName), t.gridA)};
    };
    std::string before = t.service->dump();
    for (const char* kind : {"accept", "dispatch", "start", "handle", "close", "return", "escalate", "reopen"}) {
        CAPTURE(kind);
        auto r = call(t, Endpoint::Push, pushBody(event(kind, "")), *d);
        CHECK(refusal(r).code() == ErrorCode::Forbidden);
        CHECK(r.httpStatus == 403);
    }
    auto named = call(t, Endpoint::Push, pushBody(event("comment", "城南街道指挥中心")), *d);
    CHECK(refusal(named).code() == ErrorCode::Forbidden);
    CHECK(t.service->dump() == before);
    auto mine = t.service->worker(d->worker);
    REQUIRE(mine.isOk());
    for (const char* kind : {"report", "resolve_on_site", "feedback", "comment"}) {
        CAPTURE(kind);
        CHECK(call(t, Endpoint::Push, pushBody(event(kind, mine->name)), *d).httpStatus == 200);
    }
    // A dispatcher's device may.
    auto centre = t.service->createWorker("指挥中心", "13800000009", {t.gridA}, "dispatcher");
    REQUIRE(centre.isOk());
    auto c = t.deviceFor(*centre, {t.gridA});
    Uuid id = newUuidV7();
    CHECK(call(t, Endpoint::Push,
               pushBody({Change{"report_events", id, "kind", Value::text("close"), makeHlc(kT0, 1), c->store->siteId(),
                                t.gridA}}),
               *c)
              .httpStatus == 200);
}

TEST_CASE("a row the township moved out of a grid: the old grid's pending edit is kept, other grids refused") {
    Township t;
    auto a = t.device({t.gridA});
    auto stranger = t.device({t.gridC});
    Uuid row = newUuidV7();
    REQUIRE(a->store->write(household(row, t.gridA, "A 1号")).isOk());
    a->sync();
    // The township moves the household to grid B; the phone edits it before it knows.
    RowWrite move{"households", row, {}};
    move.set("grid_id", t.gridB.toValue());
    REQUIRE(t.service->write({move}).isOk());
    REQUIRE(a->store->write(edit("households", row, "phone", Value::text("13912345678"))).isOk());
    auto r = a->sync();
    CHECK(r.keptByTownship == 1);
    CHECK(a->store->outboxCount() == 0);
    CHECK(a->engine->status().keptByTownship == 1);
    std::string gridA = t.dump({t.gridA});
    CHECK(gridA.find("13912345678") != std::string::npos);  // in grid A's conflict log
    CHECK(t.dump({t.gridB}).find("\"phone\": \"13912345678\"") == std::string::npos);
    // And the moved row left the phone of grid A (issue 14, "scope that holds").
    CHECK(r.rowsMovedOut == 1);
    CHECK(countOf(*a->store, "SELECT count(*) FROM households WHERE id=" + hexId(row)) == 0);
    CHECK(a->dump() == t.dump(a->grids));
    // A phone of a grid the row was never in cannot edit it by claiming it.
    std::string before = t.service->dump();
    auto claim = call(t, Endpoint::Push,
                      pushBody({change(*stranger, "households", row, "phone", Value::text("1"), t.gridC)}), *stranger);
    CHECK(refusal(claim).code() == ErrorCode::WrongGrid);
    CHECK(t.service->dump() == before);
}

TEST_CASE("dates far from the server's day are stored but flagged for the township") {
    Township t;
    auto d = t.device({t.gridA});
    RowWrite v{"visits", newUuidV7(), {}};
    v.set("grid_id", t.gridA.toValue()).set("note", Value::text("一年后")).set("visit_date", Value::text("2027-05-28"));
    REQUIRE(d->store->write(v).isOk());
    RowWrite ok{"visits", newUuidV7(), {}};
    ok.set("grid_id", t.gridA.toValue()).set("note", Value::text("今天")).set("visit_date", Value::text("2026-05-28"));
    REQUIRE(d->store->write(ok).isOk());
    d->sync();
    CHECK(d->store->outboxCount() == 0);
    (void)t.service->withStore([&](Store& s) {
        CHECK(countOf(s, "SELECT count(*) FROM flagged_dates") == 1);
        CHECK(countOf(s, "SELECT count(*) FROM flagged_dates WHERE value='2027-05-28'") == 1);
        return Status::ok();
    });
}

TEST_CASE("revoking a worker deletes his unused codes; a revoked device is told to wipe") {
    Township t;
    auto d = t.device({t.gridA});
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "1号")).isOk());
    d->sync();
    auto code = t.service->issueEnrollmentCode(d->worker);
    REQUIRE(code.isOk());
    REQUIRE(t.service->revokeWorker(d->worker).isOk());
    Device fresh;
    fresh.path = t.dir.file("fresh.db");
    fresh.clock = std::make_shared<SkewedClock>(t.clock, 0);
    fresh.transport = std::make_unique<server::LoopbackTransport>(*t.service);
    t.openStore(fresh);
    CHECK(fresh.engine->enroll(*code, "stolen").code() == ErrorCode::NotFound);
    auto r = d->engine->sync();
    CHECK(r.status().code() == ErrorCode::Unauthenticated);
    CHECK(countOf(*d->store, "SELECT count(*) FROM households") == 0);
    CHECK(!d->engine->status().enrolled);
}

TEST_CASE("enrollment codes: 80 random bits, case-insensitive, 72 h, one use, failures rate-limited") {
    Township t;
    auto w = t.service->createWorker("王秀英", "13800000001", {t.gridA});
    REQUIRE(w.isOk());
    auto code = t.service->issueEnrollmentCode(*w);
    REQUIRE(code.isOk());
    CHECK(code->size() == 19);
    CHECK(code->find_first_not_of("0123456789ABCDEFGHJKMNPQRSTVWXYZ-") == std::string::npos);
    auto other = t.service->issueEnrollmentCode(*w);
    REQUIRE(other.isOk());
    CHECK(*other != *code);

    auto phone = [&](const std::string& name) {
        auto d = std::make_unique<Device>();
        d->path = t.dir.file(name + ".db");
        d->clock = std::make_shared<SkewedClock>(t.clock, 0);
        d->transport = std::make_unique<server::LoopbackTransport>(*t.service);
        t.openStore(*d);
        return d;
    };
    // Expired after 72 hours.
    t.clock->advance(72 * 3600 * 1000 + 1);
    CHECK(phone("late")->engine->enroll(*code, "x").code() == ErrorCode::InvalidState);
    auto fresh = t.service->issueEnrollmentCode(*w);
    REQUIRE(fresh.isOk());
    std::string lower = *fresh;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(phone("ok")->engine->enroll(lower, "x").isOk());
    CHECK(phone("again")->engine->enroll(*fresh, "x").code() == ErrorCode::InvalidState);
    // Guessing: after 30 failures in a minute every attempt waits, even a right code.
    auto guesser = phone("guesser");
    int refused = 0;
    for (int i = 0; i < 40; ++i)
        refused += t.service
                       ->handle(
                           Endpoint::Enroll,
                           [&] {
                               pb::EnrollRequest req;
                               req.set_enrollment_code("GUESS" + std::to_string(i));
                               req.set_site_id(wire::uuidBytes(guesser->store->siteId()));
                               return req.SerializeAsString();
                           }(),
                           "")
                       .httpStatus == 503;
    CHECK(refused == 10);
    auto later = t.service->issueEnrollmentCode(*w);
    REQUIRE(later.isOk());
    SyncOptions o;
    o.sleep = [](std::chrono::milliseconds) {};
    o.maxAttempts = 1;
    SyncEngine e(*guesser->store, *guesser->transport, o);
    CHECK(e.enroll(*later, "x").code() == ErrorCode::Unavailable);
    t.clock->advance(60 * 1000);
    CHECK(e.enroll(*later, "x").isOk());
}
