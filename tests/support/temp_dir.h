// temp_dir.h — test helpers: a temporary directory removed at scope exit, and the seed that
// randomised tests take from the environment (GRIDWORK_SEED) and print when they fail.
#pragma once

#include <cstdint>
#include <string>

namespace gridwork::testing {

class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// GRIDWORK_SEED if set, else `fallback`.
std::uint64_t testSeed(std::uint64_t fallback);

}  // namespace gridwork::testing
