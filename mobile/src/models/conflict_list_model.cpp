#include "models/conflict_list_model.h"

#include "base/qt_convert.h"
#include "gridwork/core/schema.h"

namespace gridwork::mobile {

namespace {
QString valueText(const Value& v) {
    switch (v.kind()) {
    case Value::Kind::Null: return ConflictListModel::tr("(empty)");
    case Value::Kind::Text: return qs(v.asText());
    case Value::Kind::Integer: return QString::number(v.asInt());
    case Value::Kind::Real: return QString::number(v.asReal());
    case Value::Kind::Blob: return qs(v.toJson());
    }
    return {};
}
}  // namespace

QString ConflictListModel::tableLabel(const QString& table) {
    static const QHash<QString, const char*> kLabels{
        {qs(tables::kOrgUnits), QT_TR_NOOP("Grid structure")},
        {qs(tables::kWorkers), QT_TR_NOOP("Worker")},
        {qs(tables::kDevices), QT_TR_NOOP("Device")},
        {qs(tables::kHouseholds), QT_TR_NOOP("Household")},
        {qs(tables::kResidents), QT_TR_NOOP("Resident")},
        {qs(tables::kFollowups), QT_TR_NOOP("Follow-up schedule")},
        {qs(tables::kVisits), QT_TR_NOOP("Visit")},
        {qs(tables::kCheckpoints), QT_TR_NOOP("Checkpoint")},
        {qs(tables::kPatrols), QT_TR_NOOP("Patrol")},
        {qs(tables::kTrackPoints), QT_TR_NOOP("Track point")},
        {qs(tables::kCheckpointPasses), QT_TR_NOOP("Checkpoint passed")},
        {qs(tables::kReports), QT_TR_NOOP("Report")},
        {qs(tables::kReportEvents), QT_TR_NOOP("Report event")},
        {qs(tables::kTasks), QT_TR_NOOP("Task")},
        {qs(tables::kDiary), QT_TR_NOOP("Diary")},
        {qs(tables::kAttachments), QT_TR_NOOP("Photo")},
        {qs(tables::kConflicts), QT_TR_NOOP("Replaced change")},
    };
    auto it = kLabels.find(table);
    return it == kLabels.end() ? table : tr(it.value());
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    const auto* c = rowAt(index);
    if (!c) return {};
    switch (role) {
    case Qt::DisplayRole:
    case TableLabelRole: return tableLabel(qs(c->table));
    case ColumnRole: return qs(c->column);
    case YourValueRole: return valueText(c->loserValue);
    case TheirValueRole: return valueText(c->winnerValue);
    case WhenRole: return dateTimeText(static_cast<std::int64_t>(hlcMs(c->winner.hlc)));
    default: return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const {
    return {{TableLabelRole, "tableLabel"}, {ColumnRole, "column"}, {YourValueRole, "yourValue"},
            {TheirValueRole, "theirValue"}, {WhenRole, "when"}};
}

}  // namespace gridwork::mobile
