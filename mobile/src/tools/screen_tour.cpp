#include "tools/screen_tour.h"

#include "controllers/app_core.h"
#include "controllers/ledger_controller.h"
#include "controllers/report_controller.h"
#include "controllers/visit_controller.h"

namespace gridwork::mobile {

std::vector<TourScreen> screenTour(AppCore& core) {
    const QString household = core.visits()->households()->get(0, QStringLiteral("householdId")).toString();
    // The oldest demo report has come furthest through the township's workflow.
    const int lastReport = core.reports()->recent()->count() - 1;
    const QString report = core.reports()->recent()->get(lastReport, QStringLiteral("reportId")).toString();
    AppCore* c = &core;
    return {
        {QStringLiteral("today"), QStringLiteral("today"), {}},
        {QStringLiteral("visit"), QStringLiteral("visit"), {}},
        {QStringLiteral("visit-record"), QStringLiteral("visitRecord"),
         [c, household] { c->visits()->openHousehold(household); }},
        {QStringLiteral("patrol-map"), QStringLiteral("patrol"), {}},
        {QStringLiteral("report"), QStringLiteral("report"), {}},
        {QStringLiteral("report-detail"), QStringLiteral("reportDetail"),
         [c, report] { c->reports()->select(report); }},
        {QStringLiteral("ledger"), QStringLiteral("ledger"), {}},
        {QStringLiteral("household"), QStringLiteral("household"),
         [c, household] { c->ledger()->openHousehold(household); }},
        {QStringLiteral("tasks"), QStringLiteral("tasks"), {}},
        {QStringLiteral("due"), QStringLiteral("due"), {}},
        {QStringLiteral("diary"), QStringLiteral("diary"), {}},
        {QStringLiteral("sync"), QStringLiteral("sync"), {}},
        {QStringLiteral("settings"), QStringLiteral("settings"), {}},
        {QStringLiteral("enroll"), QStringLiteral("enroll"), {}},
    };
}

}  // namespace gridwork::mobile
