#include "cli_runner.h"

#include "process.h"

namespace gridwork::testing {

CliResult runDevice(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> words = {GRIDWORK_DEVICE_BIN, "--db", db};
    words.insert(words.end(), args.begin(), args.end());
    RunResult r = runProcess(words);
    return {r.exitCode, std::move(r.out), std::move(r.err)};
}

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

}  // namespace gridwork::testing
