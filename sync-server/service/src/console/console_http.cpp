#include "gridwork/server/console_http.h"

namespace gridwork::server {

std::optional<std::string> ConsoleRequest::header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    if (it == headers.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> ConsoleRequest::param(const std::string& name) const {
    auto it = query.find(name);
    if (it == query.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

std::optional<std::string> ConsoleRequest::cookie(const std::string& name) const {
    auto h = header("cookie");
    if (!h) return std::nullopt;
    std::string_view s = *h;
    while (!s.empty()) {
        auto semi = s.find(';');
        std::string_view part = s.substr(0, semi);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        auto eq = part.find('=');
        if (eq != std::string_view::npos && part.substr(0, eq) == name) return std::string(part.substr(eq + 1));
        if (semi == std::string_view::npos) break;
        s.remove_prefix(semi + 1);
    }
    return std::nullopt;
}

std::string urlDecode(std::string_view s) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::map<std::string, std::string> parseQuery(std::string_view query) {
    std::map<std::string, std::string> out;
    while (!query.empty()) {
        auto amp = query.find('&');
        std::string_view part = query.substr(0, amp);
        auto eq = part.find('=');
        if (!part.empty()) {
            if (eq == std::string_view::npos)
                out[urlDecode(part)] = "";
            else
                out[urlDecode(part.substr(0, eq))] = urlDecode(part.substr(eq + 1));
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return out;
}

}  // namespace gridwork::server
