// position_service.h — the phone's location for visits, reports and the patrol track.
//
// Source: a QNmeaPositionInfoSource replaying an NMEA file (desktop / tests: --nmea FILE, in
// simulation mode so fixes arrive at the file's pace), else the platform's default source, else
// none (the app works without location: fields are left empty, DESIGN §1 "no forced check-ins").
// Contract: GUI thread only. Updates flow only while at least one client holds a demand
// (acquire()/release()), so the GPS is off when nothing needs it. lastFix() is the newest fix if
// younger than two minutes.
#pragma once

#include <QGeoPositionInfo>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QGeoPositionInfoSource;
class QIODevice;

namespace gridwork::mobile {

class PositionService : public QObject {
    Q_OBJECT
public:
    explicit PositionService(QObject* parent = nullptr);
    ~PositionService() override;

    // Replays `path` (NMEA 0183 sentences); "demo" = the bundled demo route
    // (assets/demo-patrol.nmea). Replaces the current source; "" = platform default.
    bool useNmeaFile(const QString& path);
    static QString demoNmeaPath();
    bool available() const { return m_source != nullptr; }
    QString sourceName() const;

    void acquire();
    void release();
    std::optional<QGeoPositionInfo> lastFix() const;

signals:
    void positionUpdated(const QGeoPositionInfo& info);
    void availableChanged();

private:
    void setSource(QGeoPositionInfoSource* source);

    QGeoPositionInfoSource* m_source = nullptr;  // owned (child)
    QIODevice* m_device = nullptr;               // owned (child), the NMEA file
    QString m_nmeaPath;
    int m_demand = 0;
    QGeoPositionInfo m_last;
    qint64 m_lastArrivalMs = 0;
};

}  // namespace gridwork::mobile
