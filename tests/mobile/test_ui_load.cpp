// Every QML file of the app loads on the stock install (packages.apt) without a QML warning or
// error: every screen of the tour in normal and elder mode, and every popup and dialog on it
// opened (the photo FileDialog too — a missing QML module such as Qt.labs.folderlistmodel shows
// up here, not in a worker's hands). Runs offscreen under ctest, and in a real X window when
// xvfb-run is installed (mobile_ui_tests_x11).
#include "controllers/app_core.h"
#include "tools/screen_tour.h"
#include "ui_harness.h"

#include <QDir>
#include <QFile>
#include <QQuickItem>
#include <QRegularExpression>
#include <doctest/doctest.h>

using namespace gridwork::mobile;

namespace {
QString modeName(bool elder) {
    return elder ? QStringLiteral("elder") : QStringLiteral("normal");
}

// Every .qml file of the Gridwork module except singletons (they are not items on a screen).
QStringList moduleQmlFiles() {
    QStringList out;
    for (const QString& f : QDir(QStringLiteral(":/Gridwork")).entryList({QStringLiteral("*.qml")})) {
        QFile file(QStringLiteral(":/Gridwork/") + f);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("pragma Singleton")) continue;
        out << f.chopped(4);
    }
    return out;
}
}  // namespace

TEST_CASE("every screen, popup and dialog of the app loads without a QML warning, in both modes") {
    UiHarness h;
    REQUIRE(h.window());
    QStringList problems;
    for (const QString& w : UiHarness::takeWarnings()) problems << QStringLiteral("start: ") + w;

    const auto tour = screenTour(h.core());
    QStringList toured;
    for (const auto& s : tour) toured << s.page;
    for (const QString& key : h.pageKeys())
        CHECK_MESSAGE(toured.contains(key), "page not in the screen tour: ", key.toStdString());

    std::set<QString> seen;
    int dialogs = 0;
    for (bool elder : {false, true}) {
        for (const auto& screen : tour) {
            h.show(screen.page, elder, screen.prepare);
            const QString where = screen.name + QLatin1Char('/') + modeName(elder);
            for (const QString& w : UiHarness::takeWarnings()) problems << where + QStringLiteral(": ") + w;
            for (QObject* popup : h.popups()) {
                ++dialogs;
                h.withOpen(popup, [&] {
                    const auto live = h.liveQmlTypes();
                    seen.insert(live.begin(), live.end());
                });
                const QString name = popup->objectName().isEmpty()
                                         ? QString::fromLatin1(popup->metaObject()->className())
                                         : popup->objectName();
                for (const QString& w : UiHarness::takeWarnings())
                    problems << where + QStringLiteral(" dialog ") + name + QStringLiteral(": ") + w;
            }
            const auto live = h.liveQmlTypes();
            seen.insert(live.begin(), live.end());
        }
    }
    MESSAGE("screens: ", tour.size(), " x 2 modes, popups and dialogs opened: ", dialogs);
    CHECK(dialogs > 0);
    for (const QString& p : problems) FAIL_CHECK(p.toStdString());
    for (const QString& f : moduleQmlFiles())
        CHECK_MESSAGE(seen.count(f) == 1, "QML file never shown by the tour: ", f.toStdString());
}

namespace {
// Latin words left on screen in the zh_CN UI, after taking away what is rightly Latin: addresses
// (URLs, paths, host names), codes such as ABCD-1234, units, and pinyin-initial examples (zs＝张三).
QStringList latinWords(QString text) {
    static const QRegularExpression dropped(
        QStringLiteral("\\S*(://|/|\\.db|\\.cn)\\S*|\\b[A-Z0-9]{4}-[A-Z0-9]{4}\\b|\\b(km|GPS|QR)\\b|[a-z]{2,4}＝"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    text.remove(dropped);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) out << it.next().captured();
    return out;
}

QString shownText(const QQuickItem* item) {
    QString t;
    for (const char* p : {"text", "placeholderText", "title"}) {
        const QVariant v = item->property(p);
        if (v.typeId() == QMetaType::QString && !v.toString().isEmpty()) t += v.toString() + QLatin1Char(' ');
    }
    return t;
}
}  // namespace

TEST_CASE("no English on any screen or dialog of the zh_CN app, in both modes") {
    UiHarness h;
    REQUIRE(h.window());
    QStringList problems;
    auto look = [&](const QString& where) {
        for (QQuickItem* item : h.visibleItems()) {
            if (!item->inherits("QQuickText") && !item->inherits("QQuickTextInput") &&
                !item->inherits("QQuickTextEdit"))
                continue;
            const QStringList words = latinWords(shownText(item));
            if (!words.isEmpty())
                problems << where + QStringLiteral(": ") + words.join(QLatin1Char(' ')) + QStringLiteral(" in “") +
                                shownText(item).trimmed() + QStringLiteral("”");
        }
    };
    for (bool elder : {false, true}) {
        for (const auto& screen : screenTour(h.core())) {
            h.show(screen.page, elder, screen.prepare);
            const QString where = screen.name + QLatin1Char('/') + modeName(elder);
            look(where);
            for (QObject* popup : h.popups()) {
                if (popup->inherits("QQuickAbstractDialog")) continue;  // the file dialog: Qt's own, below
                h.withOpen(popup, [&] { look(where + QStringLiteral(" dialog")); });
            }
        }
    }
    (void)UiHarness::takeWarnings();
    for (const QString& p : problems) FAIL_CHECK(p.toStdString());
}
