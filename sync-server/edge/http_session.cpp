#include "http_session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <type_traits>

namespace gridwork::server {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kLingerBytes = 64 * 1024;
constexpr auto kLingerTime = std::chrono::seconds(2);

std::string str(beast::string_view s) {
    return std::string(s.data(), s.size());
}

template <class Stream> class Session : public std::enable_shared_from_this<Session<Stream>> {
public:
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

    template <class... StreamArgs>
    Session(EdgeShared& edge, std::string peer, std::optional<HttpResponse> refusal, bool admitted,
            StreamArgs&&... streamArgs)
        : m_stream(std::forward<StreamArgs>(streamArgs)...), m_edge(edge), m_peer(std::move(peer)),
          m_refusal(std::move(refusal)), m_admitted(admitted) {}

    ~Session() {
        if (m_counted) m_edge.endRequest();
        if (m_admitted)
            m_edge.limits().release(m_peer);
        else
            m_edge.endRefusal();
    }

    void run() { net::dispatch(m_stream.get_executor(), beast::bind_front_handler(&Session::onStart, self())); }

private:
    std::shared_ptr<Session> self() { return this->shared_from_this(); }
    beast::tcp_stream& lowest() { return beast::get_lowest_layer(m_stream); }
    const EdgeOptions& options() const { return m_edge.options(); }

    void onStart() {
        if constexpr (kTls) {
            lowest().expires_after(options().headerTimeout);
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     beast::bind_front_handler(&Session::onHandshake, self()));
        } else {
            onHandshake({});
        }
    }

    void onHandshake(beast::error_code ec) {
        if (ec) return;  // the socket closes with the session
        if (m_refusal) {
            HttpResponse r = std::move(*m_refusal);
            m_refusal.reset();
            write(std::move(r), true);
            return;
        }
        readHeader();
    }

    void readHeader() {
        m_parser.emplace();
        m_parser->header_limit(kHeaderLimit);
        // The router judges the declared size (admit), then the limit is set. (Not boost::none:
        // Beast 1.74 compares the length with the optional, and any length beats none.)
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        m_request = {};
        m_bytesIn = 0;
        lowest().expires_after(options().headerTimeout);
        http::async_read_header(m_stream, m_buffer, *m_parser, beast::bind_front_handler(&Session::onHeader, self()));
    }

    void onHeader(beast::error_code ec, std::size_t) {
        if (ec) return;  // timeout, the peer went away, or a header we will not parse: close
        m_started = Clock::now();
        const auto& head = m_parser->get();
        m_version = head.version();
        m_request.method = str(head.method_string());
        std::string target = str(head.target());
        auto q = target.find('?');
        m_request.path = target.substr(0, q);
        if (q != std::string::npos) m_request.query = target.substr(q + 1);
        for (const auto& field : head) m_request.headers.push_back({str(field.name_string()), str(field.value())});
        m_request.peer = m_peer;

        std::optional<std::uint64_t> length;
        if (auto l = m_parser->content_length()) length = *l;
        auto admission = m_edge.router().admit(m_request, length, m_edge.draining());
        if (admission.refusal) {
            write(std::move(*admission.refusal), true);  // the body stays unread
            return;
        }
        m_bodyLimit = admission.bodyLimit;
        m_parser->body_limit(m_bodyLimit);
        if (m_parser->is_done()) {
            onBody({}, 0);
            return;
        }
        if (beast::iequals(head[http::field::expect], "100-continue")) {
            auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, m_version);
            lowest().expires_after(options().writeTimeout);
            http::async_write(m_stream, *cont, [s = self(), cont](beast::error_code e, std::size_t) {
                if (!e) s->readBody();
            });
            return;
        }
        readBody();
    }

    void readBody() {
        std::uint64_t declared = m_parser->content_length().value_or(m_bodyLimit);
        auto budget =
            options().bodyTimeout +
            std::chrono::milliseconds(declared * 1000 / std::max<std::size_t>(1, options().minBodyBytesPerSecond));
        lowest().expires_after(budget);
        http::async_read(m_stream, m_buffer, *m_parser, beast::bind_front_handler(&Session::onBody, self()));
    }

    void onBody(beast::error_code ec, std::size_t) {
        if (ec == http::error::body_limit) {
            write(m_edge.router().tooLarge(m_bodyLimit), true);
            return;
        }
        if (ec) return;  // body deadline passed or the peer went away
        auto message = m_parser->release();
        m_keepAlive = message.keep_alive();
        m_request.body = std::move(message.body());
        m_bytesIn = m_request.body.size();
        m_edge.beginRequest();
        m_counted = true;
        if (m_edge.router().instant(m_request)) {  // /healthz: no work, never behind the queue
            write(m_edge.router().answer(m_request, m_edge.draining()), false);
            return;
        }
        auto queuedAt = Clock::now();
        if (!m_edge.pool().tryPost([s = self(), queuedAt] { s->work(queuedAt); }))
            write(m_edge.router().unavailable("server is busy; retry later"), false);
    }

    // On a worker thread; the connection has no operation pending meanwhile.
    void work(Clock::time_point queuedAt) {
        HttpResponse r = Clock::now() - queuedAt > options().requestDeadline
                             ? m_edge.router().unavailable("the request waited too long; retry later")
                             : m_edge.router().answer(m_request, m_edge.draining());
        net::post(m_stream.get_executor(), [s = self(), r = std::move(r)]() mutable { s->write(std::move(r), false); });
    }

    void write(HttpResponse r, bool close) {
        m_response = {};
        m_response.version(m_version);
        m_response.result(static_cast<unsigned>(r.status));
        m_response.set(http::field::content_type, r.contentType);
        for (auto& h : r.headers) m_response.insert(h.name, h.value);
        m_response.body() = std::move(r.body);
        m_response.keep_alive(!close && m_keepAlive && !m_edge.draining());
        m_response.prepare_payload();
        lowest().expires_after(options().writeTimeout);
        http::async_write(m_stream, m_response, beast::bind_front_handler(&Session::onWrite, self()));
    }

    void onWrite(beast::error_code ec, std::size_t) {
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - m_started).count();
        if (!m_request.method.empty())
            m_edge.logRequest(m_request.method, m_request.path, m_response.result_int(), ms, m_bytesIn,
                              m_response.body().size());
        if (m_counted) {
            m_counted = false;
            m_edge.endRequest();
        }
        if (ec) return;
        if (!m_response.keep_alive()) {
            closeGracefully();
            return;
        }
        readHeader();
    }

    // Half-close, then read what the peer still sends (a body we refused) for a short while,
    // so that its kernel does not turn our answer into a reset.
    void closeGracefully() {
        m_lingerEnd = Clock::now() + kLingerTime;
        if constexpr (kTls) {
            lowest().expires_at(m_lingerEnd);
            m_stream.async_shutdown([s = self()](beast::error_code) {});
        } else {
            beast::error_code ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            linger();
        }
    }

    void linger() {
        lowest().expires_at(m_lingerEnd);
        lowest().async_read_some(net::buffer(m_scratch), [s = self()](beast::error_code ec, std::size_t n) {
            s->m_lingered += n;
            if (!ec && s->m_lingered < kLingerBytes) s->linger();
        });
    }

    Stream m_stream;
    EdgeShared& m_edge;
    const std::string m_peer;
    std::optional<HttpResponse> m_refusal;  // a connection over the limits: answered, then closed
    const bool m_admitted;                  // holds a slot in the connection limits
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpRequest m_request;
    http::response<http::string_body> m_response;
    unsigned m_version = 11;
    bool m_keepAlive = true;
    bool m_counted = false;  // between beginRequest() and endRequest()
    std::size_t m_bodyLimit = 0, m_bytesIn = 0, m_lingered = 0;
    Clock::time_point m_started = Clock::now(), m_lingerEnd;
    std::array<char, 4096> m_scratch{};
};

template <class Stream, class... StreamArgs>
void launch(EdgeShared& edge, std::string peer, std::optional<HttpResponse> refusal, bool admitted,
            StreamArgs&&... args) {
    std::make_shared<Session<Stream>>(edge, std::move(peer), std::move(refusal), admitted,
                                      std::forward<StreamArgs>(args)...)
        ->run();
}

}  // namespace

void startSession(EdgeShared& edge, tcp::socket socket, net::ssl::context* tls) {
    beast::error_code ec;
    auto remote = socket.remote_endpoint(ec);
    if (ec) return;  // already gone
    socket.set_option(tcp::no_delay(true), ec);
    std::string peer = remote.address().to_string();
    std::optional<HttpResponse> refusal;
    bool admitted = false;
    switch (edge.limits().admit(peer)) {
    case ConnectionLimits::Verdict::Admitted: admitted = true; break;
    case ConnectionLimits::Verdict::TooManyInTotal:
        refusal = edge.router().unavailable("server has too many connections; retry later");
        break;
    case ConnectionLimits::Verdict::TooManyFromPeer:
        refusal = edge.router().unavailable("too many connections from " + peer + "; retry later");
        break;
    }
    if (!admitted && !edge.beginRefusal()) return;  // a flood: close at once
    if (tls)
        launch<beast::ssl_stream<beast::tcp_stream>>(edge, std::move(peer), std::move(refusal), admitted,
                                                     std::move(socket), *tls);
    else
        launch<beast::tcp_stream>(edge, std::move(peer), std::move(refusal), admitted, std::move(socket));
}

}  // namespace gridwork::server
