// worker add | code | reassign | revoke | list — workers, their grids and their devices.
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/base/value.h"
#include "gridwork/core/domain/validation.h"

#include <iostream>

namespace gridwork::server {

namespace {

void printCode(const Args& args, const Uuid& worker, const std::string& name, const std::string& code) {
    if (args.has("json")) {
        std::cout << "{\"worker\":" << jsonQuote(worker.toString()) << ",\"name\":" << jsonQuote(name)
                  << ",\"code\":" << jsonQuote(code) << "}\n";
    } else {
        std::cout << "worker " << worker.toString() << " (" << name << ")\n"
                  << "enrollment code: " << code << "  (one-time; enter it on the phone or run\n"
                  << "  gridwork-device --db FILE enroll --server URL --code " << code << ")\n";
    }
}

}  // namespace

int runWorkerAdd(const Args& args) {
    const std::string cmd = "worker add";
    if (auto st = args.check({"data", "name", "phone", "grids", "grid", "role", "json"}, {"data", "name"}); !st)
        return usageError(cmd, st.message());
    std::vector<std::string> gridItems = args.values("grids");
    for (auto& g : args.values("grid")) gridItems.push_back(g);
    if (gridItems.empty()) return usageError(cmd, "missing --grids");
    std::string name = domain::trimText(*args.value("name"));
    if (auto st = domain::validateRequired(name, "姓名"); !st) return fail(cmd, st);
    std::string phone = args.value("phone").value_or("");
    if (!phone.empty()) {
        if (auto st = domain::validatePhone(phone); !st) return fail(cmd, st);
        phone = domain::normalizePhone(phone);
    }
    std::string role = args.value("role").value_or("grid_worker");
    if (auto st = domain::validateEnum<domain::WorkerRole>(role, "角色"); !st) return fail(cmd, st);
    role = std::string(domain::enumName(*domain::parseEnum<domain::WorkerRole>(role)));
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    auto grids = resolveGrids(**service, gridItems);
    if (!grids) return fail(cmd, grids.status());
    auto worker = (*service)->createWorker(name, phone, *grids, role);
    if (!worker) return fail(cmd, worker.status());
    auto code = (*service)->issueEnrollmentCode(*worker);
    if (!code) return fail(cmd, code.status());
    printCode(args, *worker, name, *code);
    return 0;
}

int runWorkerCode(const Args& args) {
    const std::string cmd = "worker code";
    if (auto st = args.check({"data", "worker", "json"}, {"data", "worker"}); !st) return usageError(cmd, st.message());
    auto id = args.requireUuid("worker");
    if (!id) return usageError(cmd, id.status().message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    auto info = (*service)->worker(*id);
    if (!info) return fail(cmd, info.status());
    auto code = (*service)->issueEnrollmentCode(*id);
    if (!code) return fail(cmd, code.status());
    printCode(args, *id, info->name, *code);
    return 0;
}

int runWorkerReassign(const Args& args) {
    const std::string cmd = "worker reassign";
    if (auto st = args.check({"data", "worker", "grids", "grid"}, {"data", "worker"}); !st)
        return usageError(cmd, st.message());
    auto id = args.requireUuid("worker");
    if (!id) return usageError(cmd, id.status().message());
    std::vector<std::string> gridItems = args.values("grids");
    for (auto& g : args.values("grid")) gridItems.push_back(g);
    if (gridItems.empty()) return usageError(cmd, "missing --grids");
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    auto grids = resolveGrids(**service, gridItems);
    if (!grids) return fail(cmd, grids.status());
    if (auto st = (*service)->reassignWorker(*id, *grids); !st) return fail(cmd, st);
    std::cout << "worker " << id->toString() << " now serves";
    for (const auto& g : *grids) std::cout << " " << gridName(**service, g);
    std::cout << "\n";
    return 0;
}

int runWorkerRevoke(const Args& args) {
    const std::string cmd = "worker revoke";
    if (auto st = args.check({"data", "device", "worker"}, {"data"}); !st) return usageError(cmd, st.message());
    auto device = args.uuid("device");
    auto worker = args.uuid("worker");
    if (!device) return usageError(cmd, device.status().message());
    if (!worker) return usageError(cmd, worker.status().message());
    if (!*device == !*worker) return usageError(cmd, "give exactly one of --device SITE_ID or --worker ID");
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::vector<Uuid> sites;
    if (*device) {
        sites.push_back(**device);
    } else {
        if (auto info = (*service)->worker(**worker); !info) return fail(cmd, info.status());
        for (const auto& d : (*service)->devices())
            if (d.workerId == **worker && !d.revoked) sites.push_back(d.siteId);
        // His devices and his unused enrollment codes, even when no device is active.
        if (auto st = (*service)->revokeWorker(**worker); !st) return fail(cmd, st);
        for (const auto& s : sites) std::cout << "revoked device " << s.toString() << "\n";
        std::cout << "revoked worker " << (*worker)->toString() << " (unused enrollment codes deleted)\n";
        return 0;
    }
    for (const auto& s : sites) {
        if (auto st = (*service)->revokeDevice(s); !st) return fail(cmd, st);
        std::cout << "revoked device " << s.toString() << "\n";
    }
    return 0;
}

int runWorkerList(const Args& args) {
    const std::string cmd = "worker list";
    if (auto st = args.check({"data", "json"}, {"data"}); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    auto workers = (*service)->workers();
    auto devices = (*service)->devices();
    bool json = args.has("json");
    if (json) std::cout << "{\"workers\":[";
    bool first = true;
    for (const auto& w : workers) {
        std::string grids;
        for (const auto& g : w.grids)
            grids += (grids.empty() ? "" : ",") + (json ? jsonQuote(g.toString()) : gridName(**service, g));
        int active = 0;
        for (const auto& d : devices) active += d.workerId == w.id && !d.revoked;
        if (json) {
            std::cout << (first ? "" : ",") << "{\"id\":" << jsonQuote(w.id.toString())
                      << ",\"name\":" << jsonQuote(w.name) << ",\"phone\":" << jsonQuote(w.phone) << ",\"grids\":["
                      << grids << "],\"devices\":" << active << "}";
        } else {
            std::cout << w.id.toString() << "  " << w.name << "  " << domain::maskPhone(w.phone) << "  " << grids
                      << "  devices:" << active << "\n";
        }
        first = false;
    }
    if (json) std::cout << "]}\n";
    return 0;
}

}  // namespace gridwork::server
