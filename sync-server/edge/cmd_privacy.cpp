// privacy — the township's data-minimisation settings (core/docs/privacy.md): shows, or with
// --track-days sets, how long patrol track points are kept on the server, and deletes the
// points older than that now (they are also deleted at every start and hourly while serving).
#include "commands.h"
#include "server_context.h"

#include <iostream>

namespace gridwork::server {

int runPrivacy(const Args& args) {
    const std::string cmd = "privacy";
    if (auto st = args.check({"data", "track-days"}, {"data"}); !st) return usageError(cmd, st.message());
    auto days = args.integer("track-days");
    if (!days) return usageError(cmd, days.status().message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    if (*days) {
        if (**days < 1 || **days > 3650) return usageError(cmd, "--track-days must be 1..3650");
        if (auto st = (*service)->setTrackRetentionDays(static_cast<std::uint32_t>(**days)); !st) return fail(cmd, st);
    }
    auto deleted = (*service)->expireTracks();
    if (!deleted) return fail(cmd, deleted.status());
    std::cout << "patrol tracks kept " << (*service)->trackRetentionDays() << " days; " << *deleted
              << " older track points deleted\n";
    return 0;
}

}  // namespace gridwork::server
