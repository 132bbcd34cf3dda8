#include "domain_records.h"

#include "enum_option.h"

#include "gridwork/core/domain/report_workflow.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

std::string shown(const std::string& v, bool reveal, std::string (*mask)(std::string_view)) {
    return v.empty() || reveal ? v : mask(v);
}

Record& addLocation(Record& r, const std::optional<GeoPoint>& p) {
    r.add("lat", p ? Value::real(p->lat) : Value::null());
    return r.add("lon", p ? Value::real(p->lon) : Value::null());
}
}  // namespace

Record orgUnitRecord(const OrgUnit& u) {
    Record r;
    r.add("id", u.id).add("grid_id", u.gridId).add("parent_id", u.parentId);
    addEnum(r, "level", u.level);
    return r.add("name", std::string_view(u.name)).addText("code", u.code);
}

Record workerRecord(const Worker& w, bool reveal) {
    Record r;
    r.add("id", w.id).add("grid_id", w.gridId).add("name", std::string_view(w.name));
    r.addText("phone", shown(w.phone, reveal, maskPhone));
    return addEnum(r, "role", w.role);
}

Record householdRecord(const Household& h, bool reveal) {
    Record r;
    r.add("id", h.id).add("grid_id", h.gridId).add("micro_grid_id", h.microGridId);
    r.add("address", std::string_view(h.address));
    addEnum(r, "kind", h.kind);
    addEnum(r, "status", h.status);
    r.addText("head_name", h.headName).addText("phone", shown(h.phone, reveal, maskPhone)).addText("note", h.note);
    r.add("evac_risk", h.evacRisk);
    return r;
}

Record residentRecord(const Resident& res, bool reveal) {
    Record r;
    r.add("id", res.id).add("grid_id", res.gridId).add("household_id", res.householdId);
    r.add("name", std::string_view(res.name));
    r.addText("id_number", shown(res.idNumber, reveal, maskIdNumber));
    r.addText("phone", shown(res.phone, reveal, maskPhone));
    r.add("birth_year", res.birthYear ? Value::integer(*res.birthYear) : Value::null());
    if (res.gender)
        addEnum(r, "gender", *res.gender);
    else
        r.add("gender", Value::null());
    r.addText("relation", res.relation);
    r.addText("tags", encodeTags(res.tags));
    return addEnum(r, "status", res.status);
}

Record followupRecord(const FollowupSchedule& s) {
    Record r;
    r.add("id", s.id).add("grid_id", s.gridId).add("household_id", s.householdId).add("resident_id", s.residentId);
    r.addText("reason", s.reason).add("interval_days", s.intervalDays).add("start_date", std::string_view(s.startDate));
    return r.add("active", s.active);
}

Record dueRecord(const DueFollowup& d, bool reveal) {
    Record r;
    r.add("due_date", std::string_view(d.dueDate)).add("days_overdue", d.daysOverdue);
    r.add("schedule_id", d.schedule.id).addText("reason", d.schedule.reason);
    r.add("interval_days", d.schedule.intervalDays).addText("last_visit_date", d.lastVisitDate);
    r.add("household_id", d.household.id).add("address", std::string_view(d.household.address));
    r.addText("head_name", d.household.headName).addText("phone", shown(d.household.phone, reveal, maskPhone));
    r.add("resident_id", d.resident ? d.resident->id : Uuid{});
    r.addText("resident_name", d.resident ? d.resident->name : std::string());
    return r;
}

Record visitRecord(const Visit& v) {
    Record r;
    r.add("id", v.id).add("grid_id", v.gridId).add("household_id", v.householdId).add("resident_id", v.residentId);
    r.add("worker_id", v.workerId);
    addEnum(r, "kind", v.kind);
    addEnum(r, "outcome", v.outcome);
    r.addText("note", v.note);
    addLocation(r, v.location);
    r.addTime("visited_at", v.visitedAt).add("visit_date", std::string_view(v.visitDate));
    r.add("schedule_id", v.scheduleId).add("task_id", v.taskId).addText("photo_sha256", v.photoSha256);
    return r;
}

Record checkpointRecord(const Checkpoint& c) {
    Record r;
    r.add("id", c.id).add("grid_id", c.gridId).add("name", std::string_view(c.name)).addText("kind", c.kind);
    addLocation(r, c.location);
    return r.add("radius_m", Value::real(c.radiusM));
}

Record patrolRecord(const Patrol& p) {
    Record r;
    r.add("id", p.id).add("grid_id", p.gridId).add("worker_id", p.workerId);
    addEnum(r, "state", p.state);
    r.addTime("started_at", p.startedAt).addTime("stopped_at", p.stoppedAt);
    return r.add("distance_m", Value::real(p.distanceM)).addText("findings", p.findings);
}

Record trackPointRecord(const TrackPoint& t) {
    Record r;
    r.add("id", t.id).add("seq", t.seq).add("lat", Value::real(t.location.lat)).add("lon", Value::real(t.location.lon));
    r.add("accuracy_m", t.accuracyM ? Value::real(*t.accuracyM) : Value::null());
    return r.addTime("recorded_at", t.recordedAt);
}

Record checkpointPassRecord(const CheckpointPass& c) {
    Record r;
    r.add("id", c.id).add("patrol_id", c.patrolId).add("checkpoint_id", c.checkpointId);
    return r.addTime("passed_at", c.passedAt).addText("note", c.note);
}

Record reportRecord(const Report& rep) {
    Record r;
    r.add("id", rep.id).add("grid_id", rep.gridId).add("worker_id", rep.workerId);
    r.add("household_id", rep.householdId).add("patrol_id", rep.patrolId);
    addEnum(r, "category", rep.category);
    r.add("text", std::string_view(rep.text));
    addLocation(r, rep.location);
    addEnum(r, "severity", rep.severity);
    r.add("handled_on_site", rep.handledOnSite).addText("photo_sha256", rep.photoSha256);
    r.addTime("reported_at", rep.reportedAt).addText("deadline", rep.deadline);
    return r.addLabelled("status", reportStatusName(rep.status), reportStatusLabelZh(rep.status));
}

Record reportEventRecord(const ReportEvent& e) {
    Record r;
    r.add("id", e.id).add("report_id", e.reportId);
    if (auto k = e.parsedKind())
        r.addLabelled("kind", reportEventKindName(*k), reportEventKindLabelZh(*k));
    else
        r.add("kind", std::string_view(e.kind));
    r.add("actor_id", e.actorId).addText("actor_name", e.actorName).addText("department", e.department);
    return r.addText("note", e.note).addTime("at", e.at).add("superseded", e.superseded);
}

Record taskRecord(const Task& t) {
    Record r;
    r.add("id", t.id).add("grid_id", t.gridId).add("assignee_id", t.assigneeId).add("household_id", t.householdId);
    r.add("title", std::string_view(t.title)).addText("body", t.body).addText("due_date", t.dueDate);
    r.addTime("issued_at", t.issuedAt);
    addEnum(r, "status", t.status);
    return r.addText("result", t.result).addTime("completed_at", t.completedAt);
}

Record diaryRecord(const DiaryEntry& d) {
    Record r;
    r.add("id", d.id).add("grid_id", d.gridId).add("worker_id", d.workerId).addTime("at", d.at);
    return r.add("entry_date", std::string_view(d.entryDate))
        .addText("topic", d.topic)
        .add("text", std::string_view(d.text));
}

}  // namespace gridwork::device
