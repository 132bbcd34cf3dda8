// args.h — one subcommand's options and positional words, as CLI11 read them off the command line
// (main.cpp binds every OptionSpec to a CLI11 option and fills an Args from the results).
//
// Contract: an option is `--name value`, `--name=value` or, for a switch (`--json`), bare; a
// valued option given bare (last, or before another `--option`) is kept without a value so the
// command can say "needs a value". A repeated option keeps every value, in order. Commands check
// what they accept (Invocation::checkOptions). Thread-safety: plain value.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gridwork::device {

class Args {
public:
    void addOption(std::string name, std::optional<std::string> value) {
        m_options.emplace_back(std::move(name), std::move(value));
    }
    void addPositional(std::string word) { m_positionals.push_back(std::move(word)); }

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
