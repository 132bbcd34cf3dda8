// The client engine's behaviour around failures: backoff through the injected sleep, resuming an
// interrupted pull without re-applying, typed errors kept for status(); and the codec helpers.
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/wire/codec.h"
#include "sync_fixture.h"

using namespace gridwork;
using namespace gridwork::testing;

namespace {
// Fails the next `failures` posts, and/or dies for good after `budget` posts.
class FlakyTransport final : public Transport {
public:
    explicit FlakyTransport(Transport& inner) : m_inner(inner) {}
    int failures = 0;
    int budget = 1 << 30;
    int posts = 0;
    Result<TransportReply> post(Endpoint e, const std::string& body, const std::string& token) override {
        ++posts;
        if (budget-- <= 0) return Status(ErrorCode::Unavailable, "link gone");
        if (failures > 0) {
            --failures;
            return Status(ErrorCode::Unavailable, "flaky");
        }
        return m_inner.post(e, body, token);
    }

private:
    Transport& m_inner;
};
}  // namespace

TEST_CASE("retries back off exponentially through the injected sleep, then give up with a typed error") {
    Township t;
    auto d = t.device({t.gridA});
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "x")).isOk());
    FlakyTransport flaky(*d->transport);
    std::vector<long> sleeps;
    SyncOptions o;
    o.sleep = [&](std::chrono::milliseconds ms) { sleeps.push_back(static_cast<long>(ms.count())); };
    o.maxAttempts = 5;
    SyncEngine e(*d->store, flaky, o);

    flaky.failures = 3;
    auto r = e.sync();
    REQUIRE(r.isOk());
    CHECK(r->retries == 3);
    CHECK(sleeps == std::vector<long>{250, 500, 1000});

    sleeps.clear();
    REQUIRE(d->store->write(household(newUuidV7(), t.gridA, "y")).isOk());
    flaky.failures = 100;
    auto failed = e.sync();
    CHECK(failed.status().code() == ErrorCode::Unavailable);
    CHECK(sleeps.size() == 4);
    auto st = e.status();
    CHECK(st.pendingChanges == 5);
    CHECK(st.lastError.find("Unavailable") == 0);
    flaky.failures = 0;
    REQUIRE(e.sync().isOk());
    CHECK(e.status().lastError.empty());
    CHECK(e.status().pendingChanges == 0);
    CHECK(e.status().lastSyncMs.has_value());
}

TEST_CASE("an interrupted first sync resumes where it stopped, applying nothing twice") {
    Township t;
    auto writer = t.device({t.gridA});
    for (int i = 0; i < 60; ++i) REQUIRE(writer->store->write(household(newUuidV7(), t.gridA, "h")).isOk());
    writer->sync();

    auto reader = t.device({t.gridA});
    FlakyTransport dying(*reader->transport);
    SyncOptions o;
    o.sleep = [](std::chrono::milliseconds) {};
    o.pullBatch = 50;
    o.maxAttempts = 1;
    {
        SyncEngine e(*reader->store, dying, o);
        dying.budget = 3;  // push (nothing) is skipped; three pull batches, then the link dies
        auto r = e.sync();
        CHECK(r.status().code() == ErrorCode::Unavailable);
    }
    std::int64_t partial = stampedColumns(*reader->store);
    CHECK(partial == 150);
    // The app is killed and restarted: a fresh store object and engine on the same file.
    reader->store.reset();
    t.openStore(*reader);
    SyncEngine e(*reader->store, *reader->transport, o);
    auto r = e.sync();
    REQUIRE(r.isOk());
    CHECK(r->pulled + static_cast<std::uint64_t>(partial) == 60 * 5 + 2 * 4 + 2 * 3);
    CHECK(reader->dump() == t.dump({t.gridA}));
}

TEST_CASE("codec: changes round-trip, bad ids are malformed, gzip round-trips and rejects garbage") {
    Change c{"residents", newUuidV7(), "name", Value::text("王秀英"), makeHlc(kT0, 3), newUuidV7(), newUuidV7()};
    wire::pb::Change p;
    wire::toProto(c, &p);
    auto back = wire::fromProto(p);
    REQUIRE(back.isOk());
    CHECK(*back == c);
    for (Value v : {Value::null(), Value::integer(-5), Value::real(2.5), Value::blob({1, 2, 3})}) {
        c.value = v;
        wire::toProto(c, &p);
        CHECK(wire::fromProto(p)->value == v);
    }
    p.set_row_id("short");
    CHECK(wire::fromProto(p).status().code() == ErrorCode::Malformed);

    std::string text(100000, 'a');
    auto z = wire::gzip(text);
    CHECK(z.size() < 1000);
    auto unz = wire::gunzip(z);
    REQUIRE(unz.isOk());
    CHECK(*unz == text);
    CHECK(wire::gunzip("not gzip at all").status().code() == ErrorCode::Malformed);
    CHECK(wire::gunzip(z.substr(0, z.size() / 2)).status().code() == ErrorCode::Malformed);
    CHECK(wire::gunzip(z, 1000).status().code() == ErrorCode::TooLarge);

    Status err(ErrorCode::WrongGrid, "not yours");
    std::uint64_t at = 0;
    Status decoded = wire::decodeError(403, wire::encodeError(err, 1234), &at);
    CHECK(decoded.code() == ErrorCode::WrongGrid);
    CHECK(decoded.message() == "not yours");
    CHECK(at == 1234);
    CHECK(wire::decodeError(503, "").code() == ErrorCode::Unavailable);
}

TEST_CASE("sha256 matches the FIPS 180-4 test vectors") {
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 h;
    std::string million(1000000, 'a');
    for (std::size_t i = 0; i < million.size(); i += 777) h.update(million.substr(i, 777));
    auto d = h.finish();
    CHECK(toHex(d.data(), d.size()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
