#include "tools/app_setup.h"

#include "controllers/app_core.h"
#include "demo/demo_seed.h"
#include "gridwork/core/domain/patrol_repo.h"
#include "workers/db_worker.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTranslator>

#include <atomic>

namespace gridwork::mobile {

void prepareGraphics() {
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

void setupApplication(QGuiApplication& app) {
    app.setOrganizationName(QStringLiteral("gridwork"));
    app.setApplicationName(QStringLiteral("gridwork"));
    app.setApplicationDisplayName(QStringLiteral("网格通"));
    for (const char* path : {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"})
        QFontDatabase::addApplicationFont(QString::fromLatin1(path));
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(16);
    app.setFont(font);
    // zh_CN is the default UI language; GRIDWORK_LANG=en keeps the English source strings.
    if (qgetenv("GRIDWORK_LANG") != "en") {
        auto* tr = new QTranslator(&app);
        if (tr->load(QStringLiteral(":/i18n/gridwork_zh_CN.qm"))) app.installTranslator(tr);
        // Qt's own texts (dialog buttons, the file dialog) in Chinese too: qt6-translations-l10n.
        const QLocale zh(QLocale::Chinese, QLocale::China);
        for (const char* catalog : {"qtbase", "qtdeclarative", "qtmultimedia"}) {
            auto* qt = new QTranslator(&app);
            if (qt->load(zh, QLatin1String(catalog), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                app.installTranslator(qt);
            else
                delete qt;
        }
        QLocale::setDefault(zh);
    }
}

bool seedDemoStore(AppCore& core, bool withPatrol) {
    std::atomic<bool> ok{true};
    core.db().open(core.options().dbPath);
    core.db().run([&ok, withPatrol](Store& store) {
        auto ids = seedDemo(store);
        if (!ids) {
            QTextStream(stderr) << "demo seed failed: " << QString::fromStdString(ids.status().toString()) << "\n";
            ok = false;
            return;
        }
        if (!withPatrol) return;
        domain::PatrolRepo patrols(store);
        auto p = patrols.start(ids->worker, ids->grid);
        if (!p) return;
        // The first 21 fixes of the demo route: past the reservoir, on the way to the pond.
        const auto route = demoRoute();
        for (std::size_t i = 0; i < 21 && i < route.size(); ++i) (void)patrols.addPoint(p->id, route[i], 5.0);
        auto cps = patrols.checkpoints(ids->grid);
        if (!cps.empty()) (void)patrols.passCheckpoint(p->id, cps.front().id, "自动记录");
    });
    core.db().waitIdle();
    return ok;
}

}  // namespace gridwork::mobile
