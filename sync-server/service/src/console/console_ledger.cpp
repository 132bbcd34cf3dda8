// 台账: GET households?q=&grid= (masked), GET households/{id} (residents masked, visit history),
// POST unmask {kind, id, field, reason} — the full value once, with an audit row (who, when,
// which resident, why). Departments have no ledger; unmasking is for 指挥员 and 管理员 (a
// department may see the reporter's phone of a report in its scope).
#include "report_query.h"

#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/domain/worker_repo.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

namespace gridwork::server {

using namespace gridwork::domain;

namespace {
bool inScope(const ConsoleCall& call, const Uuid& grid) {
    return call.staff().gridId.isNil() || call.staff().gridId == grid;
}
}  // namespace

ConsoleResponse getHouseholds(ConsoleCall& call) {
    if (call.role() == StaffRole::Department) return forbidden("部门账号不能查看台账");
    std::string q = call.req.param("q").value_or("");
    auto grid = call.req.param("grid") ? Uuid::parse(*call.req.param("grid")) : std::nullopt;
    if (!call.staff().gridId.isNil()) grid = call.staff().gridId;
    json items = json::array();
    std::int64_t total = 0;
    Status st = call.service.withStore([&](Store& store) -> Status {
        std::string where = " WHERE COALESCE(h.deleted, 0) = 0";
        std::vector<Value> binds;
        if (grid) {
            where += " AND h.grid_id = ?";
            binds.push_back(grid->toValue());
        }
        if (!q.empty()) {
            // Names and addresses; a phone or ID number only as a whole (no guessing by prefix).
            where += " AND (h.address LIKE ? OR h.head_name LIKE ? OR h.phone = ? OR EXISTS (SELECT 1 FROM residents r "
                     "WHERE r.household_id = h.id AND COALESCE(r.deleted, 0) = 0 AND (r.name LIKE ? OR r.id_number = ? "
                     "OR r.phone = ?)))";
            std::string like = "%" + q + "%";
            for (const auto& v : {like, like, q, like, q, q}) binds.push_back(Value::text(v));
        }
        GW_ASSIGN_OR_RETURN(db::Statement * c,
                            store.database().prepareChecked("SELECT COUNT(*) FROM households h" + where));
        bindAll(*c, binds);
        total = c->step() ? c->getInt(0) : 0;
        c->reset();
        GW_ASSIGN_OR_RETURN(
            db::Statement * s,
            store.database().prepareChecked(
                "SELECT h.id, h.address, h.head_name, h.phone, COALESCE(g.name, ''), h.kind, h.status, "
                "(SELECT COUNT(*) FROM residents r WHERE r.household_id = h.id AND COALESCE(r.deleted, 0) = 0), "
                "(SELECT MAX(v.visited_at) FROM visits v WHERE v.household_id = h.id) "
                "FROM households h LEFT JOIN org_units g ON g.id = h.grid_id" +
                where + " ORDER BY g.name, h.address LIMIT 100"));
        bindAll(*s, binds);
        while (s->step()) {
            auto kind = parseEnum<HouseholdKind>(s->getText(5));
            items.push_back({{"id", s->getUuid(0).toString()},
                             {"address", s->getText(1)},
                             {"head", s->getText(2)},
                             {"phone", maskPhone(s->getText(3))},
                             {"grid", s->getText(4)},
                             {"kind_zh", kind ? std::string(enumLabelZh(*kind)) : s->getText(5)},
                             {"residents", s->getInt(7)},
                             {"last_visit", s->isNull(8) ? json(nullptr) : json(s->getInt(8))}});
        }
        s->reset();
        return Status::ok();
    });
    if (!st) return errorReply(st);
    if (!q.empty()) call.audit("ledger.search", "households", q);
    return jsonReply({{"items", items}, {"total", total}});
}

ConsoleResponse getHousehold(ConsoleCall& call, const std::string& idText) {
    if (call.role() == StaffRole::Department) return forbidden("部门账号不能查看台账");
    auto id = Uuid::parse(idText);
    if (!id) return errorReply({ErrorCode::InvalidArgument, "住户编号不正确"});
    json out;
    Status st = call.service.withStore([&](Store& store) -> Status {
        LedgerRepo ledger(store);
        GW_ASSIGN_OR_RETURN(Household h, ledger.getHousehold(*id));
        if (!inScope(call, h.gridId)) return Status(ErrorCode::NotFound, "没有这户，或不在您的权限范围内");
        out = {{"id", h.id.toString()},
               {"address", h.address},
               {"head", h.headName},
               {"phone", maskPhone(h.phone)},
               {"kind_zh", std::string(enumLabelZh(h.kind))}};
        json residents = json::array();
        for (const auto& r : ledger.residentsOf(h.id)) {
            json tags = json::array();
            for (auto t : r.tags) tags.push_back(std::string(enumLabelZh(t)));
            residents.push_back({{"id", r.id.toString()},
                                 {"name", r.name},
                                 {"relation", r.relation},
                                 {"id_number", maskIdNumber(r.idNumber)},
                                 {"phone", maskPhone(r.phone)},
                                 {"birth_year", r.birthYear ? json(*r.birthYear) : json(nullptr)},
                                 {"tags", tags}});
        }
        out["residents"] = residents;
        json visits = json::array();
        GW_ASSIGN_OR_RETURN(
            db::Statement * v,
            store.database().prepareChecked("SELECT v.visited_at, v.kind, v.outcome, v.note, COALESCE(w.name, '') "
                                            "FROM visits v LEFT JOIN workers w ON w.id = v.worker_id WHERE "
                                            "v.household_id = ?1 ORDER BY v.visited_at DESC LIMIT 50"));
        v->bind(1, h.id);
        while (v->step()) {
            auto kind = parseEnum<VisitKind>(v->getText(1));
            auto outcome = parseEnum<VisitOutcome>(v->getText(2));
            visits.push_back({{"at", v->getInt(0)},
                              {"kind_zh", kind ? std::string(enumLabelZh(*kind)) : v->getText(1)},
                              {"outcome_zh", outcome ? std::string(enumLabelZh(*outcome)) : v->getText(2)},
                              {"note", v->getText(3)},
                              {"worker", v->getText(4)}});
        }
        v->reset();
        out["visits"] = visits;
        return Status::ok();
    });
    if (!st) return errorReply(st);
    return jsonReply(out);
}

ConsoleResponse postUnmask(ConsoleCall& call) {
    auto body = jsonBody(call.req);
    if (!body) return errorReply(body.status());
    std::string kind = str(*body, "kind"), field = str(*body, "field"), reason = str(*body, "reason");
    auto id = Uuid::parse(str(*body, "id"));
    if (!id || (field != "phone" && field != "id_number"))
        return errorReply({ErrorCode::InvalidArgument, "参数不正确"});
    if (reason.size() < 6) return errorReply({ErrorCode::InvalidArgument, "请填写查看事由（至少 2 个字）"});
    bool may = call.role() == StaffRole::Dispatcher || call.role() == StaffRole::Admin ||
               (call.role() == StaffRole::Department && kind == "worker" && field == "phone");
    if (!may) return forbidden("您的账号不能查看完整信息");
    std::string value;
    Status st = call.service.withStore([&](Store& store) -> Status {
        if (kind == "resident") {
            GW_ASSIGN_OR_RETURN(Resident r, LedgerRepo(store).getResident(*id));
            if (!inScope(call, r.gridId)) return Status(ErrorCode::NotFound, "不在您的权限范围内");
            value = field == "phone" ? r.phone : r.idNumber;
        } else if (kind == "household" && field == "phone") {
            GW_ASSIGN_OR_RETURN(Household h, LedgerRepo(store).getHousehold(*id));
            if (!inScope(call, h.gridId)) return Status(ErrorCode::NotFound, "不在您的权限范围内");
            value = h.phone;
        } else if (kind == "worker" && field == "phone") {
            GW_ASSIGN_OR_RETURN(Worker w, WorkerRepo(store).get(*id));
            value = w.phone;
        } else {
            return Status(ErrorCode::InvalidArgument, "参数不正确");
        }
        return StaffDirectory(store).audit(call.staff().login, "unmask", kind + ":" + id->toString() + " " + field,
                                           reason, call.nowMs);
    });
    if (!st) return errorReply(st);
    return jsonReply({{"value", value}});
}

}  // namespace gridwork::server
