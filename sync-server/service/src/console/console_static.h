// console_static.h — serves the built console (Vite's dist/) under /console/ (internal).
// /console and /console/ give index.html; /console/assets/<file> the file with its type and a
// long cache (Vite names assets by hash); a path with ".." or a missing file is 404; a missing
// build is 503 with a Chinese hint. Security headers: CSP 'self' (plus the configured tile
// host for images), nosniff, no framing, no referrer.
#pragma once

#include "gridwork/server/console_http.h"

#include <string>

namespace gridwork::server {

ConsoleResponse serveConsoleFile(const std::string& dir, const ConsoleRequest& req, const std::string& tileUrl);

}  // namespace gridwork::server
