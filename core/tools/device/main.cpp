// gridwork-device — a headless device over the core: `gridwork-device --db FILE <command> ...`.
// The command line is read by CLI11 (command_line.cpp) from the command specs; main only prints
// the help asked for or runs the command. Each command group lives in its own cmd_*.cpp file.
//
// Adding a command group (e.g. enroll, sync, status):
//   1. write device/cmd_<name>.cpp defining `CommandGroup <name>Commands()` in gridwork::device:
//      its subcommands, their OptionSpecs (help, parsing and validation come from them) and
//      handlers `int run(Invocation&)` that read options via Invocation and call the core's API;
//   2. add `X(<name>)` to GRIDWORK_DEVICE_COMMANDS in registry.cpp. Nothing else (the build globs
//      device/*.cpp). Exit codes: return inv.fail(status) (1) / inv.usage(status) (2) / 0.
#include "command_line.h"
#include "invocation.h"
#include "registry.h"

#include <iostream>

using namespace gridwork::device;

int main(int argc, char** argv) {
    CommandLine cl = readCommandLine(argc, argv);
    std::ostream& helpOut = cl.asked ? std::cout : std::cerr;
    int helpExit = cl.asked ? 0 : 2;
    switch (cl.action) {
    case CommandLine::Action::UsageError:
        std::cerr << "gridwork-device: " << cl.error << "\nTry `gridwork-device --help`.\n";
        return 2;
    case CommandLine::Action::MainHelp: printMainHelp(helpOut); return helpExit;
    case CommandLine::Action::GroupHelp: printGroupHelp(helpOut, *cl.group); return helpExit;
    case CommandLine::Action::SubcommandHelp: printSubcommandHelp(helpOut, *cl.group, *cl.sub); return helpExit;
    case CommandLine::Action::Run: break;
    }
    Invocation inv(cl.db, *cl.group, *cl.sub, std::move(cl.args));
    if (cl.db.empty()) return inv.usage("missing --db FILE");
    if (auto s = inv.checkOptions(); !s.isOk()) return inv.usage(s);
    return cl.sub->run(inv);
}
