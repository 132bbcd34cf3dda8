// ledger import — CSV import of a household/resident ledger (format: core/docs/ledger-csv.md).
// --all-or-nothing (the default): one bad line rejects the whole file, nothing is written, exit 1.
// --skip-bad-lines: good lines are imported, bad ones reported; exit 0 when the import committed.
// Bad lines go to stderr as "line N: column: message"; the summary to stdout.
#include "device_context.h"
#include "invocation.h"

#include "gridwork/core/domain/ledger_import.h"

#include <iostream>

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runImport(Invocation& inv) {
    if (inv.flag("all-or-nothing") && inv.flag("skip-bad-lines"))
        return inv.usage("--all-or-nothing and --skip-bad-lines exclude each other");
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    if (grid.isNil()) return inv.usage("missing --grid (or init --grid)");
    ImportOptions options;
    options.gridId = grid;
    options.mode = inv.flag("skip-bad-lines") ? ImportMode::SkipBadLines : ImportMode::AllOrNothing;
    GW_REFUSE(inv, auto result, importLedgerCsvFile(*store, inv.positionals()[0], options));
    for (const auto& e : result.errors)
        std::cerr << "line " << e.line << ": " << (e.column.empty() ? "" : e.column + ": ") << e.message << "\n";
    if (result.badLines > static_cast<std::int64_t>(result.errors.size()))
        std::cerr << "... and " << result.badLines - static_cast<std::int64_t>(result.errors.size())
                  << " more bad lines\n";
    std::vector<Record> micro;
    for (const auto& m : result.createdMicroGrids) micro.push_back(Record().add("name", std::string_view(m)));
    Record r;
    r.add("committed", result.committed)
        .add("mode", options.mode == ImportMode::AllOrNothing ? "all_or_nothing" : "skip_bad_lines");
    r.add("lines_read", result.linesRead).add("households", result.households).add("residents", result.residents);
    r.add("bad_lines", result.badLines).add("created_micro_grids", micro);
    inv.print(r);
    if (!result.committed) {
        std::cerr << "gridwork-device ledger import: " << result.badLines
                  << " bad line(s): nothing was imported (fix them, or use --skip-bad-lines)\n";
        return 1;
    }
    return 0;
}
}  // namespace

CommandGroup ledgerCommands() {
    return {"ledger",
            "the household/resident ledger: CSV import",
            {{"import",
              "Imports a ledger CSV (UTF-8, Chinese headers: 户编号, 地址, 姓名, 身份证号, ...).",
              {{"grid", "ID", "the grid the ledger belongs to (default: the device's grid)"},
               {"all-or-nothing", "", "any bad line rejects the whole file (the default)"},
               {"skip-bad-lines", "", "import the good lines, report the bad ones"}},
              "FILE.csv",
              1,
              1,
              runImport}}};
}

}  // namespace gridwork::device
