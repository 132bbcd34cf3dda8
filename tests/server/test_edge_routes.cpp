// The edge's routing seam (gridwork/server/http_route.h): a route plugged in by prefix gets the
// method, path, query, headers, body and peer, and its status, headers (Set-Cookie twice) and
// body reach the client; the longest prefix wins; /healthz and /v1/ stay the edge's own; a
// route's body limit is judged from the declared size; an exception is a 500, not a death.
#include "raw_socket.h"
#include "server_fixture.h"
#include "temp_dir.h"

#include "http_edge.h"

#include <doctest/doctest.h>

#include <mutex>
#include <sstream>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

class NoSync final : public server::RequestHandler {
public:
    server::Reply handle(Endpoint, std::string_view, std::string_view) override {
        server::Reply r;
        r.body = "sync";
        return r;
    }
};

class EchoRoute final : public server::HttpRoute {
public:
    explicit EchoRoute(std::string name) : m_name(std::move(name)) {}
    server::HttpResponse handle(const server::HttpRequest& req) override {
        if (req.path.find("/boom") != std::string::npos) throw std::runtime_error("boom");
        std::lock_guard lock(m_mutex);
        last = req;
        server::HttpResponse r;
        r.status = req.method == "POST" ? 201 : 200;
        r.contentType = "application/json";
        r.headers.push_back({"Set-Cookie", "a=1; HttpOnly"});
        r.headers.push_back({"Set-Cookie", "b=2"});
        r.body = "{\"route\":\"" + m_name + "\",\"body\":\"" + req.body + "\"}";
        return r;
    }
    std::mutex m_mutex;
    server::HttpRequest last;

private:
    std::string m_name;
};

}  // namespace

TEST_CASE("routes plug into the edge by prefix: request in, status, headers and body out") {
    TempDir tmp;
    NoSync sync;
    EchoRoute console("console"), api("api");
    std::ostringstream log;
    server::EdgeOptions options;
    const int port = freePort();
    options.listenUrl = "http://127.0.0.1:" + std::to_string(port);
    options.log = &log;
    options.routes = {{"/console/", &console, 0}, {"/api/console/v1/", &api, 16}, {"/api/", &console, 0}};
    server::HttpEdge edge(sync, options);
    REQUIRE(edge.start().isOk());
    const std::string base = "http://127.0.0.1:" + std::to_string(port);

    RunResult r = curl({"-i", "-H", "Cookie: session=abc", "-X", "POST", "--data-binary", "hello",
                        base + "/api/console/v1/reports?grid=7&page=2"},
                       tmp.path());
    CHECK(r.out.rfind("HTTP/1.1 201", 0) == 0);
    CHECK(r.out.find("Set-Cookie: a=1; HttpOnly") != std::string::npos);
    CHECK(r.out.find("Set-Cookie: b=2") != std::string::npos);
    CHECK(r.out.find("{\"route\":\"api\",\"body\":\"hello\"}") != std::string::npos);
    {
        std::lock_guard lock(api.m_mutex);
        CHECK(api.last.method == "POST");
        CHECK(api.last.path == "/api/console/v1/reports");
        CHECK(api.last.query == "grid=7&page=2");
        CHECK(api.last.header("cookie") == "session=abc");
        CHECK(api.last.peer == "127.0.0.1");
    }
    // Longest prefix wins; a shorter one catches the rest.
    r = curl({"-s", base + "/api/other"}, tmp.path());
    CHECK(r.out.find("\"route\":\"console\"") != std::string::npos);
    r = curl({"-s", base + "/console/index.html"}, tmp.path());
    CHECK(r.out.find("\"route\":\"console\"") != std::string::npos);
    // The route's own body limit (16 B), judged before reading; the edge's routes stay its own.
    writeFile(tmp.file("body"), std::string(100, 'x'));
    r = curl({"-s", "-o", "/dev/null", "-w", "%{http_code}", "--data-binary", "@" + tmp.file("body"),
              base + "/api/console/v1/x"},
             tmp.path());
    CHECK(trim(r.out) == "413");
    CHECK(httpGetStatus(port, "/healthz", 2000) == 200);
    r = curl({"-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/elsewhere"}, tmp.path());
    CHECK(trim(r.out) == "404");
    // A route that throws: 500, and the edge serves on.
    r = curl({"-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/console/boom"}, tmp.path());
    CHECK(trim(r.out) == "500");
    CHECK(httpGetStatus(port, "/healthz", 2000) == 200);
    CHECK(edge.drainAndStop(std::chrono::seconds(5)) == 0);
    CHECK(log.str().find("POST /api/console/v1/reports 201") != std::string::npos);
}
