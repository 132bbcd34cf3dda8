#include "args.h"

namespace gridwork::device {

namespace {
bool isOptionWord(const std::string& w) {
    return w.size() > 2 && w[0] == '-' && w[1] == '-';
}
}  // namespace

Args Args::parse(const std::vector<std::string>& words, const std::vector<std::string>& switches) {
    Args a;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (!isOptionWord(w)) {
            a.m_positionals.push_back(w);
            continue;
        }
        std::string name = w.substr(2);
        if (auto eq = name.find('='); eq != std::string::npos) {
            a.m_options.emplace_back(name.substr(0, eq), name.substr(eq + 1));
        } else if (std::find(switches.begin(), switches.end(), name) == switches.end() && i + 1 < words.size() &&
                   !isOptionWord(words[i + 1])) {
            a.m_options.emplace_back(name, words[++i]);
        } else {
            a.m_options.emplace_back(name, std::nullopt);
        }
    }
    return a;
}

bool Args::has(const std::string& name) const {
    for (const auto& [n, v] : m_options)
        if (n == name) return true;
    return false;
}

std::optional<std::string> Args::value(const std::string& name) const {
    std::optional<std::string> out;
    for (const auto& [n, v] : m_options)
        if (n == name) out = v;
    return out;
}

std::vector<std::string> Args::values(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : m_options)
        if (n == name && v) out.push_back(*v);
    return out;
}

bool Args::isSwitch(const std::string& name) const {
    for (const auto& [n, v] : m_options)
        if (n == name && !v) return true;
    return false;
}

}  // namespace gridwork::device
