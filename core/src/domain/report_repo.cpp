#include "gridwork/core/domain/report_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"

#include <algorithm>

namespace gridwork::domain {

namespace {
constexpr const char* kCols =
    "SELECT id, grid_id, worker_id, household_id, patrol_id, category, text, lat, lon, severity, handled_on_site, "
    "photo_sha256, reported_at, deadline, status FROM reports ";

Report readReport(db::Statement& q) {
    Report r;
    r.id = q.getUuid(0);
    r.gridId = q.getUuid(1);
    r.workerId = q.getUuid(2);
    r.householdId = q.getUuid(3);
    r.patrolId = q.getUuid(4);
    r.category = rows::enumOr(q.getText(5), ReportCategory::Other);
    r.text = q.getText(6);
    r.location = rows::optPoint(q, 7, 8);
    r.severity = rows::enumOr(q.getText(9), Severity::Low);
    r.handledOnSite = q.getInt(10) != 0;
    r.photoSha256 = q.getText(11);
    r.reportedAt = q.getInt(12);
    r.deadline = q.getText(13);
    r.status = parseReportStatus(q.getText(14)).value_or(ReportStatus::Reported);
    return r;
}

ReportEvent readEvent(db::Statement& q) {
    ReportEvent e;
    e.id = q.getUuid(0);
    e.gridId = q.getUuid(1);
    e.reportId = q.getUuid(2);
    e.kind = q.getText(3);
    e.actorId = q.getUuid(4);
    e.actorName = q.getText(5);
    e.department = q.getText(6);
    e.note = q.getText(7);
    e.at = q.getInt(8);
    e.superseded = q.getInt(9) != 0;
    e.stamp = {static_cast<Hlc>(q.getInt(10)), q.getUuid(11)};
    return e;
}

RowWrite eventWrite(const ReportEvent& e) {
    RowWrite w{std::string(tables::kReportEvents), e.id, {}};
    w.set("grid_id", e.gridId.toValue())
        .set("report_id", e.reportId.toValue())
        .set("kind", Value::text(e.kind))
        .set("actor_id", rows::id(e.actorId))
        .set("actor_name", rows::text(e.actorName))
        .set("department", rows::text(e.department))
        .set("note", rows::text(e.note))
        .set("at", Value::integer(e.at));
    return rows::newRow(std::move(w));
}

template <typename Less>
Result<std::vector<Report>> perGrid(db::Database& db, const std::string& sql, const std::vector<Uuid>& grids,
                                    const std::string& extra, Less less) {
    std::vector<Report> out;
    for (const auto& g : grids) {
        GW_ASSIGN_OR_RETURN(auto part, rows::queryAll<Report>(
                                           db, sql,
                                           [&](db::Statement& q) {
                                               q.bind(1, g);
                                               if (!extra.empty()) q.bind(2, extra);
                                           },
                                           readReport));
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    std::sort(out.begin(), out.end(), less);
    return out;
}
}  // namespace

Result<Report> ReportRepo::file(Report r, const std::string& onSiteNote) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kReports, r.id));
    if (known) return get(r.id);  // a retried add
    auto& db = m_store.database();
    r.text = trimText(r.text);
    GW_TRY(validateRequired(r.text, "问题描述"));
    GW_TRY(validateMaxLength(r.text, "问题描述", kMaxLongText));
    GW_TRY(validateMaxLength(onSiteNote, "处置情况", kMaxLongText));
    if (!r.householdId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto g, rows::liveGrid(db, tables::kHouseholds, r.householdId));
        if (!g) return rows::notFound("相关的户");
        if (r.gridId.isNil()) r.gridId = *g;
    }
    if (!r.patrolId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto g, rows::liveGrid(db, tables::kPatrols, r.patrolId));
        if (!g) return rows::notFound("相关的巡查");
        if (r.gridId.isNil()) r.gridId = *g;
    }
    if (r.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    if (!r.deadline.empty()) GW_TRY(validateDate(r.deadline, "办理期限"));
    if (r.location &&
        (r.location->lat < -90 || r.location->lat > 90 || r.location->lon < -180 || r.location->lon > 180))
        return Status(ErrorCode::InvalidArgument, "位置：经纬度超出范围");
    if (r.reportedAt == 0) r.reportedAt = rows::nowMs(m_store);
    r.id = rows::orNew(r.id);

    Status s = m_store.transaction([&](WriteTxn& txn) {
        RowWrite w{std::string(tables::kReports), r.id, {}};
        w.set("grid_id", r.gridId.toValue())
            .set("worker_id", rows::id(r.workerId))
            .set("household_id", rows::id(r.householdId))
            .set("patrol_id", rows::id(r.patrolId))
            .set("category", rows::name(r.category))
            .set("text", Value::text(r.text))
            .set("lat", r.location ? Value::real(r.location->lat) : Value::null())
            .set("lon", r.location ? Value::real(r.location->lon) : Value::null())
            .set("severity", rows::name(r.severity))
            .set("handled_on_site", Value::boolean(r.handledOnSite))
            .set("photo_sha256", rows::text(r.photoSha256))
            .set("reported_at", Value::integer(r.reportedAt))
            .set("deadline", rows::text(r.deadline))
            .set("deleted", Value::boolean(false));
        GW_TRY(txn.write(rows::newRow(std::move(w))));
        ReportEvent first;
        first.id = newUuidV7();
        first.gridId = r.gridId;
        first.reportId = r.id;
        first.kind = std::string(reportEventKindName(ReportEventKind::Report));
        first.actorId = r.workerId;
        first.at = r.reportedAt;
        GW_TRY(txn.write(eventWrite(first)));
        if (r.handledOnSite) {
            ReportEvent onSite = first;
            onSite.id = newUuidV7();
            onSite.kind = std::string(reportEventKindName(ReportEventKind::ResolveOnSite));
            onSite.note = trimText(onSiteNote);
            GW_TRY(txn.write(eventWrite(onSite)));
        }
        return Status::ok();
    });
    GW_TRY(s);
    return get(r.id);
}

Result<ReportEvent> ReportRepo::addEvent(const Uuid& reportId, ReportEvent e) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kReportEvents, e.id));
    if (known) {  // a retried add
        for (auto& h : history(reportId))
            if (h.id == e.id) return h;
        return Status(ErrorCode::InvalidArgument, "处理记录：编号已被另一个问题使用");
    }
    auto kind = parseReportEventKind(e.kind);
    if (!kind) return Status(ErrorCode::InvalidArgument, "处理动作：“" + e.kind + "”不是有效的动作");
    e.actorName = trimText(e.actorName);
    e.department = trimText(e.department);
    e.note = trimText(e.note);
    GW_TRY(validateMaxLength(e.note, "处理意见", kMaxLongText));
    if (e.at == 0) e.at = rows::nowMs(m_store);
    e.id = rows::orNew(e.id);
    e.reportId = reportId;
    Status s = m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Report r, get(reportId));
        if (!reportTransition(r.status, *kind))
            return rows::invalidState("当前状态为“" + std::string(reportStatusLabelZh(r.status)) + "”，不能“" +
                                      std::string(reportEventKindLabelZh(*kind)) + "”");
        e.gridId = r.gridId;
        return txn.write(eventWrite(e));
    });
    GW_TRY(s);
    for (auto& h : history(reportId))
        if (h.id == e.id) return h;
    return Status(ErrorCode::Internal, "event vanished after commit");
}

Result<ReportEvent> ReportRepo::addEvent(const Uuid& reportId, ReportEventKind kind, const std::string& note,
                                         const Uuid& actorId, const std::string& actorName) {
    ReportEvent e;
    e.kind = std::string(reportEventKindName(kind));
    e.note = note;
    e.actorId = actorId;
    e.actorName = actorName;
    return addEvent(reportId, e);
}

Status ReportRepo::edit(const Uuid& reportId, const std::optional<std::string>& text,
                        const std::optional<ReportCategory>& category, const std::optional<Severity>& severity,
                        const std::optional<std::string>& deadline) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kReports, reportId));
    if (!live) return rows::notFound("问题");
    RowWrite w{std::string(tables::kReports), reportId, {}};
    if (text) {
        std::string t = trimText(*text);
        GW_TRY(validateRequired(t, "问题描述"));
        GW_TRY(validateMaxLength(t, "问题描述", kMaxLongText));
        w.set("text", Value::text(t));
    }
    if (category) w.set("category", rows::name(*category));
    if (severity) w.set("severity", rows::name(*severity));
    if (deadline) {
        if (!deadline->empty()) GW_TRY(validateDate(*deadline, "办理期限"));
        w.set("deadline", rows::text(*deadline));
    }
    if (w.columns.empty()) return Status::ok();
    return m_store.write(w);
}

Result<Report> ReportRepo::get(const Uuid& reportId) {
    GW_ASSIGN_OR_RETURN(auto r, rows::queryOne<Report>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, reportId); }, readReport));
    if (!r) return rows::notFound("问题");
    return *r;
}

std::vector<ReportEvent> ReportRepo::history(const Uuid& reportId) {
    // The fold order of derived_state.cpp: the stamp of the event's `kind` column, then id.
    auto events = rows::orEmpty(rows::queryAll<ReportEvent>(
        m_store.database(),
        "SELECT e.id, e.grid_id, e.report_id, e.kind, e.actor_id, e.actor_name, e.department, e.note, e.at, "
        "e.superseded, NULL, NULL FROM report_events e WHERE e.report_id=?1",
        [&](db::Statement& q) { q.bind(1, reportId); }, readEvent));
    for (auto& e : events)
        if (auto kind = m_store.columnState(tables::kReportEvents, e.id, "kind")) e.stamp = {kind->hlc, kind->site};
    std::sort(events.begin(), events.end(), [](const ReportEvent& a, const ReportEvent& b) {
        return a.stamp < b.stamp || (a.stamp == b.stamp && a.id < b.id);
    });
    return events;
}

std::vector<Report> ReportRepo::open(const std::vector<Uuid>& grids) {
    return rows::orEmpty(perGrid(m_store.database(),
                                 std::string(kCols) + "WHERE grid_id=?1 AND deleted=0 AND status IS NOT 'closed'",
                                 grids, "", [](const Report& a, const Report& b) {
                                     return a.reportedAt != b.reportedAt ? a.reportedAt > b.reportedAt : a.id > b.id;
                                 }));
}

std::vector<Report> ReportRepo::overdue(const std::string& date, const std::vector<Uuid>& grids) {
    return rows::orEmpty(perGrid(m_store.database(),
                                 std::string(kCols) +
                                     "WHERE grid_id=?1 AND deleted=0 AND deadline IS NOT NULL AND deadline < ?2 "
                                     "AND status NOT IN ('handled','closed')",
                                 grids, date, [](const Report& a, const Report& b) {
                                     return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
                                 }));
}

std::vector<Report> ReportRepo::ofWorker(const Uuid& workerId) {
    return rows::orEmpty(rows::queryAll<Report>(
        m_store.database(), std::string(kCols) + "WHERE worker_id=?1 AND deleted=0 ORDER BY reported_at DESC, id DESC",
        [&](db::Statement& q) { q.bind(1, workerId); }, readReport));
}

}  // namespace gridwork::domain
