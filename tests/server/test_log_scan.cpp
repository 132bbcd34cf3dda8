// Logs never carry personal data or secrets: a demo township served over HTTP, workers enrolled,
// devices syncing, a resident added and a bad enrollment code tried — then every line the server
// and the devices wrote to their logs (stderr, and the server's stdout) is scanned for the demo
// township's ID numbers, phones and names, the enrollment codes and the device tokens.
#include "gridwork/core/store/store.h"
#include "server_fixture.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>

using namespace gridwork;
using namespace gridwork::testing;

namespace {
// Every value of "key": "..." in a JSON dump.
std::set<std::string> values(const std::string& json, const std::string& key) {
    std::set<std::string> out;
    std::regex re("\"" + key + "\": \"([^\"]+)\"");
    for (auto it = std::sregex_iterator(json.begin(), json.end(), re); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}
}  // namespace

TEST_CASE("the logs of a served township and its devices hold no ID number, phone, name, token or code") {
    TempDir tmp;
    Township town(tmp.path(), true, 200);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("欧阳明月", "青山村第一网格");
    auto [w2, code2] = town.addWorker("司马春花", "锦绣社区第一网格");
    Device d1(tmp.path(), "d1"), d2(tmp.path(), "d2");
    std::string deviceLogs;
    auto keep = [&](const RunResult& r) {
        deviceLogs += r.err;
        return r.exitCode;
    };
    CHECK(keep(Device(tmp.path(), "guess").enroll(town, "12345678")) != 0);
    REQUIRE(keep(d1.enroll(town, code1)) == 0);
    REQUIRE(keep(d2.enroll(town, code2)) == 0);
    CHECK(keep(Device(tmp.path(), "again").enroll(town, code1)) != 0);  // a used code, refused
    REQUIRE(keep(d1.sync()) == 0);
    REQUIRE(keep(d2.sync()) == 0);
    std::string hh = jsonString(d1.run({"household", "add", "--address", "青山村9组1号", "--json"}).out, "id");
    keep(d1.run({"resident", "add", "--household", hh, "--name", "诸葛秀兰", "--id-number", "11010519491231002X",
                 "--phone", "13987654321", "--json"}));
    REQUIRE(keep(d1.sync()) == 0);
    REQUIRE(keep(d2.sync()) == 0);
    REQUIRE(town.stop() == 0);

    std::string dump = town.dump();
    std::set<std::string> secrets;
    for (const char* key : {"id_number", "phone", "name", "head_name"})
        for (const auto& v : values(dump, key))
            if (v.size() >= 3) secrets.insert(v);  // names of two characters would match any text
    REQUIRE(secrets.count("11010519491231002X") == 1);
    REQUIRE(secrets.size() > 300);
    secrets.insert(code1);
    secrets.insert(code2);
    for (const Device* d : {&d1, &d2}) {
        auto options = deviceStoreOptions(d->db());
        REQUIRE(options.isOk());
        auto store = Store::open(d->db(), *options);
        REQUIRE(store.isOk());
        auto token = (*store)->meta("sync.token");
        REQUIRE(token);
        secrets.insert(*token);
    }
    // The org units' names are not personal (青山村第一网格): left out.
    for (const auto& unit : values(dump, "code")) secrets.erase(unit);

    std::string logs = town.log() + readFile(tmp.path() + "/server.out") + deviceLogs;
    CHECK(logs.size() > 0);
    for (const auto& s : secrets) {
        if (logs.find(s) != std::string::npos && s.find("网格") == std::string::npos &&
            s.find("社区") == std::string::npos && s.find("村") == std::string::npos)
            FAIL_CHECK("a log holds \"" << s << "\"");
    }
}
