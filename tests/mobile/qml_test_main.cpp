// The Qt Quick Test runner of the app's QML tests: every tst_*.qml gets a fresh demo store in a
// temp dir, the real AppCore (DB worker + sync worker threads) and the Gridwork QML module, plus
// the test-only `Probe` singleton (test_probe.h).
#include "controllers/app_core.h"
#include "test_probe.h"
#include "tools/app_setup.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(GridworkPlugin)

using namespace gridwork::mobile;

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        setupApplication(*qGuiApp);
        AppOptions o;
        o.dbPath = m_dir.filePath(QStringLiteral("test.db"));
        m_core = new AppCore(o, this);
        seedDemoStore(*m_core, false);
        m_core->start();
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        qmlRegisterSingletonInstance("GridworkTest", 1, 0, "Probe", &m_probe);
    }
    void cleanupTestCase() {
        delete m_core;
        m_core = nullptr;
    }

private:
    QTemporaryDir m_dir;
    AppCore* m_core = nullptr;
    TestProbe m_probe;
};

int main(int argc, char** argv) {
    prepareGraphics();
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "gridwork_mobile", nullptr, &setup);
}

#include "qml_test_main.moc"
