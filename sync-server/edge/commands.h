// commands.h — gridwork-server's subcommands, one file each (cmd_*.cpp); main.cpp dispatches.
//
// Contract: a command returns the process exit code (0 ok, 1 refused or failed, 2 usage) and
// prints errors on stderr through fail()/usageError() (server_context.h). Every admin command
// takes --data DIR. A command validates all its input before writing.
#pragma once

#include "cli_args.h"

#include <string>
#include <vector>

namespace gridwork::server {

using cli::Args;

struct CommandSpec {
    std::string name;   // "init", "worker add", ...
    std::string usage;  // options, for --help
    std::string summary;
    std::vector<std::string> switches;  // options that take no value
    int (*run)(const Args&);
};

const std::vector<CommandSpec>& commandSpecs();

int runInit(const Args& args);
int runServe(const Args& args);
int runWorkerAdd(const Args& args);
int runWorkerCode(const Args& args);
int runWorkerReassign(const Args& args);
int runWorkerRevoke(const Args& args);
int runWorkerList(const Args& args);
int runPrivacy(const Args& args);
int runLedgerImport(const Args& args);
int runReportList(const Args& args);
int runReportAccept(const Args& args);
int runReportDispatch(const Args& args);
int runReportFeedback(const Args& args);
int runReportClose(const Args& args);
int runReportReturn(const Args& args);
int runReportShow(const Args& args);
int runTaskAdd(const Args& args);
int runTaskList(const Args& args);
int runStats(const Args& args);
int runEmergencyStart(const Args& args);
int runEmergencyEnd(const Args& args);
int runEmergencyStats(const Args& args);
int runHouseholdRisk(const Args& args);
int runDump(const Args& args);
int runStaffAdd(const Args& args);
int runStaffPasswd(const Args& args);
int runStaffDisable(const Args& args);
int runStaffList(const Args& args);

}  // namespace gridwork::server
