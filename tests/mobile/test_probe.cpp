#include "test_probe.h"

#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "gridwork/core/domain/patrol_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/visit_repo.h"
#include "workers/db_worker.h"

namespace gridwork::mobile {

namespace {
std::unique_ptr<Store> openStore() {
    AppCore::instance()->waitIdle();
    std::string path = AppCore::instance()->options().dbPath.toStdString();
    auto s = Store::open(path, deviceStoreOptions(path).value());
    return s ? std::move(s).value() : nullptr;
}
Uuid parseId(const QString& s) {
    return Uuid::parse(s.toStdString()).value_or(Uuid{});
}
}  // namespace

void TestProbe::waitIdle() {
    AppCore::instance()->waitIdle();
}

int TestProbe::visitCount(const QString& householdId, const QString& outcome) {
    auto store = openStore();
    if (!store) return -1;
    int n = 0;
    for (const auto& v : domain::VisitRepo(*store).ofHousehold(parseId(householdId)))
        if (outcome.isEmpty() || domain::enumName(v.outcome) == outcome.toStdString()) ++n;
    return n;
}

int TestProbe::trackPointCount(const QString& patrolId) {
    auto store = openStore();
    return store ? static_cast<int>(domain::PatrolRepo(*store).track(parseId(patrolId)).size()) : -1;
}

QString TestProbe::patrolState(const QString& patrolId) {
    auto store = openStore();
    if (!store) return {};
    auto p = domain::PatrolRepo(*store).get(parseId(patrolId));
    return p ? QString::fromUtf8(domain::enumName(p->state).data()) : QString();
}

int TestProbe::reportCount(const QString& text) {
    auto store = openStore();
    if (!store) return -1;
    const Uuid worker = AppCore::instance()->session().workerId;
    int n = 0;
    for (const auto& r : domain::ReportRepo(*store).ofWorker(worker)) n += r.text == text.toStdString() ? 1 : 0;
    return n;
}

bool TestProbe::reportHandledOnSite(const QString& text) {
    auto store = openStore();
    if (!store) return false;
    const Uuid worker = AppCore::instance()->session().workerId;
    for (const auto& r : domain::ReportRepo(*store).ofWorker(worker))
        if (r.text == text.toStdString()) return r.handledOnSite;
    return false;
}

QString TestProbe::meta(const QString& key) {
    auto store = openStore();
    return store ? QString::fromStdString(store->meta(key.toStdString()).value_or("")) : QString();
}

QString TestProbe::testData(const QString& name) {
    return QStringLiteral(GRIDWORK_TEST_DATA "/") + name;
}

}  // namespace gridwork::mobile
