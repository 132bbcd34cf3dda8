// http_transport.h — gridwork::Transport over HTTP(S) (DESIGN §5), with cpprestsdk's http_client
// kept behind a pimpl: no cpprestsdk type appears here.
//
// Each post() is one `POST <base><endpointPath(e)>` with a protobuf body
// (Content-Type: application/x-protobuf), `Authorization: Bearer <token>` when a token is given,
// and `Accept-Encoding: gzip`. Bodies of at least gzipThreshold bytes are sent gzip-compressed
// (Content-Encoding: gzip); a gzip answer is inflated before it is returned.
//
// Errors (Transport's contract): any HTTP answer, success or failure, is a TransportReply; a
// non-OK Status with code Unavailable only when no answer arrived (connection refused, reset,
// TLS failure, timeout). An answer that claims gzip but does not inflate is Malformed.
// Thread-safety: post() may be called from several threads at once (cpprestsdk's client is).
#pragma once

#include "gridwork/core/sync/transport.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace gridwork::http {

struct HttpTransportOptions {
    std::string baseUrl;                             // "http://host:port" or "https://..."
    std::chrono::milliseconds timeout{30000};        // per request, connect to last byte
    std::size_t gzipThreshold = 1024;                // compress request bodies this big
    std::size_t maxReplyBytes = 256u * 1024 * 1024;  // refuse to inflate beyond this
    // HTTPS: verify the server's certificate (system store, or caFile when given).
    bool verifyTls = true;
    std::string caFile;  // PEM bundle to trust (optional)
};

class HttpTransport final : public Transport {
public:
    // InvalidArgument for a URL that is not http:// or https://.
    static Result<std::unique_ptr<HttpTransport>> create(HttpTransportOptions options);
    ~HttpTransport() override;

    Result<TransportReply> post(Endpoint endpoint, const std::string& body, const std::string& token) override;

    const HttpTransportOptions& options() const;

private:
    struct Impl;
    explicit HttpTransport(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace gridwork::http
