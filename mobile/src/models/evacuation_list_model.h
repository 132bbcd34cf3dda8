// evacuation_list_model.h — the 人员转移 list of an emergency (emergency.md): the risk-list
// households of the worker's grids, each with its evacuation record if one is made; households
// recorded without being listed come after the listed ones.
// Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/emergency_repo.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class EvacuationListModel : public RowListModel<domain::RiskHousehold> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        HouseholdIdRole = Qt::UserRole + 1,
        AddressRole,
        HeadNameRole,
        ListedRole,       // on the risk list (an unlisted household recorded anyway: false)
        DoneRole,         // a record exists
        EvacuatedRole,    // people moved out (0 when not done)
        DestinationRole,  // 转移去向
        StayedRole,       // people who stayed
        StayedReasonRole,
        SummaryRole  // one line for the list: "已转移 4 人 · 村委会安置点" / "未登记"
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
