// 应急指挥 (平战转换): the console's emergency API over the real store — declare (leader/admin
// only, audited, refused while one lasts), the live totals after evacuations are recorded (as
// synced phones' records land), the open disaster reports, a grid's risk list, end.
#include "console_fixture.h"

#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/store/store.h"

#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::domain;
using namespace gridwork::server;
using namespace gridwork::testing;

namespace {

Uuid riskHousehold(ConsoleTown& t, const Uuid& grid, const std::string& address, bool listed = true) {
    Uuid id;
    REQUIRE(t.service
                ->withStore([&](Store& store) -> Status {
                    Household h;
                    h.gridId = grid;
                    h.address = address;
                    h.headName = "户主" + address;
                    h.phone = "13900001111";
                    GW_ASSIGN_OR_RETURN(h, LedgerRepo(store).addHousehold(h));
                    id = h.id;
                    return listed ? EmergencyRepo(store).setRisk(h.id, true) : Status::ok();
                })
                .isOk());
    return id;
}

void evacuate(ConsoleTown& t, const std::string& emergency, const Uuid& household, int moved, int stayed = 0) {
    REQUIRE(t.service
                ->withStore([&](Store& store) -> Status {
                    Evacuation ev;
                    ev.emergencyId = *Uuid::parse(emergency);
                    ev.householdId = household;
                    ev.evacuated = moved;
                    ev.destination = "村委会安置点";
                    ev.stayed = stayed;
                    ev.stayedReason = stayed ? "行动不便" : "";
                    ev.workerId = t.worker;
                    return EmergencyRepo(store).record(ev).status();
                })
                .isOk());
}

json declareBody(const ConsoleTown& t) {
    return {{"kind", "typhoon"},
            {"grids", {t.gridA.toString()}},
            {"note", "台风“海葵”今夜登陆，低洼地带人员全部转移"},
            {"duty", {"带班领导 李明 13800000001", "值班人员 张芳 13800000002"}}};
}

}  // namespace

TEST_CASE("应急指挥: only a leader or admin declares; the declaration is audited and a second one refused") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    t.addStaff("chengguan", StaffRole::Department, "城管中队");
    t.addStaff("lingdao", StaffRole::Leader);
    t.addStaff("guanli", StaffRole::Admin);
    Browser zh(t), cg(t), ld(t), gl(t);
    REQUIRE(zh.login("zhihui").status == 200);
    REQUIRE(cg.login("chengguan").status == 200);
    REQUIRE(ld.login("lingdao").status == 200);
    REQUIRE(gl.login("guanli").status == 200);

    Answer none = zh.get("emergency");
    REQUIRE(none.status == 200);
    CHECK(none.body["emergency"].is_null());
    CHECK(none.body["can_command"] == false);
    CHECK(ld.get("emergency").body["can_command"] == true);

    Answer refused = zh.post("emergency", declareBody(t));
    CHECK(refused.status == 403);
    CHECK(refused.body["error"]["message"] == "只有带班领导或管理员可以发布应急");
    CHECK(cg.post("emergency", declareBody(t)).status == 403);
    CHECK(ld.post("emergency", declareBody(t), false).status == 403);  // no CSRF token
    CHECK(zh.get("emergency").body["emergency"].is_null());
    CHECK(t.auditCount("emergency.declare") == 0);

    json bad = declareBody(t);
    bad["kind"] = "meteor";
    Answer badKind = ld.post("emergency", bad);
    CHECK(badKind.status == 400);
    CHECK(badKind.body["error"]["message"] == "请选择应急类型：台风、洪涝、火灾、疫情、地震或其他");
    bad = declareBody(t);
    bad["duty"] = json::array();
    CHECK(ld.post("emergency", bad).body["error"]["message"] == "请填写值班表（每行一人）");

    Answer declared = ld.post("emergency", declareBody(t));
    REQUIRE(declared.status == 200);
    const json& e = declared.body["emergency"];
    CHECK(e["kind_zh"] == "台风");
    CHECK(e["active"] == true);
    CHECK(e["whole_township"] == false);
    CHECK(e["grids"][0]["name"] == "青山村第一网格");
    CHECK(e["duty"].size() == 2);
    CHECK(e["declared_by"] == "lingdao姓名");
    CHECK(t.auditCount("emergency.declare") == 1);

    // A second one over the same grid (or the whole township) while it lasts: refused, in Chinese.
    Answer twice = gl.post("emergency", declareBody(t));
    CHECK(twice.status == 409);
    CHECK(twice.body["error"]["message"] == "已有进行中的应急（台风），请先结束再发布");
    json township = declareBody(t);
    township.erase("grids");
    township["kind"] = "flood";
    CHECK(gl.post("emergency", township).status == 409);
    CHECK(t.auditCount("emergency.declare") == 1);

    // Ending: not by the dispatcher; by the admin, audited; not twice.
    const std::string id = e["id"];
    Answer noEnd = zh.post("emergency/" + id + "/end", json::object());
    CHECK(noEnd.status == 403);
    CHECK(noEnd.body["error"]["message"] == "只有带班领导或管理员可以结束应急");
    REQUIRE(gl.post("emergency/" + id + "/end", json::object()).status == 200);
    CHECK(t.auditCount("emergency.end") == 1);
    Answer again = gl.post("emergency/" + id + "/end", json::object());
    CHECK(again.status == 409);
    CHECK(again.body["error"]["message"] == "应急已结束");
    Answer after = zh.get("emergency");
    CHECK(after.body["emergency"]["id"] == id);  // the ended one stays readable
    CHECK(after.body["emergency"]["active"] == false);
    // Now a new one may be declared (the whole township this time).
    Answer next = ld.post("emergency", township);
    REQUIRE(next.status == 200);
    CHECK(next.body["emergency"]["whole_township"] == true);
    CHECK(zh.get("emergency").body["emergency"]["kind_zh"] == "洪涝");
}

TEST_CASE("应急指挥: live totals per grid and for the township after evacuations are recorded") {
    ConsoleTown t;
    t.addStaff("lingdao", StaffRole::Leader);
    t.addStaff("zhihui", StaffRole::Dispatcher);
    t.addStaff("wangge", StaffRole::Dispatcher, "", t.gridB);
    Browser ld(t), zh(t), wg(t);
    REQUIRE(ld.login("lingdao").status == 200);
    REQUIRE(zh.login("zhihui").status == 200);
    REQUIRE(wg.login("wangge").status == 200);
    Uuid a1 = riskHousehold(t, t.gridA, "青山村1组3号");
    Uuid a2 = riskHousehold(t, t.gridA, "青山村1组5号");
    riskHousehold(t, t.gridA, "青山村2组8号");
    Uuid a4 = riskHousehold(t, t.gridA, "青山村2组9号", false);  // found by the worker, not listed
    Uuid b1 = riskHousehold(t, t.gridB, "溪口村河边12号");
    t.fileReport(t.gridA, "河堤前的事项，应急前已报", "collapse");  // before the start: not counted

    t.clock->advance(60 * 1000);
    json township = declareBody(t);
    township.erase("grids");
    Answer declared = ld.post("emergency", township);
    REQUIRE(declared.status == 200);
    const std::string id = declared.body["emergency"]["id"];
    t.clock->advance(60 * 1000);

    Answer start = zh.get("emergency");
    REQUIRE(start.status == 200);
    CHECK(start.body["township"]["households_listed"] == 4);
    CHECK(start.body["township"]["people_evacuated"] == 0);
    CHECK(start.body["grids"].size() == 2);

    evacuate(t, id, a1, 3);
    evacuate(t, id, a2, 2, 1);
    evacuate(t, id, a2, 3);  // a second record of the same household replaces the first
    evacuate(t, id, a4, 4);
    evacuate(t, id, b1, 1, 2);
    t.fileReport(t.gridA, "青山村1组房屋倒塌，一人被压", "collapse");
    t.fileReport(t.gridB, "溪口村桥头积水一米", "waterlogging");
    t.fileReport(t.gridB, "溪口村路灯坏了", "public_facility");  // not a disaster category

    Answer s = zh.get("emergency");
    REQUIRE(s.status == 200);
    const json& town = s.body["township"];
    CHECK(town["name"] == "城南街道");
    CHECK(town["households_listed"] == 4);
    CHECK(town["households_done"] == 4);
    CHECK(town["people_evacuated"] == 3 + 3 + 4 + 1);
    CHECK(town["people_stayed"] == 2);
    CHECK(town["disaster_reports_open"] == 2);
    const json* gridA = nullptr;
    const json* gridB = nullptr;
    for (const auto& g : s.body["grids"]) (g["name"] == "青山村第一网格" ? gridA : gridB) = &g;
    REQUIRE(gridA);
    REQUIRE(gridB);
    CHECK((*gridA)["households_listed"] == 3);
    CHECK((*gridA)["households_done"] == 3);
    CHECK((*gridA)["people_evacuated"] == 10);
    CHECK((*gridA)["people_stayed"] == 0);
    CHECK((*gridA)["disaster_reports_open"] == 1);
    CHECK((*gridB)["people_evacuated"] == 1);
    CHECK((*gridB)["people_stayed"] == 2);
    REQUIRE(s.body["disaster_reports"].size() == 2);
    for (const auto& r : s.body["disaster_reports"]) {
        CHECK(r["number"].get<std::string>().size() == 13);  // 20261203-0002: links to the report detail
        CHECK((r["category"] == "collapse" || r["category"] == "waterlogging"));
    }

    // One grid's risk list with each household's record (phones masked).
    Answer list = zh.get("emergency?grid=" + t.gridA.toString());
    REQUIRE(list.status == 200);
    const json& hs = list.body["households"];
    REQUIRE(hs.size() == 4);
    CHECK(hs[0]["address"] == "青山村1组3号");
    CHECK(hs[0]["evacuation"]["evacuated"] == 3);
    CHECK(hs[1]["evacuation"]["evacuated"] == 3);
    CHECK(hs[1]["evacuation"]["stayed"] == 0);
    CHECK(hs[2]["evacuation"].is_null());  // 2组8号: listed, not yet moved
    CHECK(hs[3]["address"] == "青山村2组9号");
    CHECK(hs[3]["listed"] == false);
    CHECK(hs[0]["phone"].get<std::string>().find("1111") != std::string::npos);
    CHECK(hs[0]["phone"] != "13900001111");

    // A grid account sees its own grid only, and township figures of that grid.
    Answer mine = wg.get("emergency");
    REQUIRE(mine.status == 200);
    CHECK(mine.body["grids"].size() == 1);
    CHECK(mine.body["township"]["people_evacuated"] == 1);
    CHECK(mine.body["disaster_reports"].size() == 1);
    CHECK(wg.get("emergency?grid=" + t.gridA.toString()).status == 403);

    // After the end the figures stay readable; later reports do not count.
    t.clock->advance(60 * 1000);
    REQUIRE(ld.post("emergency/" + id + "/end", json::object()).status == 200);
    t.clock->advance(60 * 1000);
    t.fileReport(t.gridA, "应急结束后的塌方", "landslide");
    Answer ended = zh.get("emergency");
    CHECK(ended.body["emergency"]["active"] == false);
    CHECK(ended.body["township"]["people_evacuated"] == 11);
    CHECK(ended.body["township"]["disaster_reports_open"] == 2);
}
