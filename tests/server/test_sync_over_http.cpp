// Real server, real devices: scope and convergence over HTTP, and the full report loop.
#include "server_fixture.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

using namespace gridwork::testing;

namespace {

constexpr const char* kGridA = "青山村第一网格";
constexpr const char* kGridB = "锦绣社区第一网格";

std::string created(const RunResult& r) {
    return jsonString(r.out, "id");
}

// The grid's id: its own org-unit row in the server's dump.
std::string gridIdOf(const Township& t, const std::string& name) {
    std::string dump = t.dump();
    auto at = dump.find("\"name\": \"" + name + "\"");
    if (at == std::string::npos) return "";
    auto start = dump.rfind("{\"id\": \"", at);
    return start == std::string::npos ? "" : dump.substr(start + 8, 36);
}

}  // namespace

TEST_CASE("devices sync over HTTP: each holds exactly the server's state of its scope") {
    TempDir tmp;
    Township town(tmp.path(), true, 400);
    REQUIRE(!town.dir().empty());
    REQUIRE(town.start());

    auto [w1, code1] = town.addWorker("王建国", kGridA);
    auto [w2, code2] = town.addWorker("李秀英", kGridB);
    auto [w3, code3] = town.addWorker("张伟", kGridA);
    REQUIRE(!code1.empty());
    Device d1(tmp.path(), "d1"), d2(tmp.path(), "d2"), d3(tmp.path(), "d3");
    REQUIRE(d1.enroll(town, code1).exitCode == 0);
    REQUIRE(d2.enroll(town, code2).exitCode == 0);
    REQUIRE(d3.enroll(town, code3).exitCode == 0);
    // A code is one-time.
    CHECK(Device(tmp.path(), "again").enroll(town, code1).exitCode == 1);
    for (const Device* d : {&d1, &d2, &d3}) REQUIRE(d->sync().exitCode == 0);

    // Offline work on all three (the server is down while they write).
    REQUIRE(town.stop() == 0);
    RunResult h1 = d1.run({"household", "add", "--address", "青山村9组88号", "--head", "王大山", "--json"});
    REQUIRE(h1.exitCode == 0);
    std::string hh1 = created(h1);
    REQUIRE(d1.run({"visit", "add", "--household", hh1, "--note", "走访正常", "--json"}).exitCode == 0);
    REQUIRE(
        d1.run({"report", "add", "--text", "路灯不亮", "--category", "public_facility", "--household", hh1, "--json"})
            .exitCode == 0);
    RunResult h2 = d2.run({"household", "add", "--address", "锦绣花园3栋2单元501室", "--json"});
    REQUIRE(h2.exitCode == 0);
    REQUIRE(d2.run({"diary", "add", "--text", "今日巡查无异常", "--json"}).exitCode == 0);
    REQUIRE(d3.run({"household", "add", "--address", "青山村2组5号", "--json"}).exitCode == 0);
    CHECK(jsonNumber(d1.run({"status", "--json"}).out, "pending_changes") > 0);

    REQUIRE(town.start());
    for (const Device* d : {&d1, &d2, &d3, &d1}) {
        RunResult r = d->sync();
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    CHECK(jsonNumber(d1.run({"status", "--json"}).out, "pending_changes") == 0);

    // d3 edits d1's household (another field), both sync: both edits survive everywhere.
    REQUIRE(d3.run({"household", "edit", "--phone", "13912345678", hh1}).exitCode == 0);
    REQUIRE(d1.run({"household", "edit", "--note", "独居老人", hh1}).exitCode == 0);
    for (const Device* d : {&d1, &d3, &d1}) REQUIRE(d->sync().exitCode == 0);

    std::string scopeA = town.dump(kGridA), scopeB = town.dump(kGridB);
    REQUIRE(!scopeA.empty());
    CHECK(d1.dump() == scopeA);
    CHECK(d3.dump() == scopeA);
    CHECK(d2.dump() == scopeB);
    CHECK(scopeA.find("13912345678") != std::string::npos);
    CHECK(scopeA.find("独居老人") != std::string::npos);

    // Never a row of a grid not assigned: no grid A id, address or diary on d2, and vice versa.
    std::string gridA = gridIdOf(town, kGridA), gridB = gridIdOf(town, kGridB);
    REQUIRE(!gridA.empty());
    REQUIRE(!gridB.empty());
    std::string dump2 = d2.dump(), dump1 = d1.dump();
    CHECK(dump2.find(gridA) == std::string::npos);
    CHECK(dump2.find("青山村9组88号") == std::string::npos);
    CHECK(dump1.find(gridB) == std::string::npos);
    CHECK(dump1.find("今日巡查无异常") == std::string::npos);
    CHECK(town.stop() == 0);
}

TEST_CASE("the full loop: a hazard reported offline is accepted, dispatched, fed back and closed by the centre") {
    TempDir tmp;
    Township town(tmp.path(), true, 100);
    REQUIRE(town.start());
    auto [w, code] = town.addWorker("陈国华", kGridA);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);

    RunResult rep = d.run({"report", "add", "--text", "山塘坝体渗水，下游有风险", "--category", "flood", "--severity",
                           "high", "--deadline", "2030-01-01", "--json"});
    REQUIRE(rep.exitCode == 0);
    std::string id = created(rep);
    REQUIRE(d.sync().exitCode == 0);

    RunResult list = town.admin({"report", "list", "--json"});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.find(id) != std::string::npos);
    // An action out of order is refused and writes nothing.
    RunResult early = town.admin({"report", "close", "--report", id});
    CHECK(early.exitCode == 1);
    CHECK(early.err.find("InvalidState") != std::string::npos);

    REQUIRE(town.admin({"report", "accept", "--report", id, "--note", "已受理"}).exitCode == 0);
    REQUIRE(town.admin({"report", "dispatch", "--report", id, "--department", "水利站", "--note", "请水利站处置"})
                .exitCode == 0);
    REQUIRE(town.admin({"report", "feedback", "--report", id, "--result", "已加固坝体", "--note", "已电话告知村民"})
                .exitCode == 0);
    RunResult closed = town.admin({"report", "close", "--report", id, "--note", "办结"});
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.out.find("closed") != std::string::npos);

    REQUIRE(d.sync().exitCode == 0);
    RunResult show = d.run({"report", "show", id, "--json"});
    REQUIRE(show.exitCode == 0);
    INFO(show.out);
    CHECK(jsonString(show.out, "status") == "closed");
    for (const char* kind : {"\"report\"", "\"accept\"", "\"dispatch\"", "\"handle\"", "\"feedback\"", "\"close\""})
        CHECK(show.out.find(kind) != std::string::npos);
    CHECK(show.out.find("水利站") != std::string::npos);
    CHECK(d.dump() == town.dump(kGridA));

    RunResult stats = town.admin({"stats", "--json"});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.find("closure_rate") != std::string::npos);
    CHECK(stats.out.find("followup_visit_rate") != std::string::npos);
}

TEST_CASE("worker reassign: the device gets the new grid's data and drops the old grid's rows") {
    TempDir tmp;
    Township town(tmp.path(), true, 100);
    REQUIRE(town.start());
    auto [w, code] = town.addWorker("黄志刚", kGridA);
    Device d(tmp.path(), "mover");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.run({"diary", "add", "--text", "调岗前的日记"}).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);
    CHECK(d.dump() == town.dump(kGridA));

    RunResult moved = town.admin({"worker", "reassign", "--worker", w, "--grids", kGridB});
    INFO(moved.err);
    REQUIRE(moved.exitCode == 0);
    RunResult s = d.sync();
    INFO(s.err);
    REQUIRE(s.exitCode == 0);
    CHECK(jsonNumber(s.out, "purged_grids") == 1);
    std::string dump = d.dump();
    CHECK(dump == town.dump(kGridB));
    CHECK(dump.find(gridIdOf(town, kGridA)) == std::string::npos);
    CHECK(dump.find("调岗前的日记") == std::string::npos);
    // Work in the new grid syncs; the old grid is out of reach.
    REQUIRE(
        d.run({"household", "add", "--address", "锦绣花园1栋1单元101室", "--grid", gridIdOf(town, kGridB)}).exitCode ==
        0);
    REQUIRE(d.sync().exitCode == 0);
    CHECK(d.dump() == town.dump(kGridB));
}

TEST_CASE("admin commands while the server runs: devices still get every later change") {
    TempDir tmp;
    Township town(tmp.path(), true, 60);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("罗文", kGridA);
    auto [w2, code2] = town.addWorker("罗武", kGridA);
    Device d1(tmp.path(), "d1"), d2(tmp.path(), "d2");
    REQUIRE(d1.enroll(town, code1).exitCode == 0);
    REQUIRE(d2.enroll(town, code2).exitCode == 0);
    RunResult rep = d1.run({"report", "add", "--text", "井盖缺失", "--json"});
    REQUIRE(rep.exitCode == 0);
    REQUIRE(d1.sync().exitCode == 0);
    REQUIRE(d2.sync().exitCode == 0);
    // The command centre writes through its own process, then both devices move their cursors past it.
    REQUIRE(town.admin({"report", "accept", "--report", jsonString(rep.out, "id")}).exitCode == 0);
    REQUIRE(town.admin({"task", "add", "--title", "核查井盖", "--grid", kGridA}).exitCode == 0);
    REQUIRE(d1.sync().exitCode == 0);
    REQUIRE(d2.sync().exitCode == 0);
    // A push the server logs after that must reach the other device.
    REQUIRE(d1.run({"diary", "add", "--text", "井盖已临时围挡"}).exitCode == 0);
    REQUIRE(d1.sync().exitCode == 0);
    REQUIRE(d2.sync().exitCode == 0);
    std::string scope = town.dump(kGridA);
    CHECK(scope.find("井盖已临时围挡") != std::string::npos);
    CHECK(d2.dump() == scope);
    CHECK(d1.dump() == scope);
}
