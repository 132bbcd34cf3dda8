// console_route.h — the web console on the edge's routing seam (http_route.h): turns the edge's
// HttpRequest into a ConsoleRequest (path percent-decoded, query parsed, header names in lower
// case) and the ConsoleResponse back. Mount it at "/console" and "/api/console/v1/".
// Contract: never throws (ConsoleApi::handle doesn't); thread-safe as ConsoleApi is.
#pragma once

#include "gridwork/server/console_api.h"
#include "gridwork/server/http_route.h"

namespace gridwork::server {

class ConsoleRoute final : public HttpRoute {
public:
    // https: the listener is HTTPS (the session cookie gets Secure). The api must outlive this.
    ConsoleRoute(ConsoleApi& api, bool https) : m_api(api), m_https(https) {}
    HttpResponse handle(const HttpRequest& request) override;

private:
    ConsoleApi& m_api;
    bool m_https;
};

}  // namespace gridwork::server
