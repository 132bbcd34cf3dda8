// Elder mode to the MIIT standard (《移动互联网应用（APP）适老化通用设计规范》, 2021), measured:
// every item of every screen of the tour, and of every popup on it, in both modes, offscreen at
// the 390×844 design size (1 px = 1 dp). Fails listing every violation:
//   tap targets          elder ≥ 60×60 dp, normal ≥ 44×44 dp (buttons, fields, tap handlers)
//   line spacing         ≥ 1.3 for every text that can run over more than one line
//   contrast             ≥ 4.5:1, ≥ 3:1 for text above 18 dp (text and placeholders, enabled items)
//   main-function text   ≥ 30 dp in elder mode (items marked mainFunction: BigButton, home tiles)
//   text in elder mode   ≥ 18 dp everywhere
//   screen reader        every interactive item has an accessible name
// Prints the measured minimums per mode (the figures in mobile/README.md).
#include "tools/screen_tour.h"
#include "ui_harness.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <doctest/doctest.h>

#include <cmath>
#include <map>

using namespace gridwork::mobile;

namespace {

double luminance(const QColor& c) {
    auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor& top, const QColor& below) {
    const double a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a), top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

// The colour an item is drawn on: the nearest filled rectangle below it (an ancestor, or an
// ancestor control's background), blended down to the window colour.
QColor backgroundOf(const QQuickItem* item, const QColor& window) {
    std::vector<QColor> layers;
    for (const QQuickItem* a = item->parentItem(); a; a = a->parentItem()) {
        const QQuickItem* candidates[2] = {nullptr, a};
        if (auto* bg = qvariant_cast<QQuickItem*>(a->property("background")); bg && bg->isVisible()) candidates[0] = bg;
        for (const QQuickItem* c : candidates) {
            if (!c || !c->inherits("QQuickRectangle") || c == item) continue;
            QColor col = c->property("color").value<QColor>();
            col.setAlphaF(col.alphaF() * c->opacity());
            if (col.alpha() > 0) layers.push_back(col);
        }
        if (!layers.empty() && layers.back().alpha() == 255) break;
    }
    QColor out = window;
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) out = over(*it, out);
    return out;
}

bool effectivelyEnabled(const QQuickItem* item) {
    for (const QQuickItem* a = item; a; a = a->parentItem())
        if (!a->isEnabled() || a->opacity() < 0.99) return false;
    return true;
}

bool markedMainFunction(const QQuickItem* item) {
    for (const QQuickItem* a = item; a; a = a->parentItem())
        if (a->property("mainFunction").toBool()) return true;
    return false;
}

bool hasTapHandler(const QQuickItem* item) {
    for (const QObject* c : item->children())
        if (c->inherits("QQuickTapHandler")) return true;
    return false;
}

bool isInteractive(const QQuickItem* item) {
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField") ||
           item->inherits("QQuickTextArea") || item->inherits("QQuickComboBox") || hasTapHandler(item);
}

QString describe(const QQuickItem* item) {
    QString name = qmlTypeName(item);
    if (name.isEmpty()) name = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty()) name += QLatin1Char('#') + item->objectName();
    const QString text = item->property("text").toString();
    if (!text.isEmpty()) name += QStringLiteral(" “") + text.left(16) + QStringLiteral("”");
    return name;
}

QString accessibleName(QQuickItem* item) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

struct Figures {
    double minTapElder = 1e9, minTapNormal = 1e9, minLine = 1e9, minContrast = 1e9, minMainElder = 1e9,
           minTextElder = 1e9;
    int items = 0, interactive = 0, texts = 0;
};

struct Audit {
    QStringList violations;
    Figures f;
    QColor window;

    void fail(const QString& where, const QQuickItem* item, const QString& what) {
        violations << where + QStringLiteral(": ") + describe(item) + QStringLiteral(" — ") + what;
    }

    void look(const QString& where, bool elder, const std::vector<QQuickItem*>& items, QQuickWindow* w) {
        const QRectF screen(0, 0, w->width(), w->height());
        for (QQuickItem* item : items) {
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (r.isEmpty() || !screen.intersects(r)) continue;
            ++f.items;
            if (isInteractive(item) && effectivelyEnabled(item)) {
                ++f.interactive;
                const double need = elder ? 60 : 44;
                const double side = std::min(item->width(), item->height());
                (elder ? f.minTapElder : f.minTapNormal) = std::min(elder ? f.minTapElder : f.minTapNormal, side);
                if (item->width() < need || item->height() < need)
                    fail(where, item,
                         QStringLiteral("tap target %1×%2 < %3").arg(item->width()).arg(item->height()).arg(need));
                if (accessibleName(item).trimmed().isEmpty()) fail(where, item, QStringLiteral("no accessible name"));
            }
            const bool isText =
                item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
            if (!isText) continue;
            QString text = item->property("text").toString();
            QColor color = item->property("color").value<QColor>();
            if (text.trimmed().isEmpty()) {
                text = item->property("placeholderText").toString();
                color = item->property("placeholderTextColor").value<QColor>();
            }
            if (text.trimmed().isEmpty()) continue;
            ++f.texts;
            const QFont font = item->property("font").value<QFont>();
            const int px = font.pixelSize() > 0 ? font.pixelSize() : int(std::lround(font.pointSizeF() * 96 / 72));
            if (elder) {
                f.minTextElder = std::min<double>(f.minTextElder, px);
                if (px < 18) fail(where, item, QStringLiteral("text %1 dp < 18 in elder mode").arg(px));
                if (markedMainFunction(item)) {
                    f.minMainElder = std::min<double>(f.minMainElder, px);
                    if (px < 30) fail(where, item, QStringLiteral("main-function text %1 dp < 30").arg(px));
                }
            }
            if (item->inherits("QQuickText")) {
                const bool multiLine =
                    item->property("lineCount").toInt() > 1 || item->property("wrapMode").toInt() != 0;
                if (multiLine) {
                    const double lh = item->property("lineHeight").toDouble();
                    const bool fixed = item->property("lineHeightMode").toInt() == 1;
                    const double ratio = fixed ? lh / px : lh;
                    f.minLine = std::min(f.minLine, ratio);
                    if (ratio < 1.3 - 1e-6) fail(where, item, QStringLiteral("line height %1 < 1.3").arg(ratio));
                }
            }
            if (!effectivelyEnabled(item) || color.alpha() == 0) continue;
            const double ratio = contrast(over(color, backgroundOf(item, window)), backgroundOf(item, window));
            f.minContrast = std::min(f.minContrast, ratio);
            const double need = px > 18 ? 3.0 : 4.5;
            if (ratio < need)
                fail(where, item,
                     QStringLiteral("contrast %1 < %2 (%3 on %4)")
                         .arg(ratio, 0, 'f', 2)
                         .arg(need)
                         .arg(color.name(), backgroundOf(item, window).name()));
        }
    }
};

}  // namespace

TEST_CASE("elder mode meets the MIIT numbers on every screen, and normal mode the 44 dp minimum") {
    UiHarness h;
    REQUIRE(h.window());
    Audit audit;
    audit.window = h.window()->color();
    for (bool elder : {false, true}) {
        for (const auto& screen : screenTour(h.core())) {
            h.show(screen.page, elder, screen.prepare);
            const QString where = screen.name + (elder ? QStringLiteral("/elder") : QStringLiteral("/normal"));
            audit.look(where, elder, h.visibleItems(), h.window());
            for (QObject* popup : h.popups()) {
                if (popup->inherits("QQuickAbstractDialog")) continue;  // the system file dialog
                h.withOpen(popup,
                           [&] { audit.look(where + QStringLiteral(" dialog"), elder, h.visibleItems(), h.window()); });
            }
        }
    }
    (void)UiHarness::takeWarnings();
    const Figures& f = audit.f;
    MESSAGE("MIIT audit: ", f.items, " items, ", f.interactive, " interactive, ", f.texts, " texts; min tap elder ",
            f.minTapElder, " dp, normal ", f.minTapNormal, " dp; min line height ", f.minLine, "; min contrast ",
            f.minContrast, "; min main-function text (elder) ", f.minMainElder, " dp; min text (elder) ",
            f.minTextElder, " dp");
    for (const QString& v : audit.violations) FAIL_CHECK(v.toStdString());
    CHECK(audit.violations.size() == 0);
}
