// gzip.h — gzip (RFC 1952) compression of HTTP bodies, shared by the device transport and the
// server edge so both ends speak exactly the same Content-Encoding.
//
// Contract: gzipCompress never fails (zlib's only failure is out of memory, which aborts).
// gzipDecompress refuses to produce more than maxOutput bytes (TooLarge: a zip bomb never fills
// memory) and returns Malformed for anything that is not one complete gzip stream.
// looksGzipped tests the two magic bytes; a protobuf body never starts with them (0x1f is not a
// valid protobuf tag), so it tells an encoded body from a plain one without guessing.
// Thread-safety: pure functions.
#pragma once

#include "gridwork/core/error.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace gridwork::http {

std::string gzipCompress(std::string_view data, int level = 6);
Result<std::string> gzipDecompress(std::string_view data, std::size_t maxOutput);
bool looksGzipped(std::string_view data);

}  // namespace gridwork::http
