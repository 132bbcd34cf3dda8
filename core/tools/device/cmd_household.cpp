// household add|edit|show|list — the households of the ledger (台账).
#include "device_context.h"
#include "domain_records.h"
#include "enum_option.h"
#include "invocation.h"

#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/domain/ledger_repo.h"

#include <algorithm>

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

constexpr std::size_t kSearchLimit = 500;  // hits (households and residents) a --search looks at

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, auto micro, inv.uuid("micro-grid"));
    GW_REFUSE(inv, auto kind, enumOption<HouseholdKind>(inv, "kind", "房屋类型"));
    GW_REFUSE(inv, auto status, enumOption<HouseholdStatus>(inv, "status", "状态"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    Household h;
    h.id = id.value_or(Uuid{});
    h.gridId = grid;
    h.microGridId = micro.value_or(Uuid{});
    h.address = inv.text("address").value_or("");
    h.kind = kind.value_or(HouseholdKind::Own);
    h.status = status.value_or(HouseholdStatus::Active);
    h.headName = inv.text("head").value_or("");
    h.phone = inv.text("phone").value_or("");
    h.note = inv.text("note").value_or("");
    GW_REFUSE(inv, auto added, LedgerRepo(*store).addHousehold(h));
    inv.printCreated("household", added.id);
    return 0;
}

int runEdit(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "household"));
    GW_USAGE(inv, auto micro, inv.uuid("micro-grid"));
    HouseholdPatch patch;
    patch.microGridId = micro;
    GW_REFUSE(inv, patch.kind, enumOption<HouseholdKind>(inv, "kind", "房屋类型"));
    GW_REFUSE(inv, patch.status, enumOption<HouseholdStatus>(inv, "status", "状态"));
    patch.address = inv.text("address");
    patch.headName = inv.text("head");
    patch.phone = inv.text("phone");
    patch.note = inv.text("note");
    if (!patch.microGridId && !patch.kind && !patch.status && !patch.address && !patch.headName && !patch.phone &&
        !patch.note)
        return inv.usage("nothing to change: give at least one field option");
    GW_REFUSE(inv, Store * store, inv.store());
    GW_REFUSE_STATUS(inv, LedgerRepo(*store).editHousehold(id, patch));
    if (inv.json()) inv.print(Record().add("updated", "household").add("id", id));
    return 0;
}

int runShow(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "household"));
    GW_REFUSE(inv, Store * store, inv.store());
    LedgerRepo repo(*store);
    GW_REFUSE(inv, auto h, repo.getHousehold(id));
    bool reveal = inv.flag("reveal");
    std::vector<Record> residents;
    for (const auto& r : repo.residentsOf(id, inv.flag("all"))) residents.push_back(residentRecord(r, reveal));
    Record out = householdRecord(h, reveal);
    out.add("residents", residents);
    inv.print(out);
    return 0;
}

// The households the ledger search finds for `query` (the app's search: address, head or resident
// name, pinyin initials of any reading, phone digits), each once, in the search's order.
// Like the plain list, moved-out households only with --all.
std::vector<Household> searchHouseholds(LedgerRepo& repo, const std::vector<Uuid>& grids, const std::string& query,
                                        const std::optional<Uuid>& micro, bool all) {
    std::vector<Household> found;
    for (auto& hit : repo.search(grids, query, kSearchLimit)) {
        if (micro && hit.household.microGridId != *micro) continue;
        if (!all && hit.household.status == HouseholdStatus::MovedOut) continue;
        bool seen =
            std::any_of(found.begin(), found.end(), [&](const Household& h) { return h.id == hit.household.id; });
        if (!seen) found.push_back(std::move(hit.household));
    }
    return found;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto micro, inv.uuid("micro-grid"));
    auto query = inv.text("search");
    GW_REFUSE(inv, Store * store, inv.store());
    LedgerRepo repo(*store);
    bool all = inv.flag("all");
    std::vector<Household> found;
    if (query) {
        GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
        found = searchHouseholds(repo, grids, *query, micro, all);
    } else if (micro) {
        found = repo.householdsOfMicroGrid(*micro, all);
    } else {
        GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
        for (const auto& g : grids)
            for (auto& h : repo.householdsOfGrid(g, all)) found.push_back(std::move(h));
    }
    std::vector<Record> items;
    for (const auto& h : found) items.push_back(householdRecord(h, inv.flag("reveal")));
    inv.printList("households", items, {"id", "address", "head_name", "kind", "status"}, "(no households)");
    return 0;
}

// 风险摸排: puts the household on (or --off: takes it off) the evacuation risk list (emergency.md).
int runRisk(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "household"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_REFUSE_STATUS(inv, EmergencyRepo(*store).setRisk(id, !inv.flag("off")));
    if (inv.json()) {
        GW_REFUSE(inv, auto h, LedgerRepo(*store).getHousehold(id));
        inv.print(householdRecord(h, false));
    }
    return 0;
}

std::vector<OptionSpec> fieldOptions(bool forAdd) {
    return {{"address", "TEXT", "the address, e.g. 幸福村3组12号", forAdd},
            {"micro-grid", "ID", "the micro-grid (微网格)"},
            {"kind", "KIND", "own|rented|shop (自住/出租/商铺)"},
            {"status", "STATUS", "active|moved_out|vacant"},
            {"head", "NAME", "the head of household (户主)"},
            {"phone", "PHONE", "contact phone"},
            {"note", "TEXT", "a free note"}};
}

std::vector<OptionSpec> addOptions() {
    auto o = fieldOptions(true);
    o.push_back({"grid", "ID", "the grid (default: the device's grid, or the micro-grid's grid)"});
    o.push_back({"id", "ID", "use this id (default: a new UUIDv7)"});
    return o;
}
}  // namespace

CommandGroup householdCommands() {
    return {"household",
            "households of the ledger: add, edit, show, list, risk",
            {{"add", "Adds a household and prints its id.", addOptions(), {}, 0, 0, runAdd},
             {"edit", "Changes the given fields of a household (the others keep their values).", fieldOptions(false),
              "HOUSEHOLD_ID", 1, 1, runEdit},
             {"show",
              "Shows a household and its residents (ID numbers and phones masked).",
              {{"reveal", "", "show full ID numbers and phones"}, {"all", "", "include moved-out residents"}},
              "HOUSEHOLD_ID",
              1,
              1,
              runShow},
             {"list",
              "Lists the households of a micro-grid or of grids, by address.",
              {{"micro-grid", "ID", "only this micro-grid"},
               {"grid", "ID", "grids to list (default: the device's grid)", false, true},
               {"all", "", "include moved-out households"},
               {"search", "TEXT",
                "only households whose address, head or resident matches (name, pinyin initials "
                "e.g. lt for 李婷, phone digits): the app's search"},
               {"reveal", "", "show full phones"}},
              {},
              0,
              0,
              runList},
             {"risk",
              "Puts a household on the evacuation risk list (风险摸排: 危旧房, 低洼地 …), or --off takes it off.",
              {{"off", "", "take it off the list"}},
              "HOUSEHOLD_ID",
              1,
              1,
              runRisk}}};
}

}  // namespace gridwork::device
