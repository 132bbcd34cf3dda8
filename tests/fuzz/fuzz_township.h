// fuzz_township.h — the one township every server-side fuzz target sends its input to: a
// SyncService on a temporary file (synchronous=NORMAL), one grid, one worker with an enrolled
// device, so a body gets past authentication and reaches the decoders and the store.
// Built once per process (libFuzzer runs a target in one process); removed at exit.
#pragma once

#include "gridwork/server/sync_service.h"

#include <memory>
#include <string>

namespace gridwork::fuzz {

struct FuzzTownship {
    std::string dir;
    std::unique_ptr<server::SyncService> service;
    Uuid grid;
    Uuid worker;
    std::string token;  // the enrolled device's bearer token
};

// The process's township (created on first call; aborts if it cannot be made).
FuzzTownship& township();
// A fresh temporary directory under $TMPDIR, removed at exit.
std::string scratchDir(const char* name);

}  // namespace gridwork::fuzz
