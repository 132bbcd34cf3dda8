#include "console_static.h"

#include <fstream>
#include <sstream>

namespace gridwork::server {

namespace {

std::string contentType(const std::string& path) {
    auto ends = [&](std::string_view ext) {
        return path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
    };
    if (ends(".html")) return "text/html; charset=utf-8";
    if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
    if (ends(".css")) return "text/css; charset=utf-8";
    if (ends(".json") || ends(".geojson")) return "application/json; charset=utf-8";
    if (ends(".svg")) return "image/svg+xml";
    if (ends(".png")) return "image/png";
    if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
    if (ends(".ico")) return "image/x-icon";
    if (ends(".woff2")) return "font/woff2";
    if (ends(".woff")) return "font/woff";
    if (ends(".ttf")) return "font/ttf";
    return "application/octet-stream";
}

std::string tileOrigin(const std::string& url) {
    auto scheme = url.find("://");
    if (scheme == std::string::npos) return {};
    auto end = url.find('/', scheme + 3);
    std::string origin = url.substr(0, end);
    // {s}.tile.example → *.tile.example
    if (auto brace = origin.find("{s}"); brace != std::string::npos) origin.replace(brace, 3, "*");
    return origin;
}

void securityHeaders(ConsoleResponse& r, const std::string& tileUrl) {
    std::string img = "'self' data: blob:";
    if (auto o = tileOrigin(tileUrl); !o.empty()) img += " " + o;
    r.headers.push_back({"Content-Security-Policy", "default-src 'self'; img-src " + img +
                                                        "; style-src 'self' 'unsafe-inline'; "
                                                        "frame-ancestors 'none'; base-uri 'self'"});
    r.headers.push_back({"X-Content-Type-Options", "nosniff"});
    r.headers.push_back({"X-Frame-Options", "DENY"});
    r.headers.push_back({"Referrer-Policy", "no-referrer"});
}

}  // namespace

ConsoleResponse serveConsoleFile(const std::string& dir, const ConsoleRequest& req, const std::string& tileUrl) {
    ConsoleResponse r;
    r.contentType = "text/plain; charset=utf-8";
    securityHeaders(r, tileUrl);
    if (req.method != "GET" && req.method != "HEAD") {
        r.status = 405;
        r.body = "请使用 GET";
        return r;
    }
    std::string rel = req.path.size() > 9 ? req.path.substr(9) : "";  // after "/console/"
    if (req.path == "/console") {
        r.status = 302;
        r.headers.push_back({"Location", "/console/"});
        return r;
    }
    if (rel.empty()) rel = "index.html";
    if (rel.find("..") != std::string::npos || rel.find('\\') != std::string::npos || rel.front() == '/') {
        r.status = 404;
        r.body = "没有这个文件";
        return r;
    }
    if (dir.empty()) {
        r.status = 503;
        r.body = "工作台尚未构建：请先运行 ./gridwork build";
        return r;
    }
    std::ifstream in(dir + "/" + rel, std::ios::binary);
    if (!in) {
        r.status = rel == "index.html" ? 503 : 404;
        r.body = rel == "index.html" ? "工作台尚未构建：请先运行 ./gridwork build" : "没有这个文件";
        return r;
    }
    std::ostringstream os;
    os << in.rdbuf();
    r.body = os.str();
    r.contentType = contentType(rel);
    r.headers.push_back(
        {"Cache-Control", rel.rfind("assets/", 0) == 0 ? "public, max-age=31536000, immutable" : "no-cache"});
    return r;
}

}  // namespace gridwork::server
