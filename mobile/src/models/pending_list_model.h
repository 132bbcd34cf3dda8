// pending_list_model.h — what waits to be synced: outbox entries grouped by table, and the last
// failure per group if a push failed. Thread-safety: GUI thread only.
#pragma once

#include "models/list_model_base.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

struct PendingRow {
    QString table;
    int count = 0;
};

class PendingListModel : public RowListModel<PendingRow> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role { TableRole = Qt::UserRole + 1, TableLabelRole, CountRole };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
