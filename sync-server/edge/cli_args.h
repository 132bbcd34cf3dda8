// cli_args.h — one gridwork-server command's options and positional words, as CLI11 read them
// (command_line.cpp): `<command> [<sub>] --name value ... [--switch]`.
//
// Contract: `--name value` or `--name=value`; names listed as switches take no value. Repeated
// options keep every value. check() refuses an option the command does not know and a missing
// required one, so a typo never silently does something else. Thread-safety: plain value.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gridwork::server::cli {

class Args {
public:
    void addOption(std::string name, std::optional<std::string> value) {
        m_options.emplace_back(std::move(name), std::move(value));
    }
    void addPositional(std::string word) { m_positionals.push_back(std::move(word)); }

    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;  // also splits "a,b"
    const std::vector<std::string>& positionals() const { return m_positionals; }

    // Unknown option / missing required → InvalidArgument.
    Status check(const std::vector<std::string>& known, const std::vector<std::string>& required) const;
    Result<std::string> require(const std::string& name) const;
    Result<Uuid> requireUuid(const std::string& name) const;
    Result<std::optional<Uuid>> uuid(const std::string& name) const;
    Result<std::vector<Uuid>> uuids(const std::string& name) const;
    Result<std::optional<long long>> integer(const std::string& name) const;

private:
    std::vector<std::string> m_positionals;
    std::vector<std::pair<std::string, std::optional<std::string>>> m_options;
};

}  // namespace gridwork::server::cli
