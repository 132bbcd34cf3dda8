// ledger import — a household/resident CSV into one grid, with the device's importer
// (core/domain/ledger_import.h): all-or-nothing by default, --skip-bad-lines to import the good
// lines; bad lines are listed with their line numbers either way.
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/domain/ledger_import.h"
#include "gridwork/core/store/store.h"

#include <iostream>

namespace gridwork::server {

int runLedgerImport(const Args& args) {
    const std::string cmd = "ledger import";
    if (auto st = args.check({"data", "grid", "skip-bad-lines", "file"}, {"data", "grid"}); !st)
        return usageError(cmd, st.message());
    std::string file = args.value("file").value_or(args.positionals().empty() ? "" : args.positionals().front());
    if (file.empty()) return usageError(cmd, "missing FILE.csv");
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    auto grid = resolveGrids(**service, {*args.value("grid")});
    if (!grid) return fail(cmd, grid.status());
    domain::ImportOptions options;
    options.gridId = grid->front();
    options.mode = args.has("skip-bad-lines") ? domain::ImportMode::SkipBadLines : domain::ImportMode::AllOrNothing;
    domain::ImportResult result;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(result, domain::importLedgerCsvFile(store, file, options));
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    for (const auto& e : result.errors)
        std::cerr << file << ":" << e.line << ": "
                  << (e.column.empty() || e.message.rfind(e.column, 0) == 0 ? "" : e.column + "：") << e.message
                  << "\n";
    std::cout << (result.committed ? "imported " : "nothing imported: ") << result.households << " households, "
              << result.residents << " residents from " << result.linesRead << " lines";
    if (result.badLines) std::cout << "; " << result.badLines << " bad lines" << (result.committed ? " skipped" : "");
    std::cout << "\n";
    for (const auto& m : result.createdMicroGrids) std::cout << "created micro-grid " << m << "\n";
    return result.committed ? 0 : 1;
}

}  // namespace gridwork::server
