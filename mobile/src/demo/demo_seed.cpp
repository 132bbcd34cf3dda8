#include "demo/demo_seed.h"

#include "base/session.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/diary_repo.h"
#include "gridwork/core/domain/followup_repo.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/patrol_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/domain/worker_repo.h"

#include "base/position_service.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <array>
#include <cstdio>

namespace gridwork::mobile {

namespace d = gridwork::domain;

namespace {
constexpr std::array kSurnames{"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙"};
constexpr std::array kGiven{"建国", "秀英", "志强", "桂兰", "伟", "芳", "明", "丽华", "国庆", "淑珍", "海峰", "玉梅"};
constexpr std::array kSpouse{"淑芬", "德华", "美玲", "春生", "翠花", "永福"};
constexpr std::array kKids{"子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰"};
constexpr std::array kRoads{"东溪路", "桥头巷", "学堂弄"};

std::string idNumber(int birthYear, int month, int day, int serial, bool male) {
    char buf[32];
    const int seq = serial * 2 + (male ? 1 : 0);
    std::snprintf(buf, sizeof buf, "330106%04d%02d%02d%03d", birthYear, month, day, seq % 1000);
    std::string first17(buf);
    return first17 + d::idNumberCheckChar(first17);
}

std::string phone(int i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "138%08d", 57120000 + i * 7919 % 9999999);
    return buf;
}

std::int64_t todayAt(int hour, int minute) {
    const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600);
    QDateTime t(now.date(), QTime(hour, minute), QTimeZone(8 * 3600));
    return t.toMSecsSinceEpoch();
}
}  // namespace

Result<DemoIds> seedDemo(Store& store) {
    d::OrgRepo org(store);
    d::WorkerRepo workers(store);
    d::LedgerRepo ledger(store);
    const std::string today = d::localDateFromMs(QDateTime::currentMSecsSinceEpoch());

    GW_ASSIGN_OR_RETURN(auto township, org.add({{}, {}, {}, d::OrgLevel::Township, "清河街道", "330106001"}));
    GW_ASSIGN_OR_RETURN(auto community,
                        org.add({{}, {}, township.id, d::OrgLevel::Community, "东溪社区", "330106001001"}));
    GW_ASSIGN_OR_RETURN(auto grid,
                        org.add({{}, {}, community.id, d::OrgLevel::Grid, "东溪社区第三网格", "330106001001003"}));
    std::vector<d::OrgUnit> micro;
    for (int i = 0; i < 3; ++i) {
        std::string name = std::string(kRoads[i]) + "微网格";
        GW_ASSIGN_OR_RETURN(auto m, org.add({{}, {}, grid.id, d::OrgLevel::MicroGrid, name, ""}));
        micro.push_back(m);
    }
    d::Worker w;
    w.gridId = grid.id;
    w.name = "李红梅";
    w.phone = "13857123456";
    GW_ASSIGN_OR_RETURN(auto worker, workers.add(w));
    GW_TRY(saveSession(store, worker.id, grid.id, ""));

    DemoIds ids{worker.id, grid.id, {}};
    std::vector<d::Household> households;
    std::vector<d::Resident> elders;
    for (int i = 0; i < 36; ++i) {
        const int mg = i % 3;
        d::Household h;
        h.microGridId = micro[mg].id;
        h.gridId = grid.id;
        h.address = std::string(kRoads[mg]) + std::to_string(i / 3 * 2 + 1) + "号" +
                    (i % 4 == 0 ? "" : "附" + std::to_string(i % 4));
        h.kind = i % 7 == 3 ? d::HouseholdKind::Rented : i % 11 == 5 ? d::HouseholdKind::Shop : d::HouseholdKind::Own;
        h.headName = std::string(kSurnames[i % kSurnames.size()]) + kGiven[(i * 5 + i / 12) % kGiven.size()];
        h.phone = phone(i);
        GW_ASSIGN_OR_RETURN(auto hh, ledger.addHousehold(h));
        if (ids.firstHousehold.isNil()) ids.firstHousehold = hh.id;
        households.push_back(hh);

        const bool male = i % 2 == 0;
        d::Resident head;
        head.householdId = hh.id;
        head.name = hh.headName;
        head.relation = "户主";
        const int year = 1940 + (i * 7) % 50;
        head.idNumber = idNumber(year, 1 + i % 12, 1 + (i * 3) % 28, i, male);
        head.phone = hh.phone;
        if (year < 1955) head.tags.push_back(i % 2 ? d::ResidentTag::ElderlyAlone : d::ResidentTag::EmptyNest);
        if (i % 9 == 4) head.tags.push_back(d::ResidentTag::LowIncome);
        if (i % 13 == 6) head.tags.push_back(d::ResidentTag::KeyPatient);
        GW_ASSIGN_OR_RETURN(auto headRow, ledger.addResident(head));
        if (year < 1955 || i % 13 == 6) elders.push_back(headRow);
        if (year >= 1955) {
            d::Resident spouse;
            spouse.householdId = hh.id;
            spouse.name = std::string(kSurnames[(i + 3) % kSurnames.size()]) + kSpouse[i % kSpouse.size()];
            spouse.relation = "配偶";
            spouse.idNumber = idNumber(year + 2, 1 + (i + 5) % 12, 1 + (i * 5) % 28, i + 100, !male);
            GW_TRY(ledger.addResident(spouse).status());
            if (year > 1970) {
                d::Resident child;
                child.householdId = hh.id;
                child.name = std::string(kSurnames[i % kSurnames.size()]) + kKids[i % kKids.size()];
                child.relation = "子女";
                child.idNumber = idNumber(2012 + i % 8, 1 + (i + 2) % 12, 1 + (i * 7) % 28, i + 200, i % 3 == 0);
                if (i % 5 == 1) child.tags.push_back(d::ResidentTag::LeftBehindChild);
                GW_TRY(ledger.addResident(child).status());
            }
        }
    }

    // Follow-up schedules: monthly visits of the elderly and key patients; a few are overdue.
    d::FollowupRepo followups(store);
    for (std::size_t i = 0; i < elders.size() && i < 8; ++i) {
        d::FollowupSchedule s;
        s.householdId = elders[i].householdId;
        s.residentId = elders[i].id;
        s.reason = i % 3 == 0 ? "重点病人随访" : "独居老人探访";
        s.intervalDays = i % 3 == 0 ? 30 : 14;
        s.startDate = d::addDays(today, -static_cast<int>(i % 4) * 2);
        GW_TRY(followups.add(s).status());
    }

    d::TaskRepo tasks(store);
    struct TaskSeed {
        const char* title;
        const char* body;
        int dueIn;
    };
    const TaskSeed taskSeeds[] = {
        {"核查出租房屋登记信息", "桥头巷3号附1 租户变更，请上门核对租住人员并登记。", 1},
        {"燃气安全入户排查", "对东溪路沿街商铺开展燃气使用安全检查，拍照留存。", -1},
        {"独居老人防寒情况核查", "寒潮来临前，逐户核实独居老人取暖设施。", 3},
    };
    for (std::size_t i = 0; i < std::size(taskSeeds); ++i) {
        d::Task t;
        t.gridId = grid.id;
        t.assigneeId = worker.id;
        t.householdId = households[i * 4 + 1].id;
        t.title = taskSeeds[i].title;
        t.body = taskSeeds[i].body;
        t.dueDate = d::addDays(today, taskSeeds[i].dueIn);
        GW_TRY(tasks.add(t).status());
    }

    d::ReportRepo reports(store);
    struct ReportSeed {
        d::ReportCategory cat;
        const char* text;
        int steps;
        bool onSite;
    };
    const ReportSeed reportSeeds[] = {
        {d::ReportCategory::SafetyHazard, "东溪路12号楼道堆放杂物，堵塞消防通道", 4, false},
        {d::ReportCategory::Environment, "桥头巷垃圾分类投放点满溢", 2, false},
        {d::ReportCategory::PublicFacility, "学堂弄路灯损坏两盏", 1, false},
        {d::ReportCategory::Dispute, "邻里因停车位发生争执，已现场调解", 0, true},
    };
    for (const auto& rs : reportSeeds) {
        d::Report r;
        r.gridId = grid.id;
        r.workerId = worker.id;
        r.category = rs.cat;
        r.text = rs.text;
        r.handledOnSite = rs.onSite;
        r.location = d::GeoPoint{30.2745, 120.1560};
        GW_ASSIGN_OR_RETURN(auto filed, reports.file(r, rs.onSite ? "双方已达成一致" : ""));
        const ReportEventKind steps[] = {ReportEventKind::Accept, ReportEventKind::Dispatch, ReportEventKind::Start,
                                         ReportEventKind::Feedback};
        for (int k = 0; k < rs.steps; ++k) {
            d::ReportEvent e;
            e.kind = std::string(reportEventKindName(steps[k]));
            e.actorName = "街道指挥室 王主任";
            if (steps[k] == ReportEventKind::Dispatch) e.department = "街道城管中队";
            if (steps[k] == ReportEventKind::Feedback) e.note = "已通知物业限期清理，明日复查";
            GW_TRY(reports.addEvent(filed.id, e).status());
        }
    }

    d::DiaryRepo diary(store);
    const char* diarySeeds[][2] = {
        {"民情", "走访东溪路老年活动室，居民反映希望增加健身器材。"},
        {"邻里", "桥头巷5号与7号因漏水问题有矛盾，约定周五一起协调。"},
    };
    for (const auto& ds : diarySeeds) {
        d::DiaryEntry e;
        e.gridId = grid.id;
        e.workerId = worker.id;
        e.topic = ds[0];
        e.text = ds[1];
        GW_TRY(diary.add(e).status());
    }

    d::PatrolRepo patrols(store);
    const struct {
        const char* name;
        const char* kind;
        double lat, lon;
    } cps[] = {
        // The same three points as 青山村第一网格 of the server's demo township; the demo route
        // (assets/make_demo_route.py) passes all three.
        {"东溪水库大坝", "水库", 29.51200, 120.90500},
        {"村口防汛点", "防汛点", 29.51300, 120.90380},
        {"学堂弄消防通道", "消防通道", 29.51400, 120.90260},
    };
    for (const auto& c : cps) {
        d::Checkpoint cp;
        cp.gridId = grid.id;
        cp.name = c.name;
        cp.kind = c.kind;
        cp.location = {c.lat, c.lon};
        cp.radiusM = 40;
        GW_TRY(patrols.addCheckpoint(cp).status());
    }

    // This morning's routine visits.
    d::VisitRepo visits(store);
    for (int i = 0; i < 3; ++i) {
        d::Visit v;
        v.householdId = households[static_cast<std::size_t>(i * 5 + 2)].id;
        v.workerId = worker.id;
        v.outcome = i == 1 ? d::VisitOutcome::Difficulty : d::VisitOutcome::Normal;
        v.visitedAt = std::min<std::int64_t>(todayAt(8, 30 + i * 10), QDateTime::currentMSecsSinceEpoch());
        GW_TRY(visits.record(v).status());
    }
    return ids;
}

std::vector<d::GeoPoint> demoRoute() {
    std::vector<d::GeoPoint> out;
    QFile f(PositionService::demoNmeaPath());
    if (!f.open(QIODevice::ReadOnly)) return out;
    auto degrees = [](const QByteArray& v, int degDigits) {
        return v.left(degDigits).toDouble() + v.mid(degDigits).toDouble() / 60.0;
    };
    while (!f.atEnd()) {
        const QList<QByteArray> p = f.readLine().split(',');
        if (p.size() < 6 || p[0] != "$GPGGA") continue;
        double lat = degrees(p[2], 2), lon = degrees(p[4], 3);
        if (p[3] == "S") lat = -lat;
        if (p[5] == "W") lon = -lon;
        out.push_back({lat, lon});
    }
    return out;
}

}  // namespace gridwork::mobile
