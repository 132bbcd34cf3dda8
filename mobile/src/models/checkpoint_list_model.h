// checkpoint_list_model.h — the grid's patrol checkpoints and whether the current patrol passed
// each one. Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

struct CheckpointRow {
    domain::Checkpoint checkpoint;
    std::int64_t passedAt = 0;  // 0: not passed in the current patrol
    double distanceM = -1;      // from the last fix; -1 unknown
};

class CheckpointListModel : public RowListModel<CheckpointRow> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        PassedRole,
        PassedAtRole,
        DistanceRole,
        LatRole,
        LonRole
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
