// enum_option.h — reads an enum-valued option (wire name or Chinese label, domain/enums.h).
//
// Contract: absent → nullopt; a value that is not an option → the domain's own validation
// message (validateEnum: "房屋类型：“别墅”不是有效的选项（自住、出租、商铺）"), InvalidArgument,
// which commands report with Invocation::fail (exit 1).
#pragma once

#include "invocation.h"

#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::device {

template <typename E>
Result<std::optional<E>> enumOption(const Invocation& inv, const std::string& name, std::string_view fieldZh) {
    auto v = inv.text(name);
    if (!v) return std::optional<E>{};
    if (auto e = domain::parseEnum<E>(*v)) return std::optional<E>{*e};
    Status s = domain::validateEnum<E>(*v, fieldZh);
    if (s.isOk()) s = Status(ErrorCode::InvalidArgument, std::string(fieldZh) + "：无效的选项");
    return s;
}

template <typename E> Record& addEnum(Record& r, std::string key, E v) {
    return r.addLabelled(std::move(key), domain::enumName(v), domain::enumLabelZh(v));
}

}  // namespace gridwork::device
