// location_option.h — reads an optional --lat/--lon pair (both or neither; WGS-84 degrees).
#pragma once

#include "invocation.h"

#include "gridwork/core/domain/records.h"

namespace gridwork::device {

inline Result<std::optional<domain::GeoPoint>> locationOption(const Invocation& inv) {
    GW_ASSIGN_OR_RETURN(auto lat, inv.real("lat"));
    GW_ASSIGN_OR_RETURN(auto lon, inv.real("lon"));
    if (!lat && !lon) return std::optional<domain::GeoPoint>{};
    if (!lat || !lon) return Status(ErrorCode::InvalidArgument, "--lat and --lon go together");
    if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)
        return Status(ErrorCode::InvalidArgument, "--lat/--lon out of range");
    return std::optional<domain::GeoPoint>{domain::GeoPoint{*lat, *lon}};
}

}  // namespace gridwork::device
