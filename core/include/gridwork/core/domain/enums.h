// enums.h — the closed vocabularies of the domain (DESIGN §3), with their wire names and the
// Chinese labels a worker sees.
//
// Contract: enumName() returns the stable lower_snake_case name stored in SQLite and sent on the
// wire; enumLabelZh() returns the display label; parseEnum<E>() accepts either (exact match, after
// trimming ASCII spaces) and returns nullopt for anything else. enumValues<E>() lists every value in
// declaration order. Pure functions over static tables; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridwork::domain {

// township (乡镇/街道) > community (村/社区) > grid (网格) > micro_grid (微网格).
enum class OrgLevel { Township, Community, Grid, MicroGrid };
enum class WorkerRole { GridWorker, MicroGridLeader, Volunteer, Dispatcher, Admin };
enum class HouseholdKind { Own, Rented, Shop };             // 自住 / 出租 / 商铺
enum class HouseholdStatus { Active, MovedOut, Vacant };    // 在住 / 已迁出 / 空置
enum class ResidentStatus { Present, MovedOut, Deceased };  // 在住 / 已迁出 / 已故
enum class Gender { Male, Female };                         // 男 / 女
enum class ResidentTag {
    ElderlyAlone,     // 独居老人
    EmptyNest,        // 空巢老人
    LowIncome,        // 低保户
    Disabled,         // 残疾人
    LeftBehindChild,  // 留守儿童
    KeyPatient,       // 重点病人 (followed up on a schedule)
    Veteran,          // 退役军人
    // Special populations (特殊人群): sensitive, see isSpecialPopulation().
    CommunityCorrection,  // 社区矫正对象
    ReleasedPrisoner,     // 刑满释放人员
    DrugRehab,            // 社区戒毒康复人员
    MentalDisorder,       // 严重精神障碍患者
    KeyYouth,             // 重点青少年
};
enum class VisitKind { Routine, FollowUp, Verification };  // 日常走访 / 随访 / 核查
enum class VisitOutcome { Normal, Difficulty, Dispute, Hazard, NotHome, Other };
enum class ReportCategory {
    SafetyHazard,        // 安全隐患
    Dispute,             // 矛盾纠纷
    PeopleInDifficulty,  // 困难群众
    Environment,         // 环境卫生
    PublicFacility,      // 公共设施
    Fire,                // 消防
    Flood,               // 防汛
    Other,               // 其他
    // Disaster reports (灾情上报) during an emergency (emergency.md): filed urgent.
    Collapse,       // 房屋倒塌
    Waterlogging,   // 积水内涝
    Landslide,      // 山体滑坡
    TrappedPeople,  // 人员被困
};
enum class Severity { Low, Medium, High, Urgent };   // 一般 / 较重 / 严重 / 紧急
enum class TaskStatus { Open, Done };                // 待办 / 已完成
enum class PatrolState { Active, Paused, Stopped };  // 巡查中 / 已暂停 / 已结束
enum class UploadState { Pending, Uploaded };        // 待上传 / 已上传 (device-local)
// 平战转换 (emergency.md): what the township declared.
enum class EmergencyKind {
    Typhoon,
    Flood,
    Fire,
    Epidemic,
    Earthquake,
    Other
};  // 台风 / 洪涝 / 火灾 / 疫情 / 地震 / 其他

#define GRIDWORK_DOMAIN_ENUMS(X)                                                                                       \
    X(OrgLevel)                                                                                                        \
    X(WorkerRole)                                                                                                      \
    X(HouseholdKind)                                                                                                   \
    X(HouseholdStatus)                                                                                                 \
    X(ResidentStatus)                                                                                                  \
    X(Gender)                                                                                                          \
    X(ResidentTag)                                                                                                     \
    X(VisitKind)                                                                                                       \
    X(VisitOutcome)                                                                                                    \
    X(ReportCategory)                                                                                                  \
    X(Severity)                                                                                                        \
    X(TaskStatus)                                                                                                      \
    X(PatrolState)                                                                                                     \
    X(UploadState)                                                                                                     \
    X(EmergencyKind)

template <typename E> std::optional<E> parseEnum(std::string_view nameOrLabel);
template <typename E> const std::vector<E>& enumValues();

#define GRIDWORK_DECLARE_ENUM(E)                                                                                       \
    std::string_view enumName(E v);                                                                                    \
    std::string_view enumLabelZh(E v);                                                                                 \
    template <> std::optional<E> parseEnum<E>(std::string_view s);                                                     \
    template <> const std::vector<E>& enumValues<E>();
GRIDWORK_DOMAIN_ENUMS(GRIDWORK_DECLARE_ENUM)
#undef GRIDWORK_DECLARE_ENUM

// Special-population tags are sensitive personal data (DESIGN §1): show them only to the
// resident's own grid worker, never in exported summaries.
bool isSpecialPopulation(ResidentTag tag);

// The categories of 灾情上报 (collapse, waterlogging, landslide, trapped people): the disaster
// reports an emergency's statistics count (emergency.md).
bool isDisasterCategory(ReportCategory c);

// Tags are stored in ONE text column (residents.tags) as the sorted, de-duplicated wire names
// joined by ',' (e.g. "elderly_alone,low_income"); "" for none. Decoding skips names this build
// does not know (a newer app may add tags). See core/docs/domain.md.
std::string encodeTags(std::vector<ResidentTag> tags);
std::vector<ResidentTag> decodeTags(std::string_view stored);

}  // namespace gridwork::domain
