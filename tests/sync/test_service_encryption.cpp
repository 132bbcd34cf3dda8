// The server's embedded database encrypted at rest: opened with a key (from GRIDWORK_DB_KEY or a
// GRIDWORK_DB_KEY_FILE), server.db shows no ID number or phone and does not open without the key;
// a plain server.db from before is encrypted in place on first open with a key.
#include "gridwork/core/base/key_store.h"
#include "gridwork/server/sync_service.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

using namespace gridwork;

namespace {
std::string onDisk(const std::string& db) {
    std::string all;
    for (const char* s : {"", "-wal"}) {
        std::ifstream in(db + s, std::ios::binary);
        all.append(std::istreambuf_iterator<char>(in), {});
    }
    return all;
}

RowWrite resident(const Uuid& grid) {
    RowWrite w{"residents", newUuidV7(), {}};
    w.set("grid_id", grid.toValue()).set("name", Value::text("赵桂兰"));
    w.set("id_number", Value::text("11010519491231002X")).set("phone", Value::text("13912345678"));
    return w;
}
}  // namespace

TEST_CASE("keyFromEnvironment: a hex key, a key file, or none") {
    testing::TempDir dir;
    ::unsetenv("GRIDWORK_DB_KEY");
    ::unsetenv("GRIDWORK_DB_KEY_FILE");
    auto none = keyFromEnvironment();
    REQUIRE(none.isOk());
    CHECK_FALSE(none->has_value());
    SecretKey k = SecretKey::random();
    ::setenv("GRIDWORK_DB_KEY", k.toHex().c_str(), 1);
    auto hex = keyFromEnvironment();
    REQUIRE(hex.isOk());
    CHECK(**hex == k);
    ::setenv("GRIDWORK_DB_KEY", "not hex", 1);
    CHECK(keyFromEnvironment().status().code() == ErrorCode::InvalidArgument);
    ::unsetenv("GRIDWORK_DB_KEY");
    ::setenv("GRIDWORK_DB_KEY_FILE", dir.file("etc/server.key").c_str(), 1);
    auto file1 = keyFromEnvironment();
    auto file2 = keyFromEnvironment();
    ::unsetenv("GRIDWORK_DB_KEY_FILE");
    REQUIRE(file1.isOk());
    REQUIRE(file2.isOk());
    CHECK(**file1 == **file2);
}

#ifdef GRIDWORK_HAVE_SQLCIPHER
TEST_CASE("server.db opened with a key is encrypted; a plain one is encrypted in place") {
    testing::TempDir dir;
    Uuid grid = newUuidV7();
    server::SyncServiceOptions o;
    o.dbPath = dir.file("server.db");
    o.durable = false;
    {
        auto plain = server::SyncService::open(o);
        REQUIRE(plain.isOk());
        REQUIRE((*plain)->write({resident(grid), resident(grid)}).isOk());
        REQUIRE((*plain)->createWorker("网格员甲", "13800000001", {grid}).isOk());
    }
    CHECK(onDisk(o.dbPath).find("11010519491231002X") != std::string::npos);  // before: readable
    o.key = SecretKey::random();
    std::uint64_t seq = 0;
    {
        auto svc = server::SyncService::open(o);
        REQUIRE_MESSAGE(svc.isOk(), svc.status().toString());
        seq = (*svc)->lastServerSeq();
        CHECK(seq > 0);
        CHECK((*svc)->workers().size() == 1);
        REQUIRE((*svc)->write({resident(grid)}).isOk());
    }
    std::string disk = onDisk(o.dbPath);
    CHECK(disk.find("11010519491231002X") == std::string::npos);
    CHECK(disk.find("13912345678") == std::string::npos);
    CHECK(disk.find("13800000001") == std::string::npos);
    auto again = server::SyncService::open(o);
    REQUIRE(again.isOk());
    CHECK((*again)->lastServerSeq() > seq);
    server::SyncServiceOptions nokey = o;
    nokey.key.reset();
    CHECK_FALSE(server::SyncService::open(nokey).isOk());
}
#endif
