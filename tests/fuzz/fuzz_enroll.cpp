// fuzz_enroll — /v1/enroll bodies (no token): codes, site ids and labels of any shape.
#include "fuzz_check.h"
#include "fuzz_township.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& town = gridwork::fuzz::township();
    std::string_view body(reinterpret_cast<const char*>(data), size);
    auto reply = town.service->handle(gridwork::Endpoint::Enroll, body, "");
    gridwork::fuzz::checkReply(reply);
    // A random body never guesses a code: no enrollment succeeds.
    if (reply.httpStatus == 200) __builtin_trap();
    return 0;
}
