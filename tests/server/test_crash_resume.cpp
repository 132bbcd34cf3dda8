// A killed server loses nothing and duplicates nothing; a dropped upload resumes where it stopped.
#include "device_files.h"
#include "server_fixture.h"
#include "temp_dir.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/store/store.h"

#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <random>
#include <regex>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

constexpr const char* kGrid = "溪口村第一网格";

int countOf(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// Many offline writes straight through the core (the same code the CLI runs), fast.
void writeOffline(const std::string& db, int households) {
    StoreOptions o;
    o.durable = false;
    auto store = gridwork::testing::openDeviceStore(db, o);
    REQUIRE(store.isOk());
    auto grid = (*store)->meta("device.grid_id");
    REQUIRE(grid.has_value());
    domain::LedgerRepo ledger(**store);
    for (int i = 0; i < households; ++i) {
        domain::Household h;
        h.gridId = *Uuid::parse(*grid);
        h.address = "溪口村压测" + std::to_string(i) + "号";
        h.headName = "测试户" + std::to_string(i);
        h.phone = "13800000000";
        h.note = "offline batch";
        REQUIRE(ledger.addHousehold(h).isOk());
    }
}

}  // namespace

TEST_CASE("SIGKILL of the server in the middle of a push: after a restart nothing is lost or duplicated") {
    TempDir tmp;
    Township town(tmp.path(), true, 100);
    REQUIRE(town.start());
    auto [w, code] = town.addWorker("刘德华", kGrid);
    Device d(tmp.path(), "big");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);
    const int kHouseholds = 3000;
    writeOffline(d.db(), kHouseholds);

    Process sync;
    REQUIRE(sync.start({GRIDWORK_DEVICE_BIN, "--db", d.db(), "sync", "--attempts", "1"}, tmp.file("sync.out"),
                       tmp.file("sync.err")));
    bool sawPush = false;
    for (int i = 0; i < 4000 && sync.running(); ++i) {
        if (countOf(town.log(), "POST /v2/sync 200") >= 2) {  // phones speak v2
            sawPush = true;
            break;
        }
        sleepMs(2);
    }
    town.kill9();
    int exit = sync.wait(60000);
    REQUIRE(sawPush);
    INFO(readFile(tmp.file("sync.err")));
    CHECK(exit != 0);  // the push was cut off in the middle
    long long pending = jsonNumber(d.run({"status", "--json"}).out, "pending_changes");
    CHECK(pending > 0);

    REQUIRE(town.start());
    RunResult again = d.sync();
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(jsonNumber(d.run({"status", "--json"}).out, "pending_changes") == 0);
    std::string server = town.dump(kGrid);
    CHECK(d.dump() == server);
    CHECK(countOf(server, "溪口村压测") == kHouseholds);
    // A second device of the grid gets every row exactly once.
    auto [w2, code2] = town.addWorker("刘德明", kGrid);
    Device other(tmp.path(), "other");
    REQUIRE(other.enroll(town, code2).exitCode == 0);
    REQUIRE(other.sync().exitCode == 0);
    CHECK(other.dump() == town.dump(kGrid));  // (the new worker's rows are township-wide)
}

TEST_CASE("a photo upload cut off by a dropped connection resumes from the last byte the server holds") {
    TempDir tmp;
    Township town(tmp.path(), true, 100);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("周海燕", kGrid);
    auto [w2, code2] = town.addWorker("吴志强", kGrid);
    auto [w3, code3] = town.addWorker("郑小红", "锦绣社区第一网格");
    Device d(tmp.path(), "camera"), peer(tmp.path(), "peer"), stranger(tmp.path(), "stranger");
    REQUIRE(d.enroll(town, code1).exitCode == 0);
    REQUIRE(peer.enroll(town, code2).exitCode == 0);
    REQUIRE(stranger.enroll(town, code3).exitCode == 0);

    // A 3 MB "photo" of a reported problem.
    std::mt19937_64 rng(testSeed(7));
    std::string photo(3 * 1024 * 1024, '\0');
    for (auto& c : photo) c = static_cast<char>(rng());
    writeFile(tmp.file("photo.jpg"), photo);
    const std::string sha = sha256Hex(photo);
    RunResult rep =
        d.run({"report", "add", "--text", "垃圾堆放占道", "--category", "environment", "--photo", sha, "--json"});
    REQUIRE(rep.exitCode == 0);
    RunResult att = d.run({"attachment", "add", "--file", tmp.file("photo.jpg"), "--owner-table", "reports", "--owner",
                           jsonString(rep.out, "id"), "--json"});
    REQUIRE(att.exitCode == 0);
    CHECK(jsonString(att.out, "sha256") == sha);

    // Each device's upload is its own (attachment_store.h): the partial file carries its site id.
    const std::string site = jsonString(d.run({"status", "--json"}).out, "site");
    const std::string part = town.dir() + "/attachments/partial/" + sha + "." + site + ".part";
    Process sync;
    REQUIRE(sync.start({GRIDWORK_DEVICE_BIN, "--db", d.db(), "sync", "--attempts", "1", "--chunk-kb", "16"},
                       tmp.file("up.out"), tmp.file("up.err")));
    std::error_code ec;
    for (int i = 0; i < 5000 && sync.running(); ++i) {
        if (std::filesystem::exists(part, ec) && std::filesystem::file_size(part, ec) >= 256 * 1024) break;
        sleepMs(1);
    }
    town.kill9();
    CHECK(sync.wait(60000) != 0);
    auto held = std::filesystem::file_size(part, ec);
    REQUIRE(!ec);
    CHECK(held > 0);
    CHECK(held < photo.size());
    CHECK(held % (16 * 1024) == 0);  // only whole, fsync'ed chunks are held
    CHECK(jsonNumber(d.run({"status", "--json"}).out, "pending_attachments") == 1);

    REQUIRE(town.start());
    RunResult resumed = d.sync();
    INFO(resumed.err);
    REQUIRE(resumed.exitCode == 0);
    CHECK(jsonNumber(resumed.out, "attachments_uploaded") == 1);
    CHECK(jsonNumber(resumed.out, "attachments_resumed") == 1);
    CHECK(jsonNumber(resumed.out, "attachment_resumed_from_bytes") == static_cast<long long>(held));
    CHECK(jsonNumber(resumed.out, "attachment_bytes_sent") == static_cast<long long>(photo.size() - held));
    CHECK(jsonNumber(d.run({"status", "--json"}).out, "pending_attachments") == 0);
    CHECK(!std::filesystem::exists(part, ec));
    CHECK(sha256Hex(readFile(town.dir() + "/attachments/" + sha.substr(0, 2) + "/" + sha)) == sha);

    // Download by hash: within the grid yes, from another grid no.
    REQUIRE(peer.sync().exitCode == 0);
    RunResult got = peer.run({"attachment", "fetch", "--sha256", sha, "--out", tmp.file("copy.jpg")});
    INFO(got.err);
    CHECK(got.exitCode == 0);
    CHECK(readFile(tmp.file("copy.jpg")) == photo);
    REQUIRE(stranger.sync().exitCode == 0);
    RunResult denied = stranger.run({"attachment", "fetch", "--sha256", sha, "--out", tmp.file("leak.jpg")});
    CHECK(denied.exitCode == 1);
    // Never confirmed to someone whose grids do not hold it: the same answer as for no photo.
    CHECK(denied.err.find("NotFound") != std::string::npos);
}
