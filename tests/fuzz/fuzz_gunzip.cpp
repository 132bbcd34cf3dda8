// fuzz_gunzip — gzip inflate with a limit: never more than the limit comes out (TooLarge
// instead), corrupt input is Malformed, and what inflates re-deflates to the same bytes.
#include "gridwork/core/wire/codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t kLimit = 1 << 20;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    auto out = gridwork::wire::gunzip(in, kLimit);
    if (!out) {
        auto c = out.status().code();
        if (c != gridwork::ErrorCode::Malformed && c != gridwork::ErrorCode::TooLarge) __builtin_trap();
        return 0;
    }
    if (out->size() > kLimit) __builtin_trap();
    auto again = gridwork::wire::gunzip(gridwork::wire::gzip(*out, 1), kLimit);
    if (!again || *again != *out) __builtin_trap();
    return 0;
}
