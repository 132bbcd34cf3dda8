#include "gridwork/core/merge/remote_change.h"

namespace gridwork::merge {

Status validateRemoteChange(const Change& c, const TableSpec*& spec) {
    GW_TRY(validateColumn(spec, c.table, c.column, c.value, ColumnUse::Synced));
    if (c.rowId.isNil()) return {ErrorCode::InvalidArgument, "row id must not be nil"};
    if (c.column == "grid_id" && c.value.kind() == Value::Kind::Blob && Uuid::fromBlob(c.value.asBlob()) != c.gridId)
        return {ErrorCode::InvalidArgument, "grid_id value disagrees with the change's grid"};
    return Status::ok();
}

}  // namespace gridwork::merge
