#include "models/conflict_list_model.h"

#include "base/qt_convert.h"
#include "gridwork/core/store/schema.h"

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
        {qs(tables::kEmergencies), QT_TR_NOOP("Emergency")},
        {qs(tables::kEvacuations), QT_TR_NOOP("Evacuation")},
    };
    auto it = kLabels.find(table);
    return it == kLabels.end() ? table : tr(it.value());
}

QString ConflictListModel::columnLabel(const QString& column) {
    static const QHash<QString, const char*> kLabels{
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("head_name"), QT_TR_NOOP("head of household")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("relation"), QT_TR_NOOP("relation")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("result"), QT_TR_NOOP("result")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("due_date"), QT_TR_NOOP("due date")},
        {QStringLiteral("findings"), QT_TR_NOOP("findings")},
        {QStringLiteral("evacuated"), QT_TR_NOOP("people evacuated")},
        {QStringLiteral("destination"), QT_TR_NOOP("Where to")},
        {QStringLiteral("stayed"), QT_TR_NOOP("people stayed")},
        {QStringLiteral("stayed_reason"), QT_TR_NOOP("Why they stayed")},
        {QStringLiteral("deleted"), QT_TR_NOOP("removed")},
        {QStringLiteral("birth_year"), QT_TR_NOOP("birth year")},
    };
    auto it = kLabels.find(column);
    return it == kLabels.end() ? column : tr(it.value());
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    const auto* c = rowAt(index);
    if (!c) return {};
    switch (role) {
    case Qt::DisplayRole:
    case TableLabelRole: return tableLabel(qs(c->table));
    case ColumnRole: return columnLabel(qs(c->column));
    case YourValueRole: return valueText(c->loserValue);
    case TheirValueRole: return valueText(c->winnerValue);
    case WhenRole: return dateTimeText(static_cast<std::int64_t>(hlcMs(c->winner.hlc)));
    case WhoRole: return QString::fromStdString(c->winnerName);
    default: return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const {
    return {{TableLabelRole, "tableLabel"}, {ColumnRole, "column"}, {YourValueRole, "yourValue"},
            {TheirValueRole, "theirValue"}, {WhenRole, "when"},     {WhoRole, "who"}};
}

}  // namespace gridwork::mobile
