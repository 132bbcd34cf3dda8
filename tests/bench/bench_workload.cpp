#include "bench_workload.h"

#include <random>

namespace gridwork::bench {

namespace {
constexpr std::uint64_t kDay = 1'780'000'000'000ull;
}  // namespace

std::vector<RowWrite> gridRows(const Uuid& grid, int households) {
    std::vector<RowWrite> rows;
    std::mt19937_64 rng(3);
    for (int h = 0; h < households; ++h) {
        Uuid hid = newUuidV7();
        RowWrite hw{"households", hid, {}};
        hw.set("grid_id", grid.toValue())
            .set("address",
                 Value::text("幸福村" + std::to_string(h / 100 + 1) + "组" + std::to_string(h % 100 + 1) + "号"));
        hw.set("kind", Value::text("own")).set("status", Value::text("living"));
        hw.set("head_name", Value::text("户主" + std::to_string(h)))
            .set("phone", Value::text("138" + std::to_string(10000000 + h)));
        hw.set("deleted", Value::boolean(false));
        rows.push_back(hw);
        for (int k = 0; k < 3; ++k) {
            RowWrite rw{"residents", newUuidV7(), {}};
            rw.set("grid_id", grid.toValue()).set("household_id", hid.toValue());
            rw.set("name", Value::text("居民" + std::to_string(h * 3 + k)));
            rw.set("id_number", Value::text("330106********" + std::to_string(1000 + rng() % 9000)));
            rw.set("birth_year", Value::integer(1940 + static_cast<std::int64_t>(rng() % 80)));
            rw.set("gender", Value::text(k % 2 ? "male" : "female")).set("relation", Value::text(k ? "child" : "head"));
            rw.set("status", Value::text("resident")).set("deleted", Value::boolean(false));
            rows.push_back(rw);
        }
    }
    return rows;
}

Status writeWorkerDay(Store& store, const Uuid& grid, const Uuid& worker, const DayShape& shape) {
    std::mt19937_64 rng(7);
    std::vector<RowWrite> w;
    std::vector<Uuid> households;
    for (int i = 0; i < 40; ++i) households.push_back(newUuidV7());
    for (int i = 0; i < 40; ++i) {
        RowWrite v{"visits", newUuidV7(), {}};
        v.set("grid_id", grid.toValue())
            .set("household_id", households[i].toValue())
            .set("worker_id", worker.toValue());
        v.set("kind", Value::text(i % 5 ? "routine" : "follow_up")).set("outcome", Value::text("normal"));
        v.set("note", Value::text(i % 3 ? "老人身体状况良好，家中用电安全" : "家中无人，已电话联系"));
        v.set("lat", Value::real(30.2741 + 0.0001 * i)).set("lon", Value::real(120.1551 + 0.0001 * i));
        v.set("visited_at", Value::integer(static_cast<std::int64_t>(kDay + 600000ull * i)));
        v.set("visit_date", Value::text("2026-05-28"));
        w.push_back(v);
    }
    for (int p = 0; p < 2; ++p) {
        Uuid patrol = newUuidV7();
        RowWrite pr{"patrols", patrol, {}};
        pr.set("grid_id", grid.toValue()).set("worker_id", worker.toValue());
        pr.set("started_at", Value::integer(static_cast<std::int64_t>(kDay + 3600000ull * p)));
        pr.set("stopped_at", Value::integer(static_cast<std::int64_t>(kDay + 3600000ull * p + 2400000)));
        pr.set("state", Value::text("stopped"))
            .set("distance_m", Value::real(2350.5))
            .set("findings", Value::text("路灯一处损坏"));
        pr.set("deleted", Value::boolean(false));
        w.push_back(pr);
        for (int i = 0; i < shape.pointsPerPatrol; ++i) {
            RowWrite pt{"patrol_points", newUuidV7(), {}};
            pt.set("grid_id", grid.toValue()).set("patrol_id", patrol.toValue()).set("seq", Value::integer(i));
            pt.set("lat", Value::real(30.2741 + 0.00005 * i + 0.000001 * static_cast<double>(rng() % 10)));
            pt.set("lon", Value::real(120.1551 + 0.00004 * i + 0.000001 * static_cast<double>(rng() % 10)));
            pt.set("accuracy_m", Value::real(5 + static_cast<double>(rng() % 10)));
            pt.set("recorded_at", Value::integer(static_cast<std::int64_t>(kDay + 3600000ull * p + 10000ull * i)));
            w.push_back(pt);
        }
    }
    for (int i = 0; i < 5; ++i) {
        Uuid rep = newUuidV7();
        RowWrite r{"reports", rep, {}};
        r.set("grid_id", grid.toValue())
            .set("worker_id", worker.toValue())
            .set("household_id", households[i].toValue());
        r.set("category", Value::text("safety")).set("text", Value::text("楼道堆放杂物，存在消防隐患"));
        r.set("lat", Value::real(30.275)).set("lon", Value::real(120.156)).set("severity", Value::text("normal"));
        r.set("handled_on_site", Value::boolean(false))
            .set("reported_at", Value::integer(static_cast<std::int64_t>(kDay)));
        r.set("deadline", Value::text("2026-06-01")).set("deleted", Value::boolean(false));
        w.push_back(r);
        RowWrite e{"report_events", newUuidV7(), {}};
        e.set("grid_id", grid.toValue()).set("report_id", rep.toValue()).set("kind", Value::text("report"));
        e.set("actor_id", worker.toValue()).set("actor_name", Value::text("王秀英"));
        e.set("at", Value::integer(static_cast<std::int64_t>(kDay)));
        w.push_back(e);
        for (int k = 1; k < shape.eventsPerReport; ++k) {
            RowWrite more{"report_events", newUuidV7(), {}};
            more.set("grid_id", grid.toValue()).set("report_id", rep.toValue()).set("kind", Value::text("feedback"));
            more.set("actor_id", worker.toValue()).set("actor_name", Value::text("王秀英"));
            more.set("at", Value::integer(static_cast<std::int64_t>(kDay + 60000ull * static_cast<unsigned>(k))));
            w.push_back(more);
        }
    }
    return store.write(w);
}

}  // namespace gridwork::bench
