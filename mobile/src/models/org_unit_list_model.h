// org_unit_list_model.h — org units (the worker's micro-grids) with their household counts.
// Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

struct OrgUnitRow {
    domain::OrgUnit unit;
    std::int64_t households = 0;
};

class OrgUnitListModel : public RowListModel<OrgUnitRow> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, LevelLabelRole, HouseholdCountRole };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
