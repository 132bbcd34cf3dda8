// fuzz_sync_v2 — /v2/sync bodies (gridwork.sync.v2 SyncRequest: v1 envelopes, packed change blocks
// under gzip/zstd, the pull page) from an enrolled device. Seeds: corpus/sync_v2 (real bodies of
// the demo township, gridwork-fuzz-seeds).
#include "fuzz_check.h"
#include "fuzz_township.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& town = gridwork::fuzz::township();
    std::string_view body(reinterpret_cast<const char*>(data), size);
    gridwork::fuzz::checkReply(town.service->handle(gridwork::Endpoint::Sync, body, town.token));
    return 0;
}
