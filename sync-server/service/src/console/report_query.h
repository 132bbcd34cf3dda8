// report_query.h — the console's report rows and the queue filters as SQL (internal): one
// query shape for the queue page, its counts, the CSV export, the map pins and the bench.
//
// Scope first, then the filters: a 部门 account sees only reports whose current department
// (the latest valid 分办) is his; an account bound to a grid sees only that grid.
#pragma once

#include "console_call.h"

#include "gridwork/core/base/value.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::db {
class Statement;
}

namespace gridwork::server {

struct ReportFilter {
    std::vector<std::string> statuses;  // names; "open" = every status but closed
    std::string category, department, text, from, to;
    std::optional<Uuid> grid;
    bool overdue = false, unassigned = false;
    std::string sort = "reported";  // "reported" (newest first) or "deadline" (soonest first)

    // From ?status=a,b&category=&grid=&department=&overdue=1&unassigned=1&from=&to=&q=&sort=
    static ReportFilter fromQuery(const ConsoleRequest& req);
    std::string describe() const;  // for the audit row of an export
};

struct ReportRow {
    Uuid id;
    std::string number;
    Uuid gridId;
    std::string gridName;
    Uuid workerId;
    std::string workerName;
    std::string category, severity, text, photoSha256, deadline, status, department;
    std::optional<double> lat, lon;
    std::int64_t reportedAt = 0;
};

// SQL pieces: the row CTE ("WITH q AS (...)") and WHERE clauses with their binds.
struct ReportSql {
    std::string where;  // " WHERE ..." over the CTE's columns
    std::vector<Value> binds;
    void add(const std::string& clause, std::vector<Value> values = {});
};

extern const char* const kReportRowCte;  // columns: id, number, grid_id, grid_name, worker_id,
                                         // worker_name, category, severity, text, photo, lat, lon,
                                         // reported_at, deadline, status, department
ReportSql reportScopeSql(const StaffMember& staff);
void addFilterSql(ReportSql& sql, const ReportFilter& f, const std::string& today, bool withStatus);
ReportRow readReportRow(db::Statement& q);
void bindAll(db::Statement& q, const std::vector<Value>& binds, int from = 1);

json reportRowJson(const ReportRow& r, const ConsoleCall& call);
std::string categoryLabelZh(const std::string& name);
std::string severityLabelZh(const std::string& name);
std::string statusLabelZh(const std::string& name);
bool isOverdue(const ReportRow& r, const std::string& today);

}  // namespace gridwork::server
