#include "base/session.h"

#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/worker_repo.h"
#include "gridwork/core/sync/sync_engine.h"
#include "workers/offline_transport.h"

namespace gridwork::mobile {

namespace {
Uuid metaId(Store& store, const char* key) {
    auto v = store.meta(key);
    if (!v) return Uuid::nil();
    auto id = Uuid::parse(*v);
    return id ? *id : Uuid::nil();
}
}  // namespace

Session loadSession(Store& store) {
    Session s;
    OfflineTransport offline;
    const SyncStatus sync = SyncEngine(store, offline).status();
    if (sync.enrolled && !sync.workerId.isNil()) {
        s.workerId = sync.workerId;
        s.workerName = sync.workerName;
        s.gridIds = sync.grids;
        if (!sync.grids.empty()) s.gridId = sync.grids.front();
    } else {
        s.workerId = metaId(store, kMetaWorkerId);
        s.gridId = metaId(store, kMetaGridId);
    }
    s.serverUrl = store.meta(kMetaServerUrl).value_or("");
    s.elderMode = store.meta(kMetaElderMode).value_or("0") == "1";
    s.keepPhotoLocation = store.meta(kMetaPhotoKeepLocation).value_or("0") == "1";
    if (!s.workerId.isNil()) {
        domain::WorkerRepo workers(store);
        if (auto w = workers.get(s.workerId)) {
            if (s.workerName.empty()) s.workerName = w->name;
            if (s.gridId.isNil()) s.gridId = w->gridId;
        }
    }
    if (!s.gridId.isNil()) {
        domain::OrgRepo org(store);
        if (auto g = org.get(s.gridId)) s.gridName = g->name;
    }
    return s;
}

Status saveSession(Store& store, const Uuid& workerId, const Uuid& gridId, const std::string& serverUrl) {
    GW_TRY(store.setMeta(kMetaWorkerId, workerId.toString()));
    if (!gridId.isNil()) GW_TRY(store.setMeta(kMetaGridId, gridId.toString()));
    if (!serverUrl.empty()) GW_TRY(store.setMeta(kMetaServerUrl, serverUrl));
    return Status::ok();
}

}  // namespace gridwork::mobile
