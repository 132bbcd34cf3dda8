// fuzz_validators — the ID-number and phone validators, normalisers and masks: a valid ID number
// has a birth date and a gender, its normal form is valid too, and no mask shows a whole number.
#include "gridwork/core/domain/validation.h"

#include <cstddef>
#include <cstdint>

using namespace gridwork::domain;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    if (validateIdNumber(in).isOk()) {
        if (!idNumberBirthDate(in) || !idNumberGender(in)) __builtin_trap();
        std::string norm = normalizeIdNumber(in);
        if (!validateIdNumber(norm).isOk()) __builtin_trap();
        if (maskIdNumber(norm) == norm) __builtin_trap();
    } else {
        (void)idNumberBirthDate(in);
        (void)idNumberGender(in);
        (void)maskIdNumber(in);
    }
    if (in.size() >= 17) (void)idNumberCheckChar(in.substr(0, 17));
    if (validatePhone(in).isOk()) {
        std::string norm = normalizePhone(in);
        if (!validatePhone(norm).isOk()) __builtin_trap();
        if (norm.size() >= 7 && maskPhone(norm) == norm) __builtin_trap();
    }
    (void)isMobilePhone(in);
    (void)maskPhone(in);
    (void)normalizePhone(in);
    (void)trimText(in);
    return 0;
}
