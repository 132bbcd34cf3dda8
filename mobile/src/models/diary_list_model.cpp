#include "models/diary_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant DiaryListModel::data(const QModelIndex& index, int role) const {
    const auto* e = rowAt(index);
    if (!e) return {};
    switch (role) {
    case IdRole: return idString(e->id);
    case DateRole: return qs(e->entryDate);
    case TimeRole: return timeText(e->at);
    case TopicRole: return qs(e->topic);
    case Qt::DisplayRole:
    case TextRole: return qs(e->text);
    default: return {};
    }
}

QHash<int, QByteArray> DiaryListModel::roleNames() const {
    return {{IdRole, "entryId"}, {DateRole, "entryDate"}, {TimeRole, "time"}, {TopicRole, "topic"}, {TextRole, "text"}};
}

}  // namespace gridwork::mobile
