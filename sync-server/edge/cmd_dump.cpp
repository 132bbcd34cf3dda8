// dump — the server's canonical JSON (dump.h), whole or for a scope of grids: what a device of
// that scope must hold after a sync. Used by the integration tests.
#include "commands.h"
#include "server_context.h"

#include <iostream>

namespace gridwork::server {

int runDump(const Args& args) {
    const std::string cmd = "dump";
    if (auto st = args.check({"data", "grids", "json"}, {"data"}); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::optional<std::vector<Uuid>> scope;
    if (args.has("grids")) {
        auto grids = resolveGrids(**service, args.values("grids"));
        if (!grids) return fail(cmd, grids.status());
        scope = *grids;
    }
    std::cout << (*service)->dump(scope) << "\n";
    return 0;
}

}  // namespace gridwork::server
