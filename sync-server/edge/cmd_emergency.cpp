// emergency start | end | stats, household risk — 平战转换 (core/docs/emergency.md). The
// declaration is a township-wide row written on the server's store (logged, so every phone pulls
// it); stats are EmergencyRepo::stats over the merged rows: per grid and for the township,
// households_done, households_listed, people_evacuated, people_stayed, disaster_reports_open.
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/store/store.h"

#include <iostream>

namespace gridwork::server {

using namespace gridwork::domain;

namespace {

std::string totalsJson(const EmergencyTotals& t) {
    return "\"households_done\":" + std::to_string(t.householdsDone) +
           ",\"households_listed\":" + std::to_string(t.householdsListed) +
           ",\"people_evacuated\":" + std::to_string(t.peopleEvacuated) +
           ",\"people_stayed\":" + std::to_string(t.peopleStayed) +
           ",\"disaster_reports_open\":" + std::to_string(t.disasterReportsOpen);
}

std::string emergencyJson(const Emergency& e) {
    std::string grids;
    for (const auto& g : e.grids) grids += (grids.empty() ? "" : ",") + jsonQuote(g.toString());
    return "{\"id\":" + jsonQuote(e.id.toString()) + ",\"kind\":" + jsonQuote(enumName(e.kind)) +
           ",\"active\":" + (e.active() ? "true" : "false") + ",\"started_at\":" + std::to_string(e.startedAt) +
           ",\"ended_at\":" + (e.endedAt ? std::to_string(*e.endedAt) : "null") + ",\"grids\":[" + grids +
           "],\"note\":" + jsonQuote(e.note) + "}";
}

// The emergency --id names, or the lasting one, or the one started last.
Result<Emergency> pick(Store& store, const std::optional<Uuid>& id) {
    EmergencyRepo repo(store);
    if (id) return repo.get(*id);
    auto e = repo.latest();
    if (!e) return Status(ErrorCode::NotFound, "还没有发布过应急");
    return *e;
}

}  // namespace

int runEmergencyStart(const Args& args) {
    const std::string cmd = "emergency start";
    if (auto st = args.check({"data", "kind", "grid", "note", "duty", "by", "json"}, {"data", "kind"}); !st)
        return usageError(cmd, st.message());
    auto kind = parseEnum<EmergencyKind>(*args.value("kind"));
    if (!kind) {
        std::string names;
        for (auto k : enumValues<EmergencyKind>()) names += (names.empty() ? "" : ", ") + std::string(enumName(k));
        return usageError(cmd, "--kind must be one of: " + names);
    }
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    Emergency e;
    e.kind = *kind;
    if (args.has("grid")) {
        auto g = resolveGrids(**service, args.values("grid"));
        if (!g) return fail(cmd, g.status());
        e.grids = *g;
    }
    e.note = args.value("note").value_or("");
    e.duty = args.value("duty").value_or("");
    e.declaredBy = args.value("by").value_or("");
    Emergency declared;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(declared, EmergencyRepo(store).declare(e));
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    if (args.has("json")) {
        std::cout << emergencyJson(declared) << "\n";
    } else {
        std::string where = "the whole township";
        if (!declared.grids.empty()) {
            where.clear();
            for (const auto& g : declared.grids) where += (where.empty() ? "" : ", ") + gridName(**service, g);
        }
        std::cout << "emergency " << declared.id.toString() << " (" << enumLabelZh(declared.kind) << ") declared for "
                  << where << "; phones get it on their next sync\n";
    }
    return 0;
}

int runEmergencyEnd(const Args& args) {
    const std::string cmd = "emergency end";
    if (auto st = args.check({"data", "id"}, {"data"}); !st) return usageError(cmd, st.message());
    auto id = args.uuid("id");
    if (!id) return usageError(cmd, id.status().message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::vector<Emergency> ended;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        EmergencyRepo repo(store);
        std::vector<Emergency> which;
        if (*id) {
            GW_ASSIGN_OR_RETURN(Emergency e, repo.get(**id));
            which.push_back(e);
        } else {
            which = repo.active();
            if (which.empty()) return Status(ErrorCode::InvalidState, "没有进行中的应急");
        }
        for (const auto& e : which) {
            GW_TRY(repo.end(e.id));
            ended.push_back(e);
        }
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    for (const auto& e : ended)
        std::cout << "emergency " << e.id.toString() << " (" << enumLabelZh(e.kind) << ") ended\n";
    return 0;
}

int runEmergencyStats(const Args& args) {
    const std::string cmd = "emergency stats";
    if (auto st = args.check({"data", "id", "json"}, {"data"}); !st) return usageError(cmd, st.message());
    auto id = args.uuid("id");
    if (!id) return usageError(cmd, id.status().message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    EmergencyStats stats;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(Emergency e, pick(store, *id));
        GW_ASSIGN_OR_RETURN(stats, EmergencyRepo(store).stats(e.id));
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    if (args.has("json")) {
        std::cout << "{\"emergency\":" << emergencyJson(stats.emergency) << ",\"grids\":[";
        for (std::size_t i = 0; i < stats.grids.size(); ++i)
            std::cout << (i ? "," : "") << "{\"grid\":" << jsonQuote(stats.grids[i].gridId.toString())
                      << ",\"name\":" << jsonQuote(stats.grids[i].gridName) << "," << totalsJson(stats.grids[i]) << "}";
        std::cout << "],\"township\":{\"name\":" << jsonQuote(stats.township.gridName) << ","
                  << totalsJson(stats.township) << "}}\n";
        return 0;
    }
    const Emergency& e = stats.emergency;
    std::cout << enumLabelZh(e.kind) << " " << e.id.toString() << (e.active() ? " (lasting)" : " (ended)") << "\n";
    std::cout << "grid  households done/listed  people evacuated  stayed  disaster reports open\n";
    auto line = [](const std::string& name, const EmergencyTotals& t) {
        std::cout << name << "  " << t.householdsDone << "/" << t.householdsListed << "  " << t.peopleEvacuated << "  "
                  << t.peopleStayed << "  " << t.disasterReportsOpen << "\n";
    };
    for (const auto& g : stats.grids) line(g.gridName.empty() ? g.gridId.toString() : g.gridName, g);
    line("township", stats.township);
    return 0;
}

int runHouseholdRisk(const Args& args) {
    const std::string cmd = "household risk";
    if (auto st = args.check({"data", "household", "off"}, {"data", "household"}); !st)
        return usageError(cmd, st.message());
    auto ids = args.uuids("household");
    if (!ids) return usageError(cmd, ids.status().message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    bool on = !args.has("off");
    Status st = (*service)->withStore([&](Store& store) -> Status {
        EmergencyRepo repo(store);
        for (const auto& h : *ids) GW_TRY(repo.setRisk(h, on));
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    std::cout << ids->size() << (on ? " households put on" : " households taken off") << " the evacuation risk list\n";
    return 0;
}

}  // namespace gridwork::server
