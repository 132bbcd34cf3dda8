// The demo township: realistic, valid and deterministic from its seed.
#include "server_fixture.h"
#include "temp_dir.h"

#include "gridwork/core/domain/validation.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

int countOf(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

std::string seeded(const TempDir& tmp, const std::string& name) {
    std::string dir = tmp.file(name);
    RunResult r = runProcess({GRIDWORK_SERVER_BIN, "init", "--data", dir, "--demo", "--households", "400", "--seed",
                              "11", "--today", "2026-06-01"},
                             tmp.path());
    REQUIRE(r.exitCode == 0);
    return runProcess({GRIDWORK_SERVER_BIN, "dump", "--data", dir}, tmp.path()).out;
}

}  // namespace

TEST_CASE("init --demo: 20 grids with micro-grids, households, valid ID numbers, open work; same seed, same township") {
    TempDir tmp;
    std::string a = seeded(tmp, "a"), b = seeded(tmp, "b");
    CHECK(countOf(a, "\"level\": \"grid\"") == 20);
    CHECK(countOf(a, "\"level\": \"micro_grid\"") >= 60);
    CHECK(countOf(a, "\"level\": \"community\"") == 8);
    CHECK(countOf(a, "\"head_name\"") == 400);
    CHECK(a.find("村") != std::string::npos);
    CHECK(a.find("单元") != std::string::npos);
    CHECK(a.find("水库") != std::string::npos);
    CHECK(a.find("\"status\": \"closed\"") != std::string::npos);
    CHECK(a.find("\"status\": \"accepted\"") != std::string::npos);
    CHECK(a.find("重点病人随访") != std::string::npos);

    std::regex idNumber("\"id_number\": \"([0-9X]{18})\"");
    std::set<std::string> seen;
    int residents = 0;
    for (std::sregex_iterator it(a.begin(), a.end(), idNumber), end; it != end; ++it) {
        ++residents;
        std::string id = (*it)[1].str();
        CHECK_MESSAGE(domain::validateIdNumber(id).isOk(), id);
        seen.insert(id);
    }
    CHECK(residents > 800);
    CHECK(seen.size() > static_cast<std::size_t>(residents) * 9 / 10);

    // Deterministic but for the filing event ids that ReportRepo::file makes itself.
    std::regex filing("\\{\"id\": \"[0-9a-f-]{36}\", (\"grid_id\": \"[0-9a-f-]{36}\", \"report_id\")");
    CHECK(std::regex_replace(a, filing, "{$1") == std::regex_replace(b, filing, "{$1"));
}
