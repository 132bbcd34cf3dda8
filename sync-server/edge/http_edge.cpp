// The routes file: the only server file that includes cpprestsdk (it compiles slowly; keep it so).
#include "http_edge.h"

#include "error_reply.h"
#include "gridwork/core/wire/codec.h"

#include <cpprest/http_listener.h>

#include <boost/asio/ssl.hpp>

#include <atomic>
#include <condition_variable>
#include <ctime>
#include <functional>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

namespace gridwork::server {

namespace whttp = web::http;
using web::http::experimental::listener::http_listener;
using web::http::experimental::listener::http_listener_config;

struct HttpEdge::Impl {
    RequestHandler& handler;
    EdgeOptions options;
    std::unique_ptr<http_listener> listener;
    std::atomic<bool> draining{false};
    std::mutex mutex;  // guards inFlight with the condition variable, and the log stream
    std::condition_variable idle;
    int inFlight = 0;

    Impl(RequestHandler& h, EdgeOptions o) : handler(h), options(std::move(o)) {}
    std::ostream& log() { return options.log ? *options.log : std::cerr; }
    void serve(const whttp::http_request& request);
    Reply route(const whttp::http_request& request, const std::string& method, const std::string& path,
                std::size_t& bytesIn, bool& gzipOk);
};

namespace {

std::string header(const whttp::http_headers& headers, const utility::string_t& name) {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : utility::conversions::to_utf8string(it->second);
}

std::string utcNow() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::ostringstream os;
    os << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    return os.str();
}

Reply healthReply(bool draining) {
    Reply r;
    r.httpStatus = draining ? 503 : 200;
    r.contentType = "application/json";
    r.body = draining ? R"({"status":"draining"})" : R"({"status":"ok"})";
    return r;
}

// Sends the reply; `done` runs once it is on the wire or failed (the client went away: nothing
// to do, and nothing may escape).
void sendReply(const whttp::http_request& request, const Reply& reply, bool gzip, std::function<void()> done) {
    whttp::http_response response(static_cast<whttp::status_code>(reply.httpStatus));
    response.set_body(std::vector<unsigned char>(reply.body.begin(), reply.body.end()));
    response.headers().set_content_type(utility::conversions::to_string_t(reply.contentType));
    if (gzip) response.headers().add(U("Content-Encoding"), U("gzip"));
    try {
        request.reply(response).then([done](pplx::task<void> t) {
            try {
                t.get();
            } catch (...) {}
            done();
        });
    } catch (...) {
        done();
    }
}

}  // namespace

Reply HttpEdge::Impl::route(const whttp::http_request& request, const std::string& method, const std::string& path,
                            std::size_t& bytesIn, bool& gzipOk) {
    if (path == "/healthz") {
        if (method != "GET" && method != "HEAD")
            return errorReply({ErrorCode::InvalidArgument, "use GET /healthz"}, 405);
        return healthReply(draining.load());
    }
    Endpoint endpoint;
    if (!endpointFromPath(path, endpoint)) return errorReply({ErrorCode::NotFound, "no such endpoint: " + path});
    if (method != "POST") return errorReply({ErrorCode::InvalidArgument, "use POST " + path}, 405);
    if (draining.load()) return errorReply({ErrorCode::Unavailable, "server is shutting down; retry later"});

    const std::size_t limit = options.maxBodyBytes;
    const auto& headers = request.headers();
    if (headers.content_length() > limit)
        return errorReply({ErrorCode::TooLarge, "body of " + std::to_string(headers.content_length()) +
                                                    " bytes is over the limit of " + std::to_string(limit)});
    std::vector<unsigned char> raw = request.extract_vector().get();
    bytesIn = raw.size();
    if (raw.size() > limit)
        return errorReply({ErrorCode::TooLarge, "body is over the limit of " + std::to_string(limit) + " bytes"});
    std::string body(raw.begin(), raw.end());
    std::string encoding = header(headers, U("Content-Encoding"));
    if (encoding == "gzip" || encoding == "x-gzip") {
        auto inflated = wire::gunzip(body, limit);
        if (!inflated) return errorReply(inflated.status());
        body = std::move(inflated).value();
    } else if (!encoding.empty() && encoding != "identity") {
        return errorReply({ErrorCode::Malformed, "unsupported Content-Encoding: " + encoding});
    }
    gzipOk = header(headers, U("Accept-Encoding")).find("gzip") != std::string::npos;

    std::string token;
    std::string authorization = header(headers, U("Authorization"));
    if (authorization.rfind("Bearer ", 0) == 0) token = authorization.substr(7);
    return handler.handle(endpoint, body, token);
}

void HttpEdge::Impl::serve(const whttp::http_request& request) {
    auto started = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(mutex);
        ++inFlight;
    }
    std::string method = "?";
    std::string path = "?";
    std::size_t bytesIn = 0;
    bool gzipOk = false;
    Reply reply;
    try {
        method = utility::conversions::to_utf8string(request.method());
        path = utility::conversions::to_utf8string(request.relative_uri().path());
        reply = route(request, method, path, bytesIn, gzipOk);
    } catch (const std::exception& e) {
        reply = errorReply({ErrorCode::Internal, std::string("internal error: ") + e.what()});
    } catch (...) {
        reply = errorReply({ErrorCode::Internal, "internal error"});
    }
    bool gzip = gzipOk && reply.body.size() >= options.gzipReplyThreshold;
    if (gzip) reply.body = wire::gzip(reply.body);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    {
        std::lock_guard lock(mutex);
        log() << utcNow() << ' ' << method << ' ' << path << ' ' << reply.httpStatus << ' ' << std::fixed
              << std::setprecision(1) << ms << "ms in=" << bytesIn << "B out=" << reply.body.size() << "B\n"
              << std::flush;
    }
    // In flight until the answer has left: drainAndStop() waits for this.
    sendReply(request, reply, gzip, [this] {
        std::lock_guard lock(mutex);
        if (--inFlight == 0) idle.notify_all();
    });
}

HttpEdge::HttpEdge(RequestHandler& handler, EdgeOptions options)
    : m_impl(std::make_unique<Impl>(handler, std::move(options))) {}

HttpEdge::~HttpEdge() {
    if (m_impl->listener) drainAndStop(std::chrono::milliseconds(0));
}

Status HttpEdge::start() {
    const EdgeOptions& o = m_impl->options;
    bool https = o.listenUrl.rfind("https://", 0) == 0;
    if (!https && o.listenUrl.rfind("http://", 0) != 0)
        return {ErrorCode::InvalidArgument, "--listen must be an http:// or https:// URL: " + o.listenUrl};
    if (https != (!o.certFile.empty() && !o.keyFile.empty()))
        return {ErrorCode::InvalidArgument,
                https ? "https:// needs --cert and --key" : "--cert/--key need an https:// URL"};
    http_listener_config config;
    if (https) {
        // Load once here so a bad file is an error at start, not a silent TLS failure later.
        try {
            boost::asio::ssl::context probe(boost::asio::ssl::context::tls_server);
            probe.use_certificate_chain_file(o.certFile);
            probe.use_private_key_file(o.keyFile, boost::asio::ssl::context::pem);
        } catch (const std::exception& e) {
            return {ErrorCode::InvalidArgument, std::string("cannot load certificate/key: ") + e.what()};
        }
        std::string cert = o.certFile, key = o.keyFile;
        config.set_ssl_context_callback([cert, key](boost::asio::ssl::context& ctx) {
            ctx.set_options(boost::asio::ssl::context::default_workarounds | boost::asio::ssl::context::no_sslv2 |
                            boost::asio::ssl::context::no_sslv3 | boost::asio::ssl::context::no_tlsv1 |
                            boost::asio::ssl::context::no_tlsv1_1 | boost::asio::ssl::context::single_dh_use);
            ctx.use_certificate_chain_file(cert);
            ctx.use_private_key_file(key, boost::asio::ssl::context::pem);
        });
    }
    try {
        m_impl->listener = std::make_unique<http_listener>(utility::conversions::to_string_t(o.listenUrl), config);
        Impl* impl = m_impl.get();
        m_impl->listener->support([impl](const whttp::http_request& request) { impl->serve(request); });
        m_impl->listener->open().wait();
    } catch (const std::exception& e) {
        m_impl->listener.reset();
        return {ErrorCode::Unavailable, "cannot listen on " + o.listenUrl + ": " + e.what()};
    }
    return {};
}

int HttpEdge::drainAndStop(std::chrono::milliseconds deadline) {
    if (!m_impl->listener) return 0;
    m_impl->draining = true;
    int left;
    {
        std::unique_lock lock(m_impl->mutex);
        m_impl->idle.wait_for(lock, deadline, [&] { return m_impl->inFlight == 0; });
        left = m_impl->inFlight;
    }
    try {
        m_impl->listener->close().wait();
    } catch (...) {}
    m_impl->listener.reset();
    return left;
}

}  // namespace gridwork::server
