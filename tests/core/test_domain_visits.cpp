// Visits (append-only, one durable transaction each) and follow-up schedules: due and overdue.
#include "test_domain_fixture.h"

using namespace gridwork;
using namespace gridwork::domain;
using gridwork::testing::DomainFixture;
using gridwork::testing::kMarch1At10;

TEST_CASE("a visit is recorded with the local date, journaled, and listed newest first") {
    DomainFixture f;
    auto h = f.household("幸福路12号");
    VisitRepo visits(*f.store);
    auto before = f.store->outboxCount();
    Visit v;
    v.householdId = h.id;
    v.workerId = f.worker.id;
    v.outcome = VisitOutcome::Difficulty;
    v.note = "老人腿脚不便，需要帮买药";
    v.location = GeoPoint{30.27, 120.15};
    // 23:30 UTC on Feb 29 is 07:30 on Mar 1 in China.
    v.visitedAt = kMarch1At10 - (2 * 3600 + 30 * 60) * 1000LL;
    auto rec = visits.record(v);
    REQUIRE_MESSAGE(rec.isOk(), rec.status().toString());
    CHECK(rec->visitDate == "2024-03-01");
    CHECK(rec->gridId == f.grid.id);
    CHECK(f.store->outboxCount() > before);

    f.clock->advance(3600 * 1000);
    Visit later;
    later.householdId = h.id;
    later.outcome = VisitOutcome::NotHome;
    REQUIRE(visits.record(later).isOk());
    auto list = visits.ofHousehold(h.id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].outcome == VisitOutcome::NotHome);
    CHECK(list[1].note == "老人腿脚不便，需要帮买药");
    CHECK(list[1].location == GeoPoint{30.27, 120.15});
    CHECK(visits.ofWorkerOn(f.worker.id, "2024-03-01").size() == 1);
    CHECK(visits.ofGridOn(f.grid.id, "2024-03-01").size() == 2);
    CHECK(visits.get(rec->id)->outcome == VisitOutcome::Difficulty);
}

TEST_CASE("a visit to an unknown household or a resident of another household is refused") {
    DomainFixture f;
    auto h1 = f.household("幸福路1号");
    auto h2 = f.household("幸福路2号");
    Resident r;
    r.householdId = h2.id;
    r.name = "李四";
    auto res = LedgerRepo(*f.store).addResident(r);
    REQUIRE(res.isOk());
    VisitRepo visits(*f.store);
    auto before = f.store->outboxCount();
    Visit v;
    v.householdId = newUuidV7();
    CHECK(visits.record(v).status().code() == ErrorCode::NotFound);
    v.householdId = h1.id;
    v.residentId = res->id;
    CHECK(visits.record(v).status().code() == ErrorCode::InvalidArgument);
    v.residentId = {};
    v.location = GeoPoint{100, 0};
    CHECK(visits.record(v).status().code() == ErrorCode::InvalidArgument);
    v.location.reset();
    v.note = std::string(kMaxLongText + 1, 'x');
    CHECK(visits.record(v).status().message() == "走访记录：内容过长（最多5000字）");
    v.note.clear();
    FollowupSchedule other;
    other.householdId = h2.id;
    auto s2 = FollowupRepo(*f.store).add(other);
    REQUIRE(s2.isOk());
    before = f.store->outboxCount();
    v.scheduleId = s2->id;  // h2's schedule on a visit to h1
    CHECK(visits.record(v).status().code() == ErrorCode::InvalidArgument);
    CHECK(f.store->outboxCount() == before);
}

TEST_CASE("follow-ups due today and overdue, from the last visit, on a fixed date") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    FollowupRepo followups(*f.store);
    VisitRepo visits(*f.store);
    auto patientHome = f.household("幸福路1号");
    auto elderHome = f.household("幸福路2号");
    auto newHome = f.household("幸福路3号");
    auto goneHome = f.household("幸福路4号");
    Resident patient;
    patient.householdId = patientHome.id;
    patient.name = "赵大爷";
    auto p = ledger.addResident(patient);
    REQUIRE(p.isOk());

    // Monthly patient visit, last visited (with the schedule) on 2024-01-20: due 02-19, 11 days overdue.
    FollowupSchedule monthly;
    monthly.householdId = patientHome.id;
    monthly.residentId = p->id;
    monthly.reason = "重点病人随访";
    monthly.intervalDays = 30;
    monthly.startDate = "2024-01-01";
    auto s1 = followups.add(monthly);
    REQUIRE(s1.isOk());
    Visit v;
    v.householdId = patientHome.id;
    v.scheduleId = s1->id;
    v.kind = VisitKind::FollowUp;
    v.visitDate = "2024-01-20";
    v.visitedAt = kMarch1At10 - 41LL * 86400000;
    REQUIRE(visits.record(v).isOk());

    // Weekly, last household visit (no schedule link) on 02-23: due 03-01 = today.
    FollowupSchedule weekly;
    weekly.householdId = elderHome.id;
    weekly.intervalDays = 7;
    weekly.startDate = "2024-02-01";
    auto s2 = followups.add(weekly);
    REQUIRE(s2.isOk());
    Visit routine;
    routine.householdId = elderHome.id;
    routine.visitDate = "2024-02-23";
    routine.visitedAt = kMarch1At10 - 7LL * 86400000;
    REQUIRE(visits.record(routine).isOk());

    // Never visited, starts 2024-03-05: not due yet.
    FollowupSchedule future;
    future.householdId = newHome.id;
    future.intervalDays = 30;
    future.startDate = "2024-03-05";
    REQUIRE(followups.add(future).isOk());

    // A moved-out household's schedule is skipped; so is an inactive one.
    FollowupSchedule gone;
    gone.householdId = goneHome.id;
    gone.intervalDays = 10;
    gone.startDate = "2024-01-01";
    REQUIRE(followups.add(gone).isOk());
    REQUIRE(ledger.moveOutHousehold(goneHome.id).isOk());
    FollowupSchedule inactive = gone;
    inactive.id = {};
    inactive.householdId = newHome.id;
    inactive.active = false;
    REQUIRE(followups.add(inactive).isOk());

    auto due = followups.dueOn("2024-03-01", {f.grid.id});
    REQUIRE_MESSAGE(due.isOk(), due.status().toString());
    REQUIRE(due->size() == 2);
    CHECK((*due)[0].schedule.id == s1->id);
    CHECK((*due)[0].lastVisitDate == "2024-01-20");
    CHECK((*due)[0].dueDate == "2024-02-19");
    CHECK((*due)[0].daysOverdue == 11);
    REQUIRE((*due)[0].resident.has_value());
    CHECK((*due)[0].resident->name == "赵大爷");
    CHECK((*due)[0].household.address == "幸福路1号");
    CHECK((*due)[1].schedule.id == s2->id);
    CHECK((*due)[1].daysOverdue == 0);
    CHECK((*due)[1].dueDate == "2024-03-01");

    // On 03-05 the new schedule is due (never visited: due on its start date).
    CHECK(followups.dueOn("2024-03-05", {f.grid.id})->size() == 3);
    // After today's visit the weekly one is no longer due.
    Visit today;
    today.householdId = elderHome.id;
    today.scheduleId = s2->id;
    REQUIRE(visits.record(today).isOk());
    CHECK(followups.dueOn("2024-03-01", {f.grid.id})->size() == 1);
    // The patient's death ends his schedule's visits.
    REQUIRE(ledger.setResidentStatus(p->id, ResidentStatus::Deceased).isOk());
    CHECK(followups.dueOn("2024-03-01", {f.grid.id})->empty());
    // Other grids see nothing; a bad date is a typed error.
    CHECK(followups.dueOn("2024-03-01", {newUuidV7()})->empty());
    CHECK(followups.dueOn("2024-3-1", {f.grid.id}).status().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("follow-up schedules are validated and editable") {
    DomainFixture f;
    FollowupRepo followups(*f.store);
    auto h = f.household("幸福路1号");
    FollowupSchedule s;
    s.householdId = h.id;
    s.intervalDays = 0;
    CHECK(followups.add(s).status().code() == ErrorCode::InvalidArgument);
    s.intervalDays = 30;
    s.startDate = "2024-13-01";
    CHECK(followups.add(s).status().code() == ErrorCode::InvalidArgument);
    s.startDate = "";
    auto ok = followups.add(s);
    REQUIRE(ok.isOk());
    CHECK(ok->startDate == "2024-03-01");  // today by the store's clock
    FollowupPatch p;
    p.intervalDays = 14;
    REQUIRE(followups.edit(ok->id, p).isOk());
    CHECK(followups.get(ok->id)->intervalDays == 14);
    CHECK(followups.ofHousehold(h.id).size() == 1);
    REQUIRE(followups.remove(ok->id).isOk());
    CHECK(followups.ofHousehold(h.id).empty());
}

TEST_CASE("adding with an id that already exists is a retry: nothing is written twice") {
    DomainFixture f;
    auto h = f.household("幸福路1号");
    VisitRepo visits(*f.store);
    Visit v;
    v.id = newUuidV7();
    v.householdId = h.id;
    v.note = "第一次保存";
    REQUIRE(visits.record(v).isOk());
    auto before = f.store->outboxCount();
    v.note = "重试";
    auto again = visits.record(v);
    REQUIRE(again.isOk());
    CHECK(again->note == "第一次保存");
    CHECK(f.store->outboxCount() == before);
    CHECK(visits.ofHousehold(h.id).size() == 1);

    ReportRepo reports(*f.store);
    Report r;
    r.id = newUuidV7();
    r.gridId = f.grid.id;
    r.text = "井盖缺失";
    REQUIRE(reports.file(r).isOk());
    REQUIRE(reports.file(r).isOk());
    CHECK(reports.history(r.id).size() == 1);
    ReportEvent e;
    e.id = newUuidV7();
    e.kind = "accept";
    REQUIRE(reports.addEvent(r.id, e).isOk());
    REQUIRE(reports.addEvent(r.id, e).isOk());  // not refused as "accept after accept"
    CHECK(reports.history(r.id).size() == 2);

    Household again2 = h;
    again2.address = "别的地址";
    auto same = LedgerRepo(*f.store).addHousehold(again2);
    REQUIRE(same.isOk());
    CHECK(same->address == "幸福路1号");
}
