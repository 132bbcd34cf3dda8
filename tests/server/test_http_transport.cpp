// HttpTransport against the HTTP edge in one process, over a fake handler: gzip both ways, the
// bearer token, timeouts, refused connections, the request log and a drain that waits.
#include "server_fixture.h"

#include "gridwork/http/http_transport.h"
#include "http_edge.h"

#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <sstream>
#include <thread>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

class FakeHandler final : public server::RequestHandler {
public:
    server::Reply handle(Endpoint endpoint, std::string_view body, std::string_view token) override {
        {
            std::lock_guard lock(m_mutex);
            lastEndpoint = endpoint;
            lastBody = std::string(body);
            lastToken = std::string(token);
        }
        if (body == "slow") std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        server::Reply r;
        r.body = std::string(body.rbegin(), body.rend());
        if (body == "big") r.body = std::string(200000, 'z');
        return r;
    }
    std::mutex m_mutex;
    Endpoint lastEndpoint = Endpoint::Enroll;
    std::string lastBody, lastToken;
};

std::unique_ptr<http::HttpTransport> transport(int port, int timeoutMs = 5000) {
    http::HttpTransportOptions o;
    o.baseUrl = "http://127.0.0.1:" + std::to_string(port) + "/";
    o.timeout = std::chrono::milliseconds(timeoutMs);
    auto t = http::HttpTransport::create(o);
    REQUIRE(t.isOk());
    return std::move(t).value();
}

}  // namespace

TEST_CASE("HttpTransport and the edge: bodies, gzip, token, timeout, refusal, log, drain") {
    FakeHandler handler;
    std::ostringstream log;
    server::EdgeOptions options;
    int port = freePort();
    options.listenUrl = "http://127.0.0.1:" + std::to_string(port);
    options.log = &log;
    server::HttpEdge edge(handler, options);
    REQUIRE(edge.start().isOk());

    auto t = transport(port);
    auto small = t->post(Endpoint::Push, "abc", "tok-1");
    REQUIRE(small.isOk());
    CHECK(small->httpStatus == 200);
    CHECK(small->body == "cba");
    CHECK(handler.lastEndpoint == Endpoint::Push);
    CHECK(handler.lastToken == "tok-1");

    // A body over the gzip threshold goes compressed and arrives whole; a big answer comes back
    // compressed and is inflated.
    std::string body;
    for (int i = 0; i < 5000; ++i) body += "0123456789";
    auto large = t->post(Endpoint::Pull, body, "tok-2");
    REQUIRE(large.isOk());
    CHECK(handler.lastBody == body);
    CHECK(large->body == std::string(body.rbegin(), body.rend()));
    auto big = t->post(Endpoint::Pull, "big", "");
    REQUIRE(big.isOk());
    CHECK(big->body == std::string(200000, 'z'));
    CHECK(log.str().find("POST /v1/pull 200") != std::string::npos);
    CHECK(log.str().find("in=") != std::string::npos);
    CHECK(log.str().find("in=50000B") == std::string::npos);    // the request went gzipped
    CHECK(log.str().find("out=200000B") == std::string::npos);  // and so did the answer

    // A request slower than the timeout: no answer = Unavailable.
    auto impatient = transport(port, 300);
    auto slow = impatient->post(Endpoint::Push, "slow", "");
    CHECK(!slow.isOk());
    CHECK(slow.status().code() == ErrorCode::Unavailable);

    // Draining waits for the request in flight, which still gets its answer.
    std::atomic<int> status{0};
    std::thread inFlight([&] {
        auto r = transport(port)->post(Endpoint::Push, "slow", "");
        status = r.isOk() ? r->httpStatus : -1;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(edge.drainAndStop(std::chrono::seconds(10)) == 0);
    inFlight.join();
    CHECK(status == 200);

    // Nobody listening: Unavailable, not a crash.
    auto refused = transport(port, 2000)->post(Endpoint::Push, "abc", "");
    CHECK(!refused.isOk());
    CHECK(refused.status().code() == ErrorCode::Unavailable);
    http::HttpTransportOptions ftp;
    ftp.baseUrl = "ftp://example.org";
    CHECK(!http::HttpTransport::create(ftp).isOk());
}
