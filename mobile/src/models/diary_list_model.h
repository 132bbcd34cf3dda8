// diary_list_model.h — the worker's 民情日记 entries, newest first. Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class DiaryListModel : public RowListModel<domain::DiaryEntry> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role { IdRole = Qt::UserRole + 1, DateRole, TimeRole, TopicRole, TextRole };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
