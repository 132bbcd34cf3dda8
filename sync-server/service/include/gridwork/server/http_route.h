// http_route.h — the edge's routing seam: a plain HTTP request in, a plain HTTP response out, for
// routes other than the sync protocol's (the web console's static files and JSON API, ...).
//
// A route is a path prefix and a handler object; the edge (sync-server/edge) gives it every
// request whose path starts with the prefix (the longest matching prefix wins; the edge's own
// /healthz and /v1/ routes come first). No network type appears here: the edge has already read
// the whole body (inflated when it came gzipped, refused with 413 before reading when its
// declared size was over the route's limit), and it writes the answer (gzipped when the client
// accepts gzip and the body is large enough, unless the handler set its own Content-Encoding).
// Handlers run on the edge's bounded work pool, never on a network thread, so they may block on
// the database; a handler that throws gets a 500 INTERNAL answer and the server lives on.
// Thread-safety: handle() is called from several threads at once; implementations must be safe
// for that. The edge does not own the handler: it must outlive the edge.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gridwork::server {

struct HttpHeader {
    std::string name;
    std::string value;
};

// The first header called `name` (ASCII case-insensitive), or "" when there is none.
inline std::string_view findHeader(const std::vector<HttpHeader>& headers, std::string_view name) {
    for (const auto& h : headers) {
        if (h.name.size() != name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i) {
            char a = h.name[i], b = name[i];
            if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
            same = a == b;
        }
        if (same) return h.value;
    }
    return {};
}

struct HttpRequest {
    std::string method;               // "GET", "POST", ... as sent
    std::string path;                 // the target before '?', not percent-decoded: "/console/app.js"
    std::string query;                // the target after '?' ("" when none), not decoded
    std::vector<HttpHeader> headers;  // as received, in order (Cookie, Accept-Language, ...)
    std::string body;                 // whole, already inflated
    std::string peer;                 // the client's IP address, e.g. "127.0.0.1"
    std::string_view header(std::string_view name) const { return findHeader(headers, name); }
};

struct HttpResponse {
    int status = 200;
    std::string contentType = "application/octet-stream";
    std::vector<HttpHeader> headers;  // extra headers; a name may repeat (Set-Cookie)
    std::string body;
};

class HttpRoute {
public:
    virtual ~HttpRoute() = default;
    virtual HttpResponse handle(const HttpRequest& request) = 0;
};

struct RouteEntry {
    std::string prefix;            // "/console/", "/api/console/v1/"
    HttpRoute* route = nullptr;    // not owned
    std::size_t maxBodyBytes = 0;  // 0: the edge's limit (EdgeOptions::maxBodyBytes)
};

}  // namespace gridwork::server
