// session.h — who is using this device: the enrolled worker and his grid, as the controllers
// need them to scope queries and stamp writes.
//
// Contract: loadSession() and saveSession() run on the DB worker thread (they read/write the
// store's meta and the worker/org tables through the domain API). The Session value itself is
// plain and is copied to the GUI thread. After enrollment the sync engine's state is the truth
// (SyncEngine::status(): worker, name, grids); before it (a demo store seeded on the device) the
// app's own meta keys app.worker_id / app.grid_id are used. app.server_url keeps the server.
// Thread-safety: plain value.
#pragma once

#include "gridwork/core/base/uuid.h"
#include "gridwork/core/store/store.h"

#include <string>
#include <vector>

namespace gridwork::mobile {

struct Session {
    Uuid workerId;
    Uuid gridId;                // the first (home) grid
    std::vector<Uuid> gridIds;  // every grid in scope
    std::string workerName;
    std::string gridName;
    std::string serverUrl;
    bool elderMode = false;
    bool keepPhotoLocation = false;  // keep the GPS position inside photo files (default: stripped)

    bool hasWorker() const { return !workerId.isNil(); }
    std::vector<Uuid> grids() const {
        if (!gridIds.empty()) return gridIds;
        return gridId.isNil() ? std::vector<Uuid>{} : std::vector<Uuid>{gridId};
    }
};

inline constexpr const char* kMetaWorkerId = "app.worker_id";
inline constexpr const char* kMetaGridId = "app.grid_id";
inline constexpr const char* kMetaServerUrl = "app.server_url";
inline constexpr const char* kMetaElderMode = "app.elder_mode";
inline constexpr const char* kMetaPhotoKeepLocation = "app.photo_keep_location";

Session loadSession(Store& store);
Status saveSession(Store& store, const Uuid& workerId, const Uuid& gridId, const std::string& serverUrl);

}  // namespace gridwork::mobile
