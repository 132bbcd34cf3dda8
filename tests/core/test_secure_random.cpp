// secure_random: bytes, hex tokens and digit codes from getrandom(2); uniform digits, no repeats.
#include "gridwork/core/base/secure_random.h"

#include <doctest/doctest.h>

#include <array>
#include <set>
#include <vector>

using namespace gridwork;

TEST_CASE("secure random: tokens are 64 hex characters and never repeat") {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        auto t = secureRandomHex(32);
        REQUIRE(t.isOk());
        CHECK(t->size() == 64);
        CHECK(t->find_first_not_of("0123456789abcdef") == std::string::npos);
        CHECK(seen.insert(*t).second);
    }
}

TEST_CASE("secure random: a large buffer is filled completely (short reads are retried)") {
    std::vector<std::uint8_t> b(1 << 20, 0);
    REQUIRE(secureRandomBytes(b.data(), b.size()).isOk());
    std::array<int, 256> counts{};
    for (auto x : b) ++counts[x];
    for (int c : counts) CHECK(c > 3000);  // 4096 expected per value; zeros left behind would show
    CHECK(secureRandomBytes(nullptr, 0).isOk());
}

TEST_CASE("secure random: digit codes use every digit about equally; bound 0 is refused") {
    auto code = secureRandomDigits(10);
    REQUIRE(code.isOk());
    CHECK(code->size() == 10);
    std::array<int, 10> counts{};
    for (int i = 0; i < 2000; ++i) {
        auto d = secureRandomDigits(10);
        REQUIRE(d.isOk());
        for (char ch : *d) {
            REQUIRE((ch >= '0' && ch <= '9'));
            ++counts[ch - '0'];
        }
    }
    for (int c : counts) CHECK((c > 1700 && c < 2300));  // 2000 expected each
    CHECK(secureRandomBelow(0).status().code() == ErrorCode::InvalidArgument);
    CHECK(*secureRandomBelow(1) == 0);
}
