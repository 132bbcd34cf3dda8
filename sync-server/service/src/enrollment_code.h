// enrollment_code.h — the shape of an enrollment code (private to service/src).
//
// 16 symbols of Crockford's base32 alphabet (no I, L, O, U: nothing to misread), each uniform
// from the OS CSPRNG (secure_random.h): 80 bits, shown as "7K3M-Q9XD-2RTB-HW4P". Typed
// case-insensitively; dashes and spaces are ignored (canonicalCode is what the server hashes).
// Contract: pure apart from the randomness; thread-safe.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/secure_random.h"

#include <string>
#include <string_view>

namespace gridwork::server {

inline constexpr std::string_view kCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

inline Result<std::string> newEnrollmentCode() {
    std::string out;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i && i % 4 == 0) out += '-';
        GW_ASSIGN_OR_RETURN(std::uint64_t symbol, secureRandomBelow(kCodeAlphabet.size()));
        out += kCodeAlphabet[symbol];
    }
    return out;
}

inline std::string canonicalCode(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

}  // namespace gridwork::server
