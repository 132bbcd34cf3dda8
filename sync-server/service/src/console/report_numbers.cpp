#include "report_numbers.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <cstdio>
#include <map>
#include <vector>

namespace gridwork::server {

Status assignReportNumbers(Store& store) {
    auto& db = store.database();
    GW_ASSIGN_OR_RETURN(db::Query missing,
                        db.prepare("SELECT r.id, r.reported_at FROM reports r WHERE NOT EXISTS "
                                   "(SELECT 1 FROM console_report_numbers n WHERE n.report_id = r.id) "
                                   "ORDER BY r.reported_at, r.id"));
    std::vector<std::pair<Uuid, std::int64_t>> todo;
    while (missing->step()) todo.push_back({missing->getUuid(0), missing->getInt(1)});
    missing->reset();
    if (todo.empty()) return Status::ok();
    db::Transaction txn(db);
    GW_TRY(txn.begun());
    std::map<std::string, std::int64_t> next;
    GW_ASSIGN_OR_RETURN(db::Query maxSeq,
                        db.prepare("SELECT COALESCE(MAX(seq), 0) FROM console_report_numbers WHERE day = ?1"));
    GW_ASSIGN_OR_RETURN(db::Query insert, db.prepare("INSERT INTO console_report_numbers (report_id, number, day, seq) "
                                                     "VALUES (?1, ?2, ?3, ?4)"));
    for (const auto& [id, at] : todo) {
        std::string date = domain::localDateFromMs(at);
        std::string day = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
        auto it = next.find(day);
        if (it == next.end()) {
            maxSeq->bind(1, day);
            std::int64_t m = maxSeq->step() ? maxSeq->getInt(0) : 0;
            maxSeq->reset();
            it = next.emplace(day, m + 1).first;
        }
        std::int64_t seq = it->second++;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s-%04lld", day.c_str(), static_cast<long long>(seq));
        insert->bind(1, id).bind(2, std::string_view(buf)).bind(3, day).bind(4, seq);
        GW_TRY(insert->run());
    }
    return txn.commit();
}

Result<Uuid> reportIdForNumber(Store& store, const std::string& numberOrId) {
    if (auto id = Uuid::parse(numberOrId)) return *id;
    GW_ASSIGN_OR_RETURN(db::Query q,
                        store.database().prepare("SELECT report_id FROM console_report_numbers WHERE number = ?1"));
    q->bind(1, numberOrId);
    if (!q->step()) {
        q->reset();
        return Status(ErrorCode::NotFound, "没有这个工单：" + numberOrId);
    }
    Uuid id = q->getUuid(0);
    q->reset();
    return id;
}

std::string reportNumber(Store& store, const Uuid& reportId) {
    auto prepared = store.database().prepare("SELECT number FROM console_report_numbers WHERE report_id = ?1");
    if (!prepared) return {};  // shown as no number, as before (a display string)
    db::Query& q = *prepared;
    q->bind(1, reportId);
    return q->step() ? q->getText(0) : std::string();
}

}  // namespace gridwork::server
