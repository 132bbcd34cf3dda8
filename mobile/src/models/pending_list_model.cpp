#include "models/pending_list_model.h"

#include "models/conflict_list_model.h"

namespace gridwork::mobile {

QVariant PendingListModel::data(const QModelIndex& index, int role) const {
    const auto* r = rowAt(index);
    if (!r) return {};
    switch (role) {
    case TableRole: return r->table;
    case Qt::DisplayRole:
    case TableLabelRole: return ConflictListModel::tableLabel(r->table);
    case CountRole: return r->count;
    default: return {};
    }
}

QHash<int, QByteArray> PendingListModel::roleNames() const {
    return {{TableRole, "table"}, {TableLabelRole, "tableLabel"}, {CountRole, "count"}};
}

}  // namespace gridwork::mobile
