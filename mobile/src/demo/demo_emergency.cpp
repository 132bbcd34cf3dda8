#include "demo/demo_emergency.h"

#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"

namespace gridwork::mobile {

Status declareDemoEmergency(Store& store) {
    auto grids = domain::OrgRepo(store).byLevel(domain::OrgLevel::Grid);
    if (grids.empty()) return Status(ErrorCode::NotFound, "没有演示网格");
    auto households = domain::LedgerRepo(store).householdsOfGrid(grids.front().id);
    domain::EmergencyRepo repo(store);
    for (std::size_t i = 0; i < households.size() && i < 5; ++i) GW_TRY(repo.setRisk(households[i].id, true));
    domain::Emergency e;
    e.kind = domain::EmergencyKind::Typhoon;
    e.note = "台风“梅花”今夜登陆，请立即转移危旧房、低洼地群众，巡查山塘水库。";
    e.duty = "带班领导 李明 13800000001\n应急办值班 陈芳 0574-88000000\n网格长 王建国 13812345678";
    e.declaredBy = "镇应急办";
    GW_ASSIGN_OR_RETURN(domain::Emergency declared, repo.declare(e));
    if (households.size() < 2) return Status::ok();
    domain::Evacuation moved;
    moved.emergencyId = declared.id;
    moved.householdId = households[0].id;
    moved.evacuated = 3;
    moved.destination = "村委会安置点";
    GW_TRY(repo.record(moved).status());
    domain::Evacuation stayed = moved;
    stayed.householdId = households[1].id;
    stayed.evacuated = 1;
    stayed.destination = "亲友家";
    stayed.stayed = 1;
    stayed.stayedReason = "老人行动不便，已安排专人看护";
    return repo.record(stayed).status();
}

Status endDemoEmergencies(Store& store) {
    domain::EmergencyRepo repo(store);
    for (const auto& e : repo.active()) GW_TRY(repo.end(e.id));
    return Status::ok();
}

}  // namespace gridwork::mobile
