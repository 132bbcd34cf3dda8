// 统计: GET stats?from=&to=&grid=  (default: this month to today; the previous period of the
// same length for comparison) and GET stats.csv?table=grids|workers|categories|months&<same>.
//
// 办结率 = closed / (closed + open-and-overdue) over the reports filed in the period: an overdue
// backlog lowers it (an open item not yet due is neither). 按期办结率 = closed by the deadline /
// closed. 随访率 per grid = active follow-up schedules visited within their interval / active
// schedules. Visits and patrols per worker in the period. Scope as everywhere (report_query.h).
#include "report_numbers.h"
#include "report_query.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <cstdio>
#include <map>
#include <set>

namespace gridwork::server {

using namespace gridwork::domain;

namespace {

struct Period {
    std::string from, to;  // inclusive local dates
    std::int64_t fromMs = 0, toMs = 0;
};

Period periodOf(const std::string& from, const std::string& to) {
    Period p{from, to};
    p.fromMs = *parseLocalDate(from) * 86400000LL - kChinaUtcOffsetMs;
    p.toMs = (*parseLocalDate(to) + 1) * 86400000LL - kChinaUtcOffsetMs;
    return p;
}

struct Tally {
    std::int64_t reports = 0, closed = 0, onTime = 0, openOverdue = 0;
    json toJson() const {
        std::int64_t denominator = closed + openOverdue;
        return {{"reports", reports},
                {"closed", closed},
                {"closed_on_time", onTime},
                {"open_overdue", openOverdue},
                {"closure_rate", denominator ? json(double(closed) / double(denominator)) : json(nullptr)},
                {"on_time_rate", closed ? json(double(onTime) / double(closed)) : json(nullptr)}};
    }
};

// Per grid (and the whole) for the reports filed in the period.
Status tallyReports(Store& store, const ConsoleCall& call, const Period& p, const std::optional<Uuid>& grid,
                    std::map<std::string, Tally>& byGrid, std::map<std::string, std::int64_t>* byCategory,
                    Tally& total) {
    ReportSql sql = reportScopeSql(call.staff());
    if (grid) sql.add("grid_id = ?", {grid->toValue()});
    sql.add("reported_at >= ? AND reported_at < ?", {Value::integer(p.fromMs), Value::integer(p.toMs)});
    GW_ASSIGN_OR_RETURN(
        db::Statement * q,
        store.database().prepareChecked(
            std::string(kReportRowCte) +
            "SELECT grid_name, category, status, deadline, (SELECT MAX(e.at) FROM report_events e WHERE e.report_id = "
            "q.id AND e.kind = 'close' AND COALESCE(e.superseded, 0) = 0) FROM q" +
            sql.where));
    bindAll(*q, sql.binds);
    while (q->step()) {
        std::string g = q->getText(0), status = q->getText(2), deadline = q->getText(3);
        bool closed = status == "closed";
        bool onTime = closed && (deadline.empty() || (!q->isNull(4) && localDateFromMs(q->getInt(4)) <= deadline));
        bool overdue = !closed && status != "handled" && !deadline.empty() && deadline < call.today;
        for (Tally* t : {&byGrid[g], &total}) {
            ++t->reports;
            t->closed += closed;
            t->onTime += onTime;
            t->openOverdue += overdue;
        }
        if (byCategory) ++(*byCategory)[categoryLabelZh(q->getText(1))];
    }
    GW_TRY(q->status());
    q->reset();
    return Status::ok();
}

struct Computed {
    json body;
    std::vector<std::vector<std::string>> grids, workers, categories, months;
};

Result<Computed> compute(ConsoleCall& call) {
    std::string to = call.req.param("to").value_or(call.today);
    std::string from = call.req.param("from").value_or(call.today.substr(0, 8) + "01");
    if (!isValidLocalDate(from) || !isValidLocalDate(to) || from > to)
        return Status(ErrorCode::InvalidArgument, "统计区间不正确");
    std::optional<Uuid> grid = call.req.param("grid") ? Uuid::parse(*call.req.param("grid")) : std::nullopt;
    Period now = periodOf(from, to);
    std::int64_t days = *daysBetween(from, to) + 1;
    Period before = periodOf(addDays(from, -days), addDays(from, -1));
    Computed c;
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_TRY(assignReportNumbers(store));
        std::map<std::string, Tally> byGrid, prevByGrid;
        std::map<std::string, std::int64_t> byCategory;
        Tally total, prev;
        GW_TRY(tallyReports(store, call, now, grid, byGrid, &byCategory, total));
        GW_TRY(tallyReports(store, call, before, grid, prevByGrid, nullptr, prev));

        // 随访率 per grid: active schedules whose last visit is within their interval of today.
        std::map<std::string, std::pair<std::int64_t, std::int64_t>> followups;  // grid → (due, visited)
        GW_ASSIGN_OR_RETURN(
            db::Statement * f,
            store.database().prepareChecked(
                "SELECT COALESCE(g.name, ''), s.interval_days, (SELECT MAX(v.visited_at) FROM visits v WHERE "
                "v.schedule_id = s.id) FROM followup_schedules s LEFT JOIN org_units g ON g.id = s.grid_id WHERE "
                "COALESCE(s.deleted, 0) = 0 AND COALESCE(s.active, 1) = 1 AND (?1 IS NULL OR s.grid_id = ?1) AND "
                "(?2 IS NULL OR s.grid_id = ?2)"));
        f->bind(1, grid ? grid->toValue() : Value::null());
        f->bind(2, call.staff().gridId.isNil() ? Value::null() : call.staff().gridId.toValue());
        while (f->step()) {
            auto& [due, visited] = followups[f->getText(0)];
            ++due;
            if (!f->isNull(2) && call.nowMs - f->getInt(2) <= f->getInt(1) * 86400000LL) ++visited;
        }
        f->reset();

        json grids = json::array();
        std::set<std::string> names;
        for (const auto& [g, _] : byGrid) names.insert(g);
        for (const auto& [g, _] : followups) names.insert(g);
        c.grids.push_back({"网格", "上报", "办结", "超期未办结", "办结率", "按期办结率", "随访率"});
        auto pct = [](const json& v) {
            if (v.is_null()) return std::string("—");
            char buf[16];
            std::snprintf(buf, sizeof buf, "%.1f%%", v.get<double>() * 100);
            return std::string(buf);
        };
        for (const auto& g : names) {
            json t = byGrid[g].toJson();
            auto [due, visited] = followups[g];
            t["grid"] = g;
            t["followup_due"] = due;
            t["followup_rate"] = due ? json(double(visited) / double(due)) : json(nullptr);
            grids.push_back(t);
            c.grids.push_back({g, std::to_string(byGrid[g].reports), std::to_string(byGrid[g].closed),
                               std::to_string(byGrid[g].openOverdue), pct(t["closure_rate"]), pct(t["on_time_rate"]),
                               pct(t["followup_rate"])});
        }

        // Visits and patrols per worker in the period.
        json workers = json::array();
        c.workers.push_back({"网格员", "网格", "走访", "巡查"});
        GW_ASSIGN_OR_RETURN(
            db::Statement * w,
            store.database().prepareChecked(
                "SELECT w.name, COALESCE(g.name, ''), (SELECT COUNT(*) FROM visits v WHERE v.worker_id = w.id AND "
                "v.visited_at >= ?1 AND v.visited_at < ?2), (SELECT COUNT(*) FROM patrols p WHERE p.worker_id = w.id "
                "AND p.started_at >= ?1 AND p.started_at < ?2) FROM workers w LEFT JOIN org_units g ON g.id = "
                "w.grid_id WHERE COALESCE(w.deleted, 0) = 0 AND COALESCE(w.role, '') <> 'volunteer' AND (?3 IS NULL "
                "OR w.grid_id = ?3) AND (?4 IS NULL OR w.grid_id = ?4) ORDER BY g.name, w.name"));
        w->bind(1, now.fromMs).bind(2, now.toMs);
        w->bind(3, grid ? grid->toValue() : Value::null());
        w->bind(4, call.staff().gridId.isNil() ? Value::null() : call.staff().gridId.toValue());
        while (w->step()) {
            workers.push_back({{"worker", w->getText(0)},
                               {"grid", w->getText(1)},
                               {"visits", w->getInt(2)},
                               {"patrols", w->getInt(3)}});
            c.workers.push_back(
                {w->getText(0), w->getText(1), std::to_string(w->getInt(2)), std::to_string(w->getInt(3))});
        }
        w->reset();

        json categories = json::array();
        c.categories.push_back({"类别", "上报"});
        for (const auto& [k, n] : byCategory) {
            categories.push_back({{"category", k}, {"reports", n}});
            c.categories.push_back({k, std::to_string(n)});
        }

        // Reports by month, the last 12 months (scope applied).
        json months = json::array();
        c.months.push_back({"月份", "上报", "办结"});
        ReportSql sql = reportScopeSql(call.staff());
        if (grid) sql.add("grid_id = ?", {grid->toValue()});
        sql.add("reported_at >= ?", {Value::integer(periodOf(addDays(to, -365), to).fromMs)});
        GW_ASSIGN_OR_RETURN(db::Statement * m, store.database().prepareChecked(
                                                   std::string(kReportRowCte) +
                                                   "SELECT strftime('%Y-%m', (reported_at + 28800000) / 1000, "
                                                   "'unixepoch') AS month, COUNT(*), SUM(status = 'closed') FROM q" +
                                                   sql.where + " GROUP BY month ORDER BY month"));
        bindAll(*m, sql.binds);
        while (m->step()) {
            months.push_back({{"month", m->getText(0)}, {"reports", m->getInt(1)}, {"closed", m->getInt(2)}});
            c.months.push_back({m->getText(0), std::to_string(m->getInt(1)), std::to_string(m->getInt(2))});
        }
        m->reset();

        c.body = {{"from", from},
                  {"to", to},
                  {"previous", {{"from", before.from}, {"to", before.to}, {"totals", prev.toJson()}}},
                  {"totals", total.toJson()},
                  {"grids", grids},
                  {"workers", workers},
                  {"categories", categories},
                  {"months", months}};
        return Status::ok();
    });
    if (!st) return st;
    return c;
}

}  // namespace

ConsoleResponse getStats(ConsoleCall& call) {
    auto c = compute(call);
    if (!c) return errorReply(c.status());
    return jsonReply(c->body);
}

ConsoleResponse getStatsCsv(ConsoleCall& call) {
    auto c = compute(call);
    if (!c) return errorReply(c.status());
    std::string table = call.req.param("table").value_or("grids");
    const auto& rows = table == "workers"      ? c->workers
                       : table == "categories" ? c->categories
                       : table == "months"     ? c->months
                                               : c->grids;
    std::string csv = "\xEF\xBB\xBF";
    for (const auto& r : rows) {
        for (std::size_t i = 0; i < r.size(); ++i) csv += (i ? "," : "") + csvField(r[i]);
        csv += "\r\n";
    }
    call.audit("export", "stats.csv",
               table + " " + c->body["from"].get<std::string>() + ".." + c->body["to"].get<std::string>());
    ConsoleResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.headers.push_back({"Content-Disposition", "attachment; filename=\"stats-" + table + ".csv\""});
    r.body = std::move(csv);
    return r;
}

}  // namespace gridwork::server
