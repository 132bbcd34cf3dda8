#include "load_township.h"

#include "gridwork/core/domain/domain.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace gridwork::load {

using namespace gridwork::domain;

namespace {

Result<std::vector<Uuid>> seedOrgAndLedger(Store& store, int grids) {
    OrgRepo org(store);
    LedgerRepo ledger(store);
    std::vector<Uuid> gridIds;
    OrgUnit t;
    t.level = OrgLevel::Township;
    t.name = "压测街道";
    GW_ASSIGN_OR_RETURN(t, org.add(t));
    std::vector<OrgUnit> communities;
    for (int c = 0; c < 8; ++c) {
        OrgUnit u;
        u.level = OrgLevel::Community;
        u.parentId = t.id;
        u.name = "社区" + std::to_string(c + 1);
        GW_ASSIGN_OR_RETURN(u, org.add(u));
        communities.push_back(u);
    }
    for (int g = 0; g < grids; ++g) {
        OrgUnit u;
        u.level = OrgLevel::Grid;
        u.parentId = communities[static_cast<std::size_t>(g % 8)].id;
        u.name = "网格" + std::to_string(g + 1);
        GW_ASSIGN_OR_RETURN(u, org.add(u));
        gridIds.push_back(u.id);
        for (int h = 0; h < 30; ++h) {
            Household hh;
            hh.gridId = u.id;
            hh.address = u.name + "小区" + std::to_string(h / 6 + 1) + "栋" + std::to_string(h % 6 + 1) + "01室";
            hh.headName = "户主" + std::to_string(h);
            GW_ASSIGN_OR_RETURN(hh, ledger.addHousehold(hh));
            Resident r;
            r.householdId = hh.id;
            r.name = "居民" + std::to_string(h);
            r.relation = "户主";
            GW_TRY(ledger.addResident(r).status());
        }
    }
    return gridIds;
}

}  // namespace

Result<std::vector<DevicePlan>> seedTownship(const std::string& dataDir, const std::string& devDir, int devices) {
    fs::create_directories(dataDir + "/attachments");
    fs::create_directories(devDir);
    server::SyncServiceOptions so;
    so.dbPath = dataDir + "/server.db";
    so.durable = false;
    GW_ASSIGN_OR_RETURN(auto service, server::SyncService::open(so));
    const int grids = (devices + 2) / 3;
    std::vector<Uuid> gridIds;
    GW_TRY(service->withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(gridIds, seedOrgAndLedger(store, grids));
        return Status::ok();
    }));
    std::vector<DevicePlan> plans;
    for (int d = 0; d < devices; ++d) {
        DevicePlan p;
        p.grid = gridIds[static_cast<std::size_t>(d / 3)];
        GW_ASSIGN_OR_RETURN(p.worker, service->createWorker("网格员" + std::to_string(d + 1), "13800000000", {p.grid}));
        GW_ASSIGN_OR_RETURN(p.code, service->issueEnrollmentCode(p.worker));
        p.db = devDir + "/device" + std::to_string(d) + ".db";
        plans.push_back(p);
    }
    // Enroll every device and give it its grid's state, in process.
    server::LoopbackTransport loop(*service);
    for (auto& p : plans) {
        StoreOptions o;
        o.durable = false;
        GW_ASSIGN_OR_RETURN(auto store, Store::open(p.db, o));
        SyncEngine engine(*store, loop);
        GW_TRY(engine.enroll(p.code, "load"));
        GW_TRY(engine.sync().status());
        GW_TRY(store->setMeta("device.worker_id", p.worker.toString()));
    }
    return plans;
}

Result<std::uint64_t> writeDay(const DevicePlan& p, int seed) {
    StoreOptions o;
    o.durable = false;
    GW_ASSIGN_OR_RETURN(auto store, Store::open(p.db, o));
    LedgerRepo ledger(*store);
    VisitRepo visits(*store);
    PatrolRepo patrols(*store);
    ReportRepo reports(*store);
    DiaryRepo diary(*store);
    auto households = ledger.householdsOfGrid(p.grid);
    if (households.empty()) return Status(ErrorCode::NotFound, "device has no households");
    for (int v = 0; v < 15; ++v) {
        Visit vis;
        vis.householdId = households[static_cast<std::size_t>((v + seed) % households.size())].id;
        vis.workerId = p.worker;
        vis.note = "日常走访，情况正常";
        vis.location = GeoPoint{29.5 + v * 1e-4, 120.9 + seed * 1e-5};
        GW_TRY(visits.record(vis).status());
    }
    GW_ASSIGN_OR_RETURN(Patrol patrol, patrols.start(p.worker, p.grid));
    Checkpoint cp;
    cp.gridId = p.grid;
    cp.name = "巡查点" + std::to_string(seed);
    cp.location = {29.5, 120.9};
    GW_ASSIGN_OR_RETURN(cp, patrols.addCheckpoint(cp));
    for (int i = 0; i < 120; ++i) {
        GW_TRY(patrols.addPoint(patrol.id, {29.5 + i * 5e-5, 120.9 + i * 3e-5}, 8.0).status());
        if (i % 60 == 30) GW_TRY(patrols.passCheckpoint(patrol.id, cp.id).status());
    }
    GW_TRY(patrols.stop(patrol.id, "无异常"));
    for (int r = 0; r < 3; ++r) {
        Report rep;
        rep.gridId = p.grid;
        rep.workerId = p.worker;
        rep.category = ReportCategory::Environment;
        rep.text = "垃圾未及时清运" + std::to_string(r);
        GW_TRY(reports.file(rep).status());
    }
    for (int d = 0; d < 2; ++d) {
        DiaryEntry e;
        e.gridId = p.grid;
        e.workerId = p.worker;
        e.text = "民情日记" + std::to_string(d);
        GW_TRY(diary.add(e).status());
    }
    HouseholdPatch patch;
    patch.phone = "1390000" + std::to_string(1000 + seed % 9000);
    GW_TRY(ledger.editHousehold(households[static_cast<std::size_t>(seed) % households.size()].id, patch));
    patch = {};
    patch.note = "已核实";
    GW_TRY(ledger.editHousehold(households[static_cast<std::size_t>(seed + 1) % households.size()].id, patch));
    return store->outboxCount();
}

}  // namespace gridwork::load
