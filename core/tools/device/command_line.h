// command_line.h — gridwork-device's command line read with CLI11: the global --db, the command
// group, its subcommand and that subcommand's options (bound from its OptionSpecs, command.h).
//
// Contract: readCommandLine never exits and never throws. It answers with what main does next:
// print a help text (to stdout when asked for with --help/-h, exit 0; to stderr when the command
// is incomplete, exit 2), report a usage error (exit 2), or run `sub` with `args`. --help anywhere
// after a subcommand shows that subcommand's help; --db may stand anywhere.
// Not thread-safe (one call per process).
#pragma once

#include "args.h"
#include "command.h"

#include <string>

namespace gridwork::device {

struct CommandLine {
    enum class Action { Run, MainHelp, GroupHelp, SubcommandHelp, UsageError };
    Action action = Action::UsageError;
    bool asked = false;  // help: asked for (stdout, exit 0) rather than owed (stderr, exit 2)
    std::string db;
    const CommandGroup* group = nullptr;
    const Subcommand* sub = nullptr;
    Args args;
    std::string error;  // UsageError: "unknown command 'x'"
};

CommandLine readCommandLine(int argc, const char* const* argv);

}  // namespace gridwork::device
