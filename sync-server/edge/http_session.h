// http_session.h — one HTTP(S) connection of the edge (Boost.Beast), from accept to close.
//
// Contract: startSession() takes the accepted socket and owns it from then on (the session keeps
// itself alive through its pending operations). Admitted connections read a header under the
// header deadline, are refused (404/405/413/503) before a byte of the body when the router says
// so, read the body under the body deadline, queue the whole request on the work pool (503
// when it is full) and write the answer under the write deadline; keep-alive repeats. A
// connection over the limits gets a 503 with Retry-After and is closed. Closing is graceful
// (half-close, then at most 64 KiB / 2 s of the peer's unread bytes are drained) so the client
// reads the answer instead of a reset. Every operation runs on the socket's strand; no network
// thread ever waits for anything. tls: nullptr for plain HTTP.
#pragma once

#include "edge_shared.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

namespace gridwork::server {

void startSession(EdgeShared& edge, boost::asio::ip::tcp::socket socket, boost::asio::ssl::context* tls);

}  // namespace gridwork::server
