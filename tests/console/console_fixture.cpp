#include "console_fixture.h"

#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <doctest/doctest.h>

namespace gridwork::testing {

using namespace gridwork::domain;
using namespace gridwork::server;

namespace {
constexpr std::uint64_t kStart = 1796256000000ull;  // 2026-12-03 00:00 UTC (08:00 in China), a Thursday
}

ConsoleTown::ConsoleTown() : clock(std::make_shared<ManualClock>(kStart)) {
    SyncServiceOptions o;
    o.dbPath = dir.file("server.db");
    o.clock = clock;
    o.durable = false;
    auto s = SyncService::open(o);
    REQUIRE(s.isOk());
    service = std::move(s).value();
    REQUIRE(service
                ->withStore([&](Store& store) -> Status {
                    OrgRepo org(store);
                    OrgUnit town;
                    town.level = OrgLevel::Township;
                    town.name = "城南街道";
                    GW_ASSIGN_OR_RETURN(town, org.add(town));
                    OrgUnit a;
                    a.level = OrgLevel::Grid;
                    a.parentId = town.id;
                    a.name = "青山村第一网格";
                    GW_ASSIGN_OR_RETURN(a, org.add(a));
                    OrgUnit b = a;
                    b.id = {};
                    b.name = "溪口村第一网格";
                    GW_ASSIGN_OR_RETURN(b, org.add(b));
                    gridA = a.id;
                    gridB = b.id;
                    return Status::ok();
                })
                .isOk());
    auto w = service->createWorker("王秀英", "13812345678", {gridA, gridB});
    REQUIRE(w.isOk());
    worker = *w;
    ConsoleOptions co;
    co.configDir = dir.file("console");
    co.attachmentsDir = dir.file("attachments");
    co.maxWaitMs = 2000;
    auto a = ConsoleApi::open(*service, co);
    REQUIRE(a.isOk());
    api = std::move(a).value();
}

Uuid ConsoleTown::fileReport(const Uuid& grid, const std::string& text, const std::string& category) {
    Uuid id;
    REQUIRE(service
                ->withStore([&](Store& store) -> Status {
                    Report r;
                    r.gridId = grid;
                    r.workerId = worker;
                    r.text = text;
                    r.category = parseEnum<ReportCategory>(category).value_or(ReportCategory::Other);
                    r.location = GeoPoint{29.51, 120.90};
                    r.reportedAt = static_cast<std::int64_t>(clock->nowMs());
                    GW_ASSIGN_OR_RETURN(Report filed, ReportRepo(store).file(r));
                    id = filed.id;
                    return Status::ok();
                })
                .isOk());
    return id;
}

void ConsoleTown::addStaff(const std::string& login, StaffRole role, const std::string& department, const Uuid& grid) {
    REQUIRE(service
                ->withStore([&](Store& store) {
                    StaffMember m;
                    m.login = login;
                    m.name = login + "姓名";
                    m.role = role;
                    m.department = department;
                    m.gridId = grid;
                    return StaffDirectory(store).add(m, kPassword, static_cast<std::int64_t>(clock->nowMs()));
                })
                .isOk());
}

std::int64_t ConsoleTown::auditCount(const std::string& action) {
    std::int64_t n = 0;
    (void)service->withStore([&](Store& store) {
        n = static_cast<std::int64_t>(StaffDirectory(store).auditLog(100000, "", action).size());
        return Status::ok();
    });
    return n;
}

std::string Answer::header(const std::string& name) const {
    for (const auto& [k, v] : headers)
        if (k == name) return v;
    return {};
}

Answer Browser::send(ConsoleRequest req) {
    req.https = https;
    if (!cookie.empty()) req.headers["cookie"] = "other=1; gw_console=" + cookie;
    auto r = m_town.api->handle(req);
    Answer a;
    a.status = r.status;
    a.raw = r.body;
    a.headers = r.headers;
    if (r.contentType.rfind("application/json", 0) == 0) a.body = json::parse(r.body, nullptr, false);
    for (const auto& [k, v] : r.headers) {
        if (k != "Set-Cookie") continue;
        auto eq = v.find('='), semi = v.find(';');
        cookie = v.substr(eq + 1, semi - eq - 1);
    }
    return a;
}

Answer Browser::login(const std::string& login, const std::string& password) {
    ConsoleRequest req;
    req.method = "POST";
    req.path = "/api/console/v1/login";
    req.body = json{{"login", login}, {"password", password}}.dump();
    Answer a = send(req);
    if (a.status == 200) csrf = a.body["csrf"].get<std::string>();
    return a;
}

Answer Browser::get(const std::string& pathAndQuery) {
    ConsoleRequest req;
    req.method = "GET";
    auto q = pathAndQuery.find('?');
    req.path = "/api/console/v1/" + pathAndQuery.substr(0, q);
    if (q != std::string::npos) req.query = parseQuery(pathAndQuery.substr(q + 1));
    return send(req);
}

Answer Browser::post(const std::string& path, const json& body, bool withCsrf) {
    ConsoleRequest req;
    req.method = "POST";
    req.path = "/api/console/v1/" + path;
    req.body = body.dump();
    if (withCsrf) req.headers["x-csrf-token"] = csrf;
    return send(req);
}

}  // namespace gridwork::testing
