// packed_columns.h — the compact journal's encodings (internal to the store and sync code).
//
// A column is identified by its position in TableSpec::columns (its "bit"); that order is
// persistent (schema.h: columns are only ever appended), because row_clocks.cols and
// outbox.mask hold sets of positions and outbox.cols holds (position, value) pairs.
// packColumns/unpackColumns are pure; unpack returns Status(Storage) for a malformed blob.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/value.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/schema.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace gridwork {

// The column's position in spec.columns, or -1 when the table has no such column.
int columnBit(const TableSpec& spec, std::string_view column);
// The set of positions of the given columns (every name must be a column of spec).
std::int64_t columnMask(const TableSpec& spec, const ColumnValues& columns);

// outbox.cols: for each column in order, its position (1 byte), a type tag (1 byte) and the value
// (varint zigzag integer, 8-byte IEEE real, varint length + bytes for text and blobs).
Blob packColumns(const TableSpec& spec, const ColumnValues& columns);
Status unpackColumns(const TableSpec& spec, const Blob& packed, ColumnValues& out);

}  // namespace gridwork
