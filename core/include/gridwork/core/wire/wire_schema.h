// wire_schema.h — tables and columns as small integers, for protocol v2 (sync-protocol.md, "v2").
//
// Both sides derive the codes from the one table list (store/schema.h): a table's code is its
// position in kWireTableOrder + 1, a column's code its position in TableSpec::columns + 1 (that
// order is persistent: columns are only ever appended). Code 0 means "the name follows as text"
// (a table or column this schema version does not know), so any Change round-trips.
// kWireSchemaVersion is bumped whenever a table or column is added; the fingerprint of the
// version is pinned by a test, so an edit of schema.h that forgets the bump fails the build's tests.
// Contract: pure functions over static data; safe from any thread.
#pragma once

#include "gridwork/core/store/schema.h"

#include <cstdint>
#include <string_view>

namespace gridwork::wire {

// 2: emergencies, evacuations, households.evac_risk (emergency.md).
inline constexpr std::uint32_t kWireSchemaVersion = 2;

// 0 when the table is not on the wire schema.
std::uint32_t tableCode(std::string_view table);
// nullptr for 0 or an unknown code.
const TableSpec* tableByCode(std::uint32_t code);
// 0 when the column is not in the table's spec.
std::uint32_t columnCode(const TableSpec& table, std::string_view column);
// The first wire schema version that knows this table and column (1 for everything of the first
// schema). A change block's header carries the highest version its changes need, not this
// build's: an app on an older schema keeps decoding blocks of what it knows, and only a block
// carrying a newer table or column asks it (in plain words) to update.
std::uint32_t schemaVersionOf(std::string_view table, std::string_view column);
// FNV-1a over every table and column name and type, in code order: the schema's identity.
std::uint64_t wireSchemaFingerprint();

}  // namespace gridwork::wire
