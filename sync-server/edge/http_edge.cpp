// The edge's lifecycle: parse the listen URL, bind, accept on the network threads, hand each
// connection to a session (http_session.cpp), drain and stop. Boost.Beast/Asio live only in the
// edge's files (this one and http_session.cpp); see README "The edge".
#include "http_edge.h"

#include "edge_shared.h"
#include "http_session.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <thread>
#include <vector>

namespace gridwork::server {

namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

struct HttpEdge::Impl {
    RequestHandler& handler;
    EdgeOptions options;
    std::unique_ptr<EdgeShared> shared;
    std::unique_ptr<net::io_context> io;
    std::unique_ptr<net::ssl::context> tls;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::unique_ptr<net::steady_timer> retryTimer;  // after EMFILE and the like
    std::vector<std::thread> threads;
    bool running = false;

    Impl(RequestHandler& h, EdgeOptions o) : handler(h), options(std::move(o)) {}
    void accept();
    void leak();
};

namespace {

struct ListenAddress {
    bool https = false;
    std::string host, port;
};

Result<ListenAddress> parseListenUrl(const std::string& url) {
    ListenAddress a;
    std::string rest;
    if (url.rfind("https://", 0) == 0) {
        a.https = true;
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        return Status(ErrorCode::InvalidArgument, "--listen must be an http:// or https:// URL: " + url);
    }
    rest = rest.substr(0, rest.find('/'));
    std::size_t colon = rest.rfind(':');
    if (!rest.empty() && rest.front() == '[') {  // [::1]:8080
        std::size_t close = rest.find(']');
        if (close == std::string::npos) return Status(ErrorCode::InvalidArgument, "bad address in " + url);
        a.host = rest.substr(1, close - 1);
        colon = rest.find(':', close);
    } else {
        a.host = rest.substr(0, colon);
    }
    a.port = colon == std::string::npos ? (a.https ? "443" : "80") : rest.substr(colon + 1);
    if (a.host.empty() || a.port.empty()) return Status(ErrorCode::InvalidArgument, "bad address in " + url);
    return a;
}

}  // namespace

void HttpEdge::Impl::accept() {
    acceptor->async_accept(net::make_strand(*io), [this](boost::system::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || !acceptor->is_open()) return;
        if (ec) {
            // Out of descriptors or the like: wait a little instead of spinning.
            retryTimer->expires_after(std::chrono::milliseconds(100));
            retryTimer->async_wait([this](boost::system::error_code e) {
                if (!e) accept();
            });
            return;
        }
        if (shared->draining()) {
            boost::system::error_code ignored;
            socket.close(ignored);
        } else {
            startSession(*shared, std::move(socket), tls.get());
        }
        accept();
    });
}

// A handler still ran at the drain deadline: its thread holds references into the edge, so the
// edge's state is left to the process's end instead of being destroyed under it.
void HttpEdge::Impl::leak() {
    (void)shared.release();
    (void)io.release();
    (void)tls.release();
    (void)acceptor.release();
    (void)retryTimer.release();
}

HttpEdge::HttpEdge(RequestHandler& handler, EdgeOptions options)
    : m_impl(std::make_unique<Impl>(handler, std::move(options))) {}

HttpEdge::~HttpEdge() {
    if (m_impl->running) drainAndStop(std::chrono::milliseconds(0));
}

Status HttpEdge::start() {
    Impl& m = *m_impl;
    if (m.running) return {ErrorCode::InvalidState, "the edge is already listening"};
    const EdgeOptions& o = m.options;
    GW_ASSIGN_OR_RETURN(ListenAddress address, parseListenUrl(o.listenUrl));
    if (address.https != (!o.certFile.empty() && !o.keyFile.empty()))
        return {ErrorCode::InvalidArgument,
                address.https ? "https:// needs --cert and --key" : "--cert/--key need an https:// URL"};
    m.io = std::make_unique<net::io_context>(std::max(1, o.networkThreads));
    if (address.https) {
        try {
            m.tls = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
            m.tls->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                               net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                               net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
            m.tls->use_certificate_chain_file(o.certFile);
            m.tls->use_private_key_file(o.keyFile, net::ssl::context::pem);
        } catch (const std::exception& e) {
            m.tls.reset();
            return {ErrorCode::InvalidArgument, std::string("cannot load certificate/key: ") + e.what()};
        }
    }
    try {
        tcp::resolver resolver(*m.io);
        auto endpoints = resolver.resolve(address.host, address.port, tcp::resolver::passive);
        if (endpoints.empty()) return {ErrorCode::InvalidArgument, "cannot resolve " + address.host};
        tcp::endpoint endpoint = endpoints.begin()->endpoint();
        m.acceptor = std::make_unique<tcp::acceptor>(net::make_strand(*m.io));
        m.acceptor->open(endpoint.protocol());
        m.acceptor->set_option(net::socket_base::reuse_address(true));
        m.acceptor->bind(endpoint);
        m.acceptor->listen(net::socket_base::max_listen_connections);
    } catch (const std::exception& e) {
        m.acceptor.reset();
        return {ErrorCode::Unavailable, "cannot listen on " + o.listenUrl + ": " + e.what()};
    }
    m.retryTimer = std::make_unique<net::steady_timer>(m.acceptor->get_executor());
    m.shared = std::make_unique<EdgeShared>(m.handler, o);
    m.accept();
    for (int i = 0; i < std::max(1, o.networkThreads); ++i) m.threads.emplace_back([io = m.io.get()] { io->run(); });
    m.running = true;
    return {};
}

int HttpEdge::drainAndStop(std::chrono::milliseconds deadline) {
    Impl& m = *m_impl;
    if (!m.running) return 0;
    m.running = false;
    m.shared->setDraining();
    net::post(m.acceptor->get_executor(), [&m] {
        boost::system::error_code ignored;
        m.acceptor->close(ignored);
        m.retryTimer->cancel();
    });
    auto until = std::chrono::steady_clock::now() + deadline;
    int left = m.shared->waitIdle(deadline);
    m.io->stop();
    for (auto& t : m.threads) t.join();
    m.threads.clear();
    // Nothing runs on the network threads now; queued jobs are dropped, running ones get what
    // is left of the deadline.
    auto rest = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    int running = m.shared->pool().stop(std::max(std::chrono::milliseconds(0), rest));
    if (running > 0) {
        m.leak();
        return std::max(left, running);
    }
    m.acceptor.reset();
    m.retryTimer.reset();
    m.io.reset();  // destroys the sessions still waiting on it, closing their sockets
    m.shared.reset();
    m.tls.reset();
    return left;
}

}  // namespace gridwork::server
