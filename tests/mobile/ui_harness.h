// ui_harness.h — the whole app in a window for UI tests: a demo store in a temp dir, the real
// AppCore (DB and sync worker threads), Main.qml in a QQmlApplicationEngine, and every QML or Qt
// warning of the process collected. Tests walk the screen tour (tools/screen_tour.h) in both
// modes, open every popup and dialog of a screen, and look at the items on screen.
//
// Contract: one harness at a time, GUI thread, a QGuiApplication must exist (ensureGuiApp()).
// Test-only.
#pragma once

#include "temp_dir.h"

#include <QQmlApplicationEngine>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <set>

class QQuickItem;
class QQuickWindow;

namespace gridwork::mobile {

class AppCore;

void ensureGuiApp();

class UiHarness {
public:
    UiHarness();
    ~UiHarness();

    AppCore& core() { return *m_core; }
    QQuickWindow* window() { return m_window; }
    // Main.qml's `pages` keys: every top-level screen the app can show.
    QStringList pageKeys() const;
    // Sets the mode, prepares and shows a tour screen; waits until it is drawn.
    void show(const QString& page, bool elder, const std::function<void()>& prepare = {});
    void settle(int ms = 150);
    // Every popup (Dialog, Menu, ...) and QtQuick.Dialogs dialog below the window's content.
    std::vector<QObject*> popups() const;
    // Opens one (popup or dialog), runs `inside` while it is open, closes it.
    void withOpen(QObject* popup, const std::function<void()>& inside = {});
    // Every visible item drawn in the window, the overlay (open popups) included.
    std::vector<QQuickItem*> visibleItems() const;
    // The QML file names (e.g. "BigButton") of the objects now alive below the window.
    std::set<QString> liveQmlTypes() const;

    // Warnings and errors logged since the last call (then cleared).
    static QStringList takeWarnings();

private:
    testing::TempDir m_dir;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
};

// "BigButton" for an instance of BigButton.qml, "" for a type not defined in a QML file.
QString qmlTypeName(const QObject* obj);

}  // namespace gridwork::mobile
