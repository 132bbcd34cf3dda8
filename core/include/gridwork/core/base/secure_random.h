// secure_random.h — random bytes from the operating system's CSPRNG, for secrets: device tokens,
// enrollment codes, anything a guess must not find.
//
// Contract: every byte comes from getrandom(2) (the kernel's CSPRNG, blocking only until it is
// seeded at boot); interrupted calls and short reads are retried until the buffer is full. A
// failure the kernel reports (no getrandom on a very old kernel) is a Status (ErrorCode::Internal),
// never a weaker fallback. Use std::mt19937 & co. for simulations and tests, never for secrets.
// Thread-safety: safe from any thread (no state of its own).
#pragma once

#include "gridwork/core/base/error.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace gridwork {

// Fills out[0, size) with random bytes.
Status secureRandomBytes(void* out, std::size_t size);

// `bytes` random bytes as 2*bytes lowercase hex characters (a token).
Result<std::string> secureRandomHex(std::size_t bytes);

// A uniformly random number in [0, bound), without modulo bias; bound must be > 0.
Result<std::uint64_t> secureRandomBelow(std::uint64_t bound);

// `count` uniformly random decimal digits ("4827193065"), for codes read out and typed by hand.
Result<std::string> secureRandomDigits(std::size_t count);

}  // namespace gridwork
