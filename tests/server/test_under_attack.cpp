// The server under attack (issue 14, issue 16): half-open and slow connections held by the
// hundred while real devices sync, the per-peer bound, header and body deadlines, a body
// refused from its declared size before a byte of it is read, and SIGTERM that stops the
// server within its drain time whatever the peers do. Real gridwork-server process on loopback;
// the attackers connect from other loopback addresses (127.0.0.2, ...), so each is its own peer.
#include "raw_socket.h"
#include "server_fixture.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>

using namespace gridwork::testing;

namespace {

constexpr const char* kGrid = "青山村第一网格";
const std::string kHalfOpenPull =
    "POST /v1/pull HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-protobuf\r\nContent-Length: 10\r\n\r\n";
const std::string kSlowHeader = "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: ";

double msSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// `count` connections from 127.0.0.<first>, <first+1>, ... (perAddress each) that send `bytes`.
std::vector<RawConnection> hold(int port, int count, int perAddress, int first, const std::string& bytes) {
    std::vector<RawConnection> out;
    for (int i = 0; i < count; ++i) {
        RawConnection c;
        if (c.connect(port, "127.0.0." + std::to_string(first + i / perAddress))) c.send(bytes);
        out.push_back(std::move(c));
    }
    return out;
}

void checkHealthy(int port, const char* when) {
    double ms = 0;
    int status = httpGetStatus(port, "/healthz", 5000, &ms);
    INFO(when << ": /healthz in " << ms << " ms");
    CHECK(status == 200);
    CHECK(ms < 3000);
}

}  // namespace

TEST_CASE("hundreds of half-open and slow connections: devices still sync, /healthz answers, SIGTERM stops it") {
    TempDir tmp;
    Township town(tmp.path(), true, 60);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("孙丽", kGrid);

    // 50 half-open pulls (headers, Content-Length: 10, no body) from one peer, and 250 slow
    // headers that never end from five others: within the default per-peer bound (64).
    auto halfOpen = hold(town.port(), 50, 50, 2, kHalfOpenPull);
    auto slow = hold(town.port(), 250, 50, 3, kSlowHeader);
    sleepMs(300);
    checkHealthy(town.port(), "while 300 connections hang");

    Device d(tmp.path(), "d");
    auto started = std::chrono::steady_clock::now();
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.run({"household", "add", "--address", "青山村1组9号"}).exitCode == 0);
    RunResult sync = d.sync();
    INFO(sync.out << sync.err);
    CHECK(sync.exitCode == 0);
    INFO("the device synced in " << msSince(started) << " ms");
    int stillHeld = 0;
    for (auto& c : halfOpen) stillHeld += c.open() && !c.closedByPeer(0);
    CHECK(stillHeld == 50);  // the body deadline (30 s) has not cut them yet
    CHECK(town.dump().find("青山村1组9号") != std::string::npos);
    checkHealthy(town.port(), "after a device synced beside them");

    halfOpen.clear();
    slow.clear();
    sleepMs(200);
    checkHealthy(town.port(), "after the attackers hung up");

    // SIGTERM while 50 half-open requests hang: it stops at once (they are not requests yet).
    auto again = hold(town.port(), 50, 50, 2, kHalfOpenPull);
    sleepMs(200);
    auto stopping = std::chrono::steady_clock::now();
    CHECK(town.stop() == 0);
    CHECK(msSince(stopping) < 5000);
    CHECK(town.log().find("stopped") != std::string::npos);
}

TEST_CASE("per-peer bound, header and body deadlines, a body refused from its declared size") {
    TempDir tmp;
    Township town(tmp.path(), true, 60);
    REQUIRE(town.start({"--max-body-mb", "1", "--max-conns-per-peer", "8", "--header-timeout-ms", "1500",
                        "--body-timeout-ms", "1500", "--drain-ms", "3000"}));
    const int port = town.port();

    // Twenty half-open pulls from one peer: eight are held, twelve get a quick 503 with
    // Retry-After and are closed.
    auto conns = hold(port, 20, 20, 2, kHalfOpenPull);
    sleepMs(300);
    int refused = 0, held = 0;
    for (auto& c : conns) {
        bool closed = false;
        std::string answer = c.readAll(20, &closed);
        if (answer.rfind("HTTP/1.1 503", 0) == 0) {
            ++refused;
            CHECK(answer.find("Retry-After: ") != std::string::npos);
            CHECK(closed);
        } else if (answer.empty() && !closed) {
            ++held;
        }
    }
    CHECK(refused == 12);
    CHECK(held == 8);
    CHECK(httpGetStatus(port, "/healthz", 2000, nullptr, "127.0.0.2") == 503);  // that peer is full
    checkHealthy(port, "with one peer at its bound");

    // The body deadline (1.5 s + 10 B at 8 KiB/s) cuts the half-open ones; the peer may connect again.
    auto cut = std::chrono::steady_clock::now();
    int closedCount = 0;
    for (auto& c : conns)
        if (c.open() && c.closedByPeer(4000)) ++closedCount;
    CHECK(closedCount == 20);
    CHECK(msSince(cut) < 4500);
    CHECK(httpGetStatus(port, "/healthz", 2000, nullptr, "127.0.0.2") == 200);

    // A header that never ends is cut at the header deadline.
    RawConnection slow;
    REQUIRE(slow.connect(port, "127.0.0.3"));
    slow.send(kSlowHeader);
    auto t0 = std::chrono::steady_clock::now();
    CHECK(slow.closedByPeer(4000));
    CHECK(msSince(t0) < 3500);

    // 100 MB declared, nothing sent: refused at once with 413 TOO_LARGE, without waiting for it.
    RawConnection big;
    REQUIRE(big.connect(port, "127.0.0.4"));
    big.send("POST /v1/push HTTP/1.1\r\nHost: t\r\nContent-Length: 100000000\r\n\r\n");
    auto t1 = std::chrono::steady_clock::now();
    bool closed = false;
    std::string answer = big.readAll(3000, &closed);
    INFO("answer: " << answer);
    CHECK(answer.rfind("HTTP/1.1 413", 0) == 0);
    CHECK(closed);
    CHECK(msSince(t1) < 2500);
    // Chunked, with no declared size: refused when a chunk would take it over the limit (1 MiB
    // in four chunks, then one of 16 KiB).
    RawConnection chunked;
    REQUIRE(chunked.connect(port, "127.0.0.4"));
    std::string request = "POST /v1/push HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 4; ++i) request += "40000\r\n" + std::string(256 * 1024, 'x') + "\r\n";
    request += "4000\r\n" + std::string(16 * 1024, 'x') + "\r\n0\r\n\r\n";
    chunked.send(request);
    CHECK(chunked.readAll(3000).rfind("HTTP/1.1 413", 0) == 0);

    // SIGTERM with the one peer at its bound again: stopped within the drain time (3 s).
    auto more = hold(port, 8, 8, 5, kHalfOpenPull);
    auto stopping = std::chrono::steady_clock::now();
    CHECK(town.stop() == 0);
    CHECK(msSince(stopping) < 3000);
}
