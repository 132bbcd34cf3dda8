// report_controller.h — the `Reports` singleton: file a report (ReportRepo::file) from a
// category grid with text, photo, location and the "handled on the spot" switch; the worker's
// recent reports with their derived status; one report's status timeline (ReportRepo::history)
// including the township's feedback after a sync.
// Thread-safety: GUI thread only; store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"
#include "models/report_event_list_model.h"
#include "models/report_list_model.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class ReportController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Reports)
    QML_SINGLETON
    Q_PROPERTY(ReportListModel* recent READ recent CONSTANT)
    Q_PROPERTY(ReportEventListModel* timeline READ timeline CONSTANT)
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantList disasterCategories READ disasterCategories CONSTANT)
    Q_PROPERTY(QVariantList severities READ severities CONSTANT)
    Q_PROPERTY(QString draftPatrolId READ draftPatrolId NOTIFY draftChanged)
    Q_PROPERTY(QString draftHouseholdId READ draftHouseholdId NOTIFY draftChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedCategoryLabel READ selectedCategoryLabel NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedStatusLabel READ selectedStatusLabel NOTIFY selectedChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
public:
    ReportController(AppCore& core, QObject* parent = nullptr);
    static ReportController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->reports(), qml);
    }

    ReportListModel* recent() { return &m_recent; }
    ReportEventListModel* timeline() { return &m_timeline; }
    // [{name: "safety_hazard", label: "安全隐患"}, ...]: the everyday categories.
    static QVariantList categories();
    // The 灾情上报 categories of an emergency (collapse, waterlogging, landslide, trapped people).
    static QVariantList disasterCategories();
    static QVariantList severities();
    QString draftPatrolId() const { return m_draftPatrolId; }
    QString draftHouseholdId() const { return m_draftHouseholdId; }
    QString selectedId() const { return m_selectedId; }
    QString selectedText() const { return m_selectedText; }
    QString selectedCategoryLabel() const { return m_selectedCategory; }
    QString selectedStatusLabel() const { return m_selectedStatus; }
    int openCount() const { return m_openCount; }

    // The next report filed is linked to this patrol / household ("" = none).
    Q_INVOKABLE void prepareDraft(const QString& patrolId, const QString& householdId);
    // Files a report; category and severity are wire names. Emits reportFiled(id) or sets lastError.
    Q_INVOKABLE void file(const QString& category, const QString& text, bool handledOnSite,
                          const QString& photoPath = {}, const QString& severity = QStringLiteral("low"));
    Q_INVOKABLE void select(const QString& reportId);

    void refresh() override;

signals:
    void draftChanged();
    void selectedChanged();
    void countsChanged();
    void reportFiled(const QString& reportId);
    void reportFailed(const QString& message);

private:
    void loadSelected();

    ReportListModel m_recent;
    ReportEventListModel m_timeline;
    QString m_draftPatrolId;
    QString m_draftHouseholdId;
    QString m_selectedId;
    QString m_selectedText;
    QString m_selectedCategory;
    QString m_selectedStatus;
    int m_openCount = 0;
};

}  // namespace gridwork::mobile
