// device_key.cpp — which key a device's database opens with (store.h: deviceStoreOptions).
#include "gridwork/core/store/store.h"

#include <cstdlib>

namespace gridwork {

Result<StoreOptions> deviceStoreOptions(const std::string& path) {
    StoreOptions options;
#ifdef GRIDWORK_HAVE_SQLCIPHER
    const char* pin = std::getenv("GRIDWORK_PIN");
    FileKeyStore keys(defaultKeyPath(path), pin ? pin : "");
    GW_ASSIGN_OR_RETURN(SecretKey key, keys.key());
    options.key = key;
#else
    (void)path;
#endif
    return options;
}

}  // namespace gridwork
