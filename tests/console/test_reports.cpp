// The report loop through the console API: numbers, the queue and its filters, roles and scopes
// (部门 sees only its own department's items, 领导 reads only), the whole timeline, bulk actions,
// the CSV export, live updates, and the audit rows of every state change and export.
#include "console_fixture.h"

#include <doctest/doctest.h>

#include <regex>
#include <thread>

using namespace gridwork;
using namespace gridwork::server;
using namespace gridwork::testing;

namespace {
struct Staffed : ConsoleTown {
    Staffed() {
        addStaff("zhihui", StaffRole::Dispatcher);
        addStaff("chengguan", StaffRole::Department, "城管中队");
        addStaff("shuili", StaffRole::Department, "水利站");
        addStaff("lingdao", StaffRole::Leader);
        addStaff("admin", StaffRole::Admin);
        addStaff("qingshan", StaffRole::Dispatcher, "", gridA);
    }
};

std::string numberOf(Browser& b, const std::string& text) {
    Answer a = b.get("reports?q=" + text);
    for (const auto& r : a.body["items"])
        if (r["text"] == text) return r["number"];
    return {};
}

std::string act(Browser& b, const std::string& number, const json& body) {
    Answer a = b.post("reports/" + number + "/actions", body);
    if (a.status != 200) return "HTTP " + std::to_string(a.status) + " " + a.body.dump();
    return a.body["status"];
}
}  // namespace

TEST_CASE("reports get short day numbers in order of arrival, stable once given") {
    Staffed t;
    t.fileReport(t.gridA, "第一件");
    t.clock->advance(60000);
    t.fileReport(t.gridB, "第二件");
    Browser b(t);
    REQUIRE(b.login("zhihui").status == 200);
    Answer q = b.get("reports");
    REQUIRE(q.status == 200);
    REQUIRE(q.body["items"].size() == 2);
    CHECK(q.body["items"][0]["number"] == "20261203-0002");  // newest first
    CHECK(q.body["items"][1]["number"] == "20261203-0001");
    CHECK(q.body["items"][0]["grid"] == "溪口村第一网格");
    CHECK(q.body["items"][0]["reporter"] == "王秀英");
    CHECK(q.body["items"][0]["category_zh"] == "安全隐患");
    t.fileReport(t.gridA, "第三件");
    CHECK(numberOf(b, "第一件") == "20261203-0001");
    CHECK(numberOf(b, "第三件") == "20261203-0003");
    CHECK(b.get("reports/20261203-0003").body["text"] == "第三件");
    CHECK(b.get("reports/20261203-0999").status == 404);
}

TEST_CASE("the whole loop: accept, dispatch, the department feeds back, the dispatcher closes; audit rows") {
    Staffed t;
    t.fileReport(t.gridA, "山塘坝体渗水", "flood");
    Browser zh(t), cg(t), sl(t);
    REQUIRE(zh.login("zhihui").status == 200);
    REQUIRE(cg.login("chengguan").status == 200);
    REQUIRE(sl.login("shuili").status == 200);
    std::string n = numberOf(zh, "山塘坝体渗水");
    REQUIRE(!n.empty());

    // The department sees nothing before it is dispatched to it.
    CHECK(sl.get("reports").body["total"] == 0);
    CHECK(sl.get("reports/" + n).status == 404);

    Answer d = zh.get("reports/" + n);
    std::vector<std::string> actions;
    for (const auto& a : d.body["actions"]) actions.push_back(a["action"]);
    CHECK(actions == std::vector<std::string>{"accept", "dispatch", "return"});

    CHECK(act(zh, n, {{"action", "close"}}).find("HTTP 409") == 0);  // not in 已上报
    CHECK(act(zh, n, {{"action", "accept"}, {"note", "已受理"}}) == "accepted");
    // Accepting set a deadline: flood = 2 working days from Thursday 2026-12-03 → Monday 12-07.
    CHECK(zh.get("reports/" + n).body["deadline"] == "2026-12-07");
    CHECK(act(zh, n, {{"action", "dispatch"}, {"department", "不存在的部门"}}).find("HTTP 400") == 0);
    CHECK(act(zh, n, {{"action", "dispatch"}, {"department", "水利站"}, {"note", "请立即查看"}}) == "dispatched");

    CHECK(sl.get("reports").body["total"] == 1);
    CHECK(cg.get("reports").body["total"] == 0);  // another department's item stays invisible
    CHECK(cg.get("reports/" + n).status == 404);
    CHECK(act(cg, n, {{"action", "feedback"}, {"note", "x"}}).find("HTTP 404") == 0);
    CHECK(act(sl, n, {{"action", "close"}}).find("HTTP 403") == 0);     // a department cannot close
    CHECK(act(sl, n, {{"action", "feedback"}}).find("HTTP 400") == 0);  // needs a note
    CHECK(act(sl, n, {{"action", "feedback"}, {"result", "已加固坝体"}, {"note", "已告知村民"}}) == "handled");
    CHECK(act(zh, n, {{"action", "close"}, {"note", "经核实已解决"}}) == "closed");

    Answer done = zh.get("reports/" + n);
    std::vector<std::string> kinds;
    for (const auto& e : done.body["timeline"]) kinds.push_back(e["kind"]);
    CHECK(kinds == std::vector<std::string>{"report", "accept", "dispatch", "handle", "feedback", "close"});
    CHECK(done.body["timeline"][2]["department"] == "水利站");
    CHECK(done.body["timeline"][3]["actor"] == "shuili姓名（水利站）");
    CHECK(done.body["timeline"][0]["actor"] == "王秀英（网格员）");
    CHECK(done.body["actions"][0]["action"] == "reopen");
    CHECK(t.auditCount("report.accept") == 1);
    CHECK(t.auditCount("report.dispatch") == 1);
    CHECK(t.auditCount("report.feedback") == 1);
    CHECK(t.auditCount("report.close") == 1);
}

TEST_CASE("a 领导 reads everything and changes nothing; 管理员 reads the audit log, others may not") {
    Staffed t;
    t.fileReport(t.gridA, "路灯不亮", "public_facility");
    Browser ld(t), ad(t), zh(t);
    REQUIRE(ld.login("lingdao").status == 200);
    REQUIRE(ad.login("admin").status == 200);
    REQUIRE(zh.login("zhihui").status == 200);
    std::string n = numberOf(ld, "路灯不亮");
    CHECK(ld.get("reports/" + n).body["actions"].empty());
    CHECK(act(ld, n, {{"action", "accept"}}).find("HTTP 403") == 0);
    CHECK(ld.post("reports/bulk", {{"action", "accept"}, {"numbers", {n}}}).body["done"] == 0);
    CHECK(ld.get("reports/" + n).body["status"] == "reported");
    CHECK(ld.get("audit").status == 403);
    CHECK(zh.get("audit").status == 403);
    Answer log = ad.get("audit");
    REQUIRE(log.status == 200);
    CHECK(log.body["entries"].size() >= 3);
    CHECK(ad.get("staff").body["staff"].size() == 6);
}

TEST_CASE("an account bound to a grid sees and acts only on that grid") {
    Staffed t;
    t.fileReport(t.gridA, "青山的事");
    t.fileReport(t.gridB, "溪口的事");
    Browser qs(t), zh(t);
    REQUIRE(qs.login("qingshan").status == 200);
    REQUIRE(zh.login("zhihui").status == 200);
    Answer mine = qs.get("reports");
    REQUIRE(mine.body["items"].size() == 1);
    CHECK(mine.body["items"][0]["text"] == "青山的事");
    std::string other = numberOf(zh, "溪口的事");
    CHECK(qs.get("reports/" + other).status == 404);
    CHECK(act(qs, other, {{"action", "accept"}}).find("HTTP 404") == 0);
}

TEST_CASE("queue filters and counts; bulk accept and dispatch; the CSV export follows the filters") {
    Staffed t;
    t.fileReport(t.gridA, "垃圾未清运", "environment");
    t.fileReport(t.gridA, "消防通道堵塞", "fire");
    t.fileReport(t.gridB, "邻里纠纷", "dispute");
    Browser zh(t);
    REQUIRE(zh.login("zhihui").status == 200);
    CHECK(zh.get("reports?category=fire").body["total"] == 1);
    CHECK(zh.get("reports?grid=" + t.gridB.toString()).body["total"] == 1);
    CHECK(zh.get("reports?q=%E7%BA%A0%E7%BA%B7").body["total"] == 1);  // 纠纷, percent-encoded
    CHECK(zh.get("reports?unassigned=1").body["total"] == 3);

    std::vector<std::string> numbers;
    Answer inA = zh.get("reports?grid=" + t.gridA.toString());
    for (const auto& r : inA.body["items"]) numbers.push_back(r["number"]);
    REQUIRE(numbers.size() == 2);
    Answer bulk = zh.post("reports/bulk", {{"action", "dispatch"}, {"department", "城管中队"}, {"numbers", numbers}});
    CHECK(bulk.body["done"] == 2);
    Answer counts = zh.get("reports");
    CHECK(counts.body["counts"]["dispatched"] == 2);
    CHECK(counts.body["counts"]["reported"] == 1);
    CHECK(zh.get("reports?status=dispatched").body["total"] == 2);
    CHECK(zh.get("reports?department=%E5%9F%8E%E7%AE%A1%E4%B8%AD%E9%98%9F").body["total"] == 2);
    CHECK(zh.get("reports?unassigned=1").body["total"] == 1);

    // Overdue: five working days later the dispatched items are past their deadline.
    t.clock->advance(8LL * 24 * 3600 * 1000);
    REQUIRE(zh.login("zhihui").status == 200);  // the session idled out meanwhile
    Answer late = zh.get("reports?overdue=1");
    CHECK(late.body["total"] == 2);
    CHECK(late.body["items"][0]["overdue"] == true);
    CHECK(late.body["overdue"] == 2);
    CHECK(act(zh, numbers[0], {{"action", "supervise"}, {"note", "请今日内处置"}}) == "dispatched");

    ConsoleRequest csv;
    csv.method = "GET";
    csv.path = "/api/console/v1/reports.csv";
    csv.query = {{"status", "dispatched"}};
    csv.headers["cookie"] = "gw_console=" + zh.cookie;
    ConsoleResponse r = t.api->handle(csv);
    REQUIRE(r.status == 200);
    CHECK(r.contentType.rfind("text/csv", 0) == 0);
    CHECK(r.body.rfind("\xEF\xBB\xBF工单编号,状态", 0) == 0);
    int lines = 0;
    for (char c : r.body) lines += c == '\n';
    CHECK(lines == 3);  // header + the 2 dispatched
    CHECK(r.body.find("邻里纠纷") == std::string::npos);
    CHECK(r.body.find("城管中队") != std::string::npos);
    CHECK(t.auditCount("export") == 1);
    CHECK(t.auditCount("report.supervise") == 1);
}

TEST_CASE("updates: a long poll answers as soon as the server's change sequence moves") {
    Staffed t;
    Browser zh(t);
    REQUIRE(zh.login("zhihui").status == 200);
    std::uint64_t seq = zh.get("reports").body["seq"];
    Answer idle = zh.get("updates?since=" + std::to_string(seq) + "&wait_ms=100");
    CHECK(idle.body["changed"] == false);
    std::thread writer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        t.fileReport(t.gridA, "新上报");
    });
    auto started = std::chrono::steady_clock::now();
    Answer moved = zh.get("updates?since=" + std::to_string(seq) + "&wait_ms=1900");
    writer.join();
    CHECK(moved.body["changed"] == true);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1800));
}
