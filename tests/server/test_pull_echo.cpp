// Patrol track points stay with their worker (issue 16): colleagues of the same grid pull a
// worker's visits and reports but not his track points, which stay on the server for the
// console. A day's sync still brings the device's own changes back (the echo: leaving them out
// safely needs per-grid state on the phone, sync-protocol.md); the relay counts what that costs.
#include "counting_proxy.h"
#include "load_township.h"
#include "process.h"
#include "raw_socket.h"
#include "server_fixture.h"
#include "temp_dir.h"

#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/http/http_transport.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <csignal>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

long long rows(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    long long n = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return n;
}

Result<SyncReport> syncOver(const std::string& db, const std::string& url) {
    GW_ASSIGN_OR_RETURN(auto store, Store::open(db));
    http::HttpTransportOptions ho;
    ho.baseUrl = url;
    GW_ASSIGN_OR_RETURN(auto transport, http::HttpTransport::create(ho));
    SyncEngine engine(*store, *transport);
    return engine.sync();
}

}  // namespace

TEST_CASE("colleagues' track points stay on the server; a day's sync echoes the device's own changes") {
    TempDir tmp;
    const std::string data = tmp.path() + "/township";
    auto plans = load::seedTownship(data, tmp.path() + "/devices", 3);  // one grid, three workers
    REQUIRE(plans.isOk());
    auto day = load::writeDay((*plans)[0], 0);
    REQUIRE(day.isOk());

    const int port = freePort();
    Process server;
    REQUIRE(server.start(
        {GRIDWORK_SERVER_BIN, "serve", "--data", data, "--listen", "http://127.0.0.1:" + std::to_string(port)},
        tmp.file("server.out"), tmp.file("server.log")));
    bool up = false;
    for (int i = 0; i < 300 && !up; ++i) {
        up = httpGetStatus(port, "/healthz", 1000) == 200;
        if (!up) sleepMs(50);
    }
    REQUIRE(up);

    {
        CountingProxy relay(port);
        auto r = syncOver((*plans)[0].db, "http://127.0.0.1:" + std::to_string(relay.port()));
        REQUIRE(r.isOk());
        CHECK(r->pushed == *day);
        CHECK(r->pulled >= *day);  // its own day, track points included, and what the server derived
        MESSAGE("a day's sync: " << relay.bytesUp() << " B up, " << relay.bytesDown() << " B down on the wire");
        CHECK(relay.bytesDown() > 0);
    }

    // A colleague gets the visits and reports, and the patrol, but none of its track points.
    auto colleague = syncOver((*plans)[1].db, "http://127.0.0.1:" + std::to_string(port));
    REQUIRE(colleague.isOk());
    CHECK(colleague->pulled > 0);
    const std::string db1 = (*plans)[1].db;
    CHECK(rows(db1, "SELECT count(*) FROM visits") == 15);
    CHECK(rows(db1, "SELECT count(*) FROM reports") == 3);
    CHECK(rows(db1, "SELECT count(*) FROM patrols") == 1);
    CHECK(rows(db1, "SELECT count(*) FROM patrol_points") == 0);
    CHECK(rows(data + "/server.db", "SELECT count(*) FROM patrol_points") == 120);
    // The worker himself keeps his track (it was written on his phone).
    CHECK(rows((*plans)[0].db, "SELECT count(*) FROM patrol_points") == 120);

    server.signal(SIGTERM);
    CHECK(server.wait(10000) == 0);
}
