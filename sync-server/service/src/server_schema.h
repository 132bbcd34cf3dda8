// server_schema.h — the server's own tables beside the domain tables (internal).
//
// Versioned by the meta key "server_schema_version" (PRAGMA user_version belongs to core's
// migrations). Each step is frozen once released; add steps, never edit them.
#pragma once

#include "gridwork/core/base/error.h"

namespace gridwork {
class Store;
}

namespace gridwork::server {

int latestServerSchemaVersion();
Status migrateServerSchema(Store& store);

}  // namespace gridwork::server
