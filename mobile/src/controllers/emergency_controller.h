// emergency_controller.h — the `Emergency` singleton: emergency mode on the phone (平战转换,
// core/docs/emergency.md). While the township's declaration covers one of the worker's grids,
// `active` is true and the home screen becomes the emergency home: the 人员转移 list with its
// record form, 灾情上报 (Reports.file with a disaster category, urgent), 风险点巡查 (the patrol
// screen) and the 值班 roster. Everything reads and writes the phone's own replica: it works
// offline, and the declaration and its end arrive with the next sync.
// Thread-safety: GUI thread only; store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"
#include "models/evacuation_list_model.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class EmergencyController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Emergency)
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)            // wire name: typhoon, flood, ...
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)  // 台风, 洪涝, ...
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QStringList duty READ duty NOTIFY changed)  // the 值班 roster, one line per person
    Q_PROPERTY(QString startedText READ startedText NOTIFY changed)
    Q_PROPERTY(int householdsDone READ householdsDone NOTIFY changed)
    Q_PROPERTY(int householdsListed READ householdsListed NOTIFY changed)
    Q_PROPERTY(int peopleEvacuated READ peopleEvacuated NOTIFY changed)
    Q_PROPERTY(int peopleStayed READ peopleStayed NOTIFY changed)
    Q_PROPERTY(int disasterReportsOpen READ disasterReportsOpen NOTIFY changed)
    Q_PROPERTY(EvacuationListModel* households READ households CONSTANT)
    // The household the record form is open for ("" = none) and its record.
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedAddress READ selectedAddress NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedHead READ selectedHead NOTIFY selectedChanged)
    Q_PROPERTY(bool selectedDone READ selectedDone NOTIFY selectedChanged)
    Q_PROPERTY(int selectedEvacuated READ selectedEvacuated NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedDestination READ selectedDestination NOTIFY selectedChanged)
    Q_PROPERTY(int selectedStayed READ selectedStayed NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedReason READ selectedReason NOTIFY selectedChanged)
public:
    EmergencyController(AppCore& core, QObject* parent = nullptr);
    static EmergencyController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->emergency(), qml);
    }

    bool active() const { return m_active; }
    QString kind() const { return m_kind; }
    QString kindLabel() const { return m_kindLabel; }
    QString note() const { return m_note; }
    QStringList duty() const { return m_duty; }
    QString startedText() const { return m_started; }
    int householdsDone() const { return m_done; }
    int householdsListed() const { return m_listed; }
    int peopleEvacuated() const { return m_evacuated; }
    int peopleStayed() const { return m_stayed; }
    int disasterReportsOpen() const { return m_disasterOpen; }
    EvacuationListModel* households() { return &m_households; }
    QString selectedId() const { return m_selectedId; }
    QString selectedAddress() const;
    QString selectedHead() const;
    bool selectedDone() const;
    int selectedEvacuated() const;
    QString selectedDestination() const;
    int selectedStayed() const;
    QString selectedReason() const;

    // Opens the record form for a household of the list.
    Q_INVOKABLE void openHousehold(const QString& householdId);
    // Records (or corrects) the household's evacuation: numbers 0..999, a reason when someone
    // stayed. Emits recorded(householdId) or sets lastError in plain Chinese.
    Q_INVOKABLE void record(const QString& householdId, int evacuated, const QString& destination, int stayed,
                            const QString& stayedReason);

    void refresh() override;

signals:
    void changed();
    void selectedChanged();
    void recorded(const QString& householdId);

private:
    const domain::RiskHousehold* selected() const;

    bool m_active = false;
    QString m_emergencyId, m_kind, m_kindLabel, m_note, m_started;
    QStringList m_duty;
    int m_done = 0, m_listed = 0, m_evacuated = 0, m_stayed = 0, m_disasterOpen = 0;
    EvacuationListModel m_households;
    QString m_selectedId;
};

}  // namespace gridwork::mobile
