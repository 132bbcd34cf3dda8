// pinyin.cpp — pinyin initials of names, over the generated table (pinyin_table.h).
#include "gridwork/core/domain/ledger_repo.h"

#include "domain/pinyin_table.h"

#include <algorithm>

namespace gridwork::domain {

namespace {

// Decodes one UTF-8 code point at s[i], advancing i; 0xFFFD for malformed bytes.
char32_t nextCodepoint(std::string_view s, std::size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (extra < 0) return 0xFFFD;
    char32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return cp;
}

// The initial of cp's main reading (a Latin letter lower-cased), or 0 for anything else.
char mainInitial(char32_t cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return static_cast<char>(cp | 0x20);
    for (std::size_t b = 0; b < kPinyinBlockCount; ++b) {
        const PinyinBlock& block = kPinyinBlocks[b];
        if (cp < block.first || cp > block.last) continue;
        char c = block.initials[cp - block.first];
        return c == '_' ? 0 : c;
    }
    return 0;
}

// Every initial cp can be read with: one letter, or several for a polyphone; empty for none.
std::string_view allInitials(char32_t cp, char& single) {
    const PinyinAlternates* end = kPinyinAlternates + kPinyinAlternateCount;
    const PinyinAlternates* it = std::lower_bound(
        kPinyinAlternates, end, cp, [](const PinyinAlternates& a, char32_t c) { return a.codepoint < c; });
    if (it != end && it->codepoint == cp) return it->initials;
    single = mainInitial(cp);
    return single ? std::string_view(&single, 1) : std::string_view();
}

}  // namespace

std::string pinyinInitials(std::string_view utf8) {
    std::string out;
    std::size_t i = 0;
    while (i < utf8.size())
        if (char c = mainInitial(nextCodepoint(utf8, i))) out += c;
    return out;
}

bool pinyinInitialsMatch(std::string_view utf8, std::string_view initials) {
    std::size_t i = 0, k = 0;
    while (k < initials.size()) {
        if (i >= utf8.size()) return false;
        char single = 0;
        std::string_view options = allInitials(nextCodepoint(utf8, i), single);
        if (options.empty()) continue;  // neither Latin nor a known hanzi: skipped, as in pinyinInitials
        char want = initials[k];
        if (want >= 'A' && want <= 'Z') want = static_cast<char>(want | 0x20);
        if (options.find(want) == std::string_view::npos) return false;
        ++k;
    }
    return true;
}

}  // namespace gridwork::domain
