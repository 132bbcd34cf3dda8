// parse.h — numbers from text without exceptions (std::from_chars).
//
// Contract: the whole text must be the number (no spaces, no sign for unsigned types, no trailing
// characters, no overflow); anything else is nullopt, or a typed error naming what was parsed.
// The tree uses these instead of std::stoi/stoll/stoull/stod, which throw on bad input and
// would turn a damaged file or argument into an abort. Thread-safety: none needed.
#pragma once

#include "gridwork/core/base/error.h"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace gridwork {

// T: an integer or floating-point type.
template <typename T> std::optional<T> parseNumber(std::string_view text) {
    static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>);
    T value{};
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

// As above; a bad text is Status(code, "<what>：“<text>”不是有效的数字").
template <typename T> Result<T> parseNumber(std::string_view text, ErrorCode code, std::string_view what) {
    if (auto v = parseNumber<T>(text)) return *v;
    return Status(code, std::string(what) + "：“" + std::string(text.substr(0, 40)) + "”不是有效的数字");
}

}  // namespace gridwork
