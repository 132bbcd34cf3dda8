// The other screens' API: 统计 (the honest 办结率 denominator), 台账 (masked; unmask needs a
// reason and is audited), 指令核查 (issue to all grids, completion rate), 网格员与设备 (admin only).
#include "console_fixture.h"

#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/store/store.h"

#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::domain;
using namespace gridwork::server;
using namespace gridwork::testing;

TEST_CASE("办结率 counts an overdue backlog in its denominator; 按期办结率 is over the closed ones") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    t.addStaff("lingdao", StaffRole::Leader);
    Browser zh(t), ld(t);
    REQUIRE(zh.login("zhihui").status == 200);
    for (int i = 0; i < 3; ++i) t.fileReport(t.gridA, "事项" + std::to_string(i));
    Answer q = zh.get("reports");
    std::vector<std::string> n;
    for (const auto& r : q.body["items"]) n.push_back(r["number"]);
    REQUIRE(n.size() == 3);
    // One closed on time; two accepted whose deadline then passes.
    auto post = [&](const std::string& number, const json& body) {
        return zh.post("reports/" + number + "/actions", body).status;
    };
    REQUIRE(post(n[0], {{"action", "dispatch"}, {"department", "城管中队"}}) == 200);
    REQUIRE(post(n[0], {{"action", "close"}}) == 409);  // must be handled first
    REQUIRE(t.service->withStore([&](Store&) { return Status::ok(); }).isOk());
    t.addStaff("chengguan", StaffRole::Department, "城管中队");
    Browser cg(t);
    REQUIRE(cg.login("chengguan").status == 200);
    REQUIRE(cg.post("reports/" + n[0] + "/actions", {{"action", "feedback"}, {"note", "已处置"}}).status == 200);
    REQUIRE(post(n[0], {{"action", "close"}}) == 200);
    REQUIRE(post(n[1], {{"action", "accept"}}) == 200);
    REQUIRE(post(n[2], {{"action", "accept"}}) == 200);
    t.clock->advance(10LL * 24 * 3600 * 1000);  // 2026-12-13: the two deadlines have passed
    REQUIRE(ld.login("lingdao").status == 200);
    Answer s = ld.get("stats?from=2026-12-01&to=2026-12-13");
    REQUIRE(s.status == 200);
    CHECK(s.body["totals"]["reports"] == 3);
    CHECK(s.body["totals"]["closed"] == 1);
    CHECK(s.body["totals"]["open_overdue"] == 2);
    CHECK(s.body["totals"]["closure_rate"].get<double>() == doctest::Approx(1.0 / 3));
    CHECK(s.body["totals"]["on_time_rate"].get<double>() == doctest::Approx(1.0));
    CHECK(s.body["previous"]["from"] == "2026-11-18");
    CHECK(s.body["grids"][0]["grid"] == "青山村第一网格");
    CHECK(ld.get("stats?from=2026-12-13&to=2026-12-01").status == 400);

    ConsoleRequest csv;
    csv.method = "GET";
    csv.path = "/api/console/v1/stats.csv";
    csv.query = {{"from", "2026-12-01"}, {"to", "2026-12-13"}, {"table", "grids"}};
    csv.headers["cookie"] = "gw_console=" + ld.cookie;
    ConsoleResponse r = t.api->handle(csv);
    CHECK(r.status == 200);
    CHECK(r.body.find("青山村第一网格,3,1,2,33.3%") != std::string::npos);
    CHECK(t.auditCount("export") == 1);
}

TEST_CASE("台账 is masked; showing an ID number needs a reason and writes who, which resident and why") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    t.addStaff("lingdao", StaffRole::Leader);
    t.addStaff("chengguan", StaffRole::Department, "城管中队");
    Uuid household, resident;
    Status seeded = t.service->withStore([&](Store& store) -> Status {
        LedgerRepo ledger(store);
        Household h;
        h.gridId = t.gridA;
        h.address = "青山村3组12号";
        h.headName = "王建国";
        h.phone = "13812345678";
        GW_ASSIGN_OR_RETURN(h, ledger.addHousehold(h));
        household = h.id;
        Resident r;
        r.householdId = h.id;
        r.name = "王建国";
        r.idNumber = "110101199003074477";
        GW_ASSIGN_OR_RETURN(r, ledger.addResident(r));
        resident = r.id;
        return Status::ok();
    });
    INFO(seeded.toString());
    REQUIRE(seeded.isOk());
    Browser zh(t), ld(t), cg(t);
    REQUIRE(zh.login("zhihui").status == 200);
    REQUIRE(ld.login("lingdao").status == 200);
    REQUIRE(cg.login("chengguan").status == 200);
    Answer list = zh.get("households?q=%E9%9D%92%E5%B1%B1");  // 青山
    REQUIRE(list.body["items"].size() == 1);
    CHECK(list.body["items"][0]["phone"] == "138****5678");
    CHECK(list.raw.find("13812345678") == std::string::npos);
    Answer house = zh.get("households/" + household.toString());
    CHECK(house.body["residents"][0]["id_number"] == "110101********4477");
    CHECK(house.raw.find("110101199003074477") == std::string::npos);
    CHECK(cg.get("households").status == 403);

    json ask = {{"kind", "resident"}, {"id", resident.toString()}, {"field", "id_number"}};
    CHECK(zh.post("unmask", ask).status == 400);  // no reason
    ask["reason"] = "核实低保申请";
    CHECK(ld.post("unmask", ask).status == 403);  // a leader does not unmask
    Answer shown = zh.post("unmask", ask);
    REQUIRE(shown.status == 200);
    CHECK(shown.body["value"] == "110101199003074477");
    Browser ad(t);
    t.addStaff("admin", StaffRole::Admin);
    REQUIRE(ad.login("admin").status == 200);
    Answer log = ad.get("audit?action=unmask");
    REQUIRE(log.body["entries"].size() == 1);
    CHECK(log.body["entries"][0]["login"] == "zhihui");
    CHECK(log.body["entries"][0]["detail"] == "核实低保申请");
    CHECK(log.body["entries"][0]["target"] == "resident:" + resident.toString() + " id_number");
}

TEST_CASE("指令核查: issued to all grids, each grid's result, the completion rate; only 指挥员 issues") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    t.addStaff("lingdao", StaffRole::Leader);
    Browser zh(t), ld(t);
    REQUIRE(zh.login("zhihui").status == 200);
    REQUIRE(ld.login("lingdao").status == 200);
    json task = {
        {"title", "核查出租房屋登记信息"}, {"body", "上门核实"}, {"due_date", "2026-12-10"}, {"target", "all"}};
    CHECK(ld.post("tasks", task).status == 403);
    Answer issued = zh.post("tasks", task);
    REQUIRE(issued.status == 200);
    CHECK(issued.body["issued"] == 2);
    Answer list = zh.get("tasks");
    REQUIRE(list.body["instructions"].size() == 1);
    CHECK(list.body["instructions"][0]["rate"] == 0.0);
    std::string first = list.body["instructions"][0]["items"][0]["id"];
    REQUIRE(t.service->withStore([&](Store& s) { return TaskRepo(s).complete(*Uuid::parse(first), "已核实 3 户"); })
                .isOk());
    Answer after = ld.get("tasks");
    CHECK(after.body["instructions"][0]["done"] == 1);
    CHECK(after.body["instructions"][0]["rate"] == 0.5);
    CHECK(t.auditCount("task.issue") == 1);
}

TEST_CASE("网格员与设备: an admin adds a worker with a one-time code and reassigns him; others cannot") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    t.addStaff("admin", StaffRole::Admin);
    Browser zh(t), ad(t);
    REQUIRE(zh.login("zhihui").status == 200);
    REQUIRE(ad.login("admin").status == 200);
    json worker = {{"name", "李新"}, {"phone", "13900001111"}, {"grids", {t.gridA.toString()}}};
    CHECK(zh.post("workers", worker).status == 403);
    Answer added = ad.post("workers", worker);
    REQUIRE(added.status == 200);
    CHECK(added.body["code"].get<std::string>().size() >= 8);
    std::string id = added.body["id"];
    CHECK(ad.post("workers/" + id + "/reassign", {{"grids", {t.gridB.toString()}}}).status == 200);
    Answer list = zh.get("workers");  // a dispatcher reads the list
    bool found = false;
    for (const auto& w : list.body["workers"])
        if (w["id"] == id) {
            found = true;
            CHECK(w["grids"][0]["name"] == "溪口村第一网格");
            CHECK(w["phone"] == "139****1111");
        }
    CHECK(found);
    CHECK(t.auditCount("worker.add") == 1);
    CHECK(t.auditCount("worker.reassign") == 1);
}
