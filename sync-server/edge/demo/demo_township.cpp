#include "demo_township.h"

#include "demo_people.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/domain.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/sync_service.h"

#include <chrono>
#include <string_view>

namespace gridwork::server::demo {

using namespace gridwork::domain;

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr std::string_view kRegionCode = "330624";  // the county of the demo township

struct CommunityPlan {
    std::string_view name;
    bool village;
    int grids;
    std::string_view estates[3];  // urban communities: housing estates (小区)
    double lat, lon;
};

constexpr CommunityPlan kCommunities[] = {
    {"青山村", true, 3, {}, 29.512, 120.905},
    {"溪口村", true, 3, {}, 29.478, 120.871},
    {"桃源村", true, 3, {}, 29.455, 120.932},
    {"石门村", true, 3, {}, 29.531, 120.958},
    {"锦绣社区", false, 2, {"锦绣花园", "金色家园", "锦绣苑"}, 29.499, 120.902},
    {"和平社区", false, 2, {"和平新村", "阳光小区", "和平里"}, 29.502, 120.914},
    {"文昌社区", false, 2, {"文昌苑", "书香名邸", "学府小区"}, 29.494, 120.921},
    {"江滨社区", false, 2, {"江滨花苑", "滨江名城", "望江小区"}, 29.489, 120.897},
};

constexpr std::string_view kGridOrdinals[] = {"第一网格", "第二网格", "第三网格", "第四网格"};

const char* kRelations[] = {"配偶", "子女", "子女", "父母", "孙子女"};

// Ids: UUIDv7 at a fixed instant before `today`, advancing 1 ms per id, random bits seeded.
class IdMaker {
public:
    IdMaker(std::int64_t baseMs, Rng& rng) : m_ms(baseMs), m_rng(rng) {}
    Uuid next() { return uuidV7At(static_cast<std::uint64_t>(m_ms++), m_rng()); }

private:
    std::int64_t m_ms;
    Rng& m_rng;
};

struct GridPlan {
    Uuid id;
    std::string name;
    const CommunityPlan* community;
    int indexInCommunity;
    std::vector<OrgUnit> microGrids;
    std::vector<Household> households;
    std::vector<Resident> residents;
    Uuid workerId;
    std::string workerName;
};

std::string villageAddress(Rng& rng, const CommunityPlan& c, int gridIndex) {
    int group = gridIndex * 4 + pick(rng, 1, 4);
    return std::string(c.name) + std::to_string(group) + "组" + std::to_string(pick(rng, 1, 88)) + "号";
}

std::string estateAddress(Rng& rng, const CommunityPlan& c, int gridIndex) {
    std::string_view estate = c.estates[(gridIndex + pick(rng, 0, 1)) % 3];
    int floor = pick(rng, 1, 18);
    return std::string(estate) + std::to_string(pick(rng, 1, 24)) + "栋" + std::to_string(pick(rng, 1, 3)) + "单元" +
           std::to_string(floor) + "0" + std::to_string(pick(rng, 1, 4)) + "室";
}

// A household's people: head, maybe spouse, children, an old parent.
struct Person {
    std::string name;
    Gender gender;
    int birthYear;
    std::string relation;
};

std::vector<Person> householdPeople(Rng& rng, int thisYear, bool village) {
    std::vector<Person> people;
    int headYear = pick(rng, 1938, 1995);
    Gender headGender = chance(rng, 0.78) ? Gender::Male : Gender::Female;
    std::string headName = personName(rng, headGender, headYear);
    people.push_back({headName, headGender, headYear, "户主"});
    int age = thisYear - headYear;
    bool alone = age >= 70 ? chance(rng, 0.35) : chance(rng, 0.08);
    if (alone) return people;
    Gender spouseGender = headGender == Gender::Male ? Gender::Female : Gender::Male;
    int spouseYear = std::min(headYear + pick(rng, -3, 4), thisYear - 20);
    people.push_back({personName(rng, spouseGender, spouseYear), spouseGender, spouseYear, kRelations[0]});
    if (age < 75) {
        int children = pick(rng, 0, village ? 3 : 2);
        for (int i = 0; i < children; ++i) {
            int year = std::min(headYear + pick(rng, 22, 34), thisYear - 1);
            Gender g = chance(rng, 0.51) ? Gender::Male : Gender::Female;
            std::string surname = surnameOf(headGender == Gender::Male ? headName : people[1].name);
            people.push_back({nameWithSurname(rng, surname, g, year), g, year, "子女"});
        }
    }
    if (age < 55 && chance(rng, 0.25)) {
        int year = headYear - pick(rng, 24, 32);
        Gender g = chance(rng, 0.6) ? Gender::Female : Gender::Male;
        people.push_back({nameWithSurname(rng, surnameOf(headName), g, year), g, year, "父母"});
    }
    return people;
}

std::vector<ResidentTag> tagsFor(Rng& rng, const Person& p, int thisYear, std::size_t householdSize, bool village) {
    std::vector<ResidentTag> tags;
    int age = thisYear - p.birthYear;
    if (age >= 65 && householdSize == 1) tags.push_back(ResidentTag::ElderlyAlone);
    if (age >= 65 && householdSize == 2 && chance(rng, 0.5)) tags.push_back(ResidentTag::EmptyNest);
    if (chance(rng, 0.03)) tags.push_back(ResidentTag::LowIncome);
    if (chance(rng, 0.015)) tags.push_back(ResidentTag::Disabled);
    if (age < 16 && village && chance(rng, 0.12)) tags.push_back(ResidentTag::LeftBehindChild);
    if (age >= 40 && chance(rng, 0.02)) tags.push_back(ResidentTag::KeyPatient);
    if (age >= 40 && p.gender == Gender::Male && chance(rng, 0.02)) tags.push_back(ResidentTag::Veteran);
    if (age >= 18 && chance(rng, 0.002)) tags.push_back(ResidentTag::MentalDisorder);
    if (age >= 18 && chance(rng, 0.001)) tags.push_back(ResidentTag::CommunityCorrection);
    return tags;
}

struct ReportSeed {
    ReportCategory category;
    Severity severity;
    std::string_view text;
};

constexpr ReportSeed kReports[] = {
    {ReportCategory::SafetyHazard, Severity::High, "楼道内电动车违规充电，飞线从三楼窗口拉下"},
    {ReportCategory::Flood, Severity::Urgent, "水库溢洪道有塌方，下游农田有被冲风险"},
    {ReportCategory::Dispute, Severity::Medium, "两户邻居因宅基地边界起争执，已初步劝解"},
    {ReportCategory::PeopleInDifficulty, Severity::Medium, "独居老人腿脚不便，家中断粮，需要送餐帮扶"},
    {ReportCategory::Environment, Severity::Low, "村口垃圾收集点三天未清运，有异味"},
    {ReportCategory::PublicFacility, Severity::Low, "小区路灯损坏五盏，夜间出行不便"},
    {ReportCategory::Fire, Severity::High, "消防通道被私家车长期占用"},
    {ReportCategory::SafetyHazard, Severity::Medium, "沿街店铺招牌松动，有坠落危险"},
    {ReportCategory::Flood, Severity::High, "山塘坝体渗水，需专业人员查看"},
    {ReportCategory::Environment, Severity::Low, "河道漂浮物较多，需要打捞"},
    {ReportCategory::Dispute, Severity::Low, "楼上漏水影响楼下住户，双方协商未果"},
    {ReportCategory::PublicFacility, Severity::Medium, "村道桥梁护栏缺失一段，临水一侧危险"},
};

struct TaskSeed {
    std::string_view title;
    std::string_view body;
};

constexpr TaskSeed kTasks[] = {
    {"核查出租房屋登记信息", "请上门核实承租人数、身份信息，并更新台账"},
    {"核查独居老人生活状况", "了解近况、身体情况及是否需要帮扶，拍照留档"},
    {"核查低保户家庭收入变化", "按年度复核要求，核实家庭成员就业及收入情况"},
    {"核查防汛责任人到岗情况", "汛期前检查水库、山塘巡查责任人及联系方式"},
    {"核查新迁入人员信息", "核实新迁入人员身份证号、联系电话与居住情况"},
    {"核查群众来电反映问题", "12345来电反映噪音扰民，请现场核实并反馈"},
};

}  // namespace

Result<DemoSummary> seedDemoTownship(SyncService& service, const DemoOptions& options) {
    Rng rng(options.seed);
    std::string today = options.today;
    if (today.empty()) {
        auto now =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch());
        today = localDateFromMs(now.count());
    }
    auto todayDay = parseLocalDate(today);
    if (!todayDay) return Status(ErrorCode::InvalidArgument, "--today must be YYYY-MM-DD: " + today);
    const std::int64_t todayMs = *todayDay * kDayMs - kChinaUtcOffsetMs;  // 00:00 China time
    const int thisYear = localYearFromMs(todayMs);
    IdMaker ids(todayMs - 400 * kDayMs, rng);
    auto timeOnDay = [&](int daysAgo) { return todayMs - daysAgo * kDayMs + pick(rng, 8 * 3600, 17 * 3600) * 1000LL; };

    DemoSummary summary;
    std::vector<GridPlan> grids;

    // 1. The org tree.
    GW_TRY(service.withStore([&](Store& store) -> Status {
        OrgRepo org(store);
        OrgUnit township;
        township.id = ids.next();
        township.level = OrgLevel::Township;
        township.name = "城南街道";
        township.code = std::string(kRegionCode) + "001";
        GW_ASSIGN_OR_RETURN(township, org.add(township));
        int communityNo = 0;
        for (const auto& plan : kCommunities) {
            ++communityNo;
            OrgUnit c;
            c.id = ids.next();
            c.parentId = township.id;
            c.level = OrgLevel::Community;
            c.name = std::string(plan.name);
            c.code = township.code + (communityNo < 10 ? "00" : "0") + std::to_string(communityNo);
            GW_ASSIGN_OR_RETURN(c, org.add(c));
            ++summary.communities;
            for (int g = 0; g < plan.grids; ++g) {
                OrgUnit grid;
                grid.id = ids.next();
                grid.parentId = c.id;
                grid.level = OrgLevel::Grid;
                grid.name = std::string(plan.name) + std::string(kGridOrdinals[g]);
                grid.code = c.code + "0" + std::to_string(g + 1);
                GW_ASSIGN_OR_RETURN(grid, org.add(grid));
                GridPlan gp;
                gp.id = grid.id;
                gp.name = grid.name;
                gp.community = &plan;
                gp.indexInCommunity = g;
                int micro = pick(rng, 3, 5);
                for (int m = 1; m <= micro; ++m) {
                    OrgUnit mg;
                    mg.id = ids.next();
                    mg.parentId = grid.id;
                    mg.level = OrgLevel::MicroGrid;
                    mg.name = "第" + std::to_string(m) + "微网格";
                    mg.code = grid.code + "0" + std::to_string(m);
                    GW_ASSIGN_OR_RETURN(mg, org.add(mg));
                    gp.microGrids.push_back(mg);
                }
                summary.microGrids += micro;
                grids.push_back(std::move(gp));
            }
        }
        summary.grids = static_cast<int>(grids.size());
        return Status::ok();
    }));

    // 2. Workers: one grid worker per grid (enrollable), and a volunteer in some grids.
    for (auto& gp : grids) {
        int year = pick(rng, 1965, 1995);
        Gender g = chance(rng, 0.55) ? Gender::Female : Gender::Male;
        std::string name = personName(rng, g, year);
        std::string phone = mobilePhone(rng);
        GW_ASSIGN_OR_RETURN(Uuid id, service.createWorker(name, phone, {gp.id}, "grid_worker", ids.next()));
        gp.workerId = id;
        gp.workerName = name;
        summary.gridWorkers.push_back({id, gp.id, name, phone, gp.name});
        ++summary.workers;
        if (chance(rng, 0.4)) {
            int vy = pick(rng, 1950, 1975);
            Gender vg = chance(rng, 0.5) ? Gender::Female : Gender::Male;
            GW_TRY(service.createWorker(personName(rng, vg, vy), mobilePhone(rng), {gp.id}, "volunteer", ids.next())
                       .status());
            ++summary.workers;
        }
    }

    // 3. The ledger, checkpoints, follow-ups, reports and tasks of each grid.
    GW_TRY(service.withStore([&](Store& store) -> Status {
        LedgerRepo ledger(store);
        PatrolRepo patrols(store);
        FollowupRepo followups(store);
        VisitRepo visits(store);
        ReportRepo reports(store);
        TaskRepo tasks(store);
        const int perGrid = options.households / std::max<int>(1, static_cast<int>(grids.size()));
        std::size_t reportNo = 0, taskNo = 0;
        for (std::size_t gi = 0; gi < grids.size(); ++gi) {
            GridPlan& gp = grids[gi];
            const CommunityPlan& cp = *gp.community;
            for (int h = 0; h < perGrid; ++h) {
                const OrgUnit& mg = gp.microGrids[static_cast<std::size_t>(h) % gp.microGrids.size()];
                auto people = householdPeople(rng, thisYear, cp.village);
                Household hh;
                hh.id = ids.next();
                hh.gridId = gp.id;
                hh.microGridId = mg.id;
                hh.address = cp.village ? villageAddress(rng, cp, gp.indexInCommunity)
                                        : estateAddress(rng, cp, gp.indexInCommunity);
                int kind = pick(rng, 1, 100);
                hh.kind = kind <= (cp.village ? 90 : 72) ? HouseholdKind::Own
                          : kind <= 96                   ? HouseholdKind::Rented
                                                         : HouseholdKind::Shop;
                hh.headName = people[0].name;
                hh.phone = mobilePhone(rng);
                GW_ASSIGN_OR_RETURN(hh, ledger.addHousehold(hh));
                gp.households.push_back(hh);
                ++summary.households;
                for (const auto& p : people) {
                    Resident r;
                    r.id = ids.next();
                    r.householdId = hh.id;
                    r.name = p.name;
                    r.idNumber = idNumber(rng, std::string(kRegionCode), p.birthYear, p.gender);
                    if (thisYear - p.birthYear >= 16 && chance(rng, 0.7)) r.phone = mobilePhone(rng);
                    r.relation = p.relation;
                    r.tags = tagsFor(rng, p, thisYear, people.size(), cp.village);
                    GW_ASSIGN_OR_RETURN(r, ledger.addResident(r));
                    ++summary.residents;
                    bool patient = false;
                    for (auto t : r.tags) patient |= t == ResidentTag::KeyPatient || t == ResidentTag::MentalDisorder;
                    if (!patient) continue;
                    // A registered patient: visited monthly; some visits done, some overdue.
                    FollowupSchedule s;
                    s.id = ids.next();
                    s.householdId = hh.id;
                    s.residentId = r.id;
                    s.reason = "重点病人随访";
                    s.intervalDays = 30;
                    s.startDate = addDays(today, -pick(rng, 60, 200));
                    GW_ASSIGN_OR_RETURN(s, followups.add(s));
                    ++summary.followups;
                    int lastVisit = pick(rng, 3, 45);  // > 30: the visit is overdue today
                    for (int v = lastVisit + 60; v >= lastVisit; v -= 30) {
                        Visit vis;
                        vis.id = ids.next();
                        vis.householdId = hh.id;
                        vis.residentId = r.id;
                        vis.workerId = gp.workerId;
                        vis.kind = VisitKind::FollowUp;
                        vis.note = v == lastVisit ? "按时服药，情绪稳定" : "身体状况平稳";
                        vis.visitedAt = timeOnDay(v);
                        vis.scheduleId = s.id;
                        GW_TRY(visits.record(vis).status());
                        ++summary.visits;
                    }
                }
            }
            // Checkpoints on the patrol route.
            double lat = cp.lat + 0.004 * gp.indexInCommunity, lon = cp.lon + 0.003 * gp.indexInCommunity;
            std::vector<std::pair<std::string, std::string>> points;
            if (cp.village) {
                std::string base(cp.name.substr(0, cp.name.size() - 3));  // 青山村 → 青山
                if (gp.indexInCommunity == 0) points.push_back({base + "水库", "水库"});
                points.push_back({base + std::to_string(gp.indexInCommunity + 1) + "号山塘", "山塘"});
                points.push_back({base + "地质灾害隐患点" + std::to_string(gp.indexInCommunity + 1), "防汛点"});
            } else {
                points.push_back({std::string(cp.estates[gp.indexInCommunity % 3]) + "消防通道", "消防通道"});
                points.push_back({std::string(cp.estates[gp.indexInCommunity % 3]) + "地下车库", "防汛点"});
            }
            for (std::size_t i = 0; i < points.size(); ++i) {
                Checkpoint c;
                c.id = ids.next();
                c.gridId = gp.id;
                c.name = points[i].first;
                c.kind = points[i].second;
                c.location = {lat + 0.001 * static_cast<double>(i), lon - 0.0012 * static_cast<double>(i)};
                c.radiusM = c.kind == "水库" ? 200 : 50;
                GW_TRY(patrols.addCheckpoint(c).status());
                ++summary.checkpoints;
            }
            // Reports: two or three per grid at several stages.
            int count = pick(rng, 1, 2) + (gi % 3 == 0 ? 1 : 0);
            for (int i = 0; i < count; ++i, ++reportNo) {
                const ReportSeed& seed = kReports[reportNo % std::size(kReports)];
                int daysAgo = pick(rng, 0, 12);
                Report r;
                r.id = ids.next();
                r.gridId = gp.id;
                r.workerId = gp.workerId;
                r.householdId =
                    gp.households[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(gp.households.size()) - 1))]
                        .id;
                r.category = seed.category;
                r.severity = seed.severity;
                r.text = std::string(seed.text);
                r.location = GeoPoint{lat + 0.0005 * i, lon + 0.0004 * i};
                r.reportedAt = timeOnDay(daysAgo);
                r.deadline = addDays(localDateFromMs(r.reportedAt), seed.severity >= Severity::High ? 3 : 7);
                GW_ASSIGN_OR_RETURN(r, reports.file(r));
                ++summary.reports;
                int stage = pick(rng, 0, 4);  // 0 reported, 1 accepted, 2 dispatched, 3 handling, 4 handled
                static constexpr ReportEventKind kSteps[] = {ReportEventKind::Accept, ReportEventKind::Dispatch,
                                                             ReportEventKind::Start, ReportEventKind::Handle};
                static constexpr std::string_view kNotes[] = {"指挥室已受理", "分办至街道城管中队", "处置人员已到场",
                                                              "已处置完毕，待反馈"};
                for (int s = 0; s < stage; ++s) {
                    ReportEvent e;
                    e.id = ids.next();
                    e.kind = std::string(reportEventKindName(kSteps[s]));
                    e.actorName = "街道综合信息指挥室";
                    e.note = std::string(kNotes[s]);
                    if (kSteps[s] == ReportEventKind::Dispatch) e.department = "城管中队";
                    e.at = r.reportedAt + (s + 1) * 3 * 3600 * 1000LL;
                    GW_TRY(reports.addEvent(r.id, e).status());
                }
            }
            // Last months' reports, through the whole loop to 办结 (the closure rate is real).
            int closedCount = pick(rng, 4, 8);
            for (int i = 0; i < closedCount; ++i, ++reportNo) {
                const ReportSeed& seed = kReports[reportNo % std::size(kReports)];
                Report r;
                r.id = ids.next();
                r.gridId = gp.id;
                r.workerId = gp.workerId;
                r.category = seed.category;
                r.severity = seed.severity;
                r.text = std::string(seed.text);
                r.reportedAt = timeOnDay(pick(rng, 20, 120));
                r.deadline = addDays(localDateFromMs(r.reportedAt), 7);
                GW_ASSIGN_OR_RETURN(r, reports.file(r));
                ++summary.closedReports;
                static constexpr ReportEventKind kLoop[] = {ReportEventKind::Accept, ReportEventKind::Dispatch,
                                                            ReportEventKind::Handle, ReportEventKind::Feedback,
                                                            ReportEventKind::Close};
                static constexpr std::string_view kLoopNotes[] = {"指挥室已受理", "分办至相关部门", "已处置",
                                                                  "已向群众反馈处理结果", "办结"};
                for (int s = 0; s < 5; ++s) {
                    ReportEvent e;
                    e.id = ids.next();
                    e.kind = std::string(reportEventKindName(kLoop[s]));
                    e.actorName = "街道综合信息指挥室";
                    e.note = std::string(kLoopNotes[s]);
                    if (kLoop[s] == ReportEventKind::Dispatch) e.department = "城管中队";
                    e.at = r.reportedAt + (s + 1) * 8 * 3600 * 1000LL;
                    GW_TRY(reports.addEvent(r.id, e).status());
                }
            }
            // Verification instructions (指令核查) to the grid's worker, due around today.
            int ntasks = pick(rng, 1, 3);
            for (int i = 0; i < ntasks; ++i, ++taskNo) {
                const TaskSeed& seed = kTasks[taskNo % std::size(kTasks)];
                Task t;
                t.id = ids.next();
                t.gridId = gp.id;
                t.assigneeId = chance(rng, 0.8) ? gp.workerId : Uuid{};
                t.householdId =
                    gp.households[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(gp.households.size()) - 1))]
                        .id;
                t.title = std::string(seed.title);
                t.body = std::string(seed.body);
                t.dueDate = addDays(today, pick(rng, -2, 6));
                t.issuedAt = timeOnDay(pick(rng, 1, 5));
                GW_ASSIGN_OR_RETURN(t, tasks.add(t));
                ++summary.tasks;
            }
        }
        return Status::ok();
    }));
    return summary;
}

}  // namespace gridwork::server::demo
