// schema.h — the replicated tables, described once (DESIGN §3).
//
// Every synced table has: `id` BLOB(16) primary key (UUIDv7), `grid_id` BLOB (its scope: the grid
// it belongs to; NULL = township-wide), and typed columns, all nullable, because changes arrive
// column by column. Mutable tables also have a `deleted` tombstone column under the same LWW rule.
// Derived columns (synced = false) are computed on every replica from synced ones (e.g.
// reports.status folded from report_events) and never travel.
//
// The SQL DDL lives in migrations (core/src/store/migrations.cpp); a test checks the two agree.
// Contract: the returned specs are static and immutable; safe from any thread.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/value.h"

#include <string>
#include <string_view>
#include <vector>

namespace gridwork {

enum class ColumnType { Id, Text, Integer, Real, Bool, Blob };

enum class TableKind {
    Mutable,     // per-column last-writer-wins, tombstone column `deleted`
    AppendOnly,  // written once at creation, never conflicts
};

struct ColumnSpec {
    std::string_view name;
    ColumnType type;
    bool synced = true;        // false: derived locally, never on the wire
    bool deviceLocal = false;  // true: this device's own business (a file path); not in dumps
};

struct TableSpec {
    std::string_view name;
    TableKind kind;
    // Excluding `id`; including grid_id and (mutable) deleted. The order is persistent: the
    // journal stores a column as its position here (storage.md), so columns are only appended.
    std::vector<ColumnSpec> columns;

    const ColumnSpec* column(std::string_view name) const;
    bool isAppendOnly() const { return kind == TableKind::AppendOnly; }
};

// All replicated tables, in dependency order (parents first), for dump and compaction.
const std::vector<TableSpec>& replicatedTables();
// nullptr when the table is not replicated (unknown to the wire).
const TableSpec* findTable(std::string_view name);

// Which columns a write may set: synced ones (local writes, remote changes) or also derived ones
// (the store's own derivations, WriteTxn::setDerived).
enum class ColumnUse { Synced, Derived };

// Typed check of one column value against the schema (pure): UnknownTable, UnknownColumn,
// InvalidArgument (wrong value type; NULL fits every column). spec: a previous lookup, reused when
// it names `table`; on success it is the table's spec.
Status validateColumn(const TableSpec*& spec, std::string_view table, std::string_view column, const Value& v,
                      ColumnUse use);

// Table names, so callers never spell them twice.
namespace tables {
inline constexpr std::string_view kOrgUnits = "org_units";
inline constexpr std::string_view kWorkers = "workers";
inline constexpr std::string_view kDevices = "devices";
inline constexpr std::string_view kHouseholds = "households";
inline constexpr std::string_view kResidents = "residents";
inline constexpr std::string_view kFollowups = "followup_schedules";
inline constexpr std::string_view kVisits = "visits";
inline constexpr std::string_view kCheckpoints = "checkpoints";
inline constexpr std::string_view kPatrols = "patrols";
inline constexpr std::string_view kTrackPoints = "patrol_points";
inline constexpr std::string_view kCheckpointPasses = "patrol_checkpoints";
inline constexpr std::string_view kReports = "reports";
inline constexpr std::string_view kReportEvents = "report_events";
inline constexpr std::string_view kTasks = "tasks";
inline constexpr std::string_view kDiary = "diary_entries";
inline constexpr std::string_view kAttachments = "attachments";
inline constexpr std::string_view kConflicts = "conflicts";
inline constexpr std::string_view kEmergencies = "emergencies";  // emergency.md
inline constexpr std::string_view kEvacuations = "evacuations";
}  // namespace tables

}  // namespace gridwork
