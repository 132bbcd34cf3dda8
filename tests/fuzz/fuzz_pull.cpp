// fuzz_pull — /v1/pull bodies (gridwork.sync.v1 protobuf → core → the server's store) from an
// enrolled device. Seeds: corpus/pull (real bodies of the demo township, gridwork-fuzz-seeds).
#include "fuzz_check.h"
#include "fuzz_township.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& town = gridwork::fuzz::township();
    std::string_view body(reinterpret_cast<const char*>(data), size);
    gridwork::fuzz::checkReply(town.service->handle(gridwork::Endpoint::Pull, body, town.token));
    return 0;
}
