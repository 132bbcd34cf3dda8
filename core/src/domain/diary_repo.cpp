#include "gridwork/core/domain/diary_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::domain {

namespace {
constexpr const char* kCols = "SELECT id, grid_id, worker_id, at, entry_date, topic, text FROM diary_entries ";

DiaryEntry readEntry(db::Statement& q) {
    DiaryEntry e;
    e.id = q.getUuid(0);
    e.gridId = q.getUuid(1);
    e.workerId = q.getUuid(2);
    e.at = q.getInt(3);
    e.entryDate = q.getText(4);
    e.topic = q.getText(5);
    e.text = q.getText(6);
    return e;
}
}  // namespace

Result<DiaryEntry> DiaryRepo::add(DiaryEntry e) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kDiary, e.id));
    if (known) return get(e.id);  // a retried add
    e.text = trimText(e.text);
    e.topic = trimText(e.topic);
    GW_TRY(validateRequired(e.text, "日记内容"));
    GW_TRY(validateMaxLength(e.text, "日记内容", kMaxLongText));
    if (e.gridId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto g, rows::liveGrid(m_store.database(), tables::kWorkers, e.workerId));
        if (!g) return rows::notFound("记录人");
        e.gridId = *g;
    }
    if (e.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    if (e.at == 0) e.at = rows::nowMs(m_store);
    if (e.entryDate.empty()) e.entryDate = localDateFromMs(e.at);
    GW_TRY(validateDate(e.entryDate, "日期"));
    e.id = rows::orNew(e.id);
    RowWrite w{std::string(tables::kDiary), e.id, {}};
    w.set("grid_id", e.gridId.toValue())
        .set("worker_id", rows::id(e.workerId))
        .set("at", Value::integer(e.at))
        .set("entry_date", Value::text(e.entryDate))
        .set("topic", rows::text(e.topic))
        .set("text", Value::text(e.text));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return e;
}

Result<DiaryEntry> DiaryRepo::get(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto e, rows::queryOne<DiaryEntry>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1",
                                    [&](db::Statement& q) { q.bind(1, id); }, readEntry));
    if (!e) return rows::notFound("日记");
    return *e;
}

std::vector<DiaryEntry> DiaryRepo::ofWorker(const Uuid& workerId, const std::string& fromDate,
                                            const std::string& toDate) {
    return rows::orEmpty(rows::queryAll<DiaryEntry>(
        m_store.database(),
        std::string(kCols) + "WHERE worker_id=?1 AND (?2 = '' OR entry_date >= ?2) AND (?3 = '' OR entry_date <= ?3) "
                             "ORDER BY at DESC, id DESC",
        [&](db::Statement& q) { q.bind(1, workerId).bind(2, fromDate).bind(3, toDate); }, readEntry));
}

}  // namespace gridwork::domain
