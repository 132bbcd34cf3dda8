// conflict_list_model.h — "your change was replaced by …": the conflict log (merge.h
// listConflicts), newest first, with both values in plain words.
// Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/merge/conflict_log.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class ConflictListModel : public RowListModel<ConflictRecord> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role { TableLabelRole = Qt::UserRole + 1, ColumnRole, YourValueRole, TheirValueRole, WhenRole, WhoRole };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // "households" -> 住户 etc.; the raw name for tables without a label.
    static QString tableLabel(const QString& table);
    // "phone" -> 联系电话 etc.; the raw name for columns without a label.
    static QString columnLabel(const QString& column);
};

}  // namespace gridwork::mobile
