#include "models/checkpoint_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant CheckpointListModel::data(const QModelIndex& index, int role) const {
    const auto* r = rowAt(index);
    if (!r) return {};
    switch (role) {
    case IdRole: return idString(r->checkpoint.id);
    case Qt::DisplayRole:
    case NameRole: return qs(r->checkpoint.name);
    case KindRole: return qs(r->checkpoint.kind);
    case PassedRole: return r->passedAt > 0;
    case PassedAtRole: return timeText(r->passedAt);
    case DistanceRole: return r->distanceM;
    case LatRole: return r->checkpoint.location.lat;
    case LonRole: return r->checkpoint.location.lon;
    default: return {};
    }
}

QHash<int, QByteArray> CheckpointListModel::roleNames() const {
    return {{IdRole, "checkpointId"},   {NameRole, "name"},         {KindRole, "kind"}, {PassedRole, "passed"},
            {PassedAtRole, "passedAt"}, {DistanceRole, "distance"}, {LatRole, "lat"},   {LonRole, "lon"}};
}

}  // namespace gridwork::mobile
