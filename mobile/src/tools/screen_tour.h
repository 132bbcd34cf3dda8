// screen_tour.h — the list of every screen of the app, each with what to prepare before it is
// shown (a household opened, a report selected, ...). The screenshot runner renders this tour in
// both modes, and the UI tests (QML load, MIIT elder-mode audit) walk the same tour, so a screen
// added here is both photographed and checked.
//
// Contract: GUI thread. prepare() uses only the controllers' public commands; `page` is a key of
// Main.qml's `pages`. `name` is unique and becomes the screenshot's file name.
#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace gridwork::mobile {

class AppCore;

struct TourScreen {
    QString name;                   // e.g. "visit-record", "patrol-map"
    QString page;                   // App.go(page)
    std::function<void()> prepare;  // optional, before App.go
};

std::vector<TourScreen> screenTour(AppCore& core);

}  // namespace gridwork::mobile
