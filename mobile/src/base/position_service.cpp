#include "base/position_service.h"

#include "base/log.h"

#include <QDateTime>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

namespace gridwork::mobile {

PositionService::PositionService(QObject* parent) : QObject(parent) {
    setSource(QGeoPositionInfoSource::createDefaultSource(this));
}

QString PositionService::demoNmeaPath() {
    return QStringLiteral(":/Gridwork/assets/demo-patrol.nmea");
}

PositionService::~PositionService() = default;

void PositionService::setSource(QGeoPositionInfoSource* source) {
    if (m_source) {
        if (m_demand > 0) m_source->stopUpdates();
        m_source->deleteLater();
    }
    m_source = source;
    qCInfo(lcPosition) << "position source:" << (m_source ? m_source->sourceName() : QStringLiteral("none"));
    if (m_source) {
        // A replayed NMEA file delivers every fix at the file's pace; a real GPS once a second.
        m_source->setUpdateInterval(m_nmeaPath.isEmpty() ? 1000 : 0);
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo& info) {
            if (!info.isValid()) return;
            qCDebug(lcPosition) << "fix" << info.coordinate().latitude() << info.coordinate().longitude() << "accuracy"
                                << info.attribute(QGeoPositionInfo::HorizontalAccuracy);
            m_last = info;
            m_lastArrivalMs = QDateTime::currentMSecsSinceEpoch();
            emit positionUpdated(info);
        });
        connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
                [](QGeoPositionInfoSource::Error e) { qCWarning(lcPosition) << "position source error" << e; });
        if (m_demand > 0) m_source->startUpdates();
    }
    emit availableChanged();
}

bool PositionService::useNmeaFile(const QString& path) {
    if (path.isEmpty()) {
        m_nmeaPath.clear();
        setSource(QGeoPositionInfoSource::createDefaultSource(this));
        return m_source != nullptr;
    }
    auto* file = new QFile(path == QLatin1String("demo") ? demoNmeaPath() : path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcPosition) << "NMEA file cannot be read:" << path;
        delete file;
        return false;
    }
    auto* nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    nmea->setDevice(file);
    nmea->setUserEquivalentRangeError(5.0);
    if (m_device) m_device->deleteLater();
    m_device = file;
    m_nmeaPath = path;
    setSource(nmea);
    return true;
}

QString PositionService::sourceName() const {
    if (!m_source) return {};
    return m_nmeaPath.isEmpty() ? m_source->sourceName() : QStringLiteral("nmea:") + m_nmeaPath;
}

void PositionService::acquire() {
    if (m_demand++ == 0 && m_source) m_source->startUpdates();
}

void PositionService::release() {
    if (m_demand > 0 && --m_demand == 0 && m_source) m_source->stopUpdates();
}

std::optional<QGeoPositionInfo> PositionService::lastFix() const {
    // Simulated fixes carry the file's timestamps; judge freshness by arrival time.
    if (!m_last.isValid() || QDateTime::currentMSecsSinceEpoch() - m_lastArrivalMs > 120'000) return std::nullopt;
    return m_last;
}

}  // namespace gridwork::mobile
