// Protocol v2 end to end through the service: v1 and v2 phones of one grid converge, a v2 phone
// speaks v1 to a server without /v2/sync, a day's sync is one request, and once v1 is dropped an
// old phone is told in Chinese to update while v2 phones keep syncing.
#include "gridwork/core/wire/codec.h"
#include "sync_fixture.h"

using namespace gridwork;
using namespace gridwork::testing;

namespace {
// A server from before v2: /v2/sync is an unknown endpoint.
class OldServer final : public Transport {
public:
    explicit OldServer(Transport& inner) : m_inner(inner) {}
    int syncCalls = 0, v1Calls = 0;
    Result<TransportReply> post(Endpoint e, const std::string& body, const std::string& token) override {
        if (e == Endpoint::Sync) {
            ++syncCalls;
            return TransportReply{404, wire::encodeError({ErrorCode::NotFound, "no such endpoint: /v2/sync"}, 0)};
        }
        ++v1Calls;
        return m_inner.post(e, body, token);
    }

private:
    Transport& m_inner;
};

void useEngine(Device& d, bool wireV2, Transport* via = nullptr) {
    SyncOptions o;
    o.sleep = [](std::chrono::milliseconds) {};
    o.wireV2 = wireV2;
    d.engine = std::make_unique<SyncEngine>(*d.store, via ? *via : *d.transport, o);
}
}  // namespace

TEST_CASE("v2: a v1 phone and a v2 phone of one grid converge through the server") {
    Township t;
    auto a = t.device({t.gridA});
    auto b = t.device({t.gridA});
    useEngine(*b, false);
    Uuid h1 = newUuidV7(), h2 = newUuidV7();
    REQUIRE(a->store->write({household(h1, t.gridA, "幸福村1组1号")}).isOk());
    REQUIRE(b->store->write({household(h2, t.gridA, "幸福村1组2号")}).isOk());
    a->sync();
    b->sync();
    a->sync();
    REQUIRE(a->store->write({edit("households", h2, "phone", Value::text("13900000001"))}).isOk());
    REQUIRE(b->store->write({edit("households", h1, "phone", Value::text("13900000002"))}).isOk());
    for (int round = 0; round < 2; ++round) {
        a->sync();
        b->sync();
    }
    CHECK(a->dump() == t.dump({t.gridA}));
    CHECK(b->dump() == t.dump({t.gridA}));
    CHECK(textOf(*a->store, "SELECT phone FROM households WHERE address='幸福村1组1号'") == "13900000002");
}

TEST_CASE("v2: a phone speaks v1 to a server without /v2/sync") {
    Township t;
    auto seed = t.device({t.gridA});
    useEngine(*seed, false);
    for (int i = 0; i < 30; ++i)
        REQUIRE(seed->store->write({household(newUuidV7(), t.gridA, "幸福村" + std::to_string(i) + "号")}).isOk());
    seed->sync();
    auto d = t.device({t.gridA});
    OldServer old(*d->transport);
    useEngine(*d, true, &old);
    REQUIRE(d->store->write({household(newUuidV7(), t.gridA, "新户")}).isOk());
    auto r = d->sync();
    CHECK(r.pushed == 5);
    CHECK(old.syncCalls == 1);  // asked once, then v1 only
    CHECK(old.v1Calls >= 2);
    CHECK(d->dump() == t.dump({t.gridA}));
}

TEST_CASE("v2: a day's sync is one request, and the bytes counted are the v2 bodies") {
    Township t;
    auto d = t.device({t.gridA});
    for (int i = 0; i < 50; ++i)
        REQUIRE(t.service->write({household(newUuidV7(), t.gridA, "幸福村" + std::to_string(i) + "号")}).isOk());
    d->sync();
    std::vector<RowWrite> day;
    for (int i = 0; i < 40; ++i) day.push_back(household(newUuidV7(), t.gridA, "走访" + std::to_string(i)));
    REQUIRE(d->store->write(day).isOk());
    auto before = d->transport->stats();
    auto r = d->sync();
    auto after = d->transport->stats();
    CHECK(after.requests - before.requests == 1);
    CHECK(r.pushed == 40 * 5);
    CHECK(r.bytesUp == after.bytesUp - before.bytesUp);
    CHECK(r.bytesDown == after.bytesDown - before.bytesDown);
    CHECK(d->store->outboxCount() == 0);
    CHECK(d->dump() == t.dump({t.gridA}));
}

TEST_CASE("v2: once v1 is dropped an old phone is told in Chinese to update; v2 phones keep syncing") {
    TempDir dir;
    server::SyncServiceOptions so;
    so.dbPath = dir.file("server.db");
    so.durable = false;
    so.acceptV1 = false;
    auto service = server::SyncService::open(so).value();
    Uuid grid = newUuidV7();
    auto worker = service->createWorker("王秀英", "13900000009", {grid}).value();
    for (bool v2 : {false, true}) {
        StoreOptions o;
        o.durable = false;
        auto store = Store::open(dir.file(v2 ? "new.db" : "old.db"), o).value();
        server::LoopbackTransport link(*service);
        SyncOptions eo;
        eo.sleep = [](std::chrono::milliseconds) {};
        eo.wireV2 = v2;
        SyncEngine engine(*store, link, eo);
        REQUIRE(engine.enroll(service->issueEnrollmentCode(worker).value(), "phone").isOk());
        REQUIRE(store->write({household(newUuidV7(), grid, v2 ? "新版" : "旧版")}).isOk());
        auto r = engine.sync();
        if (v2) {
            REQUIRE_MESSAGE(r.isOk(), r.status().toString());
            CHECK(store->outboxCount() == 0);
        } else {
            REQUIRE_FALSE(r.isOk());
            CHECK(r.status().code() == ErrorCode::InvalidState);
            CHECK(r.status().message().find("请在应用商店或找镇街网格办更新") != std::string::npos);
            CHECK(store->outboxCount() == 5);  // kept for after the update
            CHECK(engine.status().lastError.find("更新") != std::string::npos);
        }
    }
}
