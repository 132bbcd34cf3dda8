// change.h — the unit of replication: one column of one row, stamped (DESIGN §4).
#pragma once

#include "gridwork/core/base/hlc.h"
#include "gridwork/core/base/uuid.h"
#include "gridwork/core/base/value.h"

#include <string>
#include <utility>
#include <vector>

namespace gridwork {

struct Change {
    std::string table;
    Uuid rowId;
    std::string column;
    Value value;
    Hlc hlc = 0;
    Uuid site;
    Uuid gridId;  // nil = township-wide

    Stamp stamp() const { return {hlc, site}; }
    bool operator==(const Change&) const = default;
};

// Some columns of one row, in order: (name, value).
using ColumnValues = std::vector<std::pair<std::string, Value>>;

// A local write of some columns of one row, before it is stamped.
struct RowWrite {
    std::string table;
    Uuid rowId;
    ColumnValues columns;

    RowWrite& set(std::string column, Value v) {
        columns.emplace_back(std::move(column), std::move(v));
        return *this;
    }
};

// An outbox entry: a local change waiting for the server's ack.
struct OutboxEntry {
    std::uint64_t seq = 0;  // per-device sequence number, strictly increasing
    Change change;
};

}  // namespace gridwork
