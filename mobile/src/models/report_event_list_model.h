// report_event_list_model.h — one report's status timeline (ReportRepo::history, fold order),
// including the township's accept/dispatch/feedback/close events after a sync. Superseded events
// stay visible, marked. Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class ReportEventListModel : public RowListModel<domain::ReportEvent> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindLabelRole,
        ActorRole,
        DepartmentRole,
        NoteRole,
        AtRole,
        SupersededRole
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
