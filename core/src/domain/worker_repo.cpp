#include "gridwork/core/domain/worker_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::domain {

namespace {
constexpr const char* kCols = "SELECT id, grid_id, name, phone, role FROM workers ";

Worker readWorker(db::Statement& q) {
    Worker w;
    w.id = q.getUuid(0);
    w.gridId = q.getUuid(1);
    w.name = q.getText(2);
    w.phone = q.getText(3);
    w.role = rows::enumOr(q.getText(4), WorkerRole::GridWorker);
    return w;
}
}  // namespace

Result<Worker> WorkerRepo::add(Worker worker) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kWorkers, worker.id));
    if (known) return get(worker.id);  // a retried add
    worker.name = trimText(worker.name);
    GW_TRY(validateRequired(worker.name, "姓名"));
    GW_ASSIGN_OR_RETURN(worker.phone, rows::optionalPhone(worker.phone, "联系电话"));
    worker.id = rows::orNew(worker.id);
    RowWrite w{std::string(tables::kWorkers), worker.id, {}};
    w.set("grid_id", rows::id(worker.gridId))
        .set("name", Value::text(worker.name))
        .set("phone", rows::text(worker.phone))
        .set("role", rows::name(worker.role))
        .set("deleted", Value::boolean(false));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return worker;
}

Status WorkerRepo::edit(const Uuid& id, const WorkerPatch& patch) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kWorkers, id));
    if (!live) return rows::notFound("人员");
    RowWrite w{std::string(tables::kWorkers), id, {}};
    if (patch.name) {
        std::string n = trimText(*patch.name);
        GW_TRY(validateRequired(n, "姓名"));
        w.set("name", Value::text(n));
    }
    if (patch.phone) {
        GW_ASSIGN_OR_RETURN(std::string p, rows::optionalPhone(*patch.phone, "联系电话"));
        w.set("phone", rows::text(p));
    }
    if (patch.role) w.set("role", rows::name(*patch.role));
    if (patch.gridId) w.set("grid_id", rows::id(*patch.gridId));
    if (w.columns.empty()) return Status::ok();
    return m_store.write(w);
}

Status WorkerRepo::remove(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kWorkers, id));
    if (!live) return rows::notFound("人员");
    return m_store.write(RowWrite{std::string(tables::kWorkers), id, {{"deleted", Value::boolean(true)}}});
}

Result<Worker> WorkerRepo::get(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto w, rows::queryOne<Worker>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, id); }, readWorker));
    if (!w) return rows::notFound("人员");
    return *w;
}

std::vector<Worker> WorkerRepo::inGrid(const Uuid& gridId) {
    return rows::orEmpty(rows::queryAll<Worker>(
        m_store.database(), std::string(kCols) + "WHERE grid_id=?1 AND deleted=0 ORDER BY name, id",
        [&](db::Statement& q) { q.bind(1, gridId); }, readWorker));
}

std::vector<Worker> WorkerRepo::all() {
    return rows::orEmpty(rows::queryAll<Worker>(
        m_store.database(), std::string(kCols) + "WHERE deleted=0 ORDER BY name, id", [](db::Statement&) {},
        readWorker));
}

}  // namespace gridwork::domain
