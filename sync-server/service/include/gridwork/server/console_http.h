// console_http.h — the plain HTTP request/response the web console's handlers take and give.
//
// The edge (sync-server/edge, cpprestsdk) turns a request under /console/ or /api/console/v1/
// into a ConsoleRequest and sends the ConsoleResponse back, so the console's API is tested
// without a network. Header names are lower-case here. No cpprestsdk type appears.
// Contract: plain values; thread-safe to copy.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gridwork::server {

struct ConsoleRequest {
    std::string method;                          // "GET", "POST", ...
    std::string path;                            // "/api/console/v1/reports" (decoded, no query)
    std::map<std::string, std::string> query;    // decoded ?a=b&c=d (last value wins)
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;
    bool https = false;  // the listener is HTTPS (cookies get Secure)

    std::optional<std::string> header(const std::string& lowerName) const;
    std::optional<std::string> param(const std::string& name) const;  // a non-empty query value
    // A cookie's value from the Cookie header.
    std::optional<std::string> cookie(const std::string& name) const;
};

struct ConsoleResponse {
    int status = 200;
    std::string contentType = "application/json; charset=utf-8";
    std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Set-Cookie, ...)
    std::string body;
};

// Decodes %XX and '+' in a query component.
std::string urlDecode(std::string_view s);
// Splits "a=1&b=%E4%B8%AD" into decoded pairs.
std::map<std::string, std::string> parseQuery(std::string_view query);

}  // namespace gridwork::server
