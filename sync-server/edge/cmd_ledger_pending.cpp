// TEMPORARY: `ledger import` while core's CSV importer (core/domain/ledger_import.h) is not yet
// built; removed when it lands (see CMakeLists.txt).
#include "commands.h"
#include "server_context.h"

namespace gridwork::server {

int runLedgerImport(const Args&) {
    return fail("ledger import", {ErrorCode::Unavailable, "this build has no ledger importer yet"});
}

}  // namespace gridwork::server
