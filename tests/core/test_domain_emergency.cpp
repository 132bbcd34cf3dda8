// Emergency mode (core/docs/emergency.md): declarations, the risk list, evacuation records and
// their merge — two workers recording the same household offline, merged in both orders.
#include "gridwork/core/store/dump.h"
#include "test_domain_fixture.h"

using namespace gridwork;
using namespace gridwork::domain;
using namespace gridwork::testing;

namespace {
// Applies every change `from` journaled to `to`, as a sync would (idempotent).
void deliver(Store& from, Store& to) {
    auto entries = from.outbox(0, 100000);
    Status st = to.transaction([&](WriteTxn& txn) {
        for (const auto& e : entries) GW_TRY(txn.applyRemote(e.change).status());
        return Status::ok();
    });
    REQUIRE_MESSAGE(st.isOk(), st.toString());
}

std::unique_ptr<Store> openStore(DomainFixture& f, const std::string& name, std::shared_ptr<ManualClock> clock) {
    StoreOptions o;
    o.clock = std::move(clock);
    o.durable = false;
    auto s = Store::open(f.dir.file(name), o);
    REQUIRE_MESSAGE(s.isOk(), s.status().toString());
    return std::move(s).value();
}

// The evacuations table of a replica, one line per row, every column.
std::string evacuationRows(Store& s) {
    std::string out;
    auto q = s.database().prepare("SELECT hex(id), hex(household_id), evacuated, coalesce(destination,''), stayed, "
                                  "coalesce(stayed_reason,''), recorded_at FROM evacuations ORDER BY id");
    REQUIRE(q);
    while (q->step()) {
        for (int c = 0; c < 7; ++c) out += q->getText(c) + "|";
        out += "\n";
    }
    return out;
}

struct EmergencyFixture : DomainFixture {
    Household low, high, plain;
    Emergency typhoon;

    EmergencyFixture() {
        low = household("幸福村1组3号");
        high = household("幸福村2组8号", mg2.id);
        plain = household("幸福村1组9号");
        EmergencyRepo em(*store);
        REQUIRE(em.setRisk(low.id, true).isOk());
        REQUIRE(em.setRisk(high.id, true).isOk());
        Emergency e;
        e.kind = EmergencyKind::Typhoon;
        e.note = "台风“梅花”";
        e.duty = "带班领导 李明 13800000001";
        typhoon = must(em.declare(e));
    }

    Evacuation evac(const Household& h, int people, int stayed = 0, const std::string& why = "") {
        Evacuation v;
        v.emergencyId = typhoon.id;
        v.householdId = h.id;
        v.evacuated = people;
        v.destination = "村委会安置点";
        v.stayed = stayed;
        v.stayedReason = why;
        return v;
    }
};
}  // namespace

TEST_CASE_FIXTURE(EmergencyFixture, "emergency: declared for the township, found for the worker's grids, ended") {
    EmergencyRepo em(*store);
    auto found = em.activeFor({grid.id});
    REQUIRE(found);
    CHECK(found->id == typhoon.id);
    CHECK(found->kind == EmergencyKind::Typhoon);
    CHECK(found->grids.empty());
    CHECK(found->duty == "带班领导 李明 13800000001");
    CHECK(found->startedAt == kMarch1At10);
    // A second one over the same grid while the first lasts is refused.
    Emergency again;
    again.kind = EmergencyKind::Flood;
    again.grids = {grid.id};
    CHECK(em.declare(again).status().code() == ErrorCode::InvalidState);
    // A grid that does not exist is refused.
    Emergency bogus;
    bogus.grids = {newUuidV7()};
    CHECK(em.declare(bogus).status().code() == ErrorCode::NotFound);
    clock->advance(3600 * 1000);
    REQUIRE(em.end(typhoon.id).isOk());
    CHECK_FALSE(em.activeFor({grid.id}));
    CHECK(em.end(typhoon.id).code() == ErrorCode::InvalidState);
    CHECK(em.get(typhoon.id)->endedAt == kMarch1At10 + 3600 * 1000);
    // Recording after the end is refused.
    CHECK(em.record(evac(low, 2)).status().code() == ErrorCode::InvalidState);
    // An emergency of chosen grids covers only them.
    Emergency chosen;
    chosen.kind = EmergencyKind::Flood;
    chosen.grids = {grid.id};
    auto flood = must(em.declare(chosen));
    CHECK(em.activeFor({grid.id})->id == flood.id);
    CHECK_FALSE(em.activeFor({newUuidV7()}));
}

TEST_CASE_FIXTURE(EmergencyFixture, "evacuation: validated, one record per household, the risk list shows it") {
    EmergencyRepo em(*store);
    auto list = must(em.riskList(typhoon.id, {grid.id}));
    REQUIRE(list.size() == 2);
    CHECK(list[0].household.id == low.id);
    CHECK_FALSE(list[0].evacuation);
    CHECK(em.record(evac(low, -1)).status().code() == ErrorCode::InvalidArgument);
    CHECK(em.record(evac(low, 1000)).status().code() == ErrorCode::InvalidArgument);
    auto noReason = em.record(evac(low, 2, 1));
    CHECK(noReason.status().code() == ErrorCode::InvalidArgument);
    CHECK(noReason.status().message().find("留守原因") != std::string::npos);
    Evacuation unknown = evac(low, 2);
    unknown.householdId = newUuidV7();
    CHECK(em.record(unknown).status().code() == ErrorCode::NotFound);

    auto first = must(em.record(evac(low, 3, 1, "行动不便")));
    CHECK(first.id == evacuationRowId(typhoon.id, low.id));
    CHECK(first.gridId == grid.id);
    auto second = must(em.record(evac(low, 4)));  // a correction replaces the record entirely
    CHECK(second.id == first.id);
    auto stored = em.evacuationOf(typhoon.id, low.id);
    REQUIRE(stored);
    CHECK(stored->evacuated == 4);
    CHECK(stored->stayed == 0);
    CHECK(stored->stayedReason.empty());
    CHECK(count("SELECT count(*) FROM evacuations") == 1);
    // An unlisted household recorded anyway is shown after the listed ones.
    must(em.record(evac(plain, 1)));
    list = must(em.riskList(typhoon.id, {grid.id}));
    REQUIRE(list.size() == 3);
    CHECK(list[2].household.id == plain.id);
    REQUIRE(list[0].evacuation);
    CHECK(list[0].evacuation->evacuated == 4);

    auto stats = must(em.stats(typhoon.id));
    REQUIRE(stats.grids.size() == 1);
    CHECK(stats.grids[0].gridName == "第一网格");
    CHECK(stats.township.householdsListed == 2);
    CHECK(stats.township.householdsDone == 2);
    CHECK(stats.township.peopleEvacuated == 5);
    CHECK(stats.township.disasterReportsOpen == 0);
}

TEST_CASE_FIXTURE(EmergencyFixture, "evacuation: disaster reports filed urgent count while open") {
    EmergencyRepo em(*store);
    ReportRepo reports(*store);
    Report r;
    r.gridId = grid.id;
    r.category = ReportCategory::Collapse;
    r.severity = Severity::Urgent;
    r.text = "2组8号老房后墙倒塌";
    auto collapse = must(reports.file(r));
    r.category = ReportCategory::SafetyHazard;  // not a disaster category
    r.text = "电线被风刮断";
    must(reports.file(r));
    r.category = ReportCategory::TrappedPeople;
    r.text = "3人被困二楼";
    must(reports.file(r));
    r.category = ReportCategory::Waterlogging;
    r.text = "村道积水，已现场疏通";
    r.handledOnSite = true;  // handled on the spot: not open
    must(reports.file(r, "已疏通"));
    CHECK(isDisasterCategory(ReportCategory::Landslide));
    CHECK_FALSE(isDisasterCategory(ReportCategory::Flood));
    CHECK(parseEnum<ReportCategory>("人员被困") == ReportCategory::TrappedPeople);
    CHECK(must(em.stats(typhoon.id)).township.disasterReportsOpen == 2);
    must(reports.addEvent(collapse.id, ReportEventKind::Accept));
    CHECK(must(em.stats(typhoon.id)).township.disasterReportsOpen == 2);  // accepted is still open
    must(reports.addEvent(collapse.id, ReportEventKind::Dispatch, "应急管理办"));
    must(reports.addEvent(collapse.id, ReportEventKind::Handle, "已设警戒"));
    CHECK(must(em.stats(typhoon.id)).township.disasterReportsOpen == 1);
}

TEST_CASE("evacuation: two workers record the same household offline; merged in both orders it counts once") {
    for (int order = 0; order < 2; ++order) {
        CAPTURE(order);
        EmergencyFixture f;  // the township's copy: org, ledger, risk list, the declaration
        auto clockA = std::make_shared<ManualClock>(kMarch1At10 + 60000);
        auto clockB = std::make_shared<ManualClock>(kMarch1At10 + 60000);
        auto a = openStore(f, "a.db", clockA), b = openStore(f, "b.db", clockB);
        auto server = openStore(f, "server.db", f.clock);
        deliver(*f.store, *a);
        deliver(*f.store, *b);
        deliver(*f.store, *server);
        // Offline: A records 3 out, 1 stayed; B, a minute later, 4 out, nobody stayed.
        EmergencyRepo ea(*a), eb(*b);
        clockA->advance(1000);
        f.must(ea.record(f.evac(f.low, 3, 1, "看守财产")));
        f.must(ea.record(f.evac(f.high, 2)));
        clockB->advance(61000);
        f.must(eb.record(f.evac(f.low, 4)));
        if (order == 0) {
            deliver(*a, *server);
            deliver(*b, *server);
        } else {
            deliver(*b, *server);
            deliver(*a, *server);
        }
        // The server's pull hands each phone what the other pushed (a plain Store journals only
        // its own writes, so the peers' outboxes stand for the server's log here).
        deliver(*b, *a);
        deliver(*a, *b);
        for (Store* s : {server.get(), a.get(), b.get()}) {
            auto stats = f.must(EmergencyRepo(*s).stats(f.typhoon.id));
            CHECK(stats.township.householdsDone == 2);
            CHECK(stats.township.householdsListed == 2);
            CHECK(stats.township.peopleEvacuated == 6);  // B's 4 (later) + 2, never 3 + 4 + 2
            CHECK(stats.township.peopleStayed == 0);     // B's record entire, not A's stayed
            auto low = EmergencyRepo(*s).evacuationOf(f.typhoon.id, f.low.id);
            REQUIRE(low);
            CHECK(low->evacuated == 4);
            CHECK(low->stayedReason.empty());
            CHECK(s->database().queryInt("SELECT count(*) FROM evacuations") == 2);
        }
        // The three copies agree, and the overruled record (A's 3 out, 1 stayed) is kept in the
        // conflict log of whichever replica saw it lose.
        CHECK(evacuationRows(*a) == evacuationRows(*server));
        CHECK(evacuationRows(*b) == evacuationRows(*server));
        const char* lost =
            "SELECT count(*) FROM conflicts WHERE tbl='evacuations' AND col='evacuated' AND loser_value='3'";
        CHECK(a->database().queryInt(lost) == 1);
    }
}

TEST_CASE_FIXTURE(EmergencyFixture, "evacuation: a row under another id (a buggy peer) is not counted") {
    EmergencyRepo em(*store);
    must(em.record(evac(low, 2)));
    RowWrite w{std::string(tables::kEvacuations), newUuidV7(), {}};
    w.set("grid_id", grid.id.toValue())
        .set("emergency_id", typhoon.id.toValue())
        .set("household_id", low.id.toValue())
        .set("evacuated", Value::integer(5));
    REQUIRE(store->write(w).isOk());
    auto stats = must(em.stats(typhoon.id));
    CHECK(stats.township.householdsDone == 1);
    CHECK(stats.township.peopleEvacuated == 2);
}
