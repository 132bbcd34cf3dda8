#include "gridwork/core/store/schema.h"

namespace gridwork {

namespace {
using T = ColumnType;
constexpr ColumnSpec kGrid{"grid_id", T::Id};
constexpr ColumnSpec kDeleted{"deleted", T::Bool};

std::vector<TableSpec> buildTables() {
    using K = TableKind;
    return {
        {tables::kOrgUnits,
         K::Mutable,
         {kGrid, {"parent_id", T::Id}, {"level", T::Text}, {"name", T::Text}, {"code", T::Text}, kDeleted}},
        {tables::kWorkers, K::Mutable, {kGrid, {"name", T::Text}, {"phone", T::Text}, {"role", T::Text}, kDeleted}},
        {tables::kDevices, K::Mutable, {kGrid, {"worker_id", T::Id}, {"label", T::Text}, kDeleted}},
        {tables::kHouseholds,
         K::Mutable,
         {kGrid,
          {"micro_grid_id", T::Id},
          {"address", T::Text},
          {"kind", T::Text},
          {"status", T::Text},
          {"head_name", T::Text},
          {"phone", T::Text},
          {"note", T::Text},
          kDeleted,
          {"evac_risk", T::Bool}}},  // v4: on the emergency risk list (emergency.md)
        {tables::kResidents,
         K::Mutable,
         {kGrid,
          {"household_id", T::Id},
          {"name", T::Text},
          {"id_number", T::Text},
          {"phone", T::Text},
          {"birth_year", T::Integer},
          {"gender", T::Text},
          {"relation", T::Text},
          {"tags", T::Text},
          {"status", T::Text},
          kDeleted}},
        {tables::kFollowups,
         K::Mutable,
         {kGrid,
          {"household_id", T::Id},
          {"resident_id", T::Id},
          {"reason", T::Text},
          {"interval_days", T::Integer},
          {"start_date", T::Text},
          {"active", T::Bool},
          kDeleted}},
        {tables::kVisits,
         K::AppendOnly,
         {kGrid,
          {"household_id", T::Id},
          {"resident_id", T::Id},
          {"worker_id", T::Id},
          {"kind", T::Text},
          {"outcome", T::Text},
          {"note", T::Text},
          {"lat", T::Real},
          {"lon", T::Real},
          {"visited_at", T::Integer},
          {"visit_date", T::Text},
          {"schedule_id", T::Id},
          {"task_id", T::Id},
          {"photo_sha256", T::Text}}},
        {tables::kCheckpoints,
         K::Mutable,
         {kGrid,
          {"name", T::Text},
          {"kind", T::Text},
          {"lat", T::Real},
          {"lon", T::Real},
          {"radius_m", T::Real},
          kDeleted}},
        {tables::kPatrols,
         K::Mutable,
         {kGrid,
          {"worker_id", T::Id},
          {"started_at", T::Integer},
          {"stopped_at", T::Integer},
          {"state", T::Text},
          {"distance_m", T::Real},
          {"findings", T::Text},
          kDeleted}},
        {tables::kTrackPoints,
         K::AppendOnly,
         {kGrid,
          {"patrol_id", T::Id},
          {"seq", T::Integer},
          {"lat", T::Real},
          {"lon", T::Real},
          {"accuracy_m", T::Real},
          {"recorded_at", T::Integer}}},
        {tables::kCheckpointPasses,
         K::AppendOnly,
         {kGrid, {"patrol_id", T::Id}, {"checkpoint_id", T::Id}, {"passed_at", T::Integer}, {"note", T::Text}}},
        {tables::kReports,
         K::Mutable,
         {kGrid,
          {"worker_id", T::Id},
          {"household_id", T::Id},
          {"patrol_id", T::Id},
          {"category", T::Text},
          {"text", T::Text},
          {"lat", T::Real},
          {"lon", T::Real},
          {"severity", T::Text},
          {"handled_on_site", T::Bool},
          {"photo_sha256", T::Text},
          {"reported_at", T::Integer},
          {"deadline", T::Text},
          {"status", T::Text, false},
          kDeleted}},
        {tables::kReportEvents,
         K::AppendOnly,
         {kGrid,
          {"report_id", T::Id},
          {"kind", T::Text},
          {"actor_id", T::Id},
          {"actor_name", T::Text},
          {"department", T::Text},
          {"note", T::Text},
          {"at", T::Integer},
          {"superseded", T::Bool, false}}},
        {tables::kTasks,
         K::Mutable,
         {kGrid,
          {"assignee_id", T::Id},
          {"household_id", T::Id},
          {"title", T::Text},
          {"body", T::Text},
          {"due_date", T::Text},
          {"issued_at", T::Integer},
          {"status", T::Text},
          {"result", T::Text},
          {"completed_at", T::Integer},
          kDeleted}},
        {tables::kDiary,
         K::AppendOnly,
         {kGrid,
          {"worker_id", T::Id},
          {"at", T::Integer},
          {"entry_date", T::Text},
          {"topic", T::Text},
          {"text", T::Text}}},
        {tables::kAttachments,
         K::Mutable,
         {kGrid,
          {"sha256", T::Text},
          {"mime", T::Text},
          {"size", T::Integer},
          {"owner_table", T::Text},
          {"owner_id", T::Id},
          {"local_path", T::Text, false, true},
          {"upload_state", T::Text, false, true},
          kDeleted}},
        {tables::kConflicts,
         K::AppendOnly,
         {kGrid,
          {"tbl", T::Text},
          {"row_ref", T::Id},
          {"col", T::Text},
          {"loser_value", T::Text},
          {"winner_value", T::Text},
          {"loser_hlc", T::Integer},
          {"winner_hlc", T::Integer},
          {"loser_site", T::Id},
          {"winner_site", T::Id},
          {"detected_at", T::Integer},
          {"detected_by", T::Id}}},
        // v4 (emergency.md): a township-wide declaration (grid_id NULL; `grids` lists the chosen
        // grids, NULL = the whole township), org data like workers: devices never write it.
        {tables::kEmergencies,
         K::Mutable,
         {kGrid,
          {"kind", T::Text},
          {"grids", T::Text},
          {"started_at", T::Integer},
          {"ended_at", T::Integer},
          {"note", T::Text},
          {"duty", T::Text},
          {"declared_by", T::Text},
          kDeleted}},
        // One row per (emergency, household), its id derived from both (evacuationRowId), so two
        // workers recording one household write the same row: whole-record LWW, counted once.
        {tables::kEvacuations,
         K::Mutable,
         {kGrid,
          {"emergency_id", T::Id},
          {"household_id", T::Id},
          {"evacuated", T::Integer},
          {"destination", T::Text},
          {"stayed", T::Integer},
          {"stayed_reason", T::Text},
          {"worker_id", T::Id},
          {"recorded_at", T::Integer},
          kDeleted}},
    };
}
}  // namespace

const ColumnSpec* TableSpec::column(std::string_view n) const {
    for (const auto& c : columns)
        if (c.name == n) return &c;
    return nullptr;
}

const std::vector<TableSpec>& replicatedTables() {
    static const std::vector<TableSpec> kTables = buildTables();
    return kTables;
}

const TableSpec* findTable(std::string_view name) {
    for (const auto& t : replicatedTables())
        if (t.name == name) return &t;
    return nullptr;
}

namespace {
bool typeMatches(ColumnType type, const Value& v) {
    using K = Value::Kind;
    if (v.isNull()) return true;
    switch (type) {
    case ColumnType::Id: return v.kind() == K::Blob && v.asBlob().size() == 16;
    case ColumnType::Text: return v.kind() == K::Text;
    case ColumnType::Integer: return v.kind() == K::Integer;
    case ColumnType::Bool: return v.kind() == K::Integer && (v.asInt() == 0 || v.asInt() == 1);
    case ColumnType::Real: return v.kind() == K::Real || v.kind() == K::Integer;
    case ColumnType::Blob: return v.kind() == K::Blob;
    }
    return false;
}
}  // namespace

Status validateColumn(const TableSpec*& spec, std::string_view table, std::string_view column, const Value& v,
                      ColumnUse use) {
    if (!spec || spec->name != table) spec = findTable(table);
    if (!spec) return {ErrorCode::UnknownTable, "unknown table '" + std::string(table) + "'"};
    const ColumnSpec* col = spec->column(column);
    if (!col || (!col->synced && use != ColumnUse::Derived))
        return {ErrorCode::UnknownColumn, "unknown column '" + std::string(table) + "." + std::string(column) + "'"};
    if (!typeMatches(col->type, v))
        return {ErrorCode::InvalidArgument, "wrong value type for " + std::string(table) + "." + std::string(column)};
    return Status::ok();
}

}  // namespace gridwork
