// records.h — the typed rows of the domain (DESIGN §3), as the repositories return and accept them.
//
// Conventions: ids are Uuid (nil = none); `gridId` is the row's sync scope; dates are local
// (China, UTC+8) "YYYY-MM-DD" strings (see dates.h); times are Unix milliseconds; an optional
// location is absent when the phone had no fix. Text fields are UTF-8; "" means not given (stored
// as NULL). Plain values; copy freely between threads.
#pragma once

#include "gridwork/core/base/hlc.h"
#include "gridwork/core/base/uuid.h"
#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/report_workflow.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

struct GeoPoint {
    double lat = 0;
    double lon = 0;
    bool operator==(const GeoPoint&) const = default;
};

// township > community > grid > micro-grid. gridId: a grid's own id for a grid, the parent grid
// for a micro-grid, nil (township-wide) for townships and communities.
struct OrgUnit {
    Uuid id;
    Uuid gridId;
    Uuid parentId;
    OrgLevel level = OrgLevel::Grid;
    std::string name;
    std::string code;  // the official code (e.g. 330106001001), optional
};

struct Worker {
    Uuid id;
    Uuid gridId;  // the grid the worker is assigned to
    std::string name;
    std::string phone;
    WorkerRole role = WorkerRole::GridWorker;
};

struct Household {
    Uuid id;
    Uuid gridId;
    Uuid microGridId;
    std::string address;  // required
    HouseholdKind kind = HouseholdKind::Own;
    HouseholdStatus status = HouseholdStatus::Active;
    std::string headName;  // 户主
    std::string phone;
    std::string note;
    bool evacRisk = false;  // on the emergency risk list (风险摸排, emergency.md); EmergencyRepo::setRisk
};

struct Resident {
    Uuid id;
    Uuid gridId;           // always the household's grid
    Uuid householdId;      // required
    std::string name;      // required
    std::string idNumber;  // full 18-char number, stored on the device; display with maskIdNumber()
    std::string phone;
    std::optional<int> birthYear;
    std::optional<Gender> gender;
    std::string relation;  // 与户主关系: 户主, 配偶, 子女, ... (free text)
    std::vector<ResidentTag> tags;
    ResidentStatus status = ResidentStatus::Present;
};

// Someone who must be visited every intervalDays from startDate (e.g. a registered patient).
struct FollowupSchedule {
    Uuid id;
    Uuid gridId;
    Uuid householdId;  // required
    Uuid residentId;   // optional: the person the schedule is about
    std::string reason;
    int intervalDays = 30;
    std::string startDate;  // first due date
    bool active = true;
};

struct Visit {
    Uuid id;
    Uuid gridId;
    Uuid householdId;  // required
    Uuid residentId;
    Uuid workerId;
    VisitKind kind = VisitKind::Routine;
    VisitOutcome outcome = VisitOutcome::Normal;
    std::string note;
    std::optional<GeoPoint> location;
    std::int64_t visitedAt = 0;  // 0 on input: now (corrected clock)
    std::string visitDate;       // "" on input: local date of visitedAt
    Uuid scheduleId;             // the follow-up schedule this visit fulfils
    Uuid taskId;                 // the task (verification instruction) this visit answers
    std::string photoSha256;
};

struct Checkpoint {
    Uuid id;
    Uuid gridId;
    std::string name;
    std::string kind;  // free text: 水库, 防汛点, 消防通道, ...
    GeoPoint location;
    double radiusM = 50;
};

struct Patrol {
    Uuid id;
    Uuid gridId;
    Uuid workerId;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> stoppedAt;
    PatrolState state = PatrolState::Active;
    double distanceM = 0;  // stored at pause/stop; PatrolRepo::distance() computes it live
    std::string findings;
};

struct TrackPoint {
    Uuid id;
    Uuid gridId;
    Uuid patrolId;
    std::int64_t seq = 0;  // 1, 2, 3 ... within a patrol
    GeoPoint location;
    std::optional<double> accuracyM;
    std::int64_t recordedAt = 0;
};

struct CheckpointPass {
    Uuid id;
    Uuid gridId;
    Uuid patrolId;
    Uuid checkpointId;
    std::int64_t passedAt = 0;
    std::string note;
};

struct Report {
    Uuid id;
    Uuid gridId;
    Uuid workerId;
    Uuid householdId;
    Uuid patrolId;
    ReportCategory category = ReportCategory::Other;
    std::string text;  // required
    std::optional<GeoPoint> location;
    Severity severity = Severity::Low;
    bool handledOnSite = false;  // filed with a resolve_on_site event
    std::string photoSha256;
    std::int64_t reportedAt = 0;
    std::string deadline;                          // local date by which it must be handled; "" = none
    ReportStatus status = ReportStatus::Reported;  // derived (output only)
};

struct ReportEvent {
    Uuid id;
    Uuid gridId;
    Uuid reportId;
    std::string kind;  // a ReportEventKind name; unknown kinds (newer app) are kept as text
    Uuid actorId;
    std::string actorName;
    std::string department;  // for dispatch
    std::string note;
    std::int64_t at = 0;
    bool superseded = false;  // derived (output only): invalid where it landed in the fold
    Stamp stamp;              // derived (output only): the event's (hlc, site), the fold order

    std::optional<ReportEventKind> parsedKind() const { return parseReportEventKind(kind); }
};

struct Task {
    Uuid id;
    Uuid gridId;
    Uuid assigneeId;  // nil: the whole grid
    Uuid householdId;
    std::string title;  // required
    std::string body;
    std::string dueDate;
    std::int64_t issuedAt = 0;
    TaskStatus status = TaskStatus::Open;
    std::string result;
    std::optional<std::int64_t> completedAt;
};

struct DiaryEntry {
    Uuid id;
    Uuid gridId;
    Uuid workerId;
    std::int64_t at = 0;
    std::string entryDate;  // "" on input: local date of `at`
    std::string topic;
    std::string text;  // required
};

struct Attachment {
    Uuid id;
    Uuid gridId;
    std::string sha256;  // 64 lowercase hex
    std::string mime;
    std::int64_t size = 0;
    std::string ownerTable;  // e.g. "visits", "reports"
    Uuid ownerId;
    std::string localPath;                           // device-local, never synced
    UploadState uploadState = UploadState::Pending;  // device-local
};

// 平战转换 (emergency.md): an emergency the township declared, for the whole township (grids
// empty) or for chosen grids. Township-wide org data: written by the server only.
struct Emergency {
    Uuid id;
    EmergencyKind kind = EmergencyKind::Typhoon;
    std::vector<Uuid> grids;  // empty: the whole township
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> endedAt;  // absent while it lasts
    std::string note;
    std::string duty;        // 值班 roster: one line per person ("带班领导 李明 13800000000")
    std::string declaredBy;  // who declared it (a name)

    bool active() const { return !endedAt.has_value(); }
    bool covers(const Uuid& grid) const;
};

// 人员转移 of one household in one emergency; the row id is evacuationRowId(emergency, household)
// so a household has one record however many workers record it (emergency.md).
struct Evacuation {
    Uuid id;      // derived on input
    Uuid gridId;  // the household's grid
    Uuid emergencyId;
    Uuid householdId;
    int evacuated = 0;         // people moved out
    std::string destination;   // 转移去向 (安置点, 亲友家 …)
    int stayed = 0;            // people who stayed
    std::string stayedReason;  // required when stayed > 0 (行动不便, 拒绝转移 …)
    Uuid workerId;
    std::int64_t recordedAt = 0;  // 0 on input: now
};

}  // namespace gridwork::domain
