// column_writer.h — the one place that writes replicated columns with their clocks (internal).
//
// Local writes and remote merges both end here, so a column's value and its (hlc, site) clock are
// always written together (in one transaction; a created row gets one row clock). Table and column names must already
// be validated against schema.h.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/schema.h"
#include "store/packed_columns.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace gridwork {
namespace db {
class Database;
}

// Writes several columns of one row in one statement (an upsert), and one column_clocks entry
// per column.
Status putColumns(db::Database& db, const TableSpec& spec, const Uuid& row, const ColumnValues& columns, Hlc hlc,
                  const Uuid& site);

// A local write's fast path for a row that does not exist yet: a plain INSERT OR IGNORE of its
// columns. true: the row was created, and the caller must give it its clock with putRowClock in
// the same transaction; false: nothing changed (the row exists, or a NOT NULL constraint refused
// it) and the caller takes the putColumns path, which reports any error.
Result<bool> insertNewRow(db::Database& db, const TableSpec& spec, const Uuid& row, const ColumnValues& columns);
// The row clock of a row just created by a local write: one stamp for exactly the columns in
// mask (columnMask of the columns it wrote).
Status putRowClock(db::Database& db, const TableSpec& spec, const Uuid& row, std::int64_t mask, Hlc hlc,
                   const Uuid& site);

// The stamp rule (storage.md): a column's stamp is its column_clocks entry, else the row clock
// when the row's creating write wrote it, else none. These are its only implementations.
// The stamp of one column, if ever written.
Result<std::optional<Stamp>> columnStamp(db::Database& db, std::string_view table, const Uuid& row,
                                         std::string_view column);
// A column's stamp with its current value and the row's grid; nullopt when never written.
Result<std::optional<Change>> readColumnState(db::Database& db, const TableSpec& spec, const Uuid& row,
                                              std::string_view column);
// The stamps of every written column of one row.
Status rowColumnStamps(db::Database& db, const TableSpec& spec, const Uuid& row,
                       std::unordered_map<std::string, Stamp>& out);
// A SELECT yielding (row_id, col, bit, hlc, site) for every stamped column of the table.
std::string columnStampsSql(const TableSpec& spec);

// The grid_id currently stored for a row; nullopt when the row does not exist.
Result<std::optional<Uuid>> rowGrid(db::Database& db, const TableSpec& spec, const Uuid& row);

}  // namespace gridwork
