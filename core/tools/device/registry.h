// registry.h — every command group of gridwork-device, and the help texts built from them.
// Contract: the list is static and built once; safe to read from any thread.
#pragma once

#include "command.h"

#include <ostream>
#include <string_view>
#include <vector>

namespace gridwork::device {

const std::vector<CommandGroup>& commandGroups();
const CommandGroup* findGroup(std::string_view name);

void printMainHelp(std::ostream& out);
void printGroupHelp(std::ostream& out, const CommandGroup& group);
void printSubcommandHelp(std::ostream& out, const CommandGroup& group, const Subcommand& sub);

}  // namespace gridwork::device
