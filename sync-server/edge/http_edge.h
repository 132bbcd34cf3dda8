// http_edge.h — the township server's network edge: an HTTP(S) listener in front of a
// RequestHandler (DESIGN §2: cpprestsdk at the edge only; this header shows none of it).
//
// Routes (all answers to failures are typed gridwork.sync.v1.Error bodies, see error_reply.h):
//   GET  /healthz                 → 200 {"status":"ok",...} (JSON), also while draining: 503
//   POST /v1/<endpoint>           → handler.handle(endpoint, body, bearer token)
//   anything else                 → 404 NotFound (405 for a wrong method on a known path)
// Bodies: over maxBodyBytes → 413 TooLarge (checked on Content-Length before reading, and again
// after reading and after inflating); Content-Encoding: gzip is inflated; replies are gzipped
// when the client sent Accept-Encoding: gzip and the body is at least gzipReplyThreshold bytes.
// Every request writes one log line: time, method, path, status, ms, bytes in and out.
// An exception escaping the handler becomes a 500 Internal reply; the process never dies on
// input. Lifecycle: start() listens; drainAndStop() refuses new requests with 503 Unavailable,
// waits for the in-flight ones to finish (up to a deadline), then closes the listener.
// Thread-safety: requests are served concurrently on cpprestsdk's thread pool; the handler must
// be thread-safe (RequestHandler's contract). start/drainAndStop from one controlling thread.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/server/request_handler.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

namespace gridwork::server {

struct EdgeOptions {
    std::string listenUrl;  // "http://127.0.0.1:8080" or "https://0.0.0.0:8443"
    std::string certFile;   // PEM certificate chain (HTTPS only)
    std::string keyFile;    // PEM private key (HTTPS only)
    std::size_t maxBodyBytes = 32u * 1024 * 1024;
    std::size_t gzipReplyThreshold = 1024;
    std::ostream* log = nullptr;  // request log; nullptr = std::cerr
};

class HttpEdge {
public:
    HttpEdge(RequestHandler& handler, EdgeOptions options);
    ~HttpEdge();
    HttpEdge(const HttpEdge&) = delete;
    HttpEdge& operator=(const HttpEdge&) = delete;

    // InvalidArgument for a bad URL or an unreadable cert/key; Unavailable when the address
    // cannot be bound.
    Status start();
    // Returns the number of requests still in flight at the deadline (0 = clean).
    int drainAndStop(std::chrono::milliseconds deadline);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace gridwork::server
