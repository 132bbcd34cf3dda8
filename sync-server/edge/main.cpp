// gridwork-server — the township server: `serve` runs the sync service on HTTP(S); the other
// subcommands are the command centre's admin tools over the same data directory.
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
         "--data DIR --listen URL [--cert FILE --key FILE] [--max-body-mb N] [--max-attachment-mb N] "
         "[--workers N] [--queue N] [--max-conns N] [--max-conns-per-peer N] [--header-timeout-ms MS] "
         "[--body-timeout-ms MS] [--drain-ms MS] [--console DIR]",
         "serve devices, and the web console at /console/ (built files: --console DIR), over HTTP(S) until "
         "SIGTERM/SIGINT, then finish in-flight requests and exit",
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
        {"emergency start",
         "--data DIR --kind typhoon|flood|fire|epidemic|earthquake|other [--grid GRID]... [--note TEXT] "
         "[--duty TEXT] [--by NAME] [--json]",
         "平战转换: declare an emergency for the township (or the given grids); phones switch on their next sync",
         {"json"},
         runEmergencyStart},
        {"emergency end", "--data DIR [--id ID]", "end the lasting emergency (or the given one)", {}, runEmergencyEnd},
        {"emergency stats",
         "--data DIR [--id ID] [--json]",
         "per grid and township: households_done, households_listed, people_evacuated, disaster_reports_open",
         {"json"},
         runEmergencyStats},
        {"household risk",
         "--data DIR --household ID[,ID] [--off]",
         "put households on (or --off: take them off) the evacuation risk list (风险摸排)",
         {"off"},
         runHouseholdRisk},
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
        {"privacy",
         "--data DIR [--track-days N]",
         "how long patrol tracks are kept (default 180 days; N sets it); deletes older track points",
         {},
         runPrivacy},
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
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        printHelp(words.empty() ? std::cerr : std::cout);
        return words.empty() ? 2 : 0;
    }
    const CommandSpec* found = nullptr;
    std::size_t used = 0;
    for (const auto& spec : commandSpecs()) {
        auto space = spec.name.find(' ');
        if (space == std::string::npos) {
            if (words[0] == spec.name) found = &spec, used = 1;
        } else if (words.size() >= 2 && words[0] == spec.name.substr(0, space) &&
                   words[1] == spec.name.substr(space + 1)) {
            found = &spec, used = 2;
        }
        if (found) break;
    }
    if (!found) {
        std::cerr << "gridwork-server: unknown command: " << words[0] << (words.size() > 1 ? " " + words[1] : "")
                  << "\n";
        printHelp(std::cerr);
        return 2;
    }
    Args args(std::vector<std::string>(words.begin() + static_cast<long>(used), words.end()), found->switches);
    if (args.has("help")) {
        std::cout << "gridwork-server " << found->name << " " << found->usage << "\n  " << found->summary << "\n";
        return 0;
    }
    try {
        return found->run(args);
    } catch (const std::exception& e) {
        std::cerr << "gridwork-server " << found->name << ": internal error: " << e.what() << "\n";
        return 1;
    }
}
