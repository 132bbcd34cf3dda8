#include "report_query.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/report_workflow.h"
#include "gridwork/core/store/db.h"

namespace gridwork::server {

using namespace gridwork::domain;

const char* const kReportRowCte =
    "WITH q AS (SELECT r.id AS id, n.number AS number, r.grid_id AS grid_id, g.name AS grid_name, "
    "r.worker_id AS worker_id, w.name AS worker_name, r.category AS category, r.severity AS severity, "
    "r.text AS text, r.photo_sha256 AS photo, r.lat AS lat, r.lon AS lon, r.reported_at AS reported_at, "
    "COALESCE(r.deadline, '') AS deadline, COALESCE(r.status, 'reported') AS status, "
    "COALESCE((SELECT e.department FROM report_events e WHERE e.report_id = r.id AND e.kind = 'dispatch' "
    "AND COALESCE(e.superseded, 0) = 0 ORDER BY e.at DESC LIMIT 1), '') AS department "
    "FROM reports r JOIN console_report_numbers n ON n.report_id = r.id "
    "LEFT JOIN org_units g ON g.id = r.grid_id LEFT JOIN workers w ON w.id = r.worker_id "
    "WHERE COALESCE(r.deleted, 0) = 0) ";

namespace {
std::vector<std::string> splitComma(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto c = s.find(',', start);
        std::string part = s.substr(start, c == std::string::npos ? std::string::npos : c - start);
        if (!part.empty()) out.push_back(part);
        if (c == std::string::npos) break;
        start = c + 1;
    }
    return out;
}

std::int64_t dayStartMs(const std::string& date) {
    auto d = parseLocalDate(date);
    return d ? *d * 86400000LL - kChinaUtcOffsetMs : 0;
}
}  // namespace

ReportFilter ReportFilter::fromQuery(const ConsoleRequest& req) {
    ReportFilter f;
    if (auto s = req.param("status")) f.statuses = splitComma(*s);
    f.category = req.param("category").value_or("");
    f.department = req.param("department").value_or("");
    f.text = req.param("q").value_or("");
    f.from = req.param("from").value_or("");
    f.to = req.param("to").value_or("");
    if (auto g = req.param("grid")) f.grid = Uuid::parse(*g);
    f.overdue = req.param("overdue").value_or("") == "1";
    f.unassigned = req.param("unassigned").value_or("") == "1";
    if (req.param("sort").value_or("") == "deadline") f.sort = "deadline";
    return f;
}

std::string ReportFilter::describe() const {
    std::string d;
    auto add = [&](const std::string& k, const std::string& v) {
        if (!v.empty()) d += (d.empty() ? "" : " ") + k + "=" + v;
    };
    std::string st;
    for (const auto& s : statuses) st += (st.empty() ? "" : ",") + s;
    add("status", st);
    add("category", category);
    add("grid", grid ? grid->toString() : "");
    add("department", department);
    add("q", text);
    add("from", from);
    add("to", to);
    if (overdue) add("overdue", "1");
    if (unassigned) add("unassigned", "1");
    return d.empty() ? "全部" : d;
}

void ReportSql::add(const std::string& clause, std::vector<Value> values) {
    where += where.empty() ? " WHERE " : " AND ";
    where += "(" + clause + ")";
    for (auto& v : values) binds.push_back(std::move(v));
}

ReportSql reportScopeSql(const StaffMember& staff) {
    ReportSql sql;
    if (staff.role == StaffRole::Department) sql.add("department = ?", {Value::text(staff.department)});
    if (!staff.gridId.isNil()) sql.add("grid_id = ?", {staff.gridId.toValue()});
    return sql;
}

void addFilterSql(ReportSql& sql, const ReportFilter& f, const std::string& today, bool withStatus) {
    if (withStatus && !f.statuses.empty()) {
        std::string c;
        std::vector<Value> v;
        for (const auto& s : f.statuses) {
            c += c.empty() ? "" : " OR ";
            if (s == "open") {
                c += "status <> 'closed'";
            } else {
                c += "status = ?";
                v.push_back(Value::text(s));
            }
        }
        sql.add(c, std::move(v));
    }
    if (!f.category.empty()) sql.add("category = ?", {Value::text(f.category)});
    if (f.grid) sql.add("grid_id = ?", {f.grid->toValue()});
    if (!f.department.empty()) sql.add("department = ?", {Value::text(f.department)});
    if (f.overdue)
        sql.add("deadline <> '' AND deadline < ? AND status NOT IN ('handled', 'closed')", {Value::text(today)});
    if (f.unassigned) sql.add("status IN ('reported', 'accepted', 'reopened', 'escalated')");
    if (!f.from.empty() && isValidLocalDate(f.from)) sql.add("reported_at >= ?", {Value::integer(dayStartMs(f.from))});
    if (!f.to.empty() && isValidLocalDate(f.to))
        sql.add("reported_at < ?", {Value::integer(dayStartMs(f.to) + 86400000LL)});
    if (!f.text.empty()) {
        std::string like = "%" + f.text + "%";
        sql.add("text LIKE ? OR number LIKE ? OR grid_name LIKE ? OR worker_name LIKE ? OR department LIKE ?",
                {Value::text(like), Value::text(like), Value::text(like), Value::text(like), Value::text(like)});
    }
}

ReportRow readReportRow(db::Statement& q) {
    ReportRow r;
    r.id = q.getUuid(0);
    r.number = q.getText(1);
    r.gridId = q.getUuid(2);
    r.gridName = q.getText(3);
    r.workerId = q.getUuid(4);
    r.workerName = q.getText(5);
    r.category = q.getText(6);
    r.severity = q.getText(7);
    r.text = q.getText(8);
    r.photoSha256 = q.getText(9);
    if (!q.isNull(10)) r.lat = q.getReal(10);
    if (!q.isNull(11)) r.lon = q.getReal(11);
    r.reportedAt = q.getInt(12);
    r.deadline = q.getText(13);
    r.status = q.getText(14);
    r.department = q.getText(15);
    return r;
}

void bindAll(db::Statement& q, const std::vector<Value>& binds, int from) {
    int i = from;
    for (const auto& v : binds) q.bind(i++, v);
}

std::string categoryLabelZh(const std::string& name) {
    auto c = parseEnum<ReportCategory>(name);
    return c ? std::string(enumLabelZh(*c)) : name;
}

std::string severityLabelZh(const std::string& name) {
    auto s = parseEnum<Severity>(name);
    return s ? std::string(enumLabelZh(*s)) : name;
}

std::string statusLabelZh(const std::string& name) {
    auto s = parseReportStatus(name);
    return s ? std::string(reportStatusLabelZh(*s)) : name;
}

bool isOverdue(const ReportRow& r, const std::string& today) {
    return !r.deadline.empty() && r.deadline < today && r.status != "handled" && r.status != "closed";
}

json reportRowJson(const ReportRow& r, const ConsoleCall& call) {
    bool overdue = isOverdue(r, call.today);
    bool open = r.status != "handled" && r.status != "closed";
    int left = r.deadline.empty() ? 0 : call.config.holidays.workingDaysBetween(call.today, r.deadline);
    json j = {{"id", r.id.toString()},
              {"number", r.number},
              {"grid_id", r.gridId.toString()},
              {"grid", r.gridName},
              {"reporter", r.workerName},
              {"category", r.category},
              {"category_zh", categoryLabelZh(r.category)},
              {"severity", r.severity},
              {"severity_zh", severityLabelZh(r.severity)},
              {"text", r.text},
              {"status", r.status},
              {"status_zh", statusLabelZh(r.status)},
              {"department", r.department},
              {"reported_at", r.reportedAt},
              {"age_hours", (call.nowMs - r.reportedAt) / 3600000},
              {"deadline", r.deadline},
              {"overdue", overdue},
              {"overdue_days", overdue ? -left : 0},
              {"near_due", open && !overdue && !r.deadline.empty() && left <= call.config.nearDueWorkingDays},
              {"has_photo", !r.photoSha256.empty()}};
    if (r.lat && r.lon) {
        j["lat"] = *r.lat;
        j["lon"] = *r.lon;
    }
    return j;
}

}  // namespace gridwork::server
