// db_check.h — test access to a SQLite file through db::Database where a failed query fails the
// test (REQUIRE) instead of reading as "no rows": tests check what they mean to check.
#pragma once

#include "gridwork/core/store/db.h"

#include <doctest/doctest.h>

#include <optional>
#include <string_view>

namespace gridwork::testing {

inline db::Query mustPrepare(db::Database& db, std::string_view sql) {
    auto q = db.prepare(sql);
    REQUIRE_MESSAGE(q.isOk(), q.status().toString());
    return std::move(q).value();
}

// The integer in the first column of the first row; nullopt for no row or NULL.
inline std::optional<std::int64_t> mustQueryInt(db::Database& db, std::string_view sql) {
    auto v = db.queryInt(sql);
    REQUIRE_MESSAGE(v.isOk(), v.status().toString());
    return *v;
}

}  // namespace gridwork::testing
