#include "gridwork/server/console_route.h"

#include <cctype>
#include <string>

namespace gridwork::server {

namespace {
// %XX only: a '+' in a path is a plus.
std::string decodePath(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}
}  // namespace

HttpResponse ConsoleRoute::handle(const HttpRequest& request) {
    ConsoleRequest req;
    req.method = request.method;
    req.path = decodePath(request.path);
    req.query = parseQuery(request.query);
    for (const auto& h : request.headers) {
        std::string name = h.name;
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        req.headers[name] = h.value;
    }
    req.body = request.body;
    req.https = m_https;
    HttpResponse out;
    if (!ConsoleApi::handles(req.path)) {
        out.status = 404;
        out.contentType = "text/plain; charset=utf-8";
        out.body = "没有这个页面";
        return out;
    }
    ConsoleResponse r = m_api.handle(req);
    out.status = r.status;
    out.contentType = r.contentType;
    for (auto& [k, v] : r.headers) out.headers.push_back({k, v});
    out.body = std::move(r.body);
    return out;
}

}  // namespace gridwork::server
