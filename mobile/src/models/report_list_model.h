// report_list_model.h — the worker's reports with their derived status (ReportRepo), newest
// first. Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

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
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
