// rows.h — small helpers shared by the repositories (internal to core/src/domain).
//
// Conversions between record fields and column Values (empty text and nil ids are NULL), the
// query helpers (a failed read is an error, never an empty answer), and common errors.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain::rows {

inline Value text(const std::string& s) {
    return s.empty() ? Value::null() : Value::text(s);
}
inline Value id(const Uuid& u) {
    return u.isNil() ? Value::null() : u.toValue();
}
inline Value real(std::optional<double> v) {
    return v ? Value::real(*v) : Value::null();
}
template <typename E> Value name(E v) {
    return Value::text(std::string(enumName(v)));
}

// A NEW row needs no NULL columns (absent is NULL) and no `deleted=0` (the DDL default): fewer
// clocks and outbox entries per row. Never for edits, where NULL clears a field.
inline RowWrite newRow(RowWrite w) {
    std::erase_if(w.columns, [](const auto& c) {
        return c.second.isNull() || (c.first == "deleted" && c.second == Value::boolean(false));
    });
    return w;
}

inline Uuid orNew(const Uuid& u) {
    return u.isNil() ? newUuidV7() : u;
}
inline std::int64_t nowMs(Store& s) {
    return static_cast<std::int64_t>(s.clock().correctedNowMs());
}

inline Status notFound(std::string_view what) {
    return {ErrorCode::NotFound, std::string(what) + "不存在"};
}
inline Status invalidState(std::string_view what) {
    return {ErrorCode::InvalidState, std::string(what)};
}
inline Status storage(db::Database& db) {
    return {ErrorCode::Storage, db.lastError()};
}

template <typename E> E enumOr(const std::string& stored, E fallback) {
    auto v = parseEnum<E>(stored);
    return v ? *v : fallback;
}

inline std::optional<double> optReal(db::Statement& q, int col) {
    return q.isNull(col) ? std::nullopt : std::optional<double>(q.getReal(col));
}
inline std::optional<GeoPoint> optPoint(db::Statement& q, int latCol, int lonCol) {
    if (q.isNull(latCol) || q.isNull(lonCol)) return std::nullopt;
    return GeoPoint{q.getReal(latCol), q.getReal(lonCol)};
}

// Runs a query with binds done by `bind`, mapping each row with `read`: every row, or the error
// of a statement that did not prepare or a step that failed (never a short list).
template <typename T, typename Bind, typename Read>
Result<std::vector<T>> queryAll(db::Database& db, std::string_view sql, Bind bind, Read read) {
    std::vector<T> out;
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare(sql));
    bind(*q);
    while (q->step()) out.push_back(read(*q));
    GW_TRY(q->status());
    return out;
}

// The first row mapped with `read`; nullopt when there is no row; the error when the read failed.
template <typename T, typename Bind, typename Read>
Result<std::optional<T>> queryOne(db::Database& db, std::string_view sql, Bind bind, Read read) {
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare(sql));
    bind(*q);
    GW_ASSIGN_OR_RETURN(bool found, q->next());
    if (!found) return std::optional<T>();
    return std::optional<T>(read(*q));
}

// The boundary of the repositories' list reads that still answer an empty list (nullopt, 0) when
// the read fails: their signatures move to Result in a follow-up of issue 8 (callers in the CLI,
// the app and the server edge). Everything below them propagates the error; grep for orEmpty.
template <typename T> T orEmpty(Result<T> r) {
    return r.isOk() ? std::move(r).value() : T{};
}

// True when the row exists and is not tombstoned (tables with a `deleted` column) / exists.
Result<bool> isLive(db::Database& db, std::string_view table, const Uuid& id);
// True when a row with this id exists at all (live or tombstoned).
Result<bool> exists(db::Database& db, std::string_view table, const Uuid& id);

// The grid of a live row, nullopt when missing or tombstoned.
Result<std::optional<Uuid>> liveGrid(db::Database& db, std::string_view table, const Uuid& id);

// Validates a phone if non-empty and returns the normalised form (or "" for empty).
Result<std::string> optionalPhone(const std::string& phone, std::string_view field);

}  // namespace gridwork::domain::rows
