// migrations.h — brings a database file to a schema version (internal to core).
#pragma once

#include "gridwork/core/base/error.h"

namespace gridwork {
namespace db {
class Database;
}

int latestSchemaVersion();
// Applies the missing steps up to targetVersion (0 = latest). Never goes down: a newer file
// than this program returns InvalidState and is left untouched.
Status migrate(db::Database& db, int targetVersion = 0);

}  // namespace gridwork
