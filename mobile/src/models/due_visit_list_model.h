// due_visit_list_model.h — follow-up visits due today or overdue (FollowupRepo::dueOn), most
// overdue first. Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/followup_repo.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class DueVisitListModel : public RowListModel<domain::DueFollowup> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        ScheduleIdRole = Qt::UserRole + 1,
        HouseholdIdRole,
        AddressRole,
        PersonRole,
        ReasonRole,
        DueDateRole,
        DaysOverdueRole,
        OverdueRole,
        LastVisitRole,
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
