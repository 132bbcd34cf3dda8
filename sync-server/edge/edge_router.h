// edge_router.h — what the edge answers, without any network code: the admission of a request
// from its head (before a byte of its body is read) and the answer to a whole request.
//
// Contract: admit() refuses (404 unknown path, 405 wrong method, 413 declared body over the
// route's limit, 503 while draining) or admits and says how large the body may be. answer()
// inflates the body (gzip, within the limit), calls the sync handler or the route, gzips a large
// reply for a client that accepts it, and never throws (an escaping exception is a 500).
// Every 503 carries Retry-After. Thread-safety: const members, safe from any thread while the
// handler and the routes are (see http_route.h).
#pragma once

#include "http_edge.h"

#include <cstdint>
#include <optional>
#include <string>

namespace gridwork::server {

class EdgeRouter {
public:
    EdgeRouter(RequestHandler& handler, const EdgeOptions& options) : m_handler(handler), m_options(options) {}

    struct Admission {
        std::optional<HttpResponse> refusal;  // answer this and close: the body is not read
        std::size_t bodyLimit = 0;
    };
    // `head` has no body yet.
    Admission admit(const HttpRequest& head, std::optional<std::uint64_t> contentLength, bool draining) const;
    HttpResponse answer(const HttpRequest& request, bool draining) const;
    // True when answer() does no work worth a worker (/healthz): the network thread answers it,
    // so health checks are not queued behind the day's pushes.
    bool instant(const HttpRequest& request) const { return request.path == "/healthz"; }
    // 503 UNAVAILABLE with Retry-After, for the edge's own refusals (queue full, too many
    // connections, deadline passed).
    HttpResponse unavailable(const std::string& why) const;
    // 413 TOO_LARGE, for a chunked body that grew over its limit while being read.
    HttpResponse tooLarge(std::size_t limit) const;

private:
    const RouteEntry* routeFor(const std::string& path) const;
    HttpResponse answerUnsafe(const HttpRequest& request, bool draining) const;

    RequestHandler& m_handler;
    const EdgeOptions& m_options;
};

}  // namespace gridwork::server
