#include "edge_router.h"

#include "error_reply.h"
#include "gridwork/core/wire/codec.h"

namespace gridwork::server {

namespace {

HttpResponse toResponse(Reply reply) {
    HttpResponse r;
    r.status = reply.httpStatus;
    r.contentType = std::move(reply.contentType);
    r.body = std::move(reply.body);
    return r;
}

HttpResponse errorResponse(const Status& status, int httpStatus = 0) {
    return toResponse(errorReply(status, httpStatus));
}

HttpResponse healthResponse(bool draining, bool head) {
    HttpResponse r;
    r.status = draining ? 503 : 200;
    r.contentType = "application/json";
    if (!head) r.body = draining ? R"({"status":"draining"})" : R"({"status":"ok"})";
    return r;
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string overLimit(std::size_t limit) {
    return "body is over the limit of " + std::to_string(limit) + " bytes";
}

}  // namespace

const RouteEntry* EdgeRouter::routeFor(const std::string& path) const {
    const RouteEntry* best = nullptr;
    for (const auto& e : m_options.routes)
        if (e.route && startsWith(path, e.prefix) && (!best || e.prefix.size() > best->prefix.size())) best = &e;
    return best;
}

EdgeRouter::Admission EdgeRouter::admit(const HttpRequest& head, std::optional<std::uint64_t> contentLength,
                                        bool draining) const {
    Admission a;
    a.bodyLimit = m_options.maxBodyBytes;
    if (head.path == "/healthz") {
        if (head.method != "GET" && head.method != "HEAD")
            a.refusal = errorResponse({ErrorCode::InvalidArgument, "use GET /healthz"}, 405);
        a.bodyLimit = 0;
        return a;
    }
    Endpoint endpoint;
    if (endpointFromPath(head.path, endpoint)) {
        if (head.method != "POST") {
            a.refusal = errorResponse({ErrorCode::InvalidArgument, "use POST " + head.path}, 405);
            return a;
        }
    } else if (const RouteEntry* route = routeFor(head.path)) {
        if (route->maxBodyBytes) a.bodyLimit = route->maxBodyBytes;
    } else {
        a.refusal = errorResponse({ErrorCode::NotFound, "no such endpoint: " + head.path});
        return a;
    }
    if (draining) {
        a.refusal = unavailable("server is shutting down; retry later");
    } else if (contentLength && *contentLength > a.bodyLimit) {
        a.refusal =
            errorResponse({ErrorCode::TooLarge, "body of " + std::to_string(*contentLength) +
                                                    " bytes is over the limit of " + std::to_string(a.bodyLimit)});
    }
    return a;
}

HttpResponse EdgeRouter::unavailable(const std::string& why) const {
    HttpResponse r = errorResponse({ErrorCode::Unavailable, why});
    r.headers.push_back({"Retry-After", std::to_string(m_options.retryAfterSeconds)});
    return r;
}

HttpResponse EdgeRouter::tooLarge(std::size_t limit) const {
    return errorResponse({ErrorCode::TooLarge, overLimit(limit)});
}

HttpResponse EdgeRouter::answer(const HttpRequest& request, bool draining) const {
    HttpResponse r;
    try {
        r = answerUnsafe(request, draining);
    } catch (const std::exception& e) {
        r = errorResponse({ErrorCode::Internal, std::string("internal error: ") + e.what()});
    } catch (...) {
        r = errorResponse({ErrorCode::Internal, "internal error"});
    }
    if (r.status == 503 && findHeader(r.headers, "Retry-After").empty())
        r.headers.push_back({"Retry-After", std::to_string(m_options.retryAfterSeconds)});
    return r;
}

HttpResponse EdgeRouter::answerUnsafe(const HttpRequest& request, bool draining) const {
    if (request.path == "/healthz") return healthResponse(draining, request.method == "HEAD");
    if (draining) return unavailable("server is shutting down; retry later");

    Endpoint endpoint;
    const bool sync = endpointFromPath(request.path, endpoint);
    const RouteEntry* route = sync ? nullptr : routeFor(request.path);
    if (!sync && !route) return errorResponse({ErrorCode::NotFound, "no such endpoint: " + request.path});
    const std::size_t limit = route && route->maxBodyBytes ? route->maxBodyBytes : m_options.maxBodyBytes;
    if (request.body.size() > limit) return tooLarge(limit);

    // Inflate into a copy only when the body came compressed.
    std::string_view encoding = request.header("Content-Encoding");
    std::optional<HttpRequest> inflatedRequest;
    if (encoding == "gzip" || encoding == "x-gzip") {
        auto inflated = wire::gunzip(request.body, limit);
        if (!inflated) return errorResponse(inflated.status());
        inflatedRequest = request;
        inflatedRequest->body = std::move(inflated).value();
    } else if (!encoding.empty() && encoding != "identity") {
        return errorResponse({ErrorCode::Malformed, "unsupported Content-Encoding: " + std::string(encoding)});
    }
    const HttpRequest& req = inflatedRequest ? *inflatedRequest : request;

    HttpResponse r;
    if (sync) {
        std::string_view token;
        std::string_view authorization = req.header("Authorization");
        if (authorization.substr(0, 7) == "Bearer ") token = authorization.substr(7);
        r = toResponse(m_handler.handle(endpoint, req.body, token));
    } else {
        r = route->route->handle(req);
    }
    const bool gzipOk = req.header("Accept-Encoding").find("gzip") != std::string_view::npos;
    if (gzipOk && r.body.size() >= m_options.gzipReplyThreshold && findHeader(r.headers, "Content-Encoding").empty()) {
        r.body = wire::gzip(r.body);
        r.headers.push_back({"Content-Encoding", "gzip"});
    }
    return r;
}

}  // namespace gridwork::server
