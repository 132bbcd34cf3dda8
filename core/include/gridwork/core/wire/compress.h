// compress.h — the compression of protocol v2 bodies: one codec byte, then the payload.
//
//   0 identity | 1 gzip (zlib, level as given) | 2 zstd | 3 zstd with the shipped dictionary
// The dictionary (core/src/wire/dict/changes_v2.zdict, trained by gridwork-wire-dict from the demo
// township, see core/docs/wire-compression.md) is built into the library; both sides have it. Its
// zstd dictionary id is checked by the decoder (a frame made with another dictionary is refused).
// The figures that chose the default (zstd level 9 with the dictionary) are in wire-compression.md.
// Contract: unpack never throws; corrupt input is Malformed, output past maxOutput is TooLarge.
// Thread-safety: safe from several threads (the dictionaries are built once, read-only after).
#pragma once

#include "gridwork/core/base/error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gridwork::wire {

enum class Codec : std::uint8_t { Identity = 0, Gzip = 1, Zstd = 2, ZstdDict = 3 };

struct CompressOptions {
    Codec codec = Codec::ZstdDict;
    int level = 9;  // zstd 1..19; gzip 1..9
};

std::string pack(std::string_view raw, const CompressOptions& options = {});
Result<std::string> unpack(std::string_view body, std::size_t maxOutput = 64u << 20);

// The shipped dictionary (empty when the build has none: ZstdDict then packs as plain Zstd).
std::string_view shippedDictionary();
// Raw zstd with an explicit dictionary (for the trainer tool and the compression bench).
std::string zstdCompress(std::string_view raw, int level, std::string_view dictionary = {});

}  // namespace gridwork::wire
