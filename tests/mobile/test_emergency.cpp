// Emergency mode on the phone (issue 12, core/docs/emergency.md) through the real AppCore on a
// temp store: the township's declaration arriving in the store switches the app to the emergency
// home with the grid's risk list, duty roster and figures; an evacuation recorded offline counts
// at once; a bad record is refused in plain words and changes nothing; the end switches back.
#include "app_test_support.h"
#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "controllers/emergency_controller.h"
#include "controllers/report_controller.h"
#include "demo/demo_emergency.h"
#include "gridwork/core/domain/emergency_repo.h"
#include "temp_dir.h"
#include "tools/app_setup.h"
#include "workers/db_worker.h"

#include <QVariantMap>
#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::mobile;

namespace {
// Writes on the DB worker as a pulled change would land, and tells the screens.
void onStore(AppCore& core, Status (*write)(Store&)) {
    core.db().run([&core, write](Store& store) {
        REQUIRE(write(store).isOk());
        core.db().notifyChanged(QStringLiteral("emergency"));
    });
    core.waitIdle();
}
}  // namespace

TEST_CASE("emergency mode: declared, recorded offline, refused in plain words, ended") {
    ensureCoreApp();
    testing::TempDir dir;
    AppCore core(storeIn(dir));
    REQUIRE(seedDemoStore(core, false));
    core.start();
    REQUIRE(waitUntil([&] { return core.app()->enrolled(); }));
    core.waitIdle();
    EmergencyController& em = *core.emergency();
    CHECK_FALSE(em.active());

    onStore(core, &declareDemoEmergency);
    REQUIRE(waitUntil([&] { return em.active(); }));
    CHECK(em.kind() == QStringLiteral("typhoon"));
    CHECK(em.kindLabel() == QStringLiteral("台风"));
    CHECK(em.duty().size() == 3);
    CHECK(em.duty().first() == QStringLiteral("带班领导 李明 13800000001"));
    CHECK(em.households()->count() == 5);
    CHECK(em.householdsListed() == 5);
    CHECK(em.householdsDone() == 2);
    CHECK(em.peopleEvacuated() == 4);
    CHECK(em.peopleStayed() == 1);
    // The list says who stayed and why; the first household not yet done is recorded below.
    int stayedRow = -1, openRow = -1;
    for (int i = 0; i < em.households()->count(); ++i) {
        if (em.households()->get(i, QStringLiteral("stayed")).toInt() > 0) stayedRow = i;
        if (openRow < 0 && !em.households()->get(i, QStringLiteral("done")).toBool()) openRow = i;
    }
    REQUIRE(stayedRow >= 0);
    REQUIRE(openRow >= 0);
    CHECK(
        em.households()->get(stayedRow, QStringLiteral("summary")).toString().contains(QStringLiteral("老人行动不便")));

    // Someone stayed, no reason given: refused, nothing written.
    const QString third = em.households()->get(openRow, QStringLiteral("householdId")).toString();
    em.openHousehold(third);
    CHECK(em.selectedAddress() == em.households()->get(openRow, QStringLiteral("address")).toString());
    em.record(third, 2, QStringLiteral("学校"), 1, QString());
    REQUIRE(waitUntil([&] { return !em.lastError().isEmpty(); }));
    CHECK(em.lastError().contains(QStringLiteral("留守原因")));
    core.waitIdle();
    CHECK(em.householdsDone() == 2);

    em.record(third, 2, QStringLiteral("学校"), 0, QString());
    REQUIRE(waitUntil([&] { return em.householdsDone() == 3; }));
    CHECK(em.lastError().isEmpty());
    CHECK(em.peopleEvacuated() == 6);
    CHECK(em.selectedDone());
    CHECK(em.selectedEvacuated() == 2);
    CHECK(em.selectedDestination() == QStringLiteral("学校"));
    // A correction replaces the record: still 3 households, the new count.
    em.record(third, 5, QStringLiteral("学校"), 0, QString());
    REQUIRE(waitUntil([&] { return em.peopleEvacuated() == 9; }));
    CHECK(em.householdsDone() == 3);

    // 灾情上报 offers the four disaster kinds; the everyday 上报 does not.
    auto names = [](const QVariantList& list) {
        QStringList out;
        for (const auto& v : list) out << v.toMap().value(QStringLiteral("name")).toString();
        return out;
    };
    CHECK(names(ReportController::disasterCategories()) ==
          QStringList{QStringLiteral("collapse"), QStringLiteral("waterlogging"), QStringLiteral("landslide"),
                      QStringLiteral("trapped_people")});
    CHECK_FALSE(names(ReportController::categories()).contains(QStringLiteral("collapse")));
    CHECK(names(ReportController::categories()).contains(QStringLiteral("flood")));

    onStore(core, &endDemoEmergencies);
    REQUIRE(waitUntil([&] { return !em.active(); }));
    em.record(third, 1, QString(), 0, QString());  // refused at once: nothing lasts any more
    CHECK_FALSE(em.lastError().isEmpty());
}
