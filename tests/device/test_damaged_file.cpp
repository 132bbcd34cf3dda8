// A damaged device file (issue 8): a meta number that is not a number is a typed, readable
// refusal naming the key — never an abort (std::stoull used to throw: exit 134).
#include "cli_runner.h"
#include "device_files.h"
#include "temp_dir.h"

#include "gridwork/core/store/db.h"

#include <doctest/doctest.h>

using namespace gridwork;
using gridwork::testing::CliResult;
using gridwork::testing::runDevice;

namespace {
const std::string kGrid = "018f0000-0000-7000-8000-00000000a001";
const std::string kWorker = "018f0000-0000-7000-8000-00000000b001";

void setMeta(const std::string& file, const std::string& key, const std::string& value) {
    auto db = gridwork::testing::openDeviceDatabase(file);
    REQUIRE(db.isOk());
    REQUIRE((*db)
                ->exec("INSERT INTO meta(key,value) VALUES('" + key + "','" + value +
                       "') ON CONFLICT(key) DO UPDATE SET value=excluded.value")
                .isOk());
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("meta.hlc = garbage: gridwork-device due refuses with the key named, no abort") {
    testing::TempDir dir;
    const std::string file = dir.file("d.db");
    REQUIRE(runDevice(file, {"init", "--worker", kWorker, "--grid", kGrid}).exitCode == 0);
    REQUIRE(runDevice(file, {"due"}).exitCode == 0);
    setMeta(file, "hlc", "garbage");
    CliResult r = runDevice(file, {"due"});
    INFO("stderr: " << r.err);
    CHECK(r.exitCode == 1);  // a refusal, not a signal (-1) or a usage error (2)
    CHECK(contains(r.err, "meta.hlc"));
    CHECK(contains(r.err, "损坏"));
    CHECK(contains(r.err, "garbage"));
}

TEST_CASE("meta.clock_offset_ms damaged: refused the same way") {
    testing::TempDir dir;
    const std::string file = dir.file("d.db");
    REQUIRE(runDevice(file, {"init", "--worker", kWorker, "--grid", kGrid}).exitCode == 0);
    setMeta(file, "clock_offset_ms", "12abc");
    CliResult r = runDevice(file, {"due"});
    INFO("stderr: " << r.err);
    CHECK(r.exitCode == 1);
    CHECK(contains(r.err, "meta.clock_offset_ms"));
}
