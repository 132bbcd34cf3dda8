// command.h — how a gridwork-device command describes itself: its options, its positional
// arguments and the function that runs it. The registry (registry.cpp) lists every group.
//
// Contract: specs are static data. A handler returns the process exit code: 0 success, 1 input
// refused or storage error (Invocation::fail), 2 usage error (Invocation::usage). A handler must
// validate all of its input before it writes, and write through the core's typed API in one
// transaction, so a refused command changes nothing.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace gridwork::device {

class Invocation;
using Handler = int (*)(Invocation&);

struct OptionSpec {
    std::string_view name;       // without the leading "--"
    std::string_view valueName;  // shown in help, e.g. "ID"; empty = a switch that takes no value
    std::string_view help;
    bool required = false;
    bool repeatable = false;  // may be given several times (e.g. --tag)
};

struct Subcommand {
    std::string_view name;  // empty: the group is itself the command (init, due, dump)
    std::string_view summary;
    std::vector<OptionSpec> options;        // --json and --help are accepted everywhere
    std::string_view positionalUsage = {};  // e.g. "FILE.csv"
    std::size_t minPositionals = 0;
    std::size_t maxPositionals = 0;
    Handler run = nullptr;
    bool createsStore = false;  // only init may create the database file
};

struct CommandGroup {
    std::string_view name;
    std::string_view summary;
    std::vector<Subcommand> subcommands;

    const Subcommand* find(std::string_view sub) const {
        for (const auto& s : subcommands)
            if (s.name == sub) return &s;
        return nullptr;
    }
    bool isSingle() const { return subcommands.size() == 1 && subcommands[0].name.empty(); }
};

}  // namespace gridwork::device
