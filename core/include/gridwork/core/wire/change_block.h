// change_block.h — protocol v2's compact encoding of a batch of changes (sync-protocol.md, "v2").
//
// A block carries a sequence of Changes as row groups: consecutive changes of one row (same
// table, row id and grid) share one group with the row id once, table and columns as small codes
// (wire_schema.h), one stamp (HLC + site) with per-column exceptions where a column's stamp
// differs, per-block dictionaries of site and grid ids, HLCs as deltas, integers and decimal reals
// as deltas against the previous value of the same column, short texts and 16-byte ids that
// repeat in the block as back-references. The order of the changes is kept exactly:
// decodeChangeBlock(encodeChangeBlock(x)) == x for every x.
// Contract: pure functions, no protobuf. Decoding never throws and never reads past its input:
// anything malformed or truncated is a Status(Malformed) (UnknownTable / UnknownColumn are left
// to the caller's validation, as in v1); a block of a newer wire schema is InvalidState.
// Thread-safety: pure functions.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gridwork::wire {

struct BlockStats {
    std::size_t changes = 0;
    std::size_t rowGroups = 0;
    std::size_t stampExceptions = 0;  // columns stamped unlike their group
};

std::string encodeChangeBlock(std::span<const Change> changes, BlockStats* stats = nullptr);

struct BlockLimits {
    std::size_t maxChanges = 200'000;  // TooLarge past this
};
Result<std::vector<Change>> decodeChangeBlock(std::string_view block, const BlockLimits& limits = {});

}  // namespace gridwork::wire
