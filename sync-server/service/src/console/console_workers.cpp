// 网格员与设备: GET workers (workers, grids, devices); 管理员 only: POST workers {name, phone,
// grids} (creates the worker and his one-time enrollment code, shown once, also as a QR code by
// the page), POST workers/{id}/reassign {grids}, POST devices/{site}/revoke. Audited.
#include "console_call.h"

#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/store.h"

#include <map>

namespace gridwork::server {

using namespace gridwork::domain;

namespace {
Result<std::vector<Uuid>> gridsOf(const json& body) {
    std::vector<Uuid> out;
    if (!body.contains("grids") || !body["grids"].is_array()) return Status(ErrorCode::InvalidArgument, "请选择网格");
    for (const auto& g : body["grids"]) {
        auto id = g.is_string() ? Uuid::parse(g.get<std::string>()) : std::nullopt;
        if (!id) return Status(ErrorCode::InvalidArgument, "网格编号不正确");
        out.push_back(*id);
    }
    if (out.empty()) return Status(ErrorCode::InvalidArgument, "请选择网格");
    return out;
}
}  // namespace

ConsoleResponse getWorkers(ConsoleCall& call) {
    if (call.role() != StaffRole::Admin && call.role() != StaffRole::Dispatcher)
        return forbidden("只有管理员和指挥员可以查看网格员与设备");
    std::map<Uuid, std::string> gridNames;
    (void)call.service.withStore([&](Store& store) {
        for (const auto& g : OrgRepo(store).byLevel(OrgLevel::Grid)) gridNames[g.id] = g.name;
        return Status::ok();
    });
    auto devices = call.service.devices();
    json out = json::array();
    for (const auto& w : call.service.workers()) {
        json grids = json::array();
        for (const auto& g : w.grids) grids.push_back({{"id", g.toString()}, {"name", gridNames[g]}});
        json devs = json::array();
        for (const auto& d : devices)
            if (d.workerId == w.id)
                devs.push_back({{"site_id", d.siteId.toString()},
                                {"label", d.label},
                                {"revoked", d.revoked},
                                {"enrolled_at", d.enrolledAtMs},
                                {"acked_seq", d.ackedSeq}});
        out.push_back({{"id", w.id.toString()},
                       {"name", w.name},
                       {"phone", maskPhone(w.phone)},
                       {"grids", grids},
                       {"devices", devs}});
    }
    return jsonReply({{"workers", out}});
}

ConsoleResponse postWorker(ConsoleCall& call) {
    if (call.role() != StaffRole::Admin) return forbidden("只有管理员可以添加网格员");
    auto body = jsonBody(call.req);
    if (!body) return errorReply(body.status());
    auto grids = gridsOf(*body);
    if (!grids) return errorReply(grids.status());
    auto id = call.service.createWorker(str(*body, "name"), str(*body, "phone"), *grids);
    if (!id) return errorReply(id.status());
    auto code = call.service.issueEnrollmentCode(*id);
    if (!code) return errorReply(code.status());
    call.audit("worker.add", id->toString(), str(*body, "name"));
    return jsonReply({{"id", id->toString()}, {"code", *code}});
}

ConsoleResponse postReassign(ConsoleCall& call, const std::string& workerId) {
    if (call.role() != StaffRole::Admin) return forbidden("只有管理员可以调整网格");
    auto id = Uuid::parse(workerId);
    auto body = jsonBody(call.req);
    if (!id || !body) return errorReply({ErrorCode::InvalidArgument, "参数不正确"});
    auto grids = gridsOf(*body);
    if (!grids) return errorReply(grids.status());
    if (auto st = call.service.reassignWorker(*id, *grids); !st) return errorReply(st);
    call.audit("worker.reassign", id->toString(), std::to_string(grids->size()) + " grids");
    return jsonReply({{"ok", true}});
}

ConsoleResponse postRevoke(ConsoleCall& call, const std::string& siteId) {
    if (call.role() != StaffRole::Admin) return forbidden("只有管理员可以停用设备");
    auto id = Uuid::parse(siteId);
    if (!id) return errorReply({ErrorCode::InvalidArgument, "设备编号不正确"});
    if (auto st = call.service.revokeDevice(*id); !st) return errorReply(st);
    call.audit("device.revoke", id->toString(), "");
    return jsonReply({{"ok", true}});
}

}  // namespace gridwork::server
