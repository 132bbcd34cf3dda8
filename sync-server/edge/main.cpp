// gridwork-server — the township server: `serve` runs the sync service on HTTP(S); the other
// subcommands are the command centre's admin tools over the same data directory. The table below
// is the one list of commands: CLI11 (command_line.cpp) reads each command's options from the
// `--name` words of its usage text (switches: no value); --help prints these texts.
#include "command_line.h"
#include "commands.h"

#include <iostream>

namespace gridwork::server {

const std::vector<CommandSpec>& commandSpecs() {
    static const std::vector<CommandSpec> specs = {
        {"init",
         "--data DIR [--demo [--seed N] [--today YYYY-MM-DD] [--households N]]",
         "create a township data directory; --demo seeds a realistic demo township",
         {"demo"},
         runInit},
        {"serve",
         "--data DIR --listen URL [--cert FILE --key FILE] [--max-body-mb N] [--max-attachment-mb N]",
         "serve devices over HTTP(S) until SIGTERM/SIGINT, then finish in-flight requests and exit",
         {},
         runServe},
        {"worker add",
         "--data DIR --name NAME --phone PHONE --grids GRID[,GRID] [--role ROLE] [--json]",
         "create a worker assigned to grids (id, code or name) and print a one-time enrollment code",
         {"json"},
         runWorkerAdd},
        {"worker code",
         "--data DIR --worker ID [--json]",
         "issue a new one-time enrollment code for a worker",
         {"json"},
         runWorkerCode},
        {"worker reassign",
         "--data DIR --worker ID --grids GRID[,GRID]",
         "move a worker to other grids (his devices get the new grids and drop the old ones)",
         {},
         runWorkerReassign},
        {"worker revoke",
         "--data DIR (--device SITE_ID | --worker ID)",
         "revoke a device token (or every device of a worker)",
         {},
         runWorkerRevoke},
        {"worker list", "--data DIR [--json]", "list workers, their grids and devices", {"json"}, runWorkerList},
        {"ledger import",
         "--data DIR --grid GRID [--skip-bad-lines] FILE.csv",
         "import a household/resident ledger (the device's CSV format and importer)",
         {"skip-bad-lines"},
         runLedgerImport},
        {"report list",
         "--data DIR [--grid GRID] [--status S] [--overdue] [--all] [--date YYYY-MM-DD] [--json]",
         "list reports (default: not closed) with status, deadline and overdue days",
         {"overdue", "all", "json"},
         runReportList},
        {"report show", "--data DIR --report ID [--json]", "a report and its status history", {"json"}, runReportShow},
        {"report accept",
         "--data DIR --report ID [--note TEXT] [--deadline YYYY-MM-DD] [--actor NAME]",
         "受理: accept a reported problem",
         {},
         runReportAccept},
        {"report dispatch",
         "--data DIR --report ID --department NAME [--note TEXT] [--deadline YYYY-MM-DD] [--actor NAME]",
         "分办: dispatch to a department",
         {},
         runReportDispatch},
        {"report feedback",
         "--data DIR --report ID --note TEXT [--result TEXT]",
         "处置 → 反馈: record the department's result (--result, when still dispatched/handling) and the feedback",
         {},
         runReportFeedback},
        {"report close",
         "--data DIR --report ID [--note TEXT] [--actor NAME]",
         "办结: close a report",
         {},
         runReportClose},
        {"report return",
         "--data DIR --report ID --note TEXT",
         "退回: return a report to the worker",
         {},
         runReportReturn},
        {"task add",
         "--data DIR --title TEXT (--worker ID | --grid GRID) [--due YYYY-MM-DD] [--body TEXT] [--household ID]",
         "指令核查: send a verification instruction to a worker or a grid",
         {},
         runTaskAdd},
        {"task list", "--data DIR [--grid GRID] [--json]", "open tasks", {"json"}, runTaskList},
        {"stats",
         "--data DIR [--date YYYY-MM-DD] [--json]",
         "by grid: closure rate (办结率), overdue reports, follow-up visit rate (随访率)",
         {"json"},
         runStats},
        {"staff add",
         "--data DIR --login NAME --name 姓名 --role dispatcher|department|leader|admin [--department D] [--grid G]",
         "a console account; the password is read from standard input",
         {},
         runStaffAdd},
        {"staff passwd", "--data DIR --login NAME", "set a console password (from standard input)", {}, runStaffPasswd},
        {"staff disable",
         "--data DIR --login NAME [--enable]",
         "disable (or re-enable) a console account",
         {"enable"},
         runStaffDisable},
        {"staff list", "--data DIR [--json]", "console accounts and their roles", {"json"}, runStaffList},
        {"dump", "--data DIR [--grids GRID[,GRID]]", "canonical JSON of the server's state (or a scope)", {}, runDump},
    };
    return specs;
}

}  // namespace gridwork::server

namespace {

void printHelp(std::ostream& out) {
    out << "gridwork-server — the township sync server and command-centre tools\n\nUsage:\n";
    for (const auto& spec : gridwork::server::commandSpecs())
        out << "  gridwork-server " << spec.name << " " << spec.usage << "\n      " << spec.summary << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace gridwork::server;
    CommandLine cl = readCommandLine(argc, argv);
    switch (cl.action) {
    case CommandLine::Action::Help: printHelp(cl.asked ? std::cout : std::cerr); return cl.asked ? 0 : 2;
    case CommandLine::Action::UnknownCommand:
        std::cerr << "gridwork-server: unknown command: " << cl.words << "\n";
        printHelp(std::cerr);
        return 2;
    case CommandLine::Action::CommandHelp:
        std::cout << "gridwork-server " << cl.spec->name << " " << cl.spec->usage << "\n  " << cl.spec->summary << "\n";
        return 0;
    case CommandLine::Action::Run: break;
    }
    try {
        return cl.spec->run(cl.args);
    } catch (const std::exception& e) {
        std::cerr << "gridwork-server " << cl.spec->name << ": internal error: " << e.what() << "\n";
        return 1;
    }
}
