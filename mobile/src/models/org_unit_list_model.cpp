#include "models/org_unit_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant OrgUnitListModel::data(const QModelIndex& index, int role) const {
    const auto* r = rowAt(index);
    if (!r) return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return qs(r->unit.name);
    case IdRole: return idString(r->unit.id);
    case LevelLabelRole: return qs(domain::enumLabelZh(r->unit.level));
    case HouseholdCountRole: return QVariant::fromValue<qint64>(r->households);
    default: return {};
    }
}

QHash<int, QByteArray> OrgUnitListModel::roleNames() const {
    return {
        {IdRole, "unitId"}, {NameRole, "name"}, {LevelLabelRole, "levelLabel"}, {HouseholdCountRole, "householdCount"}};
}

}  // namespace gridwork::mobile
