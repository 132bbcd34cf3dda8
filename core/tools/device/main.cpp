// gridwork-device — a headless device over the core: `gridwork-device --db FILE <command> ...`.
// The dispatcher only finds the command (registry.cpp lists them) and runs it; each command
// group lives in its own cmd_*.cpp file.
//
// Adding a command group (e.g. enroll, sync, status):
//   1. write device/cmd_<name>.cpp defining `CommandGroup <name>Commands()` in gridwork::device:
//      its subcommands, their OptionSpecs (help and validation come from them) and handlers
//      `int run(Invocation&)` that read options via Invocation and call the core's typed API;
//   2. add `X(<name>)` to GRIDWORK_DEVICE_COMMANDS in registry.cpp. Nothing else (the build globs
//      device/*.cpp). Exit codes: return inv.fail(status) (1) / inv.usage(status) (2) / 0.
#include "invocation.h"
#include "registry.h"

#include <iostream>
#include <string>
#include <vector>

using namespace gridwork::device;

namespace {
int usageError(const std::string& message) {
    std::cerr << "gridwork-device: " << message << "\nTry `gridwork-device --help`.\n";
    return 2;
}

bool isHelp(const std::string& w) {
    return w == "--help" || w == "-h";
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> words(argv + 1, argv + argc);
    std::string db;
    // --db FILE may stand anywhere; it is the one global option.
    for (std::size_t i = 0; i < words.size();) {
        if (words[i] == "--db" && i + 1 < words.size()) {
            db = words[i + 1];
            words.erase(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i) + 2);
        } else if (words[i].rfind("--db=", 0) == 0) {
            db = words[i].substr(5);
            words.erase(words.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    if (words.empty() || isHelp(words[0])) {
        printMainHelp(words.empty() ? std::cerr : std::cout);
        return words.empty() ? 2 : 0;
    }
    const CommandGroup* group = findGroup(words[0]);
    if (!group) return usageError("unknown command '" + words[0] + "'");
    std::size_t rest = 1;
    const Subcommand* sub = nullptr;
    if (group->isSingle()) {
        sub = &group->subcommands[0];
    } else {
        if (words.size() < 2 || isHelp(words[1])) {
            printGroupHelp(words.size() < 2 ? std::cerr : std::cout, *group);
            return words.size() < 2 ? 2 : 0;
        }
        sub = group->find(words[1]);
        if (!sub) return usageError("unknown subcommand '" + std::string(group->name) + " " + words[1] + "'");
        rest = 2;
    }
    std::vector<std::string> optionWords(words.begin() + static_cast<long>(rest), words.end());
    for (const auto& w : optionWords) {
        if (isHelp(w)) {
            printSubcommandHelp(std::cout, *group, *sub);
            return 0;
        }
    }
    std::vector<std::string> switches = {"json", "help"};
    for (const auto& o : sub->options)
        if (o.valueName.empty()) switches.emplace_back(o.name);
    Invocation inv(db, *group, *sub, Args::parse(optionWords, switches));
    if (db.empty()) return inv.usage("missing --db FILE");
    if (auto s = inv.checkOptions(); !s.isOk()) return inv.usage(s);
    return sub->run(inv);
}
