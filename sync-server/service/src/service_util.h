// service_util.h — small helpers shared by the service's endpoint files (private to service/src).
#pragma once

#include "gridwork/core/base/uuid.h"

#include <algorithm>
#include <vector>

namespace gridwork::server {

inline bool contains(const std::vector<Uuid>& v, const Uuid& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace gridwork::server
