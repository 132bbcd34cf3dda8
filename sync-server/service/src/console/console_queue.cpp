// GET reports (the queue page and its counts) and GET reports.csv (the filtered export).
#include "report_numbers.h"
#include "report_query.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

namespace gridwork::server {

namespace {

constexpr int kMaxPage = 200;

Status selectRows(Store& store, const ReportSql& sql, const std::string& order, int limit, int offset,
                  std::vector<ReportRow>& out) {
    std::string text = std::string(kReportRowCte) + "SELECT * FROM q" + sql.where + " ORDER BY " + order;
    if (limit > 0) text += " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
    GW_ASSIGN_OR_RETURN(db::Statement * q, store.database().prepareChecked(text));
    bindAll(*q, sql.binds);
    while (q->step()) out.push_back(readReportRow(*q));
    GW_TRY(q->status());
    q->reset();
    return Status::ok();
}

std::string orderFor(const ReportFilter& f) {
    return f.sort == "deadline" ? "CASE WHEN deadline = '' THEN 1 ELSE 0 END, deadline, reported_at DESC"
                                : "reported_at DESC, number DESC";
}

std::string localTime(std::int64_t ms) {
    std::int64_t local = ms + domain::kChinaUtcOffsetMs;
    std::int64_t secs = ((local / 1000) % 86400 + 86400) % 86400;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60));
    return domain::localDateFromMs(ms) + " " + buf;
}

}  // namespace

ConsoleResponse getReports(ConsoleCall& call) {
    ReportFilter f = ReportFilter::fromQuery(call.req);
    int page = std::max(1, std::atoi(call.req.param("page").value_or("1").c_str()));
    int size = std::clamp(std::atoi(call.req.param("page_size").value_or("50").c_str()), 1, kMaxPage);
    std::vector<ReportRow> rows;
    json counts = json::object();
    std::int64_t total = 0, overdue = 0;
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_TRY(assignReportNumbers(store));
        ReportSql sql = reportScopeSql(call.staff());
        addFilterSql(sql, f, call.today, true);
        GW_TRY(selectRows(store, sql, orderFor(f), size, (page - 1) * size, rows));
        // Counts: the matching total, and by status / overdue without the status filter (the tabs).
        GW_ASSIGN_OR_RETURN(db::Statement * c, store.database().prepareChecked(std::string(kReportRowCte) +
                                                                               "SELECT COUNT(*) FROM q" + sql.where));
        bindAll(*c, sql.binds);
        total = c->step() ? c->getInt(0) : 0;
        c->reset();
        ReportSql tabs = reportScopeSql(call.staff());
        addFilterSql(tabs, f, call.today, false);
        GW_ASSIGN_OR_RETURN(
            db::Statement * byStatus,
            store.database().prepareChecked(
                std::string(kReportRowCte) +
                "SELECT status, COUNT(*), SUM(CASE WHEN deadline <> '' AND deadline < ? AND status NOT IN "
                "('handled', 'closed') THEN 1 ELSE 0 END) FROM q" +
                tabs.where + " GROUP BY status"));
        byStatus->bind(1, call.today);
        bindAll(*byStatus, tabs.binds, 2);
        while (byStatus->step()) {
            counts[byStatus->getText(0)] = byStatus->getInt(1);
            overdue += byStatus->getInt(2);
        }
        byStatus->reset();
        return Status::ok();
    });
    if (!st) return errorReply(st);
    json items = json::array();
    for (const auto& r : rows) items.push_back(reportRowJson(r, call));
    return jsonReply({{"items", items},
                      {"total", total},
                      {"page", page},
                      {"page_size", size},
                      {"counts", counts},
                      {"overdue", overdue},
                      {"seq", call.service.lastServerSeq()},
                      {"today", call.today}});
}

ConsoleResponse getReportsCsv(ConsoleCall& call) {
    ReportFilter f = ReportFilter::fromQuery(call.req);
    std::vector<ReportRow> rows;
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_TRY(assignReportNumbers(store));
        ReportSql sql = reportScopeSql(call.staff());
        addFilterSql(sql, f, call.today, true);
        return selectRows(store, sql, orderFor(f), 0, 0, rows);
    });
    if (!st) return errorReply(st);
    std::string csv = "\xEF\xBB\xBF";  // BOM: Excel opens UTF-8 Chinese correctly
    csv += "工单编号,状态,类别,紧急程度,网格,上报人,上报时间,办理期限,是否超期,承办部门,问题描述\r\n";
    for (const auto& r : rows) {
        csv += csvField(r.number) + "," + csvField(statusLabelZh(r.status)) + "," +
               csvField(categoryLabelZh(r.category)) + "," + csvField(severityLabelZh(r.severity)) + "," +
               csvField(r.gridName) + "," + csvField(r.workerName) + "," + csvField(localTime(r.reportedAt)) + "," +
               csvField(r.deadline) + "," + (isOverdue(r, call.today) ? "是" : "否") + "," + csvField(r.department) +
               "," + csvField(r.text) + "\r\n";
    }
    call.audit("export", "reports.csv", f.describe() + " rows=" + std::to_string(rows.size()));
    ConsoleResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.headers.push_back({"Content-Disposition", "attachment; filename=\"reports-" + call.today + ".csv\""});
    r.headers.push_back({"Cache-Control", "no-store"});
    r.body = std::move(csv);
    return r;
}

}  // namespace gridwork::server
