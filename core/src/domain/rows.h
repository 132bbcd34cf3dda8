// rows.h — small helpers shared by the repositories (internal to core/src/domain).
//
// Conversions between record fields and column Values (empty text and nil ids are NULL), a
// statement guard that resets on scope exit (so no read stays open), and common errors.
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

// Resets the statement when the scope ends, whether it was stepped to the end or not.
class Guard {
public:
    explicit Guard(db::Statement* s) : m_s(s) {}
    ~Guard() {
        if (m_s) m_s->reset();
    }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

private:
    db::Statement* m_s;
};

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

// Runs a prepared query with binds done by `bind`, mapping each row with `read`.
template <typename T, typename Bind, typename Read>
std::vector<T> queryAll(db::Database& db, std::string_view sql, Bind bind, Read read) {
    std::vector<T> out;
    db::Statement* q = db.prepare(sql);
    if (!q) return out;
    Guard g(q);
    bind(*q);
    while (q->step()) out.push_back(read(*q));
    return out;
}

template <typename T, typename Bind, typename Read>
std::optional<T> queryOne(db::Database& db, std::string_view sql, Bind bind, Read read) {
    db::Statement* q = db.prepare(sql);
    if (!q) return std::nullopt;
    Guard g(q);
    bind(*q);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

// True when the row exists and is not tombstoned (tables with a `deleted` column) / exists.
bool isLive(db::Database& db, std::string_view table, const Uuid& id);
// True when a row with this id exists at all (live or tombstoned).
bool exists(db::Database& db, std::string_view table, const Uuid& id);

// The grid of a live row, nullopt when missing or tombstoned.
std::optional<Uuid> liveGrid(db::Database& db, std::string_view table, const Uuid& id);

// Validates a phone if non-empty and returns the normalised form (or "" for empty).
Result<std::string> optionalPhone(const std::string& phone, std::string_view field);

// A row id derived from two ids, for a row that must be ONE however many devices write it (an
// evacuation per household and emergency, a notice told per household): the first 16 bytes of
// SHA-256(tag || a || b), marked as a UUIDv8 (RFC 9562).
Uuid derivedRowId(std::string_view tag, const Uuid& a, const Uuid& b);

// A set of grids in one text column: canonical ids, sorted, de-duplicated, joined by ','; "" for
// none (stored as NULL: the whole township). Decoding skips what does not parse.
std::string encodeGrids(std::vector<Uuid> grids);
std::vector<Uuid> decodeGrids(std::string_view s);

}  // namespace gridwork::domain::rows
