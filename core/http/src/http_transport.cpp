// The only file of the device side that includes cpprestsdk.
#include "gridwork/http/http_transport.h"

#include "gridwork/core/wire/codec.h"

#include <cpprest/http_client.h>

#include <boost/asio/ssl.hpp>

namespace gridwork::http {

namespace whttp = web::http;

struct HttpTransport::Impl {
    HttpTransportOptions options;
    std::unique_ptr<whttp::client::http_client> client;
};

namespace {

bool startsWith(const std::string& s, std::string_view prefix) {
    return s.rfind(prefix, 0) == 0;
}

}  // namespace

Result<std::unique_ptr<HttpTransport>> HttpTransport::create(HttpTransportOptions options) {
    while (!options.baseUrl.empty() && options.baseUrl.back() == '/') options.baseUrl.pop_back();
    if (!startsWith(options.baseUrl, "http://") && !startsWith(options.baseUrl, "https://"))
        return Status(ErrorCode::InvalidArgument, "server URL must start with http:// or https://: " + options.baseUrl);
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    whttp::client::http_client_config config;
    config.set_timeout(std::chrono::duration_cast<std::chrono::microseconds>(options.timeout));
    config.set_validate_certificates(options.verifyTls);
    // We decompress ourselves (gzip.h), so both ends share one codec and one size limit.
    config.set_request_compressed_response(false);
    if (!options.caFile.empty()) {
        std::string ca = options.caFile;
        config.set_ssl_context_callback([ca](boost::asio::ssl::context& ctx) {
            boost::system::error_code ec;
            ctx.load_verify_file(ca, ec);  // a bad file shows up as a TLS failure on connect
        });
    }
    try {
        impl->client =
            std::make_unique<whttp::client::http_client>(utility::conversions::to_string_t(options.baseUrl), config);
    } catch (const std::exception& e) {
        return Status(ErrorCode::InvalidArgument, std::string("bad server URL: ") + e.what());
    }
    return std::unique_ptr<HttpTransport>(new HttpTransport(std::move(impl)));
}

HttpTransport::HttpTransport(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
HttpTransport::~HttpTransport() = default;

const HttpTransportOptions& HttpTransport::options() const {
    return m_impl->options;
}

Result<TransportReply> HttpTransport::post(Endpoint endpoint, const std::string& body, const std::string& token) {
    whttp::http_request request(whttp::methods::POST);
    request.set_request_uri(utility::conversions::to_string_t(std::string(endpointPath(endpoint))));
    // v2 bodies are packed already (zstd, compress.h): gzip would only add bytes.
    bool compress = endpoint != Endpoint::Sync && body.size() >= m_impl->options.gzipThreshold;
    std::string onWire = compress ? wire::gzip(body) : body;
    request.set_body(std::vector<unsigned char>(onWire.begin(), onWire.end()));
    auto& headers = request.headers();
    headers.set_content_type(U("application/x-protobuf"));
    if (endpoint != Endpoint::Sync) headers.add(U("Accept-Encoding"), U("gzip"));
    if (compress) headers.add(U("Content-Encoding"), U("gzip"));
    if (!token.empty()) headers.add(U("Authorization"), utility::conversions::to_string_t("Bearer " + token));

    TransportReply reply;
    std::string encoding;
    try {
        whttp::http_response response = m_impl->client->request(request).get();
        reply.httpStatus = response.status_code();
        auto it = response.headers().find(U("Content-Encoding"));
        if (it != response.headers().end()) encoding = utility::conversions::to_utf8string(it->second);
        std::vector<unsigned char> bytes = response.extract_vector().get();
        reply.body.assign(bytes.begin(), bytes.end());
    } catch (const std::exception& e) {
        return Status(ErrorCode::Unavailable,
                      std::string("no answer from ") + m_impl->options.baseUrl + ": " + e.what());
    }
    // A protobuf body never starts with the gzip magic (0x1f is no valid tag), so this check
    // also copes with a stack that inflated the body already but left the header.
    bool gzipped = reply.body.size() >= 2 && static_cast<unsigned char>(reply.body[0]) == 0x1f &&
                   static_cast<unsigned char>(reply.body[1]) == 0x8b;
    if (encoding.find("gzip") != std::string::npos && gzipped) {
        auto inflated = wire::gunzip(reply.body, m_impl->options.maxReplyBytes);
        if (!inflated) return inflated.status();
        reply.body = std::move(inflated).value();
    }
    return reply;
}

}  // namespace gridwork::http
