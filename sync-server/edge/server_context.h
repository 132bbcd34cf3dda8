// server_context.h — what every gridwork-server subcommand shares: the data directory layout,
// opening the sync service on it, resolving grid names, and how errors are printed.
//
// Layout of DATA (created by `init`):  DATA/server.db (the service's SQLite, WAL),
// DATA/attachments/ (content-addressed files, see attachments/attachment_store.h).
// Contract: openService refuses a directory that `init` did not create (NotFound), so a typo in
// --data never starts an empty township. The database key comes from the environment
// (GRIDWORK_DB_KEY or GRIDWORK_DB_KEY_FILE, key_store.h): given, server.db is SQLCipher-encrypted.
// Thread-safety: plain functions.
#pragma once

#include "cli_args.h"

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"
#include "gridwork/server/sync_service.h"

#include <memory>
#include <string>
#include <vector>

namespace gridwork::server {

struct DataPaths {
    std::string dir;
    std::string db;           // DIR/server.db
    std::string attachments;  // DIR/attachments
};

DataPaths dataPaths(const std::string& dir);

// create: make DIR and a fresh database (init); otherwise DIR/server.db must exist.
// durable=false: synchronous=NORMAL (bulk seeding).
Result<std::unique_ptr<SyncService>> openService(const std::string& dir, bool create = false, bool durable = true);

// Each item is a grid's id, official code or exact name (e.g. "青山村第一网格"); InvalidArgument
// for one that names no grid.
Result<std::vector<Uuid>> resolveGrids(SyncService& service, const std::vector<std::string>& items);
// The name of a grid (or the id text when unknown).
std::string gridName(SyncService& service, const Uuid& grid);

// "gridwork-server <cmd>: <Code>: <message>" on stderr; returns the exit code (1, or 2 for a
// usage error).
int fail(const std::string& command, const Status& status);
int usageError(const std::string& command, const std::string& message);

}  // namespace gridwork::server
