// args.h — the command line split into words and `--name value` options.
//
// Contract: `--name value` or `--name=value`; a name listed in `switches` never takes a value
// (`--json`), and any other `--name` is a bare switch when it is last or the next word also starts
// with "--". A word starting with a single "-" is a value, so `--lon -73.5` works. A repeated option keeps every value,
// in order. Parsing never fails; commands check what they accept (Invocation::checkOptions). Thread-safety: plain
// value.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gridwork::device {

class Args {
public:
    static Args parse(const std::vector<std::string>& words, const std::vector<std::string>& switches = {});

    const std::vector<std::string>& positionals() const { return m_positionals; }
    const std::vector<std::pair<std::string, std::optional<std::string>>>& options() const { return m_options; }

    bool has(const std::string& name) const;
    // The last value given for `name`; nullopt when absent or given as a bare switch.
    std::optional<std::string> value(const std::string& name) const;
    // Every value given for `name`, in order.
    std::vector<std::string> values(const std::string& name) const;
    // true when `name` was given as a bare switch (no value).
    bool isSwitch(const std::string& name) const;

private:
    std::vector<std::string> m_positionals;
    std::vector<std::pair<std::string, std::optional<std::string>>> m_options;
};

}  // namespace gridwork::device
