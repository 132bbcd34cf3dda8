#include "cli_args.h"

#include <algorithm>
#include <stdexcept>

namespace gridwork::server::cli {

bool Args::has(const std::string& name) const {
    return std::any_of(m_options.begin(), m_options.end(), [&](const auto& o) { return o.first == name; });
}

std::optional<std::string> Args::value(const std::string& name) const {
    std::optional<std::string> v;
    for (const auto& [n, val] : m_options)
        if (n == name && val) v = val;
    return v;
}

std::vector<std::string> Args::values(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [n, val] : m_options) {
        if (n != name || !val) continue;
        std::size_t start = 0;
        while (start <= val->size()) {
            auto comma = val->find(',', start);
            if (comma == std::string::npos) comma = val->size();
            if (comma > start) out.push_back(val->substr(start, comma - start));
            start = comma + 1;
        }
    }
    return out;
}

Status Args::check(const std::vector<std::string>& known, const std::vector<std::string>& required) const {
    for (const auto& [n, v] : m_options)
        if (n != "help" && std::find(known.begin(), known.end(), n) == known.end())
            return {ErrorCode::InvalidArgument, "unknown option --" + n};
    for (const auto& r : required)
        if (!value(r)) return {ErrorCode::InvalidArgument, "missing --" + r};
    return {};
}

Result<std::string> Args::require(const std::string& name) const {
    auto v = value(name);
    if (!v) return Status(ErrorCode::InvalidArgument, "missing --" + name);
    return *v;
}

Result<Uuid> Args::requireUuid(const std::string& name) const {
    GW_ASSIGN_OR_RETURN(auto v, uuid(name));
    if (!v) return Status(ErrorCode::InvalidArgument, "missing --" + name);
    return *v;
}

Result<std::optional<Uuid>> Args::uuid(const std::string& name) const {
    auto v = value(name);
    if (!v) return std::optional<Uuid>();
    auto id = Uuid::parse(*v);
    if (!id) return Status(ErrorCode::InvalidArgument, "--" + name + ": not an id: " + *v);
    return std::optional<Uuid>(*id);
}

Result<std::vector<Uuid>> Args::uuids(const std::string& name) const {
    std::vector<Uuid> out;
    for (const auto& s : values(name)) {
        auto id = Uuid::parse(s);
        if (!id) return Status(ErrorCode::InvalidArgument, "--" + name + ": not an id: " + s);
        out.push_back(*id);
    }
    return out;
}

Result<std::optional<long long>> Args::integer(const std::string& name) const {
    auto v = value(name);
    if (!v) return std::optional<long long>();
    try {
        std::size_t used = 0;
        long long n = std::stoll(*v, &used);
        if (used != v->size()) throw std::invalid_argument("trailing");
        return std::optional<long long>(n);
    } catch (...) {
        return Status(ErrorCode::InvalidArgument, "--" + name + ": not a number: " + *v);
    }
}

}  // namespace gridwork::server::cli
