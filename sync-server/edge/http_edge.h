// http_edge.h — the township server's network edge: an HTTP(S) server (Boost.Beast on Asio, see
// README "The edge") in front of a RequestHandler and any extra routes (http_route.h). No Beast
// or Asio type appears in this header.
//
// Routes (all answers to failures are typed gridwork.sync.v1.Error bodies, see error_reply.h):
//   GET  /healthz                 → 200 {"status":"ok"} (JSON), also while draining: 503
//   POST /v1/<endpoint>           → handler.handle(endpoint, body, bearer token)
//   <prefix>...                   → the RouteEntry with the longest matching prefix (options.routes)
//   anything else                 → 404 NotFound (405 for a wrong method on a known path)
// Bodies: over maxBodyBytes → 413 TooLarge, answered from the declared Content-Length before a
// byte of the body is read (and again while reading a chunked body, and after inflating);
// Content-Encoding: gzip is inflated; replies are gzipped when the client sent Accept-Encoding:
// gzip and the body is at least gzipReplyThreshold bytes.
// Every request writes one log line: time, method, path, status, ms, bytes in and out.
// An exception escaping a handler becomes a 500 Internal reply; the process never dies on input.
//
// No peer can stop the edge from serving others (DESIGN §6): the network threads never block;
// they read headers and bodies asynchronously and hand whole requests to a bounded work pool of
// `workers` threads with a queue of `queueLimit`. A full queue, too many connections in total or
// from one address, or a request that waited past its deadline get a quick 503 UNAVAILABLE with
// Retry-After. Deadlines: the header (also the keep-alive idle time and the TLS handshake), the
// body (bodyTimeout plus the time the declared size takes at minBodyBytesPerSecond), the
// request (from its last byte read to the start of its work) and the answer's write.
//
// Lifecycle: start() listens; drainAndStop() refuses new requests with 503 Unavailable, waits
// for the accepted ones to be answered (up to a deadline), then closes every connection and
// returns. Requests whose body was still being read are cut. A handler still running at the
// deadline keeps its worker thread (it is left behind, detached): the caller then ends the
// process without destroying the handler (cmd_serve does).
// Thread-safety: start/drainAndStop from one controlling thread; the handler and the routes are
// called from the work pool's threads at once (they must be thread-safe).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/server/http_route.h"
#include "gridwork/server/request_handler.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace gridwork::server {

struct EdgeOptions {
    std::string listenUrl;  // "http://127.0.0.1:8080" or "https://0.0.0.0:8443"
    std::string certFile;   // PEM certificate chain (HTTPS only)
    std::string keyFile;    // PEM private key (HTTPS only)
    std::size_t maxBodyBytes = 32u * 1024 * 1024;
    std::size_t gzipReplyThreshold = 1024;
    std::ostream* log = nullptr;  // request log; nullptr = std::cerr
    std::vector<RouteEntry> routes;

    int networkThreads = 2;                  // Asio threads: accept, read, write; never block
    int workers = 4;                         // threads running handlers
    std::size_t queueLimit = 128;            // requests waiting for a worker; more → 503
    std::size_t maxConnections = 1024;       // open connections in total; more → 503 and close
    std::size_t maxConnectionsPerPeer = 64;  // open connections from one IP address; more → 503
    std::chrono::milliseconds headerTimeout{10000};
    std::chrono::milliseconds bodyTimeout{30000};
    std::size_t minBodyBytesPerSecond = 8 * 1024;
    std::chrono::milliseconds requestDeadline{25000};  // last body byte → work starts
    std::chrono::milliseconds writeTimeout{60000};
    int retryAfterSeconds = 2;
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
    // Returns the number of accepted requests not yet answered at the deadline (0 = clean).
    int drainAndStop(std::chrono::milliseconds deadline);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace gridwork::server
