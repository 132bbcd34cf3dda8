#include "ui_harness.h"

#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "tools/app_setup.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMutex>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(GridworkPlugin)

namespace gridwork::mobile {

namespace {
QMutex g_mutex;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&g_mutex);
        g_warnings << QStringLiteral("[%1] %2").arg(QLatin1String(ctx.category ? ctx.category : "default"), msg);
    }
    if (g_previous) g_previous(type, ctx, msg);
}

// Both trees: QObject children (popups, handlers, loaded items) and visual children (delegates).
void collectDescendants(QObject* obj, std::vector<QObject*>& out) {
    std::set<QObject*> seen;
    std::function<void(QObject*)> walk = [&](QObject* o) {
        QList<QObject*> next = o->children();
        if (auto* item = qobject_cast<QQuickItem*>(o))
            for (QQuickItem* c : item->childItems()) next << c;
        for (QObject* c : next) {
            if (!seen.insert(c).second) continue;
            out.push_back(c);
            walk(c);
        }
    };
    walk(obj);
}
}  // namespace

void ensureGuiApp() {
    if (QCoreApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareGraphics();
    static int argc = 1;
    static char name[] = "mobile_ui_tests";
    static char* argv[] = {name, nullptr};
    auto* app = new QGuiApplication(argc, argv);
    setupApplication(*app);
    g_previous = qInstallMessageHandler(collect);
    // As with a screen reader on: controls then publish their accessible names.
    QAccessible::setActive(true);
}

QString qmlTypeName(const QObject* obj) {
    // "BigButton_QMLTYPE_41", or "BigButton_QMLTYPE_41_QML_46" for an instance that adds properties.
    const QString cls = QString::fromLatin1(obj->metaObject()->className());
    const qsizetype at = cls.indexOf(QLatin1String("_QML"));
    return at > 0 ? cls.left(at) : QString();
}

UiHarness::UiHarness() {
    ensureGuiApp();
    AppOptions o;
    o.dbPath = QString::fromStdString(m_dir.file("ui.db"));
    m_core = std::make_unique<AppCore>(o);
    seedDemoStore(*m_core, true);
    m_core->start();
    QElapsedTimer t;
    t.start();
    while (!(m_core->app()->ready() && m_core->app()->enrolled()) && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    m_core->waitIdle();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->load(QUrl(QStringLiteral("qrc:/Gridwork/Main.qml")));
    if (!m_engine->rootObjects().isEmpty()) m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    settle(400);
}

UiHarness::~UiHarness() {
    m_engine.reset();
    m_core.reset();
}

QStringList UiHarness::pageKeys() const {
    if (!m_window) return {};
    return m_window->property("pages").toMap().keys();
}

void UiHarness::settle(int ms) {
    QElapsedTimer t;
    t.start();
    do {
        m_core->waitIdle();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    } while (t.elapsed() < ms);
}

void UiHarness::show(const QString& page, bool elder, const std::function<void()>& prepare) {
    m_core->app()->setElderMode(elder);
    if (prepare) prepare();
    m_core->app()->go(QStringLiteral("today"));
    if (page != QLatin1String("today")) m_core->app()->go(page);
    settle(300);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the page it replaced
    if (m_window) m_window->grabWindow();                                 // draws it: text layout and images are real
}

std::vector<QObject*> UiHarness::popups() const {
    std::vector<QObject*> all, out;
    if (!m_window) return out;
    collectDescendants(m_window, all);
    // Only those of the screen now shown (a page just replaced may linger until deleted later).
    auto shown = [this](QObject* o) {
        for (QObject* a = o->parent(); a; a = a->parent())
            if (auto* item = qobject_cast<QQuickItem*>(a)) return item->window() == m_window && item->isVisible();
        return false;
    };
    for (QObject* o : all)
        if ((o->inherits("QQuickPopup") || o->inherits("QQuickAbstractDialog")) && shown(o)) out.push_back(o);
    return out;
}

void UiHarness::withOpen(QObject* popup, const std::function<void()>& inside) {
    QMetaObject::invokeMethod(popup, "open");
    settle(400);
    if (m_window) m_window->grabWindow();
    if (inside) inside();
    QMetaObject::invokeMethod(popup, "close");
    settle(300);
}

std::vector<QQuickItem*> UiHarness::visibleItems() const {
    std::vector<QQuickItem*> out;
    if (!m_window) return out;
    std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
        if (!item->isVisible() || item->opacity() <= 0.01) return;
        out.push_back(item);
        for (QQuickItem* child : item->childItems()) walk(child);
    };
    walk(m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem());
    return out;
}

std::set<QString> UiHarness::liveQmlTypes() const {
    std::set<QString> out;
    if (!m_window) return out;
    std::vector<QObject*> all{m_window};
    collectDescendants(m_window, all);
    for (QObject* o : all) {
        const QString n = qmlTypeName(o);
        if (!n.isEmpty()) out.insert(n);
    }
    return out;
}

QStringList UiHarness::takeWarnings() {
    QMutexLocker lock(&g_mutex);
    QStringList w = g_warnings;
    g_warnings.clear();
    return w;
}

}  // namespace gridwork::mobile
