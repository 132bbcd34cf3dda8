// 应急指挥 (平战转换, core/docs/emergency.md): GET emergency — the lasting emergency (else the one
// started last) with its live totals per grid and for the township (EmergencyRepo::stats), the
// open disaster reports in the caller's scope, and with ?grid=ID that grid's risk list with each
// household's 人员转移 record; POST emergency {kind, grids, note, duty} declares one and POST
// emergency/{id}/end ends it — 带班领导 (leader) and 管理员 only, both audited. Every figure comes
// from EmergencyRepo, the same code as `gridwork-server emergency stats`.
#include "report_numbers.h"
#include "report_query.h"

#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

namespace gridwork::server {

using namespace gridwork::domain;

namespace {

constexpr std::size_t kMaxNote = 2000;
constexpr std::size_t kMaxDuty = 4000;

bool inScope(const ConsoleCall& call, const Uuid& grid) {
    return call.staff().gridId.isNil() || call.staff().gridId == grid;
}

bool mayCommand(const ConsoleCall& call) {
    return call.role() == StaffRole::Leader || call.role() == StaffRole::Admin;
}

json totalsJson(const EmergencyTotals& t) {
    return {{"grid_id", t.gridId.isNil() ? std::string() : t.gridId.toString()},
            {"name", t.gridName},
            {"households_listed", t.householdsListed},
            {"households_done", t.householdsDone},
            {"people_evacuated", t.peopleEvacuated},
            {"people_stayed", t.peopleStayed},
            {"disaster_reports_open", t.disasterReportsOpen}};
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto nl = text.find('\n', start);
        std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (!line.empty()) out.push_back(line);
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return out;
}

json emergencyJson(const Emergency& e, OrgRepo& org) {
    json grids = json::array();
    for (const auto& g : e.grids) {
        auto unit = org.get(g);
        grids.push_back({{"id", g.toString()}, {"name", unit ? unit->name : g.toString()}});
    }
    return {{"id", e.id.toString()},
            {"kind", std::string(enumName(e.kind))},
            {"kind_zh", std::string(enumLabelZh(e.kind))},
            {"active", e.active()},
            {"started_at", e.startedAt},
            {"ended_at", e.endedAt ? json(*e.endedAt) : json(nullptr)},
            {"whole_township", e.grids.empty()},
            {"grids", grids},
            {"note", e.note},
            {"duty", lines(e.duty)},
            {"declared_by", e.declaredBy}};
}

json riskJson(const RiskHousehold& r) {
    json j = {{"id", r.household.id.toString()},       {"address", r.household.address}, {"head", r.household.headName},
              {"phone", maskPhone(r.household.phone)}, {"listed", r.household.evacRisk}, {"evacuation", nullptr}};
    if (r.evacuation)
        j["evacuation"] = {{"evacuated", r.evacuation->evacuated},
                           {"destination", r.evacuation->destination},
                           {"stayed", r.evacuation->stayed},
                           {"stayed_reason", r.evacuation->stayedReason},
                           {"recorded_at", r.evacuation->recordedAt}};
    return j;
}

// The open disaster reports (EmergencyRepo::openDisasterReports) the caller may see, as queue rows.
Status disasterRows(Store& store, ConsoleCall& call, const Uuid& emergencyId, json& out) {
    GW_ASSIGN_OR_RETURN(std::vector<Uuid> ids, EmergencyRepo(store).openDisasterReports(emergencyId));
    if (ids.empty()) return Status::ok();
    GW_TRY(assignReportNumbers(store));
    ReportSql sql = reportScopeSql(call.staff());
    sql.add("id = ?", {Value::null()});  // bound to each id below
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        store.database().prepareChecked(std::string(kReportRowCte) + "SELECT * FROM q" + sql.where));
    for (const auto& id : ids) {
        std::vector<Value> binds = sql.binds;
        binds.back() = id.toValue();
        bindAll(*q, binds);
        if (q->step()) out.push_back(reportRowJson(readReportRow(*q), call));
        GW_TRY(q->status());
        q->reset();
    }
    return Status::ok();
}

}  // namespace

ConsoleResponse getEmergency(ConsoleCall& call) {
    std::optional<Uuid> grid;
    if (auto g = call.req.param("grid"); g && !g->empty()) {
        grid = Uuid::parse(*g);
        if (!grid) return errorReply({ErrorCode::InvalidArgument, "网格编号不正确"});
        if (!inScope(call, *grid)) return forbidden("只能查看本网格");
        if (call.role() == StaffRole::Department) return forbidden("部门账号不能查看转移名单");
    }
    // The change sequence before reading: the page's live poll (live.ts) starts from it.
    json body = {{"emergency", nullptr}, {"can_command", mayCommand(call)}, {"seq", call.service.lastServerSeq()}};
    Status st = call.service.withStore([&](Store& store) -> Status {
        EmergencyRepo repo(store);
        auto e = repo.latest();
        if (!e) return Status::ok();
        OrgRepo org(store);
        body["emergency"] = emergencyJson(*e, org);
        GW_ASSIGN_OR_RETURN(EmergencyStats stats, repo.stats(e->id));
        json grids = json::array();
        EmergencyTotals visible = stats.township;  // a grid account: the sums of its own grid only
        if (!call.staff().gridId.isNil()) {
            visible = EmergencyTotals{};
            visible.gridName = stats.township.gridName;
        }
        for (const auto& t : stats.grids) {
            if (!inScope(call, t.gridId)) continue;
            grids.push_back(totalsJson(t));
            if (!call.staff().gridId.isNil()) visible += t;
        }
        body["grids"] = grids;
        body["township"] = totalsJson(visible);
        json reports = json::array();
        GW_TRY(disasterRows(store, call, e->id, reports));
        body["disaster_reports"] = reports;
        if (grid) {
            if (!e->covers(*grid)) return Status(ErrorCode::InvalidArgument, "该网格不在本次应急范围内");
            GW_ASSIGN_OR_RETURN(std::vector<RiskHousehold> list, repo.riskList(e->id, {*grid}));
            json households = json::array();
            for (const auto& r : list) households.push_back(riskJson(r));
            body["households"] = households;
        }
        return Status::ok();
    });
    if (!st) return errorReply(st);
    return jsonReply(body);
}

ConsoleResponse postEmergency(ConsoleCall& call) {
    if (!mayCommand(call)) return forbidden("只有带班领导或管理员可以发布应急");
    if (!call.staff().gridId.isNil()) return forbidden("只有街道（乡镇）账号可以发布应急，网格账号不能发布");
    auto body = jsonBody(call.req);
    if (!body) return errorReply(body.status());
    auto kind = parseEnum<EmergencyKind>(str(*body, "kind"));
    if (!kind) return errorReply({ErrorCode::InvalidArgument, "请选择应急类型：台风、洪涝、火灾、疫情、地震或其他"});
    Emergency e;
    e.kind = *kind;
    if (auto g = body->find("grids"); g != body->end() && !g->is_null()) {
        if (!g->is_array()) return errorReply({ErrorCode::InvalidArgument, "网格：应为网格编号的列表"});
        for (const auto& item : *g) {
            auto id = item.is_string() ? Uuid::parse(item.get<std::string>()) : std::nullopt;
            if (!id) return errorReply({ErrorCode::InvalidArgument, "网格编号不正确"});
            e.grids.push_back(*id);
        }
    }
    e.note = str(*body, "note");
    if (auto d = body->find("duty"); d != body->end() && d->is_array()) {
        for (const auto& line : *d)
            if (line.is_string() && !line.get<std::string>().empty()) e.duty += line.get<std::string>() + "\n";
    } else {
        e.duty = str(*body, "duty");
    }
    if (e.note.size() > kMaxNote) return errorReply({ErrorCode::InvalidArgument, "说明：太长（最多约 600 字）"});
    if (e.duty.size() > kMaxDuty) return errorReply({ErrorCode::InvalidArgument, "值班表：太长（最多约 1300 字）"});
    if (lines(e.duty).empty()) return errorReply({ErrorCode::InvalidArgument, "请填写值班表（每行一人）"});
    e.declaredBy = call.staff().name;
    Emergency declared;
    std::string where;
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(declared, EmergencyRepo(store).declare(e));
        OrgRepo org(store);
        for (const auto& g : declared.grids)
            if (auto unit = org.get(g)) where += (where.empty() ? "" : "、") + unit->name;
        return Status::ok();
    });
    if (!st) return errorReply(st);
    call.audit("emergency.declare", declared.id.toString(),
               std::string(enumLabelZh(declared.kind)) + " " + (where.empty() ? "全街道" : where));
    json out;
    (void)call.service.withStore([&](Store& store) {
        OrgRepo org(store);
        out = emergencyJson(declared, org);
        return Status::ok();
    });
    return jsonReply({{"emergency", out}});
}

ConsoleResponse postEmergencyEnd(ConsoleCall& call, const std::string& idText) {
    if (!mayCommand(call)) return forbidden("只有带班领导或管理员可以结束应急");
    if (!call.staff().gridId.isNil()) return forbidden("只有街道（乡镇）账号可以结束应急");
    auto id = Uuid::parse(idText);
    if (!id) return errorReply({ErrorCode::InvalidArgument, "应急编号不正确"});
    Emergency e;
    Status st = call.service.withStore([&](Store& store) -> Status {
        EmergencyRepo repo(store);
        GW_ASSIGN_OR_RETURN(e, repo.get(*id));
        return repo.end(*id);
    });
    if (!st) return errorReply(st);
    call.audit("emergency.end", id->toString(), std::string(enumLabelZh(e.kind)));
    return jsonReply({{"ok", true}});
}

}  // namespace gridwork::server
