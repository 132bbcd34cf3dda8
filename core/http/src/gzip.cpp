#include "gridwork/http/gzip.h"

#include <zlib.h>

namespace gridwork::http {

namespace {
constexpr int kGzipWindowBits = 15 + 16;  // 15-bit window, gzip wrapper
}

std::string gzipCompress(std::string_view data, int level) {
    z_stream zs{};
    deflateInit2(&zs, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY);
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&zs, Z_FINISH);
    (void)rc;
    assert(rc == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

Result<std::string> gzipDecompress(std::string_view data, std::size_t maxOutput) {
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindowBits) != Z_OK) return Status(ErrorCode::Internal, "inflateInit failed");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return Status(ErrorCode::Malformed, "body is not valid gzip");
        }
        std::size_t produced = sizeof buf - zs.avail_out;
        if (out.size() + produced > maxOutput) {
            inflateEnd(&zs);
            return Status(ErrorCode::TooLarge, "decompressed body is over the limit of " + std::to_string(maxOutput) + " bytes");
        }
        out.append(buf, produced);
        if (rc == Z_OK && zs.avail_in == 0 && produced == 0) {
            inflateEnd(&zs);
            return Status(ErrorCode::Malformed, "gzip body is truncated");
        }
    }
    bool trailing = zs.avail_in != 0;
    inflateEnd(&zs);
    if (trailing) return Status(ErrorCode::Malformed, "bytes after the end of the gzip stream");
    return out;
}

bool looksGzipped(std::string_view data) {
    return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f && static_cast<unsigned char>(data[1]) == 0x8b;
}

}  // namespace gridwork::http
