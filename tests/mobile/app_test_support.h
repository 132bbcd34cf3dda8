// app_test_support.h — what the AppCore tests without QML share: a QCoreApplication for the
// process, waiting (with the event loop running) until a condition holds, and app options for a
// store file in a temp dir. Test-only; GUI thread.
#pragma once

#include "base/app_options.h"
#include "temp_dir.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace gridwork::mobile {

inline void ensureCoreApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "mobile_model_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

// Runs the event loop until cond() holds; false after `ms`.
inline bool waitUntil(const std::function<bool()>& cond, int ms = 10000) {
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

inline AppOptions storeIn(const testing::TempDir& dir) {
    AppOptions o;
    o.dbPath = QString::fromStdString(dir.file("app.db"));
    return o;
}

}  // namespace gridwork::mobile
