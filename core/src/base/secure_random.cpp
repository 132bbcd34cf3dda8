// secure_random.cpp — getrandom(2), retried on EINTR and short reads.
#include "gridwork/core/base/secure_random.h"

#include "gridwork/core/base/value.h"

#include <cerrno>
#include <cstring>
#include <limits>
#include <vector>

#include <sys/random.h>

namespace gridwork {

Status secureRandomBytes(void* out, std::size_t size) {
    auto* p = static_cast<unsigned char*>(out);
    std::size_t done = 0;
    while (done < size) {
        ssize_t n = ::getrandom(p + done, size - done, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return Status(ErrorCode::Internal, std::string("系统随机数不可用: getrandom: ") + std::strerror(errno));
        }
        done += static_cast<std::size_t>(n);
    }
    return Status::ok();
}

Result<std::string> secureRandomHex(std::size_t bytes) {
    std::vector<std::uint8_t> b(bytes);
    GW_TRY(secureRandomBytes(b.data(), b.size()));
    return toHex(b.data(), b.size());
}

Result<std::uint64_t> secureRandomBelow(std::uint64_t bound) {
    if (bound == 0) return Status(ErrorCode::InvalidArgument, "secureRandomBelow: bound must be > 0");
    // Reject the top partial range so every residue is equally likely.
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = max - (max % bound + 1) % bound;
    for (;;) {
        std::uint64_t x = 0;
        GW_TRY(secureRandomBytes(&x, sizeof x));
        if (x <= limit) return x % bound;
    }
}

Result<std::string> secureRandomDigits(std::size_t count) {
    std::string digits;
    digits.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        GW_ASSIGN_OR_RETURN(std::uint64_t d, secureRandomBelow(10));
        digits += static_cast<char>('0' + d);
    }
    return digits;
}

}  // namespace gridwork
