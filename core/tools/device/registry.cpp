// registry.cpp — the list of gridwork-device command groups.
//
// To add a command group (e.g. `enroll`, `sync`, `status`):
//   1. write device/cmd_<name>.cpp defining `CommandGroup <name>Commands()` in namespace
//      gridwork::device (copy cmd_diary.cpp for the shape: an OptionSpec list and a handler that
//      reads options through Invocation and calls the core's typed API);
//   2. add one line `X(<name>)` to GRIDWORK_DEVICE_COMMANDS below (it declares and registers it).
// device/*.cpp is globbed by core/tools/CMakeLists.txt, so no build edit is needed.
#include "registry.h"

namespace gridwork::device {

#define GRIDWORK_DEVICE_COMMANDS(X)                                                                                    \
    X(init)                                                                                                            \
    X(org)                                                                                                             \
    X(worker)                                                                                                          \
    X(ledger)                                                                                                          \
    X(household)                                                                                                       \
    X(resident)                                                                                                        \
    X(followup)                                                                                                        \
    X(visit)                                                                                                           \
    X(checkpoint)                                                                                                      \
    X(patrol)                                                                                                          \
    X(report)                                                                                                          \
    X(task)                                                                                                            \
    X(diary)                                                                                                           \
    X(due)                                                                                                             \
    X(emergency)                                                                                                       \
    X(evacuation)                                                                                                      \
    X(dump)                                                                                                            \
    GRIDWORK_DEVICE_HTTP_COMMANDS(X)

// The commands that talk to the township server over HTTP (device/http/, built with the server
// parts only: they need cpprestsdk).
#ifdef GRIDWORK_DEVICE_HTTP
#define GRIDWORK_DEVICE_HTTP_COMMANDS(X) X(enroll) X(sync) X(status) X(attachment)
#else
#define GRIDWORK_DEVICE_HTTP_COMMANDS(X)
#endif

#define GRIDWORK_DECLARE(name) CommandGroup name##Commands();
GRIDWORK_DEVICE_COMMANDS(GRIDWORK_DECLARE)
#undef GRIDWORK_DECLARE

const std::vector<CommandGroup>& commandGroups() {
#define GRIDWORK_LIST(name) name##Commands(),
    static const std::vector<CommandGroup> kGroups = {GRIDWORK_DEVICE_COMMANDS(GRIDWORK_LIST)};
#undef GRIDWORK_LIST
    return kGroups;
}

const CommandGroup* findGroup(std::string_view name) {
    for (const auto& g : commandGroups())
        if (g.name == name) return &g;
    return nullptr;
}

}  // namespace gridwork::device
