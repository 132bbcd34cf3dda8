// visit_controller.h — the `Visits` singleton: find a household fast (micro-grid list, search by
// name, address or pinyin initials via LedgerRepo::search), show its residents with masked IDs,
// record a visit outcome (VisitRepo::record) with optional note, photo and location, and the
// follow-up visits due today or overdue (FollowupRepo::dueOn).
// Thread-safety: GUI thread only; all store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"
#include "models/due_visit_list_model.h"
#include "models/household_list_model.h"
#include "models/org_unit_list_model.h"
#include "models/resident_list_model.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class VisitController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Visits)
    QML_SINGLETON
    Q_PROPERTY(OrgUnitListModel* microGrids READ microGrids CONSTANT)
    Q_PROPERTY(HouseholdListModel* households READ households CONSTANT)
    Q_PROPERTY(ResidentListModel* residents READ residents CONSTANT)
    Q_PROPERTY(DueVisitListModel* due READ due CONSTANT)
    Q_PROPERTY(QString microGridId READ microGridId NOTIFY filterChanged)
    Q_PROPERTY(QString query READ query NOTIFY filterChanged)
    Q_PROPERTY(QString householdId READ householdId NOTIFY householdChanged)
    Q_PROPERTY(QString householdAddress READ householdAddress NOTIFY householdChanged)
    Q_PROPERTY(QString householdHead READ householdHead NOTIFY householdChanged)
    Q_PROPERTY(QString scheduleId READ scheduleId NOTIFY householdChanged)
    Q_PROPERTY(QString lastVisitText READ lastVisitText NOTIFY householdChanged)
    Q_PROPERTY(int visitsToday READ visitsToday NOTIFY visitsTodayChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY dueChanged)
    Q_PROPERTY(QVariantList outcomes READ outcomes CONSTANT)
public:
    VisitController(AppCore& core, QObject* parent = nullptr);
    static VisitController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->visits(), qml);
    }

    OrgUnitListModel* microGrids() { return &m_microGrids; }
    HouseholdListModel* households() { return &m_households; }
    ResidentListModel* residents() { return &m_residents; }
    DueVisitListModel* due() { return &m_due; }
    QString microGridId() const { return m_microGridId; }
    QString query() const { return m_query; }
    QString householdId() const { return m_householdId; }
    QString householdAddress() const { return m_householdAddress; }
    QString householdHead() const { return m_householdHead; }
    QString scheduleId() const { return m_scheduleId; }
    QString lastVisitText() const { return m_lastVisitText; }
    int visitsToday() const { return m_visitsToday; }
    int overdueCount() const { return m_overdueCount; }
    // [{name: "normal", label: "正常", attention: false}, ...] in declaration order.
    static QVariantList outcomes();

    Q_INVOKABLE void selectMicroGrid(const QString& microGridId);
    Q_INVOKABLE void search(const QString& text);
    // Opens a household (and, when it came from the due list, the schedule the visit fulfils).
    Q_INVOKABLE void openHousehold(const QString& householdId, const QString& scheduleId = {});
    // Records a visit of the open household. outcome: a VisitOutcome wire name. photoPath: a
    // local image file or "". Emits visitRecorded(id) or leaves lastError set.
    Q_INVOKABLE void recordVisit(const QString& outcome, const QString& note, const QString& photoPath = {});

    void refresh() override;

signals:
    void filterChanged();
    void householdChanged();
    void visitsTodayChanged();
    void dueChanged();
    void visitRecorded(const QString& visitId);
    void visitFailed(const QString& message);

private:
    void loadHouseholds();
    void loadHousehold();

    OrgUnitListModel m_microGrids;
    HouseholdListModel m_households;
    ResidentListModel m_residents;
    DueVisitListModel m_due;
    QString m_microGridId;
    QString m_query;
    QString m_householdId;
    QString m_householdAddress;
    QString m_householdHead;
    QString m_scheduleId;
    QString m_lastVisitText;
    int m_visitsToday = 0;
    int m_overdueCount = 0;
    quint64 m_searchSerial = 0;
};

}  // namespace gridwork::mobile
