// validation.h — input checks with messages a worker can act on, and display masking.
//
// Every failed check returns Status(ErrorCode::InvalidArgument, message) where the message starts
// with the field's Chinese name and says in plain words what is wrong, e.g.
// "身份证号：校验位不正确". Repositories run these before writing, so bad input changes nothing.
// Contract: pure functions; thread-safe.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace gridwork::domain {

// Mainland resident ID (GB 11643-1999): 17 digits + check character (0-9 or X, lowercase x
// accepted), the ISO 7064 MOD 11-2 check, a province code, a real birth date from
// 1900-01-01 up to today (system clock). `field` is the Chinese field name used in the message.
Status validateIdNumber(std::string_view id, std::string_view field = "身份证号");
// The check character ('0'-'9' or 'X') for the first 17 digits; '\0' when they are not 17 digits.
char idNumberCheckChar(std::string_view first17);
// Birth date "YYYY-MM-DD" and gender (from the 17th digit: odd male) of a VALID ID number.
std::optional<std::string> idNumberBirthDate(std::string_view id);
std::optional<Gender> idNumberGender(std::string_view id);
// Upper-cases a trailing x and trims spaces: what to store.
std::string normalizeIdNumber(std::string_view id);

// A mainland mobile (11 digits, 1[3-9]xxxxxxxxx; a leading +86/86 and spaces/dashes allowed on
// input) or a landline (area code 0xx/0xxx, a dash or not, 7-8 digits, optional -extension).
Status validatePhone(std::string_view phone, std::string_view field = "联系电话");
bool isMobilePhone(std::string_view phone);
// Digits only, +86 dropped for mobiles; landlines keep "0571-88888888" form. Apply after validation.
std::string normalizePhone(std::string_view phone);

// Non-empty after trimming ASCII and ideographic (U+3000) spaces: "户主：不能为空".
Status validateRequired(std::string_view value, std::string_view field);
// At most maxChars characters (code points): "走访记录：内容过长（最多5000字）".
Status validateMaxLength(std::string_view value, std::string_view field, std::size_t maxChars);
// Limits for free text: names and addresses, and long text (notes, report text, diary, results).
inline constexpr std::size_t kMaxShortText = 200;
inline constexpr std::size_t kMaxLongText = 5000;

// A valid local date "YYYY-MM-DD".
Status validateDate(std::string_view value, std::string_view field);
// The value parses as enum E (name or Chinese label): "房屋类型：“别墅”不是有效的选项（自住、出租、商铺）".
template <typename E> Status validateEnum(std::string_view value, std::string_view field) {
    if (parseEnum<E>(value)) return Status::ok();
    std::string options;
    for (E e : enumValues<E>()) {
        if (!options.empty()) options += "、";
        options += enumLabelZh(e);
    }
    return {ErrorCode::InvalidArgument,
            std::string(field) + "：“" + std::string(value) + "”不是有效的选项（" + options + "）"};
}

// Display masking (never for storage): "330624198001011234" -> "330624********1234";
// "13812345678" -> "138****5678"; landlines keep area code and last 4 digits. Strings too short
// to mask are fully starred.
std::string maskIdNumber(std::string_view id);
std::string maskPhone(std::string_view phone);

// Trims ASCII whitespace and U+3000 from both ends.
std::string trimText(std::string_view s);

}  // namespace gridwork::domain
