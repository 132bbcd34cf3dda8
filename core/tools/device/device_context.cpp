#include "device_context.h"

#include "gridwork/core/domain/org_repo.h"

namespace gridwork::device {

namespace {
std::optional<Uuid> metaId(Store& store, const char* key) {
    auto v = store.meta(key);
    return v ? Uuid::parse(*v) : std::nullopt;
}
}  // namespace

std::optional<Uuid> deviceWorker(Store& store) {
    return metaId(store, kMetaWorker);
}
std::optional<Uuid> deviceGrid(Store& store) {
    return metaId(store, kMetaGrid);
}

Result<Uuid> workerOrDefault(const Invocation& inv, Store& store, const std::string& option) {
    GW_ASSIGN_OR_RETURN(auto given, inv.uuid(option));
    if (given) return *given;
    return deviceWorker(store).value_or(Uuid{});
}

Result<Uuid> gridOrDefault(const Invocation& inv, Store& store) {
    GW_ASSIGN_OR_RETURN(auto given, inv.uuid("grid"));
    if (given) return *given;
    return deviceGrid(store).value_or(Uuid{});
}

Result<std::vector<Uuid>> gridsOrDefault(const Invocation& inv, Store& store) {
    std::vector<Uuid> grids;
    for (const auto& g : inv.all("grid")) {
        auto id = Uuid::parse(g);
        if (!id) return Status(ErrorCode::InvalidArgument, "--grid: '" + g + "' is not an id (expected a UUID)");
        grids.push_back(*id);
    }
    if (!grids.empty()) return grids;
    if (auto mine = deviceGrid(store)) return std::vector<Uuid>{*mine};
    for (const auto& unit : domain::OrgRepo(store).byLevel(domain::OrgLevel::Grid)) grids.push_back(unit.id);
    return grids;
}

}  // namespace gridwork::device
