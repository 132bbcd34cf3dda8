// pinyin_table.h — the generated pinyin-initial table (internal; see gen_pinyin_table.py).
#pragma once

#include <cstddef>
#include <cstdint>

namespace gridwork::domain {

extern const std::uint16_t kPinyinCodepoints[];  // sorted ascending
extern const char kPinyinInitials[];             // kPinyinInitials[i] belongs to kPinyinCodepoints[i]
extern const std::size_t kPinyinTableSize;

}  // namespace gridwork::domain
