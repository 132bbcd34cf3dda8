// error.h — the one table of error codes, and Status / Result<T>.
//
// Contract: expected failures (bad input, scope violations, storage errors) are values, never
// exceptions. A Status is cheap when OK. Codes mirror gridwork.sync.v1.ErrorCode one to one so a
// server error travels to the device unchanged (see proto/gridwork/sync/v1/sync.proto).
// Thread-safety: plain values; safe to copy between threads.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace gridwork {

// X(name, proto number, http status) — the single source of truth.
#define GRIDWORK_ERROR_CODES(X)                                                                                        \
    X(Ok, 0, 200)                                                                                                      \
    X(InvalidArgument, 1, 400)                                                                                         \
    X(NotFound, 2, 404)                                                                                                \
    X(Malformed, 3, 400)                                                                                               \
    X(TooLarge, 4, 413)                                                                                                \
    X(UnknownTable, 5, 400)                                                                                            \
    X(UnknownColumn, 6, 400)                                                                                           \
    X(WrongGrid, 7, 403)                                                                                               \
    X(Unauthenticated, 8, 401)                                                                                         \
    X(ClockAhead, 9, 409)                                                                                              \
    X(HashMismatch, 10, 422)                                                                                           \
    X(Storage, 11, 503)                                                                                                \
    X(Conflict, 12, 409)                                                                                               \
    X(Unavailable, 13, 503)                                                                                            \
    X(Internal, 14, 500)                                                                                               \
    X(InvalidState, 15, 409)                                                                                           \
    X(Forbidden, 16, 403)

enum class ErrorCode : int {
#define GRIDWORK_X(name, num, http) name = num,
    GRIDWORK_ERROR_CODES(GRIDWORK_X)
#undef GRIDWORK_X
};

// "InvalidArgument" etc.; "Unknown" for a number outside the table.
std::string_view errorCodeName(ErrorCode code);
// The HTTP status the server answers with for this code.
int httpStatusFor(ErrorCode code);
// Maps a wire number to a code; unknown numbers become Internal.
ErrorCode errorCodeFromNumber(int number);

class [[nodiscard]] Status {
public:
    Status() = default;  // OK
    Status(ErrorCode code, std::string message) : m_code(code), m_message(std::move(message)) {}

    static Status ok() { return {}; }
    bool isOk() const { return m_code == ErrorCode::Ok; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return m_code; }
    const std::string& message() const { return m_message; }
    // "InvalidArgument: phone number must have 11 digits"
    std::string toString() const;

private:
    ErrorCode m_code = ErrorCode::Ok;
    std::string m_message;
};

// A value or a non-OK Status.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}                                     // NOLINT(implicit)
    Result(Status status) : m_status(std::move(status)) { assert(!m_status.isOk()); }  // NOLINT
    Result(ErrorCode code, std::string message) : m_status(code, std::move(message)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Status& status() const { return m_status; }
    T& value() & {
        assert(isOk());
        return *m_value;
    }
    const T& value() const& {
        assert(isOk());
        return *m_value;
    }
    T&& value() && {
        assert(isOk());
        return std::move(*m_value);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::optional<T> m_value;
    Status m_status;
};

}  // namespace gridwork

// Early-return helpers for functions returning Status or Result<T>.
#define GW_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        ::gridwork::Status gw_status_ = (expr);                                                                        \
        if (!gw_status_.isOk()) return gw_status_;                                                                     \
    } while (0)

#define GW_CONCAT_INNER(a, b) a##b
#define GW_CONCAT(a, b) GW_CONCAT_INNER(a, b)
#define GW_ASSIGN_OR_RETURN(lhs, expr) GW_ASSIGN_OR_RETURN_IMPL(GW_CONCAT(gw_result_, __LINE__), lhs, expr)
#define GW_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr)                                                                       \
    auto tmp = (expr);                                                                                                 \
    if (!tmp.isOk()) return tmp.status();                                                                              \
    lhs = std::move(tmp).value()
