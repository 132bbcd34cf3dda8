// dump --json — the canonical, sorted JSON of all domain state (core dumpJson), so two devices'
// states compare byte for byte. Sync bookkeeping (clocks, outbox, meta) is left out.
#include "invocation.h"

#include "gridwork/core/store/dump.h"

#include <iostream>

namespace gridwork::device {

namespace {
int runDump(Invocation& inv) {
    std::optional<std::vector<Uuid>> scope;
    for (const auto& g : inv.all("grid")) {
        auto id = Uuid::parse(g);
        if (!id) return inv.usage("--grid: '" + g + "' is not an id (expected a UUID)");
        if (!scope) scope.emplace();
        scope->push_back(*id);
    }
    GW_REFUSE(inv, Store * store, inv.store());
    std::cout << dumpJson(*store, scope);
    return 0;
}
}  // namespace

CommandGroup dumpCommands() {
    return {"dump",
            "print all domain state as canonical JSON (tables in schema order, rows by id)",
            {{"",
              "Prints the canonical JSON of all domain state; the output is JSON with or without --json.",
              {{"grid", "ID", "only rows of this grid and township-wide rows", false, true}},
              {},
              0,
              0,
              runDump}}};
}

}  // namespace gridwork::device
