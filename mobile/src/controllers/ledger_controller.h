// ledger_controller.h — the `Ledger` singleton (台账): households and residents of the worker's
// grid, field edits with validation errors in plain words (the Chinese messages of
// validation.h), adding residents, move-in / move-out (a status, never a delete).
// Edits write only the fields that changed (LedgerRepo patches), so per-column merge keeps a
// colleague's edit of another field.
// Thread-safety: GUI thread only; store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"
#include "models/household_list_model.h"
#include "models/resident_list_model.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class LedgerController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Ledger)
    QML_SINGLETON
    Q_PROPERTY(HouseholdListModel* households READ households CONSTANT)
    Q_PROPERTY(ResidentListModel* residents READ residents CONSTANT)
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(QString householdId READ householdId NOTIFY householdChanged)
    // {address, headName, phone, kind, kindLabel, status, statusLabel, note, movedOut}
    Q_PROPERTY(QVariantMap household READ household NOTIFY householdChanged)
    Q_PROPERTY(int householdCount READ householdCount NOTIFY countsChanged)
    Q_PROPERTY(int residentCount READ residentCount NOTIFY countsChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(bool showMovedOut READ showMovedOut WRITE setShowMovedOut NOTIFY queryChanged)
public:
    LedgerController(AppCore& core, QObject* parent = nullptr);
    static LedgerController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->ledger(), qml);
    }

    HouseholdListModel* households() { return &m_households; }
    ResidentListModel* residents() { return &m_residents; }
    QString query() const { return m_query; }
    QString householdId() const { return m_householdId; }
    QVariantMap household() const { return m_household; }
    int householdCount() const { return m_householdCount; }
    int residentCount() const { return m_residentCount; }
    static QVariantList kinds();
    bool showMovedOut() const { return m_showMovedOut; }
    void setShowMovedOut(bool on);

    Q_INVOKABLE void search(const QString& text);
    Q_INVOKABLE void openHousehold(const QString& householdId);
    // Fields: address, headName, phone, kind (wire name), note. Only changed keys are written.
    // Emits saved() or sets lastError to the validation message.
    Q_INVOKABLE void saveHousehold(const QVariantMap& fields);
    // Fields: name, idNumber, phone, relation. residentId "" adds a resident to the open household.
    Q_INVOKABLE void saveResident(const QString& residentId, const QVariantMap& fields);
    Q_INVOKABLE void moveOutResident(const QString& residentId);
    Q_INVOKABLE void moveInResident(const QString& residentId);
    Q_INVOKABLE void moveOutHousehold();
    Q_INVOKABLE void moveInHousehold();

    void refresh() override;

signals:
    void queryChanged();
    void householdChanged();
    void countsChanged();
    void saved();
    void saveFailed(const QString& message);

private:
    void loadList();
    void loadHousehold();
    void write(std::function<Status(Store&)> fn);

    HouseholdListModel m_households;
    ResidentListModel m_residents;
    QString m_query;
    QString m_householdId;
    QVariantMap m_household;
    int m_householdCount = 0;
    int m_residentCount = 0;
    bool m_showMovedOut = false;
    quint64 m_serial = 0;
};

}  // namespace gridwork::mobile
