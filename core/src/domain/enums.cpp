// enums.cpp — the name/label tables of domain/enums.h. One row per value: wire name, Chinese
// label, and '|'-separated aliases also accepted by parseEnum (common spellings in ledgers).
#include "gridwork/core/domain/enums.h"

#include <algorithm>
#include <array>

namespace gridwork::domain {

namespace {
template <typename E> struct Entry {
    E value;
    std::string_view name;
    std::string_view zh;
    std::string_view aliases;
};

template <typename E> struct Table;

#define GW_TABLE(E, N)                                                                                                 \
    template <> struct Table<E> { static const std::array<Entry<E>, N> kRows; };                                       \
    const std::array<Entry<E>, N> Table<E>::kRows

GW_TABLE(OrgLevel, 4){{
    {OrgLevel::Township, "township", "乡镇街道", "乡镇|街道|乡|镇"},
    {OrgLevel::Community, "community", "村社区", "村|社区|村社区"},
    {OrgLevel::Grid, "grid", "网格", ""},
    {OrgLevel::MicroGrid, "micro_grid", "微网格", ""},
}};
GW_TABLE(WorkerRole, 5){{
    {WorkerRole::GridWorker, "grid_worker", "网格员", "专职网格员"},
    {WorkerRole::MicroGridLeader, "micro_grid_leader", "微网格长", "微网格员"},
    {WorkerRole::Volunteer, "volunteer", "志愿者", ""},
    {WorkerRole::Dispatcher, "dispatcher", "指挥室", "指挥中心|调度员"},
    {WorkerRole::Admin, "admin", "管理员", ""},
}};
GW_TABLE(HouseholdKind, 3){{
    {HouseholdKind::Own, "own", "自住", "自有|自住房"},
    {HouseholdKind::Rented, "rented", "出租", "出租房|租住|租户"},
    {HouseholdKind::Shop, "shop", "商铺", "门店|商户|店铺"},
}};
GW_TABLE(HouseholdStatus, 3){{
    {HouseholdStatus::Active, "active", "在住", "正常"},
    {HouseholdStatus::MovedOut, "moved_out", "已迁出", "迁出"},
    {HouseholdStatus::Vacant, "vacant", "空置", "空房"},
}};
GW_TABLE(ResidentStatus, 3){{
    {ResidentStatus::Present, "present", "在住", "正常"},
    {ResidentStatus::MovedOut, "moved_out", "已迁出", "迁出"},
    {ResidentStatus::Deceased, "deceased", "已故", "死亡|去世"},
}};
GW_TABLE(Gender, 2){{
    {Gender::Male, "male", "男", "男性|m|M"},
    {Gender::Female, "female", "女", "女性|f|F"},
}};
GW_TABLE(ResidentTag, 12){{
    {ResidentTag::ElderlyAlone, "elderly_alone", "独居老人", "独居"},
    {ResidentTag::EmptyNest, "empty_nest", "空巢老人", "空巢"},
    {ResidentTag::LowIncome, "low_income", "低保户", "低保|低收入"},
    {ResidentTag::Disabled, "disabled", "残疾人", "残疾"},
    {ResidentTag::LeftBehindChild, "left_behind_child", "留守儿童", ""},
    {ResidentTag::KeyPatient, "key_patient", "重点病人", "慢病|重病"},
    {ResidentTag::Veteran, "veteran", "退役军人", ""},
    {ResidentTag::CommunityCorrection, "community_correction", "社区矫正对象", "社区矫正"},
    {ResidentTag::ReleasedPrisoner, "released_prisoner", "刑满释放人员", "刑释人员"},
    {ResidentTag::DrugRehab, "drug_rehab", "社区戒毒康复人员", "戒毒康复"},
    {ResidentTag::MentalDisorder, "mental_disorder", "严重精神障碍患者", "精神障碍"},
    {ResidentTag::KeyYouth, "key_youth", "重点青少年", ""},
}};
GW_TABLE(VisitKind, 3){{
    {VisitKind::Routine, "routine", "日常走访", "走访"},
    {VisitKind::FollowUp, "follow_up", "随访", ""},
    {VisitKind::Verification, "verification", "核查", "指令核查"},
}};
GW_TABLE(VisitOutcome, 6){{
    {VisitOutcome::Normal, "normal", "正常", ""},
    {VisitOutcome::Difficulty, "difficulty", "有困难", ""},
    {VisitOutcome::Dispute, "dispute", "有矛盾纠纷", ""},
    {VisitOutcome::Hazard, "hazard", "有安全隐患", ""},
    {VisitOutcome::NotHome, "not_home", "不在家", ""},
    {VisitOutcome::Other, "other", "其他", ""},
}};
GW_TABLE(ReportCategory, 12){{
    {ReportCategory::SafetyHazard, "safety_hazard", "安全隐患", ""},
    {ReportCategory::Dispute, "dispute", "矛盾纠纷", ""},
    {ReportCategory::PeopleInDifficulty, "people_in_difficulty", "困难群众", ""},
    {ReportCategory::Environment, "environment", "环境卫生", ""},
    {ReportCategory::PublicFacility, "public_facility", "公共设施", ""},
    {ReportCategory::Fire, "fire", "消防", ""},
    {ReportCategory::Flood, "flood", "防汛", ""},
    {ReportCategory::Other, "other", "其他", ""},
    {ReportCategory::Collapse, "collapse", "房屋倒塌", "倒塌|房屋受损"},
    {ReportCategory::Waterlogging, "waterlogging", "积水内涝", "内涝|积水|进水"},
    {ReportCategory::Landslide, "landslide", "山体滑坡", "滑坡|泥石流|塌方"},
    {ReportCategory::TrappedPeople, "trapped_people", "人员被困", "被困"},
}};
GW_TABLE(Severity, 4){{
    {Severity::Low, "low", "一般", ""},
    {Severity::Medium, "medium", "较重", ""},
    {Severity::High, "high", "严重", ""},
    {Severity::Urgent, "urgent", "紧急", ""},
}};
GW_TABLE(TaskStatus, 2){{
    {TaskStatus::Open, "open", "待办", ""},
    {TaskStatus::Done, "done", "已完成", ""},
}};
GW_TABLE(PatrolState, 3){{
    {PatrolState::Active, "active", "巡查中", ""},
    {PatrolState::Paused, "paused", "已暂停", ""},
    {PatrolState::Stopped, "stopped", "已结束", ""},
}};
GW_TABLE(UploadState, 2){{
    {UploadState::Pending, "pending", "待上传", ""},
    {UploadState::Uploaded, "uploaded", "已上传", ""},
}};
GW_TABLE(EmergencyKind, 6){{
    {EmergencyKind::Typhoon, "typhoon", "台风", "台风防御"},
    {EmergencyKind::Flood, "flood", "洪涝", "防汛|暴雨|洪水"},
    {EmergencyKind::Fire, "fire", "火灾", "森林火灾|山火"},
    {EmergencyKind::Epidemic, "epidemic", "疫情", "疫情防控"},
    {EmergencyKind::Earthquake, "earthquake", "地震", ""},
    {EmergencyKind::Other, "other", "其他", "其他突发事件"},
}};
#undef GW_TABLE

std::string_view trimAscii(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool hasAlias(std::string_view aliases, std::string_view s) {
    while (!aliases.empty()) {
        auto bar = aliases.find('|');
        if (aliases.substr(0, bar) == s) return true;
        if (bar == std::string_view::npos) break;
        aliases.remove_prefix(bar + 1);
    }
    return false;
}

template <typename E> const Entry<E>* find(E v) {
    for (const auto& r : Table<E>::kRows)
        if (r.value == v) return &r;
    return nullptr;
}

template <typename E> std::optional<E> parseImpl(std::string_view s) {
    s = trimAscii(s);
    if (s.empty()) return std::nullopt;
    for (const auto& r : Table<E>::kRows)
        if (r.name == s || r.zh == s || hasAlias(r.aliases, s)) return r.value;
    return std::nullopt;
}

template <typename E> std::vector<E> valuesImpl() {
    std::vector<E> out;
    for (const auto& r : Table<E>::kRows) out.push_back(r.value);
    return out;
}
}  // namespace

#define GRIDWORK_DEFINE_ENUM(E)                                                                                        \
    std::string_view enumName(E v) {                                                                                   \
        const auto* r = find(v);                                                                                       \
        return r ? r->name : std::string_view{};                                                                       \
    }                                                                                                                  \
    std::string_view enumLabelZh(E v) {                                                                                \
        const auto* r = find(v);                                                                                       \
        return r ? r->zh : std::string_view{};                                                                         \
    }                                                                                                                  \
    template <> std::optional<E> parseEnum<E>(std::string_view s) {                                                    \
        return parseImpl<E>(s);                                                                                        \
    }                                                                                                                  \
    template <> const std::vector<E>& enumValues<E>() {                                                                \
        static const std::vector<E> kValues = valuesImpl<E>();                                                         \
        return kValues;                                                                                                \
    }
GRIDWORK_DOMAIN_ENUMS(GRIDWORK_DEFINE_ENUM)
#undef GRIDWORK_DEFINE_ENUM

bool isSpecialPopulation(ResidentTag tag) {
    switch (tag) {
    case ResidentTag::CommunityCorrection:
    case ResidentTag::ReleasedPrisoner:
    case ResidentTag::DrugRehab:
    case ResidentTag::MentalDisorder:
    case ResidentTag::KeyYouth: return true;
    default: return false;
    }
}

bool isDisasterCategory(ReportCategory c) {
    switch (c) {
    case ReportCategory::Collapse:
    case ReportCategory::Waterlogging:
    case ReportCategory::Landslide:
    case ReportCategory::TrappedPeople: return true;
    default: return false;
    }
}

std::string encodeTags(std::vector<ResidentTag> tags) {
    std::sort(tags.begin(), tags.end(), [](ResidentTag a, ResidentTag b) { return enumName(a) < enumName(b); });
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    std::string out;
    for (ResidentTag t : tags) {
        if (!out.empty()) out += ',';
        out += enumName(t);
    }
    return out;
}

std::vector<ResidentTag> decodeTags(std::string_view stored) {
    std::vector<ResidentTag> out;
    while (!stored.empty()) {
        auto comma = stored.find(',');
        std::string_view part = stored.substr(0, comma);
        for (const auto& r : Table<ResidentTag>::kRows)
            if (r.name == trimAscii(part)) out.push_back(r.value);
        if (comma == std::string_view::npos) break;
        stored.remove_prefix(comma + 1);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace gridwork::domain
