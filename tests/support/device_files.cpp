#include "device_files.h"

namespace gridwork::testing {

Result<std::unique_ptr<Store>> openDeviceStore(const std::string& path, StoreOptions base) {
    GW_ASSIGN_OR_RETURN(StoreOptions device, deviceStoreOptions(path));
    base.key = device.key;
    return Store::open(path, base);
}

Result<std::unique_ptr<db::Database>> openDeviceDatabase(const std::string& path) {
    GW_ASSIGN_OR_RETURN(StoreOptions device, deviceStoreOptions(path));
    return db::Database::open(path, true, device.key);
}

}  // namespace gridwork::testing
