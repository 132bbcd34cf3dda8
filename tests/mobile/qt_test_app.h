// qt_test_app.h — shared by the doctest suites of the app: one QCoreApplication for the process,
// and a wait that keeps the event loop turning (queued DB-worker results arrive through it).
// Test-only.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace gridwork::mobile::testing_support {

inline void ensureCoreApp(const char* name = "mobile_model_tests") {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char* argv[] = {const_cast<char*>(name), nullptr};
    new QCoreApplication(argc, argv);
}

inline bool waitUntil(const std::function<bool()>& cond, int ms = 10000) {
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

}  // namespace gridwork::mobile::testing_support
