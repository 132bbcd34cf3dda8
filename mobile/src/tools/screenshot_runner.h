// screenshot_runner.h — `gridwork-app --screenshots DIR`: renders every main screen, in normal
// and elder mode, to DIR/[elder-]<screen>.png (the screens of screen_tour.h) with
// QQuickWindow::grabWindow().
//
// Contract: drives the app only through the controllers' public commands (App.go,
// App.elderMode, Visits.openHousehold, ...) — never by reaching into QML objects; the one thing
// it takes from QML is the top-level window, to grab it. Returns the process exit code.
#pragma once

#include <QString>

class QQuickWindow;

namespace gridwork::mobile {

class AppCore;

int runScreenshots(AppCore& core, QQuickWindow& window, const QString& dir);

}  // namespace gridwork::mobile
