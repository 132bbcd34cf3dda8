// report_list_model.h — the worker's reports with their derived status (ReportRepo), newest
// first. A report still waiting in the outbox (not yet acknowledged by the server) shows 待发送
// (status "unsent"), whatever its local status: the township has not seen it yet. Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QSet>

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class ReportListModel : public RowListModel<domain::Report> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,       // wire name, e.g. "safety_hazard" (the icon key)
        CategoryLabelRole,  // 安全隐患
        TextRole,
        StatusRole,       // wire name, e.g. "dispatched"
        StatusLabelRole,  // 已分办
        ReportedAtRole,   // display time
        HandledOnSiteRole,
        SeverityLabelRole,
        ClosedRole,
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    // Rows and the ids of those not yet sent, replaced together.
    void setRows(QVector<domain::Report> rows, QSet<QString> unsent = {});
    bool isUnsent(const QString& reportId) const { return m_unsent.contains(reportId); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QSet<QString> m_unsent;
};

}  // namespace gridwork::mobile
