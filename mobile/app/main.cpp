// main.cpp — gridwork-app: the thin executable around gridwork_mobile.
//   gridwork-app [--db FILE] [--server URL --code CODE] [--nmea FILE] [--screenshots DIR]
#include "base/app_options.h"
#include "controllers/app_core.h"
#include "demo/demo_seed.h"
#include "tools/app_setup.h"
#include "tools/screenshot_runner.h"
#include "workers/db_worker.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(GridworkPlugin)

using namespace gridwork::mobile;

int main(int argc, char* argv[]) {
    const bool screenshots = [&] {
        for (int i = 1; i < argc; ++i)
            if (QByteArray(argv[i]) == "--screenshots") return true;
        return false;
    }();
    if (screenshots && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareGraphics();
    QGuiApplication app(argc, argv);
    setupApplication(app);

    AppOptions options = parseAppOptions(app.arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error << "\n";
        return options.error.startsWith(QLatin1String("Usage")) ? 0 : 2;
    }

    // Screenshots without a given store use a fresh demo store in a temp dir.
    QTemporaryDir tmp;
    bool seed = false;
    if (!options.screenshotDir.isEmpty() && options.dbPath.isEmpty() && options.serverUrl.isEmpty()) {
        options.dbPath = tmp.filePath(QStringLiteral("demo.db"));
        seed = true;
    }
    AppCore core(options);
    if (seed) seedDemoStore(core);
    core.start();

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Gridwork/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    if (!options.screenshotDir.isEmpty()) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (!window) return 1;
        return runScreenshots(core, *window, options.screenshotDir);
    }
    return app.exec();
}
