// Issue 15: nothing written offline is ever lost, and no phone borrows another's identity or the
// township's authority. Real server process, real device files, the scenarios as a worker (or an
// attacker) plays them: backup restore, reassignment, handover, site-id takeover.
#include "server_fixture.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace gridwork::testing;
namespace fs = std::filesystem;

namespace {

constexpr const char* kGridA = "青山村第一网格";
constexpr const char* kGridB = "锦绣社区第一网格";

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

// A household of the device's grid, then `count` visits to it with notes "<tag>1", "<tag>2", ...
void recordVisits(const Device& d, const std::string& tag, int count) {
    RunResult h = d.run({"household", "add", "--address", "青山村" + tag + "号", "--json"});
    REQUIRE(h.exitCode == 0);
    std::string hh = jsonString(h.out, "id");
    for (int i = 1; i <= count; ++i)
        REQUIRE(d.run({"visit", "add", "--household", hh, "--note", tag + std::to_string(i), "--json"}).exitCode == 0);
}

// How many of the visits "<tag>1".."<tag>N" the server holds (each note once in its dump).
int onServer(const Township& t, const std::string& tag, int count) {
    std::string dump = t.dump();
    int n = 0;
    for (int i = 1; i <= count; ++i) n += occurrences(dump, "\"" + tag + std::to_string(i) + "\"") > 0;
    return n;
}

long long status(const Device& d, const std::string& key) {
    return jsonNumber(d.run({"status", "--json"}).out, key);
}

void copyDb(const std::string& from, const std::string& to) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(to + suffix);
        if (fs::exists(from + suffix)) fs::copy_file(from + suffix, to + suffix);
    }
}

}  // namespace

TEST_CASE("a phone restored from a backup: every visit recorded after the restore reaches the server") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("王建国", kGridA);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);

    copyDb(d.db(), tmp.path() + "/backup.db");
    recordVisits(d, "备份后", 5);
    REQUIRE(d.sync().exitCode == 0);
    CHECK(onServer(town, "备份后", 5) == 5);

    copyDb(tmp.path() + "/backup.db", d.db());  // the phone is restored from its backup
    recordVisits(d, "恢复后", 3);
    RunResult first = d.sync();
    CHECK(first.exitCode == 0);
    // Never "success" while dropping work: all three are on the server, none pending.
    CHECK(onServer(town, "恢复后", 3) == 3);
    CHECK(status(d, "pending_changes") == 0);
    CHECK(status(d, "restores_detected") >= 1);
    // The visits of the lost future come back to the phone, and new work keeps flowing.
    CHECK(occurrences(d.dump(), "\"备份后5\"") == 1);
    recordVisits(d, "之后", 2);
    REQUIRE(d.sync().exitCode == 0);
    CHECK(onServer(town, "之后", 2) == 2);
    CHECK(onServer(town, "恢复后", 3) == 3);
}

TEST_CASE("site-id takeover: another enrollment cannot claim a colleague's site id") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("王建国", kGridA);
    auto [w2, code2] = town.addWorker("张伟", kGridA);
    Device victim(tmp.path(), "victim");
    REQUIRE(victim.enroll(town, code1).exitCode == 0);
    REQUIRE(victim.sync().exitCode == 0);
    std::string site = jsonString(victim.run({"status", "--json"}).out, "site");
    REQUIRE(site.size() == 36);

    Device attacker(tmp.path(), "attacker");
    REQUIRE(attacker.run({"init", "--site", site}).exitCode == 0);
    RunResult stolen = attacker.enroll(town, code2);
    CHECK(stolen.exitCode == 1);
    CHECK(stolen.err.find("另一台设备") != std::string::npos);
    // The attacker's own code is not used up by the refusal... but the site stays the victim's.
    CHECK(jsonNumber(attacker.run({"status", "--json"}).out, "pending_changes") == 0);

    // The colleague's token still works and his offline visits arrive.
    recordVisits(victim, "被冒用后", 3);
    RunResult s = victim.sync();
    CHECK(s.exitCode == 0);
    CHECK(onServer(town, "被冒用后", 3) == 3);
    CHECK(status(victim, "pending_changes") == 0);
    // A fresh phone enrolls with the same code under its own site id.
    Device fresh(tmp.path(), "fresh");
    CHECK(fresh.enroll(town, code2).exitCode == 0);
}

TEST_CASE("reassignment with unsynced visits: stamped before it, they land in the old grid") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("王建国", kGridA);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);

    recordVisits(d, "调岗前", 4);  // offline, before the township moves him
    REQUIRE(town.admin({"worker", "reassign", "--worker", worker, "--grids", kGridB}).exitCode == 0);
    RunResult s = d.sync();
    CHECK(s.exitCode == 0);
    CHECK(onServer(town, "调岗前", 4) == 4);
    CHECK(jsonNumber(s.out, "purged_grids") == 1);
    CHECK(status(d, "pending_changes") == 0);
    CHECK(occurrences(d.dump(), "\"调岗前1\"") == 0);  // the old grid left the phone
}

TEST_CASE("reassignment: visits stamped after it are kept for the township and shown, never dropped") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("王建国", kGridA);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);
    RunResult h = d.run({"household", "add", "--address", "青山村1组1号", "--json"});
    REQUIRE(h.exitCode == 0);
    std::string hh = jsonString(h.out, "id");
    REQUIRE(d.sync().exitCode == 0);

    REQUIRE(town.admin({"worker", "reassign", "--worker", worker, "--grids", kGridB}).exitCode == 0);
    // He does not know yet: two more visits to his old household, after the move.
    REQUIRE(d.run({"visit", "add", "--household", hh, "--note", "调岗后1", "--json"}).exitCode == 0);
    REQUIRE(d.run({"visit", "add", "--household", hh, "--note", "调岗后2", "--json"}).exitCode == 0);
    RunResult s = d.sync();
    CHECK(s.exitCode == 0);
    CHECK(jsonNumber(s.out, "kept_by_township") > 0);
    CHECK(status(d, "kept_by_township") > 0);
    CHECK(status(d, "pending_changes") == 0);
    // In the township's conflict log (the old grid's), with the notes.
    std::string dump = town.dump();
    CHECK(occurrences(dump, "调岗后1") >= 1);
    CHECK(occurrences(dump, "调岗后2") >= 1);
    auto conflicts = dump.find("\"conflicts\"");
    REQUIRE(conflicts != std::string::npos);
    CHECK(dump.find("调岗后1", conflicts) != std::string::npos);
}

TEST_CASE("handover: re-enrolling a phone for another worker pushes its unsynced work first, or refuses") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("王建国", kGridA);
    auto [w2, code2] = town.addWorker("李秀英", kGridB);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code1).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);
    recordVisits(d, "交接前", 2);

    RunResult handover = d.enroll(town, code2);
    CHECK(handover.exitCode == 0);
    CHECK(onServer(town, "交接前", 2) == 2);
    CHECK(jsonString(d.run({"status", "--json"}).out, "worker") == w2);
    REQUIRE(d.sync().exitCode == 0);
    CHECK(occurrences(d.dump(), "\"交接前1\"") == 0);  // his grid is not hers

    // Work the server refuses (an event only the centre may add) cannot go up: no handover.
    auto [w3, code3] = town.addWorker("赵敏", kGridB);
    RunResult r = d.run({"report", "add", "--text", "井盖缺失", "--category", "public_facility", "--json"});
    REQUIRE(r.exitCode == 0);
    REQUIRE(d.run({"report", "event", jsonString(r.out, "id"), "--kind", "accept"}).exitCode == 0);
    RunResult refused = d.enroll(town, code3);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("没有同步") != std::string::npos);
    CHECK(status(d, "pending_changes") > 0);  // nothing dropped
    CHECK(jsonString(d.run({"status", "--json"}).out, "worker") == w2);
}

TEST_CASE("revoking a worker kills his unused enrollment codes") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("王建国", kGridA);
    REQUIRE(town.admin({"worker", "revoke", "--worker", worker}).exitCode == 0);
    Device d(tmp.path(), "phone");
    CHECK(d.enroll(town, code).exitCode == 1);
}

TEST_CASE("a phone cannot take the command centre's authority") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("王建国", kGridA);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    RunResult r = d.run({"report", "add", "--text", "路灯不亮", "--category", "public_facility", "--json"});
    REQUIRE(r.exitCode == 0);
    std::string report = jsonString(r.out, "id");
    REQUIRE(d.sync().exitCode == 0);
    for (const char* kind : {"accept", "dispatch", "start", "handle", "close"})
        REQUIRE(d.run({"report", "event", report, "--kind", kind, "--department", "城管", "--actor-name",
                       "城南街道指挥中心"})
                    .exitCode == 0);
    RunResult s = d.sync();
    CHECK(s.exitCode == 1);
    CHECK(s.err.find("Forbidden") != std::string::npos);
    std::string dump = town.dump();
    // His report is still "reported" on the server (the 办结率 is not inflated).
    auto at = dump.find("{\"id\": \"" + report + "\"");
    REQUIRE(at != std::string::npos);
    std::string row = dump.substr(at, dump.find('}', at) - at);
    CHECK(row.find("\"status\": \"reported\"") != std::string::npos);
    CHECK(dump.find("城南街道指挥中心") == std::string::npos);
}

TEST_CASE("revoking a device wipes its data on its next contact") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [worker, code] = town.addWorker("王建国", kGridA);
    Device d(tmp.path(), "phone");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);
    recordVisits(d, "丢失前", 1);
    REQUIRE(d.sync().exitCode == 0);
    REQUIRE(occurrences(d.dump(), "丢失前1") == 1);
    std::string site = jsonString(d.run({"status", "--json"}).out, "site");
    REQUIRE(town.admin({"worker", "revoke", "--device", site}).exitCode == 0);
    RunResult s = d.sync();
    CHECK(s.exitCode == 1);
    CHECK(s.err.find("已清除") != std::string::npos);
    CHECK(occurrences(d.dump(), "丢失前1") == 0);
    CHECK(occurrences(d.dump(), "青山村") == 0);
    CHECK(d.run({"status", "--json"}).out.find("\"enrolled\":false") != std::string::npos);
}
