// org add|list — the org units a device needs: township > community > grid > micro-grid.
#include "domain_records.h"
#include "enum_option.h"
#include "invocation.h"

#include "gridwork/core/domain/org_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, auto parent, inv.uuid("parent"));
    GW_REFUSE(inv, auto level, enumOption<OrgLevel>(inv, "level", "层级"));
    GW_REFUSE(inv, Store * store, inv.store());
    OrgUnit u;
    u.id = id.value_or(Uuid{});
    u.parentId = parent.value_or(Uuid{});
    u.level = level.value_or(OrgLevel::Grid);
    u.name = inv.text("name").value_or("");
    u.code = inv.text("code").value_or("");
    GW_REFUSE(inv, auto added, OrgRepo(*store).add(u));
    inv.printCreated("org_unit", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto parent, inv.uuid("parent"));
    GW_REFUSE(inv, auto level, enumOption<OrgLevel>(inv, "level", "层级"));
    GW_REFUSE(inv, Store * store, inv.store());
    OrgRepo repo(*store);
    std::vector<OrgUnit> units;
    if (parent) {
        units = repo.children(*parent);
    } else {
        for (OrgLevel l : enumValues<OrgLevel>())
            if (!level || *level == l)
                for (auto& u : repo.byLevel(l)) units.push_back(std::move(u));
    }
    std::vector<Record> items;
    for (const auto& u : units) items.push_back(orgUnitRecord(u));
    inv.printList("org_units", items, {"id", "level", "name", "code"}, "(no org units)");
    return 0;
}
}  // namespace

CommandGroup orgCommands() {
    return {"org",
            "org units: township > community > grid > micro-grid",
            {{"add",
              "Adds an org unit and prints its id.",
              {{"level", "LEVEL", "township|community|grid|micro_grid (or 乡镇/社区/网格/微网格)", true},
               {"name", "TEXT", "the unit's name", true},
               {"parent", "ID", "the parent unit (required for a micro-grid: its grid)"},
               {"code", "CODE", "the official code, e.g. 330106001001"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists org units (of one level, or the children of --parent).",
              {{"level", "LEVEL", "only this level"}, {"parent", "ID", "only the children of this unit"}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
