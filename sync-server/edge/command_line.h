// command_line.h — gridwork-server's command line read with CLI11: the command ("init",
// "worker add", ...) from commandSpecs() (main.cpp) and its options.
//
// Contract: readCommandLine never exits and never throws. A command's options are the `--name`
// words of its usage text; those in its switches take no value. Words CLI11 does not know reach
// the command's Args (an unknown `--name` with the next word as its value unless that is an
// option too, other words as positionals) so the command's own check() names them.
// Not thread-safe (one call per process).
#pragma once

#include "commands.h"

#include <string>

namespace gridwork::server {

struct CommandLine {
    enum class Action { Run, Help, CommandHelp, UnknownCommand };
    Action action = Action::Help;
    bool asked = false;  // Help: asked for (stdout, exit 0) rather than owed (stderr, exit 2)
    const CommandSpec* spec = nullptr;
    Args args;
    std::string words;  // UnknownCommand: the one or two words given, "worker frob"
};

CommandLine readCommandLine(int argc, const char* const* argv);

}  // namespace gridwork::server
