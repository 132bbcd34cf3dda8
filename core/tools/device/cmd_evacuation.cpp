// evacuation record|list — 人员转移 on the device (core/docs/emergency.md). One record per
// household per emergency: recording again replaces the record as a whole (a correction), and two
// workers recording the same household write the same row, so it counts once after sync.
// Offline like every write: it goes to the outbox and reaches the township on the next sync.
#include "device_context.h"
#include "emergency_records.h"
#include "invocation.h"

#include "gridwork/core/domain/emergency_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

// --emergency, else the lasting emergency of the device's grids.
Result<Emergency> chosenEmergency(const Invocation& inv, Store& store) {
    GW_ASSIGN_OR_RETURN(auto id, inv.uuid("emergency"));
    EmergencyRepo repo(store);
    if (id) return repo.get(*id);
    GW_ASSIGN_OR_RETURN(auto grids, gridsOrDefault(inv, store));
    auto lasting = repo.activeFor(grids);
    if (!lasting) return Status(ErrorCode::InvalidState, "当前没有进行中的应急，不能登记转移");
    return *lasting;
}

Result<int> count(const Invocation& inv, const std::string& name, bool required) {
    GW_ASSIGN_OR_RETURN(auto n, inv.integer(name));
    if (!n) {
        if (required) return Status(ErrorCode::InvalidArgument, "--" + name + " is required");
        return 0;
    }
    if (*n < 0 || *n > 999) return Status(ErrorCode::InvalidArgument, "--" + name + ": 0..999");
    return static_cast<int>(*n);
}

int runRecord(Invocation& inv) {
    GW_USAGE(inv, Uuid household, inv.requireUuid("household"));
    GW_USAGE(inv, int people, count(inv, "people", true));
    GW_USAGE(inv, int stayed, count(inv, "stayed", false));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
    GW_REFUSE(inv, Emergency e, chosenEmergency(inv, *store));
    Evacuation v;
    v.emergencyId = e.id;
    v.householdId = household;
    v.evacuated = people;
    v.destination = inv.text("to").value_or("");
    v.stayed = stayed;
    v.stayedReason = inv.text("why").value_or("");
    v.workerId = worker;
    v.recordedAt = at.value_or(0);
    GW_REFUSE(inv, auto recorded, EmergencyRepo(*store).record(v));
    if (inv.json())
        inv.print(evacuationRecord(recorded));
    else
        inv.printCreated("evacuation", recorded.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
    GW_REFUSE(inv, Emergency e, chosenEmergency(inv, *store));
    GW_REFUSE(inv, auto list, EmergencyRepo(*store).riskList(e.id, grids));
    std::vector<Record> items;
    for (const auto& item : list) items.push_back(riskHouseholdRecord(item));
    inv.printList("households", items, {"household_id", "address", "done", "evacuated", "stayed"},
                  "(no household on the risk list)");
    return 0;
}

std::vector<OptionSpec> whichEmergency() {
    return {{"emergency", "ID", "the emergency (default: the lasting one of the device's grids)"},
            {"grid", "ID", "the device's grids (default: the device's grid)", false, true}};
}

std::vector<OptionSpec> recordOptions() {
    std::vector<OptionSpec> o = {{"household", "ID", "the household", true},
                                 {"people", "N", "people evacuated (转移人数), 0..999", true},
                                 {"to", "TEXT", "where they went (转移去向: 安置点, 亲友家 …)"},
                                 {"stayed", "N", "people who stayed (留守人数), 0..999"},
                                 {"why", "TEXT", "why they stayed (required with --stayed)"},
                                 {"worker", "ID", "who recorded it (default: the device's worker)"},
                                 {"at", "TIME", "when (default now)"}};
    for (auto& w : whichEmergency()) o.push_back(w);
    return o;
}
}  // namespace

CommandGroup evacuationCommands() {
    return {"evacuation",
            "人员转移 in an emergency: record a household's evacuation, list the risk list",
            {{"record",
              "Records (or corrects) a household's evacuation in the lasting emergency and prints the record's id.",
              recordOptions(),
              {},
              0,
              0,
              runRecord},
             {"list",
              "Lists the risk list of the device's grids with what is recorded (listed households first).",
              whichEmergency(),
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
