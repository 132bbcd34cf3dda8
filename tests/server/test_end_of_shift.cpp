// The end of the shift (issue 16): a township's 546 devices push a day's work at once (every
// connection opened together) against a real gridwork-server process on loopback. Every device
// succeeds (a 503 from the bounded queue is retried with the engine's backoff), nothing is lost
// or duplicated on the server, /healthz answers throughout, and SIGTERM at the end stops the
// server within its drain time. The devices are simulated in this process (load_township.h, as
// gridwork-load does). GRIDWORK_EOS_DEVICES overrides the count for a quick local run.
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

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <latch>
#include <mutex>
#include <thread>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

long long countRows(const std::string& db, const std::string& table) {
    sqlite3* h = nullptr;
    long long n = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h, ("SELECT COUNT(*) FROM " + table).c_str(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return n;
}

struct DeviceOutcome {
    Status status;
    SyncReport report;
    std::size_t outboxAfter = 1;
};

}  // namespace

TEST_CASE("end of shift: 546 devices push a day at once; all succeed, nothing lost or duplicated, /healthz answers") {
    const char* env = std::getenv("GRIDWORK_EOS_DEVICES");
    const int devices = env ? std::atoi(env) : 546;
    REQUIRE(devices > 0);
    TempDir tmp;
    const std::string data = tmp.path() + "/township", devDir = tmp.path() + "/devices";
    auto seeded = load::seedTownship(data, devDir, devices);
    REQUIRE(seeded.isOk());
    const auto& plans = *seeded;
    std::uint64_t outbox = 0;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        auto n = load::writeDay(plans[i], static_cast<int>(i));
        REQUIRE(n.isOk());
        outbox += *n;
    }
    const long long visitsBefore = countRows(data + "/server.db", "visits");
    const long long pointsBefore = countRows(data + "/server.db", "patrol_points");

    const int port = freePort();
    const std::string url = "http://127.0.0.1:" + std::to_string(port);
    Process server;
    REQUIRE(server.start({GRIDWORK_SERVER_BIN, "serve", "--data", data, "--listen", url, "--max-conns-per-peer",
                          std::to_string(devices + 64), "--drain-ms", "10000"},
                         tmp.file("server.out"), tmp.file("server.log")));
    bool up = false;
    for (int i = 0; i < 300 && !up; ++i) {
        up = httpGetStatus(port, "/healthz", 1000) == 200;
        if (!up) sleepMs(50);
    }
    REQUIRE(up);

    // /healthz every 200 ms, from another address than the devices, while they sync.
    std::atomic<bool> syncing{true};
    int probes = 0, unhealthy = 0;
    double slowestProbeMs = 0;
    std::thread prober([&] {
        while (syncing) {
            double ms = 0;
            int status = httpGetStatus(port, "/healthz", 5000, &ms, "127.0.0.9");
            ++probes;
            if (status != 200) ++unhealthy;
            slowestProbeMs = std::max(slowestProbeMs, ms);
            sleepMs(200);
        }
    });

    std::vector<DeviceOutcome> outcomes(plans.size());
    std::latch ready(static_cast<std::ptrdiff_t>(plans.size()));
    auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        threads.emplace_back([&, i] {
            DeviceOutcome& out = outcomes[i];
            auto store = Store::open(plans[i].db);
            http::HttpTransportOptions ho;
            ho.baseUrl = url;
            ho.timeout = std::chrono::seconds(60);
            auto transport = http::HttpTransport::create(ho);
            ready.arrive_and_wait();  // every device starts at once
            if (!store || !transport) {
                out.status = {ErrorCode::Internal, "cannot open the device"};
                return;
            }
            SyncOptions so;
            so.maxAttempts = 40;  // the server sheds load with 503s by design; phones retry
            so.backoffMax = std::chrono::milliseconds(4000);
            SyncEngine engine(**store, **transport, so);
            auto r = engine.sync();
            out.status = r.status();
            if (r) out.report = *r;
            out.outboxAfter = (*store)->outboxCount();
        });
    }
    for (auto& t : threads) t.join();
    const double wallS = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    syncing = false;
    prober.join();

    int failed = 0;
    std::uint64_t pushed = 0, retries = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].status.isOk()) {
            if (++failed <= 5) MESSAGE("device " << i << ": " << outcomes[i].status.toString());
            continue;
        }
        pushed += outcomes[i].report.pushed;
        retries += outcomes[i].report.retries;
        CHECK(outcomes[i].outboxAfter == 0);
    }
    MESSAGE(devices << " devices in " << wallS << " s, " << retries << " retries; /healthz " << probes
                    << " probes, slowest " << slowestProbeMs << " ms");
    CHECK(failed == 0);
    CHECK(pushed == outbox);  // each change acknowledged once
    CHECK(unhealthy == 0);
    CHECK(slowestProbeMs < 3000);
    CHECK(probes > 0);

    // SIGTERM at the end: stopped within the drain time.
    auto stopping = std::chrono::steady_clock::now();
    server.signal(SIGTERM);
    CHECK(server.wait(12000) == 0);
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - stopping).count() < 10.0);

    // The server holds every row of the day once: 15 visits and 120 track points a device.
    CHECK(countRows(data + "/server.db", "visits") - visitsBefore == 15LL * devices);
    CHECK(countRows(data + "/server.db", "patrol_points") - pointsBefore == 120LL * devices);
    CHECK(countRows(data + "/server.db", "patrols") == devices);
    CHECK(countRows(data + "/server.db", "reports") == 3LL * devices);
}
