// device_files.h — test helpers that open a device's database the way the app and gridwork-device
// do (store.h: deviceStoreOptions — encrypted under the key file in GRIDWORK_KEY_DIR, which ctest
// points at the build dir). A test that reads or writes a device file made by gridwork-device or
// the app opens it through these, never with plain options (the file is encrypted).
// Contract: the Result of the open; options other than the key are taken from `base`.
#pragma once

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <memory>
#include <string>

namespace gridwork::testing {

Result<std::unique_ptr<Store>> openDeviceStore(const std::string& path, StoreOptions base = {});
Result<std::unique_ptr<db::Database>> openDeviceDatabase(const std::string& path);

}  // namespace gridwork::testing
