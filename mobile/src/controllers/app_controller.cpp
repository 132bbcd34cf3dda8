#include "controllers/app_controller.h"

#include "base/photo_shrink.h"
#include "base/position_service.h"
#include "base/qt_convert.h"
#include "demo/demo_seed.h"
#include "gridwork/core/domain/dates.h"

#include <QDate>
#include <QLocale>
#include <QTimer>

namespace gridwork::mobile {

AppController::AppController(AppCore& core, QObject* parent) : ControllerBase(core, {}, parent) {
    m_today = qs(domain::localDateFromMs(nowMs()));
    // The date rolls over at local midnight while the app stays open.
    auto* timer = new QTimer(this);
    timer->setInterval(60'000);
    connect(timer, &QTimer::timeout, this, [this] {
        QString d = qs(domain::localDateFromMs(nowMs()));
        if (d != m_today) {
            m_today = d;
            emit todayChanged();
        }
    });
    timer->start();
    connect(&db(), &DbWorker::pendingJobsChanged, this, [this] {
        bool b = db().pendingJobs() > 0;
        if (b != m_busy) {
            m_busy = b;
            emit busyChanged();
        }
    });
    connect(&core, &AppCore::sessionChanged, this, &AppController::sessionChanged);
    connect(&core.position(), &PositionService::positionUpdated, this, &AppController::fixChanged);
}

bool AppController::hasFix() const {
    return core().position().lastFix().has_value();
}

void AppController::holdLocation(bool on) {
    if (on) {
        ++m_locationHolds;
        core().position().acquire();
    } else if (m_locationHolds > 0) {
        --m_locationHolds;
        core().position().release();
    }
}

void AppController::useDemoData() {
    if (enrolled()) return;
    db().run<QString>(
        this,
        [](Store& store) {
            auto ids = seedDemo(store);
            return ids ? QString() : errorText(ids.status());
        },
        [this](QString error) {
            if (!error.isEmpty()) {
                setLastError(error);
                return;
            }
            db().notifyChanged(QStringLiteral("*"));
            core().start();
        });
}

QString AppController::workerName() const {
    return qs(session().workerName);
}
QString AppController::gridName() const {
    return qs(session().gridName);
}

QString AppController::todayLabel() const {
    QDate d = QDate::fromString(m_today, Qt::ISODate);
    return QLocale(QLocale::Chinese, QLocale::China).toString(d, QStringLiteral("M月d日 dddd"));
}

bool AppController::hasNetworkSync() {
    return GRIDWORK_HAVE_HTTP != 0;
}
QString AppController::dbPath() {
    return db().path();
}

void AppController::setElderMode(bool on) {
    if (on == m_elderMode) return;
    m_elderMode = on;
    emit elderModeChanged();
    db().run([this, on](Store& s) {
        (void)s.setMeta(kMetaElderMode, on ? "1" : "0");
        db().notifyChanged(QStringLiteral("settings"));
    });
}

void AppController::go(const QString& page) {
    if (page == QLatin1String("today")) {
        m_stack = {page};
    } else if (page == this->page()) {
        return;
    } else {
        m_stack.removeAll(page);
        m_stack.append(page);
    }
    emit pageChanged();
}

void AppController::back() {
    if (m_stack.size() <= 1) return;
    m_stack.removeLast();
    emit pageChanged();
}

bool AppController::keepPhotoLocation() const {
    return mobile::keepPhotoLocation();
}

void AppController::setKeepPhotoLocation(bool keep) {
    if (keep == mobile::keepPhotoLocation()) return;
    mobile::setKeepPhotoLocation(keep);
    emit keepPhotoLocationChanged();
    db().run([keep](Store& s) { (void)s.setMeta(kMetaPhotoKeepLocation, keep ? "1" : "0"); });
}

void AppController::refresh() {
    // The persisted setting is applied once, when the session is first loaded; afterwards this
    // controller is the source of truth and writes every change through to the store.
    if (m_elderLoaded) return;
    m_elderLoaded = true;
    if (session().keepPhotoLocation != mobile::keepPhotoLocation()) {
        mobile::setKeepPhotoLocation(session().keepPhotoLocation);
        emit keepPhotoLocationChanged();
    }
    if (session().elderMode != m_elderMode) {
        m_elderMode = session().elderMode;
        emit elderModeChanged();
    }
}

void AppController::setReady(bool ok, const QString& error) {
    m_ready = ok;
    m_storeError = error;
    emit readyChanged();
}

}  // namespace gridwork::mobile
