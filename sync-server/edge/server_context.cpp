#include "server_context.h"

#include "gridwork/core/domain/enums.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <filesystem>
#include <iostream>

namespace gridwork::server {

namespace fs = std::filesystem;

DataPaths dataPaths(const std::string& dir) {
    return {dir, dir + "/server.db", dir + "/attachments"};
}

Result<std::unique_ptr<SyncService>> openService(const std::string& dir, bool create, bool durable) {
    DataPaths paths = dataPaths(dir);
    std::error_code ec;
    if (create) {
        fs::create_directories(paths.attachments, ec);
        if (ec) return Status(ErrorCode::Storage, "cannot create " + paths.attachments + ": " + ec.message());
    } else if (!fs::exists(paths.db, ec)) {
        return Status(ErrorCode::NotFound,
                      "no township in " + dir + " (run `gridwork-server init --data " + dir + "` first)");
    }
    SyncServiceOptions options;
    options.dbPath = paths.db;
    options.durable = durable;
    // GRIDWORK_DB_KEY / GRIDWORK_DB_KEY_FILE: the database is SQLCipher-encrypted under that key (a
    // plain one is encrypted in place on first use); neither: plain (core/docs/encryption.md).
    GW_ASSIGN_OR_RETURN(options.key, keyFromEnvironment());
    return SyncService::open(std::move(options));
}

Result<std::vector<Uuid>> resolveGrids(SyncService& service, const std::vector<std::string>& items) {
    std::vector<Uuid> out;
    Status st = service.withStore([&](Store& store) -> Status {
        const std::string grid(domain::enumName(domain::OrgLevel::Grid));
        GW_ASSIGN_OR_RETURN(
            db::Query q,
            store.database().prepare("SELECT id FROM org_units WHERE level=?1 AND (deleted IS NULL OR deleted=0) "
                                     "AND (id=?2 OR code=?3 OR name=?3)"));
        for (const auto& item : items) {
            auto id = Uuid::parse(item);
            q->bind(1, grid).bind(2, id ? id->toValue() : Value::null()).bind(3, item);
            if (!q->step()) {
                q->reset();
                return {ErrorCode::InvalidArgument, "no grid named or numbered \"" + item + "\""};
            }
            out.push_back(q->getUuid(0));
            q->reset();
        }
        return Status::ok();
    });
    if (!st) return st;
    return out;
}

std::string gridName(SyncService& service, const Uuid& grid) {
    std::string name = grid.toString();
    (void)service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(db::Query q, store.database().prepare("SELECT name FROM org_units WHERE id=?1"));
        q->bind(1, grid.toValue());
        GW_ASSIGN_OR_RETURN(bool found, q->next());
        if (found) name = q->getText(0);
        return Status::ok();
    });
    return name;
}

int fail(const std::string& command, const Status& status) {
    std::cerr << "gridwork-server " << command << ": " << status.toString() << "\n";
    return 1;
}

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "gridwork-server " << command << ": " << message << "\n"
              << "Run `gridwork-server --help` for usage.\n";
    return 2;
}

}  // namespace gridwork::server
