// Routes not built yet: they answer 501 with a plain message (see sync-server/console/README.md).
#include "console_call.h"

namespace gridwork::server {

namespace {
ConsoleResponse notYet(const char* what) {
    return jsonReply({{"error", {{"code", "NotImplemented"}, {"message", std::string(what) + "：尚未开放"}}}}, 501);
}
}  // namespace

ConsoleResponse getStats(ConsoleCall&) {
    return notYet("统计");
}
ConsoleResponse getHouseholds(ConsoleCall&) {
    return notYet("台账");
}
ConsoleResponse getHousehold(ConsoleCall&, const std::string&) {
    return notYet("台账");
}
ConsoleResponse postUnmask(ConsoleCall&) {
    return notYet("查看完整信息");
}
ConsoleResponse getTasks(ConsoleCall&) {
    return notYet("指令核查");
}
ConsoleResponse postTask(ConsoleCall&) {
    return notYet("指令核查");
}
ConsoleResponse getWorkers(ConsoleCall&) {
    return notYet("网格员与设备");
}
ConsoleResponse postWorker(ConsoleCall&) {
    return notYet("网格员与设备");
}
ConsoleResponse postReassign(ConsoleCall&, const std::string&) {
    return notYet("网格员与设备");
}
ConsoleResponse postRevoke(ConsoleCall&, const std::string&) {
    return notYet("网格员与设备");
}

}  // namespace gridwork::server
