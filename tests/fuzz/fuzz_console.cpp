// fuzz_console — the command centre's JSON API (/api/console/v1/...) as a logged-in admin with a
// valid CSRF token: the first byte picks the route, the input up to the first '\n' is the route's
// path parameter (or the query string of a GET), the rest is the body. Asserts: never a 500 (an
// escaped exception or an unexpected error), every answer is JSON (CSV for the exports), and every
// refusal is {"error": {"code", "message"}}. Login is left out (each try costs an Argon2id hash;
// its body goes through the same JSON reader as every other POST), and so is logout (it would
// end the session every later input relies on).
#include "fuzz_township.h"

#include "gridwork/core/store/store.h"
#include "gridwork/server/console_api.h"
#include "gridwork/server/staff_directory.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using gridwork::server::ConsoleApi;
using gridwork::server::ConsoleRequest;

struct Route {
    const char* method;
    const char* prefix;  // the path after /api/console/v1/; the parameter is appended
    const char* suffix;
};

constexpr Route kRoutes[] = {
    {"POST", "reports/", "/actions"},
    {"POST", "reports/bulk", ""},
    {"POST", "unmask", ""},
    {"POST", "tasks", ""},
    {"POST", "workers", ""},
    {"POST", "workers/", "/reassign"},
    {"POST", "devices/", "/revoke"},
    {"GET", "reports", ""},
    {"GET", "reports.csv", ""},
    {"GET", "reports/", ""},
    {"GET", "stats", ""},
    {"GET", "stats.csv", ""},
    {"GET", "households", ""},
    {"GET", "households/", ""},
    {"GET", "photos/", ""},
    {"GET", "tasks", ""},
    {"GET", "workers", ""},
    {"GET", "audit", ""},
    {"GET", "map", ""},
    {"GET", "config", ""},
};

struct Console {
    std::unique_ptr<ConsoleApi> api;
    std::string cookie, csrf;
};

[[noreturn]] void die(const char* what) {
    std::fprintf(stderr, "fuzz console: %s\n", what);
    std::abort();
}

Console& console() {
    static Console* c = [] {
        auto& town = gridwork::fuzz::township();
        auto* out = new Console;
        gridwork::server::ConsoleOptions o;
        o.configDir = gridwork::fuzz::scratchDir("console");
        o.attachmentsDir = o.configDir;
        auto api = ConsoleApi::open(*town.service, o);
        if (!api) die("console did not open");
        out->api = std::move(api).value();
        gridwork::server::StaffMember admin;
        admin.login = "fuzzadmin";
        admin.name = "模糊测试";
        admin.role = gridwork::server::StaffRole::Admin;
        // The clock first: nowMs() takes the service's lock, which withStore holds.
        const auto now = static_cast<std::int64_t>(town.service->nowMs());
        auto added = town.service->withStore([&](gridwork::Store& store) {
            return gridwork::server::StaffDirectory(store).add(admin, "fuzz-password-1", now);
        });
        if (!added) die("staff add failed");
        ConsoleRequest login;
        login.method = "POST";
        login.path = "/api/console/v1/login";
        login.body = R"({"login":"fuzzadmin","password":"fuzz-password-1"})";
        auto r = out->api->handle(login);
        if (r.status != 200) die("login failed");
        for (const auto& [name, value] : r.headers)
            if (name == "Set-Cookie") out->cookie = value.substr(0, value.find(';'));
        out->csrf = nlohmann::json::parse(r.body).at("csrf").get<std::string>();
        return out;
    }();
    return *c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    auto& c = console();
    const Route& route = kRoutes[data[0] % std::size(kRoutes)];
    std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    std::size_t nl = rest.find('\n');
    std::string_view param = rest.substr(0, nl);
    std::string_view body = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);

    ConsoleRequest req;
    req.method = route.method;
    req.path = std::string("/api/console/v1/") + route.prefix;
    bool takesParam = std::string_view(route.prefix).back() == '/';
    if (takesParam)
        req.path += gridwork::server::urlDecode(param) + route.suffix;
    else if (req.method == "GET")
        req.query = gridwork::server::parseQuery(param);
    req.headers["cookie"] = c.cookie;
    req.headers["x-csrf-token"] = c.csrf;
    req.body = std::string(body);
    auto r = c.api->handle(req);

    if (r.status >= 500) __builtin_trap();
    if (r.contentType.find("json") == std::string::npos) {
        if (r.status != 200) __builtin_trap();  // CSV exports and photos answer 200 or JSON errors
        return 0;
    }
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (j.is_discarded()) __builtin_trap();
    if (r.status >= 400) {
        if (!j.contains("error") || !j["error"].contains("code") || !j["error"]["code"].is_string() ||
            !j["error"].contains("message") || !j["error"]["message"].is_string())
            __builtin_trap();
    }
    return 0;
}
