// help.cpp — help texts generated from the command specs, so they never drift from the parser.
#include "registry.h"

#include <algorithm>
#include <string>

namespace gridwork::device {

namespace {
std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s + " ";
}

std::string usageLine(const CommandGroup& g, const Subcommand& s) {
    std::string line = "gridwork-device --db FILE " + std::string(g.name);
    if (!s.name.empty()) line += " " + std::string(s.name);
    for (const auto& o : s.options) {
        if (!o.required) continue;
        line += " --" + std::string(o.name);
        if (!o.valueName.empty()) line += " " + std::string(o.valueName);
    }
    if (std::any_of(s.options.begin(), s.options.end(), [](const OptionSpec& o) { return !o.required; }))
        line += " [options]";
    if (!s.positionalUsage.empty()) line += " " + std::string(s.positionalUsage);
    return line;
}
}  // namespace

void printMainHelp(std::ostream& out) {
    out << "gridwork-device — a headless gridwork device (网格通) over the offline store.\n\n"
           "usage: gridwork-device --db FILE <command> [subcommand] [--option value ...]\n\n"
           "commands:\n";
    for (const auto& g : commandGroups()) {
        std::string names = std::string(g.name);
        if (!g.isSingle()) {
            names += " ";
            for (std::size_t i = 0; i < g.subcommands.size(); ++i)
                names += (i ? "|" : "") + std::string(g.subcommands[i].name);
        }
        out << "  " << pad(names, 40) << g.summary << "\n";
    }
    out << "\nEvery command takes --help; most take --json for machine-readable output.\n"
           "Exit status: 0 done, 1 input refused or storage error (nothing changed), 2 usage error.\n";
}

void printGroupHelp(std::ostream& out, const CommandGroup& group) {
    if (group.isSingle()) return printSubcommandHelp(out, group, group.subcommands[0]);
    out << "gridwork-device " << group.name << " — " << group.summary << "\n\nsubcommands:\n";
    for (const auto& s : group.subcommands) out << "  " << pad(std::string(s.name), 12) << s.summary << "\n";
    out << "\nRun `gridwork-device " << group.name << " <subcommand> --help` for its options.\n";
}

void printSubcommandHelp(std::ostream& out, const CommandGroup& group, const Subcommand& sub) {
    out << "usage: " << usageLine(group, sub) << "\n\n" << sub.summary << "\n";
    if (sub.options.empty()) return;
    out << "\noptions:\n";
    for (const auto& o : sub.options) {
        std::string flag = "--" + std::string(o.name);
        if (!o.valueName.empty()) flag += " " + std::string(o.valueName);
        std::string help(o.help);
        if (o.required) help += " (required)";
        if (o.repeatable) help += " (may be repeated)";
        out << "  " << pad(flag, 26) << help << "\n";
    }
    out << "  " << pad("--json", 26) << "machine-readable output\n";
}

}  // namespace gridwork::device
