#include "args.h"

namespace gridwork::device {

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
