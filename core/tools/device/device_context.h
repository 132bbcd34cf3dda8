// device_context.h — the device's own identity kept in the store's meta: the worker it belongs to
// and the worker's grid (set by `init --worker/--grid`; `enroll` may set them too). Commands use
// them as defaults for --worker and --grid.
//
// Contract: meta keys "device.worker_id" and "device.grid_id" hold UUID text. Reads never fail
// (absent or unparsable = nullopt). Same thread rules as the Store.
#pragma once

#include "invocation.h"

#include "gridwork/core/store/store.h"

#include <optional>
#include <vector>

namespace gridwork::device {

inline constexpr const char* kMetaWorker = "device.worker_id";
inline constexpr const char* kMetaGrid = "device.grid_id";

std::optional<Uuid> deviceWorker(Store& store);
std::optional<Uuid> deviceGrid(Store& store);

// --worker if given, else the device's worker, else nil. Malformed → usage status.
Result<Uuid> workerOrDefault(const Invocation& inv, Store& store, const std::string& option = "worker");
// --grid if given, else the device's grid, else nil.
Result<Uuid> gridOrDefault(const Invocation& inv, Store& store);
// Every --grid given; else the device's grid; else every grid the device knows (org units).
Result<std::vector<Uuid>> gridsOrDefault(const Invocation& inv, Store& store);

}  // namespace gridwork::device
