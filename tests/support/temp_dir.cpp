#include "temp_dir.h"

#include <cstdlib>
#include <filesystem>

namespace gridwork::testing {

TempDir::TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "gridwork-test-XXXXXX").string();
    char* made = mkdtemp(templ.data());
    m_path = made ? made : templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    if (!std::getenv("GRIDWORK_KEEP_TEMP")) std::filesystem::remove_all(m_path, ec);
}

std::uint64_t testSeed(std::uint64_t fallback) {
    const char* s = std::getenv("GRIDWORK_SEED");
    return s ? std::strtoull(s, nullptr, 10) : fallback;
}

}  // namespace gridwork::testing
