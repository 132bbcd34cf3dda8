// stats — by grid: reports and closure rate (办结率 = closed / all reports), overdue reports,
// open and overdue tasks, follow-up visit rate (随访率 = active schedules visited on time / all
// active schedules on --date; a schedule is late when its next visit is past due).
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/followup_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace gridwork::server {

using namespace gridwork::domain;

namespace {

struct GridStats {
    Uuid id;
    std::string name;
    std::int64_t reports = 0, closed = 0, overdueReports = 0, openTasks = 0, overdueTasks = 0;
    std::int64_t schedules = 0, lateFollowups = 0;
};

double rate(std::int64_t part, std::int64_t whole) {
    return whole ? static_cast<double>(part) / static_cast<double>(whole) : 1.0;
}

std::string percent(double r) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", r * 100);
    return buf;
}

std::string fixed3(double r) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.3f", r);
    return buf;
}

}  // namespace

int runStats(const Args& args) {
    const std::string cmd = "stats";
    if (auto st = args.check({"data", "date", "json"}, {"data"}); !st) return usageError(cmd, st.message());
    auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch());
    std::string date = args.value("date").value_or(localDateFromMs(now.count()));
    if (!isValidLocalDate(date)) return usageError(cmd, "--date must be YYYY-MM-DD");
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::vector<GridStats> rows;
    std::int64_t flagged = 0;  // dates far from the server's day when pushed (a phone's wrong clock)
    Status st = (*service)->withStore([&](Store& store) -> Status {
        flagged = store.database().queryInt("SELECT count(*) FROM flagged_dates").value_or(0);
        GW_ASSIGN_OR_RETURN(db::Statement * counts, store.database().prepareChecked(
                                                        "SELECT count(*), coalesce(sum(status='closed'),0) FROM "
                                                        "reports WHERE grid_id=?1 AND (deleted IS NULL OR deleted=0)"));
        GW_ASSIGN_OR_RETURN(db::Statement * schedules,
                            store.database().prepareChecked("SELECT count(*) FROM followup_schedules WHERE grid_id=?1 "
                                                            "AND active=1 AND (deleted IS NULL OR deleted=0)"));
        ReportRepo reports(store);
        TaskRepo tasks(store);
        FollowupRepo followups(store);
        for (const auto& g : OrgRepo(store).byLevel(OrgLevel::Grid)) {
            GridStats s;
            s.id = g.id;
            s.name = g.name;
            counts->bind(1, g.id);
            if (counts->step()) s.reports = counts->getInt(0), s.closed = counts->getInt(1);
            counts->reset();
            schedules->bind(1, g.id);
            if (schedules->step()) s.schedules = schedules->getInt(0);
            schedules->reset();
            s.overdueReports = static_cast<std::int64_t>(reports.overdue(date, {g.id}).size());
            s.openTasks = static_cast<std::int64_t>(tasks.openInGrid(g.id).size());
            s.overdueTasks = static_cast<std::int64_t>(tasks.overdue(date, {g.id}).size());
            GW_ASSIGN_OR_RETURN(auto due, followups.dueOn(date, {g.id}));
            for (const auto& d : due) s.lateFollowups += d.daysOverdue > 0;
            rows.push_back(std::move(s));
        }
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    GridStats total;
    total.name = "合计";
    for (const auto& r : rows) {
        total.reports += r.reports, total.closed += r.closed, total.overdueReports += r.overdueReports;
        total.openTasks += r.openTasks, total.overdueTasks += r.overdueTasks;
        total.schedules += r.schedules, total.lateFollowups += r.lateFollowups;
    }
    auto visitRate = [](const GridStats& s) { return rate(s.schedules - s.lateFollowups, s.schedules); };
    if (args.has("json")) {
        auto one = [&](const GridStats& s) {
            return "{\"grid\":" + jsonQuote(s.id.isNil() ? "" : s.id.toString()) + ",\"name\":" + jsonQuote(s.name) +
                   ",\"reports\":" + std::to_string(s.reports) + ",\"closed\":" + std::to_string(s.closed) +
                   ",\"closure_rate\":" + fixed3(rate(s.closed, s.reports)) +
                   ",\"overdue_reports\":" + std::to_string(s.overdueReports) +
                   ",\"open_tasks\":" + std::to_string(s.openTasks) +
                   ",\"overdue_tasks\":" + std::to_string(s.overdueTasks) +
                   ",\"followup_schedules\":" + std::to_string(s.schedules) +
                   ",\"followups_late\":" + std::to_string(s.lateFollowups) +
                   ",\"followup_visit_rate\":" + fixed3(visitRate(s)) + "}";
        };
        std::cout << "{\"date\":" << jsonQuote(date) << ",\"grids\":[";
        for (std::size_t i = 0; i < rows.size(); ++i) std::cout << (i ? "," : "") << one(rows[i]);
        std::cout << "],\"total\":" << one(total) << ",\"flagged_dates\":" << flagged << "}\n";
        return 0;
    }
    std::cout << "统计日期 " << date << "\n网格  上报数  办结数  办结率  超期未办  待办任务(超期)  随访对象  随访率\n";
    auto line = [&](const GridStats& s) {
        std::cout << s.name << "  " << s.reports << "  " << s.closed << "  " << percent(rate(s.closed, s.reports))
                  << "  " << s.overdueReports << "  " << s.openTasks << "(" << s.overdueTasks << ")  " << s.schedules
                  << "  " << percent(visitRate(s)) << "\n";
    };
    for (const auto& r : rows) line(r);
    line(total);
    if (flagged > 0) std::cout << "日期可疑的记录 " << flagged << " 条（上传时与服务器日期相差过大，请核对手机时间）\n";
    return 0;
}

}  // namespace gridwork::server
