// fuzz_unpack — the v2 body decompressor (codec byte, then identity/gzip/zstd/zstd+dictionary)
// with a limit: never more than the limit comes out (TooLarge instead), corrupt input is
// Malformed, and what unpacks packs again (with each codec) to the same bytes.
#include "gridwork/core/wire/compress.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t kLimit = 1 << 20;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    auto out = gridwork::wire::unpack(in, kLimit);
    if (!out) {
        auto c = out.status().code();
        if (c != gridwork::ErrorCode::Malformed && c != gridwork::ErrorCode::TooLarge) __builtin_trap();
        return 0;
    }
    if (out->size() > kLimit) __builtin_trap();
    using gridwork::wire::Codec;
    for (Codec codec : {Codec::Identity, Codec::Gzip, Codec::Zstd, Codec::ZstdDict}) {
        gridwork::wire::CompressOptions o;
        o.codec = codec;
        o.level = codec == Codec::Gzip ? 1 : 3;
        auto again = gridwork::wire::unpack(gridwork::wire::pack(*out, o), kLimit);
        if (!again || *again != *out) __builtin_trap();
    }
    return 0;
}
