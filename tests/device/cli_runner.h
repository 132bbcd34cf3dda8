// cli_runner.h — runs the real gridwork-device binary for tests and captures what it printed.
// Contract: blocking; runs through tests/support/process.h (stdout and stderr captured in temp
// files, no pipe deadlocks); never throws.
#pragma once

#include <string>
#include <vector>

namespace gridwork::testing {

struct CliResult {
    int exitCode = -1;  // -1: did not exit normally
    std::string out;
    std::string err;
};

// gridwork-device --db DB args...
CliResult runDevice(const std::string& db, const std::vector<std::string>& args);
// The first line of out (a created id), without the newline.
std::string firstLine(const std::string& text);

}  // namespace gridwork::testing
