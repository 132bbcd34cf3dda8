#include "tools/screen_tour.h"

#include "controllers/app_core.h"
#include "controllers/emergency_controller.h"
#include "controllers/ledger_controller.h"
#include "controllers/report_controller.h"
#include "controllers/visit_controller.h"
#include "demo/demo_emergency.h"
#include "workers/db_worker.h"

namespace gridwork::mobile {

std::vector<TourScreen> screenTour(AppCore& core) {
    const QString household = core.visits()->households()->get(0, QStringLiteral("householdId")).toString();
    // The oldest demo report has come furthest through the township's workflow.
    const int lastReport = core.reports()->recent()->count() - 1;
    const QString report = core.reports()->recent()->get(lastReport, QStringLiteral("reportId")).toString();
    AppCore* c = &core;
    // Emergency mode (平战转换) comes last: declared on the demo store before its screens, ended
    // before "today" so every other screen shows the everyday app.
    auto onStore = [c](Status (*write)(Store&)) {
        return [c, write] {
            c->db().run([c, write](Store& store) {
                (void)write(store);  // refused when already in that state: nothing to do
                c->db().notifyChanged(QStringLiteral("emergency"));
            });
        };
    };
    auto openFirstEvacuation = [c] {
        c->emergency()->openHousehold(c->emergency()->households()->get(0, QStringLiteral("householdId")).toString());
    };
    return {
        {QStringLiteral("today"), QStringLiteral("today"), onStore(&endDemoEmergencies)},
        {QStringLiteral("visit"), QStringLiteral("visit"), {}},
        {QStringLiteral("visit-record"), QStringLiteral("visitRecord"),
         [c, household] { c->visits()->openHousehold(household); }},
        {QStringLiteral("patrol"), QStringLiteral("patrol"), {}},
        {QStringLiteral("report"), QStringLiteral("report"), {}},
        {QStringLiteral("report-detail"), QStringLiteral("reportDetail"),
         [c, report] { c->reports()->select(report); }},
        {QStringLiteral("ledger"), QStringLiteral("ledger"), {}},
        {QStringLiteral("household"), QStringLiteral("household"),
         [c, household] { c->ledger()->openHousehold(household); }},
        {QStringLiteral("tasks"), QStringLiteral("tasks"), {}},
        {QStringLiteral("diary"), QStringLiteral("diary"), {}},
        {QStringLiteral("sync"), QStringLiteral("sync"), {}},
        {QStringLiteral("settings"), QStringLiteral("settings"), {}},
        {QStringLiteral("enroll"), QStringLiteral("enroll"), {}},
        {QStringLiteral("emergency-home"), QStringLiteral("today"), onStore(&declareDemoEmergency)},
        {QStringLiteral("evacuation"), QStringLiteral("evacuation"), {}},
        {QStringLiteral("evacuation-record"), QStringLiteral("evacuationRecord"), openFirstEvacuation},
        {QStringLiteral("disaster-report"), QStringLiteral("disasterReport"), {}},
    };
}

}  // namespace gridwork::mobile
