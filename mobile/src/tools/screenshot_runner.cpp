#include "tools/screenshot_runner.h"

#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "controllers/sync_controller.h"
#include "tools/screen_tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>

namespace gridwork::mobile {

namespace {
void settle(AppCore& core, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        core.waitIdle();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}
}  // namespace

int runScreenshots(AppCore& core, QQuickWindow& window, const QString& dir) {
    QDir().mkpath(dir);
    settle(core, 600);
    if (!core.options().serverUrl.isEmpty()) {
        // Against a real server: wait for the enrollment and the first sync (up to 2 minutes).
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120'000 && (!core.app()->enrolled() || core.sync()->syncing() ||
                                         core.sync()->enrolling() || core.sync()->lastSyncText().isEmpty())) {
            if (!core.sync()->lastError().isEmpty() || core.sync()->state() == QLatin1String("error")) break;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        QTextStream(stdout) << "sync: " << core.sync()->state() << " " << core.sync()->failure()
                            << core.sync()->lastError() << "\n";
        settle(core, 800);
    }
    const std::vector<TourScreen> shots = screenTour(core);
    QTextStream out(stdout);
    int failures = 0;
    for (bool elder : {false, true}) {
        core.app()->setElderMode(elder);
        for (const auto& shot : shots) {
            if (shot.prepare) shot.prepare();
            core.app()->go(QStringLiteral("today"));
            if (shot.page != QLatin1String("today")) core.app()->go(shot.page);
            settle(core, 500);
            const QImage image = window.grabWindow();
            const QString file =
                QDir(dir).filePath((elder ? QStringLiteral("elder-") : QString()) + shot.name + QStringLiteral(".png"));
            if (image.isNull() || !image.save(file)) {
                out << "failed: " << file << "\n";
                ++failures;
            } else {
                out << file << "\n";
            }
        }
    }
    core.app()->setElderMode(false);
    settle(core, 100);
    return failures == 0 ? 0 : 1;
}

}  // namespace gridwork::mobile
