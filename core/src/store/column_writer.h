// column_writer.h — the one place that writes replicated columns with their clocks (internal).
//
// Local writes and remote merges both end here, so a column's value and its (hlc, site) clock are
// always written together. Table and column names must already be validated against schema.h.
#pragma once

#include "gridwork/core/change.h"
#include "gridwork/core/error.h"
#include "gridwork/core/schema.h"

#include <optional>
#include <vector>

namespace gridwork {
namespace db {
class Database;
}

// Typed check of a change against the schema: UnknownTable, UnknownColumn, InvalidArgument.
Status validateColumn(const TableSpec*& spec, std::string_view table, std::string_view column, const Value& v,
                      bool allowDerived);

// Writes several columns of one row in one statement, and their clocks.
Status putColumns(db::Database& db, const TableSpec& spec, const Uuid& row,
                  const std::vector<std::pair<std::string, Value>>& columns, Hlc hlc, const Uuid& site);

// The clock of one column, if ever written.
std::optional<Stamp> columnStamp(db::Database& db, std::string_view table, const Uuid& row, std::string_view column);

// The grid_id currently stored for a row; nullopt when the row does not exist.
std::optional<Uuid> rowGrid(db::Database& db, const TableSpec& spec, const Uuid& row);

}  // namespace gridwork
