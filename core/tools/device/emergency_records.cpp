#include "emergency_records.h"

#include "enum_option.h"

namespace gridwork::device {

using namespace gridwork::domain;

Record& addEmergency(Record& r, const Emergency& e) {
    r.add("id", e.id);
    addEnum(r, "kind", e.kind);
    std::vector<Record> grids;
    for (const auto& g : e.grids) grids.push_back(Record().add("id", g));
    r.add("whole_township", e.grids.empty()).add("grids", grids);
    r.addTime("started_at", e.startedAt).addTime("ended_at", e.endedAt);
    return r.addText("note", e.note).addText("duty", e.duty).addText("declared_by", e.declaredBy);
}

Record& addTotals(Record& r, const EmergencyTotals& t) {
    r.add("households_done", t.householdsDone).add("households_listed", t.householdsListed);
    r.add("people_evacuated", t.peopleEvacuated).add("people_stayed", t.peopleStayed);
    return r.add("disaster_reports_open", t.disasterReportsOpen);
}

Record evacuationRecord(const Evacuation& v) {
    Record r;
    r.add("id", v.id).add("emergency_id", v.emergencyId).add("household_id", v.householdId).add("grid_id", v.gridId);
    r.add("evacuated", v.evacuated).addText("destination", v.destination);
    r.add("stayed", v.stayed).addText("stayed_reason", v.stayedReason);
    return r.add("worker_id", v.workerId).addTime("recorded_at", v.recordedAt);
}

Record riskHouseholdRecord(const RiskHousehold& h) {
    Record r;
    r.add("household_id", h.household.id).add("address", std::string_view(h.household.address));
    r.addText("head_name", h.household.headName);
    r.add("done", h.evacuation.has_value());
    const Evacuation none;
    const Evacuation& v = h.evacuation ? *h.evacuation : none;
    auto count = [&](int n) { return h.evacuation ? Value::integer(n) : Value::null(); };
    r.add("evacuated", count(v.evacuated)).addText("destination", v.destination);
    return r.add("stayed", count(v.stayed)).addText("stayed_reason", v.stayedReason);
}

}  // namespace gridwork::device
