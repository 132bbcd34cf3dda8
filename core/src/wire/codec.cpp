#include "gridwork/core/wire/codec.h"

#include <zlib.h>

#include <cstring>

namespace gridwork::wire {

std::string uuidBytes(const Uuid& id) {
    if (id.isNil()) return {};
    return std::string(reinterpret_cast<const char*>(id.bytes.data()), id.bytes.size());
}

bool uuidFromBytes(const std::string& bytes, Uuid& out) {
    if (bytes.empty()) {
        out = Uuid::nil();
        return true;
    }
    if (bytes.size() != 16) return false;
    std::memcpy(out.bytes.data(), bytes.data(), 16);
    return true;
}

void toProto(const Value& v, pb::Value* out) {
    switch (v.kind()) {
    case Value::Kind::Null: out->Clear(); break;
    case Value::Kind::Integer: out->set_int_value(v.asInt()); break;
    case Value::Kind::Real: out->set_real_value(v.asReal()); break;
    case Value::Kind::Text: out->set_text_value(v.asText()); break;
    case Value::Kind::Blob:
        out->set_blob_value(std::string(reinterpret_cast<const char*>(v.asBlob().data()), v.asBlob().size()));
        break;
    }
}

Value fromProto(const pb::Value& v) {
    switch (v.kind_case()) {
    case pb::Value::kIntValue: return Value::integer(v.int_value());
    case pb::Value::kRealValue: return Value::real(v.real_value());
    case pb::Value::kTextValue: return Value::text(v.text_value());
    case pb::Value::kBlobValue: {
        const std::string& b = v.blob_value();
        return Value::blob(Blob(b.begin(), b.end()));
    }
    case pb::Value::KIND_NOT_SET: break;
    }
    return Value::null();
}

void toProto(const Change& c, pb::Change* out) {
    out->Clear();
    out->set_table(c.table);
    out->set_row_id(std::string(reinterpret_cast<const char*>(c.rowId.bytes.data()), 16));
    out->set_column(c.column);
    if (!c.value.isNull()) toProto(c.value, out->mutable_value());
    out->set_hlc(c.hlc);
    out->set_site_id(std::string(reinterpret_cast<const char*>(c.site.bytes.data()), 16));
    if (!c.gridId.isNil()) out->set_grid_id(uuidBytes(c.gridId));
}

Result<Change> fromProto(const pb::Change& c) {
    Change out;
    out.table = c.table();
    out.column = c.column();
    if (c.row_id().size() != 16 || !uuidFromBytes(c.row_id(), out.rowId))
        return Status(ErrorCode::Malformed, "change row_id must be 16 bytes");
    if (c.site_id().size() != 16 || !uuidFromBytes(c.site_id(), out.site))
        return Status(ErrorCode::Malformed, "change site_id must be 16 bytes");
    if (!uuidFromBytes(c.grid_id(), out.gridId)) return Status(ErrorCode::Malformed, "change grid_id must be 16 bytes");
    if (c.has_value()) out.value = fromProto(c.value());
    out.hlc = c.hlc();
    return out;
}

std::string encodeError(const Status& status, std::uint64_t serverTimeMs, std::uint64_t stampEpoch, bool wipe) {
    pb::Error e;
    e.set_code(static_cast<pb::ErrorCode>(static_cast<int>(status.code())));
    e.set_message(status.message());
    e.set_server_time_ms(serverTimeMs);
    e.set_stamp_epoch(stampEpoch);
    e.set_wipe(wipe);
    return e.SerializeAsString();
}

Status decodeError(int httpStatus, std::string_view body, std::uint64_t* serverTimeMs, std::uint64_t* stampEpoch,
                   bool* wipe) {
    if (wipe) *wipe = false;
    if (serverTimeMs) *serverTimeMs = 0;
    if (stampEpoch) *stampEpoch = 0;
    pb::Error e;
    if (!body.empty() && e.ParseFromArray(body.data(), static_cast<int>(body.size())) && e.code() != 0) {
        if (serverTimeMs) *serverTimeMs = e.server_time_ms();
        if (stampEpoch) *stampEpoch = e.stamp_epoch();
        if (wipe) *wipe = e.wipe();
        return {errorCodeFromNumber(e.code()), e.message()};
    }
    ErrorCode code = httpStatus == 401   ? ErrorCode::Unauthenticated
                     : httpStatus == 403 ? ErrorCode::WrongGrid
                     : httpStatus == 404 ? ErrorCode::NotFound
                     : httpStatus == 413 ? ErrorCode::TooLarge
                     : httpStatus >= 500 ? ErrorCode::Unavailable
                                         : ErrorCode::Internal;
    return {code, "HTTP " + std::to_string(httpStatus) + " without an error body"};
}

std::string gzip(std::string_view data, int level) {
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

Result<std::string> gunzip(std::string_view data, std::size_t maxOutput) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status(ErrorCode::Internal, "inflateInit failed");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    char buf[1 << 15];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return Status(ErrorCode::Malformed, "body is not valid gzip");
        }
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > maxOutput) {
            inflateEnd(&zs);
            return Status(ErrorCode::TooLarge, "decompressed body is over the limit");
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return Status(ErrorCode::Malformed, "gzip body is truncated");
        }
    }
    inflateEnd(&zs);
    return out;
}

}  // namespace gridwork::wire
