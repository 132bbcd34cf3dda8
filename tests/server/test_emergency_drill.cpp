// Issue 12: a scripted typhoon drill (平战转换, core/docs/emergency.md) with the real server and
// device CLIs. The township flags the risk list and declares; three phones pull it, go offline,
// record evacuations (two of them the same household) and disaster reports, and sync in a random
// order (GRIDWORK_SEED, printed); the township's totals are then exact, per grid and in all. The
// emergency ends and the phones return to the normal state on their next sync.
#include "server_fixture.h"
#include "temp_dir.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace gridwork::testing;
using nlohmann::json;

namespace {

constexpr const char* kGridA = "青山村第一网格";
constexpr const char* kGridB = "锦绣社区第一网格";

json parse(const RunResult& r) {
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out);
}

// The ids of the first `n` households of the device's grid, by address.
std::vector<std::string> households(const Device& d, std::size_t n) {
    json list = parse(d.run({"household", "list", "--json"}));
    std::vector<std::string> ids;
    for (const auto& h : list["households"]) {
        if (ids.size() == n) break;
        ids.push_back(h["id"].get<std::string>());
    }
    REQUIRE(ids.size() == n);
    return ids;
}

unsigned drillSeed() {
    const char* env = std::getenv("GRIDWORK_SEED");
    return env ? static_cast<unsigned>(std::strtoul(env, nullptr, 10)) : std::random_device{}();
}

const json& gridStats(const json& stats, const std::string& name) {
    for (const auto& g : stats["grids"])
        if (g["name"] == name) return g;
    FAIL("no grid " << name << " in " << stats.dump());
    static const json none;
    return none;
}

}  // namespace

TEST_CASE("typhoon drill: offline evacuations and disaster reports from three phones add up exactly") {
    const unsigned seed = drillSeed();
    INFO("GRIDWORK_SEED=" << seed);
    TempDir tmp;
    Township town(tmp.path(), true, 120);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("王建国", kGridA);
    auto [w2, code2] = town.addWorker("李婷", kGridA);  // the village cadre of the same grid
    auto [w3, code3] = town.addWorker("张伟", kGridB);
    Device a(tmp.path(), "a"), b(tmp.path(), "b"), c(tmp.path(), "c");
    for (auto [d, code] : {std::pair{&a, code1}, {&b, code2}, {&c, code3}}) {
        REQUIRE(d->enroll(town, code).exitCode == 0);
        REQUIRE(d->sync().exitCode == 0);
    }
    // 风险摸排 before the season: the township flags 3 households in A and 2 in B.
    auto inA = households(a, 4), inB = households(c, 2);
    REQUIRE(town.admin({"household", "risk", "--household", inA[0] + "," + inA[1] + "," + inA[2]}).exitCode == 0);
    REQUIRE(town.admin({"household", "risk", "--household", inB[0] + "," + inB[1]}).exitCode == 0);

    // Before the declaration the phones are in the normal state and refuse a record.
    CHECK(parse(a.run({"emergency", "status", "--json"}))["active"] == false);
    RunResult early = a.run({"evacuation", "record", "--household", inA[0], "--people", "2"});
    CHECK(early.exitCode == 1);
    CHECK(early.err.find("没有进行中的应急") != std::string::npos);

    json declared = parse(town.admin({"emergency", "start", "--kind", "typhoon", "--note", "台风“梅花”", "--duty",
                                      "带班领导 李明 13800000001", "--json"}));
    CHECK(declared["active"] == true);
    for (const Device* d : {&a, &b, &c}) REQUIRE(d->sync().exitCode == 0);
    json status = parse(a.run({"emergency", "status", "--json"}));
    CHECK(status["active"] == true);
    CHECK(status["kind"] == "typhoon");
    CHECK(status["duty"] == "带班领导 李明 13800000001");
    CHECK(status["households_listed"] == 3);
    CHECK(status["households"].size() == 3);

    // The network goes: everything below is recorded offline (no sync until all are done).
    town.stop();
    // A: 3 out of inA[0] with 1 staying; 2 out of inA[1]. B, later at the same door of inA[0]:
    // all 4 left. B's record replaces A's (whole-record LWW): 4 + 2, never 3 + 4 + 2.
    CHECK(a.run({"evacuation", "record", "--household", inA[0], "--people", "3", "--to", "村委会安置点", "--stayed",
                 "1", "--why", "看守财产"})
              .exitCode == 0);
    CHECK(a.run({"evacuation", "record", "--household", inA[1], "--people", "2", "--to", "亲友家"}).exitCode == 0);
    CHECK(b.run({"evacuation", "record", "--household", inA[0], "--people", "4", "--to", "村委会安置点"}).exitCode ==
          0);
    // A household found at the door that was not on the list still counts.
    CHECK(b.run({"evacuation", "record", "--household", inA[3], "--people", "1", "--to", "学校"}).exitCode == 0);
    // C in grid B: one family out, one elderly man stays.
    CHECK(c.run({"evacuation", "record", "--household", inB[0], "--people", "5", "--to", "镇中学"}).exitCode == 0);
    CHECK(c.run({"evacuation", "record", "--household", inB[1], "--people", "0", "--stayed", "1", "--why",
                 "行动不便，已安排专人看护"})
              .exitCode == 0);
    // Bad input is refused and changes nothing.
    RunResult noReason = c.run({"evacuation", "record", "--household", inB[1], "--people", "1", "--stayed", "2"});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.find("留守原因") != std::string::npos);
    CHECK(c.run({"evacuation", "record", "--household", inB[1], "--people", "-1"}).exitCode == 2);
    CHECK(c.run({"evacuation", "record", "--household", inA[2], "--people", "1"}).exitCode == 1);  // not his grid
    // 灾情上报: two disaster reports open, one handled on the spot, one ordinary report.
    CHECK(
        a.run({"report", "add", "--category", "collapse", "--severity", "urgent", "--text", "老房后墙倒塌"}).exitCode ==
        0);
    CHECK(c.run({"report", "add", "--category", "trapped_people", "--severity", "urgent", "--text", "3人被困二楼"})
              .exitCode == 0);
    CHECK(b.run({"report", "add", "--category", "waterlogging", "--severity", "urgent", "--text", "村道积水",
                 "--handled-on-site", "--on-site-note", "已疏通"})
              .exitCode == 0);
    CHECK(c.run({"report", "add", "--category", "environment", "--text", "垃圾桶被风吹倒"}).exitCode == 0);
    // Offline the phone already shows its own work.
    json offlineA = parse(a.run({"emergency", "status", "--json"}));
    CHECK(offlineA["households_done"] == 2);
    CHECK(offlineA["people_evacuated"] == 5);

    // The signal comes back; the phones sync in a random order.
    REQUIRE(town.start());
    std::vector<const Device*> order{&a, &b, &c};
    std::mt19937 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    for (const Device* d : order) REQUIRE(d->sync().exitCode == 0);
    for (const Device* d : order) REQUIRE(d->sync().exitCode == 0);  // and once more to pull the others

    json stats = parse(town.admin({"emergency", "stats", "--json"}));
    const json& ga = gridStats(stats, kGridA);
    CHECK(ga["households_listed"] == 3);
    CHECK(ga["households_done"] == 3);   // inA[0], inA[1], inA[3]
    CHECK(ga["people_evacuated"] == 7);  // 4 + 2 + 1
    CHECK(ga["people_stayed"] == 0);
    CHECK(ga["disaster_reports_open"] == 1);
    const json& gb = gridStats(stats, kGridB);
    CHECK(gb["households_listed"] == 2);
    CHECK(gb["households_done"] == 2);
    CHECK(gb["people_evacuated"] == 5);
    CHECK(gb["people_stayed"] == 1);
    CHECK(gb["disaster_reports_open"] == 1);
    const json& all = stats["township"];
    CHECK(all["households_listed"] == 5);
    CHECK(all["households_done"] == 5);
    CHECK(all["people_evacuated"] == 12);
    CHECK(all["people_stayed"] == 1);
    CHECK(all["disaster_reports_open"] == 2);
    // Each phone of grid A shows the same totals for its grid as the township.
    for (const Device* d : {&a, &b}) {
        json s = parse(d->run({"emergency", "status", "--json"}));
        CHECK(s["households_done"] == 3);
        CHECK(s["people_evacuated"] == 7);
    }
    // A's overruled record is not lost silently: it is in A's conflict log.
    CHECK(a.dump().find("看守财产") != std::string::npos);

    // The emergency ends; on the next sync the phones return to the normal state.
    REQUIRE(town.admin({"emergency", "end"}).exitCode == 0);
    CHECK(town.admin({"emergency", "end"}).exitCode == 1);  // nothing lasts any more
    for (const Device* d : {&a, &b, &c}) {
        REQUIRE(d->sync().exitCode == 0);
        CHECK(parse(d->run({"emergency", "status", "--json"}))["active"] == false);
    }
    // Its totals stay readable afterwards.
    json after = parse(town.admin({"emergency", "stats", "--json"}));
    CHECK(after["emergency"]["active"] == false);
    CHECK(after["township"]["people_evacuated"] == 12);
}

TEST_CASE("emergency declared for one grid: only that grid's phones switch") {
    TempDir tmp;
    Township town(tmp.path(), true, 120);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("王建国", kGridA);
    auto [w3, code3] = town.addWorker("张伟", kGridB);
    Device a(tmp.path(), "a"), c(tmp.path(), "c");
    REQUIRE(a.enroll(town, code1).exitCode == 0);
    REQUIRE(c.enroll(town, code3).exitCode == 0);
    REQUIRE(town.admin({"emergency", "start", "--kind", "flood", "--grid", kGridA}).exitCode == 0);
    // A second one over the same grid is refused in plain words.
    RunResult twice = town.admin({"emergency", "start", "--kind", "fire", "--grid", kGridA});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.find("已有进行中的应急") != std::string::npos);
    CHECK(town.admin({"emergency", "start", "--kind", "storm"}).exitCode == 2);
    REQUIRE(a.sync().exitCode == 0);
    REQUIRE(c.sync().exitCode == 0);
    CHECK(parse(a.run({"emergency", "status", "--json"}))["kind"] == "flood");
    CHECK(parse(c.run({"emergency", "status", "--json"}))["active"] == false);
    json stats = parse(town.admin({"emergency", "stats", "--json"}));
    CHECK(stats["grids"].size() == 1);
}
