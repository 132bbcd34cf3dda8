#include "domain/ledger_rows.h"

#include "domain/rows.h"
#include "gridwork/core/base/parse.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/schema.h"

namespace gridwork::domain::ledger {

int currentYear(std::int64_t nowMs) {
    return localYearFromMs(nowMs);
}

Result<RowWrite> householdWrite(Household& h) {
    h.address = trimText(h.address);
    h.headName = trimText(h.headName);
    h.note = trimText(h.note);
    GW_TRY(validateRequired(h.address, "地址"));
    GW_TRY(validateMaxLength(h.address, "地址", kMaxShortText));
    GW_TRY(validateMaxLength(h.headName, "户主", kMaxShortText));
    GW_TRY(validateMaxLength(h.note, "备注", kMaxLongText));
    if (h.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    GW_ASSIGN_OR_RETURN(h.phone, rows::optionalPhone(h.phone, "联系电话"));
    h.id = rows::orNew(h.id);
    RowWrite w{std::string(tables::kHouseholds), h.id, {}};
    w.set("grid_id", h.gridId.toValue())
        .set("micro_grid_id", rows::id(h.microGridId))
        .set("address", Value::text(h.address))
        .set("kind", rows::name(h.kind))
        .set("status", rows::name(h.status))
        .set("head_name", rows::text(h.headName))
        .set("phone", rows::text(h.phone))
        .set("note", rows::text(h.note));
    return rows::newRow(std::move(w));
}

Status reconcileWithId(Resident& r, int year) {
    if (!r.idNumber.empty()) {
        GW_TRY(validateIdNumber(r.idNumber, "身份证号"));
        r.idNumber = normalizeIdNumber(r.idNumber);
        // validateIdNumber checked the birth date, so its year is four digits.
        int idYear = parseNumber<int>(std::string_view(*idNumberBirthDate(r.idNumber)).substr(0, 4)).value_or(0);
        Gender idGender = *idNumberGender(r.idNumber);
        if (r.birthYear && *r.birthYear != idYear)
            return {ErrorCode::InvalidArgument,
                    "出生年份：与身份证号不一致（身份证为" + std::to_string(idYear) + "年）"};
        if (r.gender && *r.gender != idGender) return {ErrorCode::InvalidArgument, "性别：与身份证号不一致"};
        r.birthYear = idYear;
        r.gender = idGender;
    }
    if (r.birthYear && (*r.birthYear < 1900 || *r.birthYear > year))
        return {ErrorCode::InvalidArgument, "出生年份：应在1900年到" + std::to_string(year) + "年之间"};
    return Status::ok();
}

Result<RowWrite> residentWrite(Resident& r, int year) {
    r.name = trimText(r.name);
    r.relation = trimText(r.relation);
    GW_TRY(validateRequired(r.name, "姓名"));
    GW_TRY(validateMaxLength(r.name, "姓名", kMaxShortText));
    GW_TRY(validateMaxLength(r.relation, "与户主关系", kMaxShortText));
    if (r.householdId.isNil()) return Status(ErrorCode::InvalidArgument, "所属户：不能为空");
    if (r.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    r.idNumber = trimText(r.idNumber);
    GW_TRY(reconcileWithId(r, year));
    GW_ASSIGN_OR_RETURN(r.phone, rows::optionalPhone(r.phone, "联系电话"));
    r.id = rows::orNew(r.id);
    std::string tags = encodeTags(r.tags);
    r.tags = decodeTags(tags);
    RowWrite w{std::string(tables::kResidents), r.id, {}};
    w.set("grid_id", r.gridId.toValue())
        .set("household_id", r.householdId.toValue())
        .set("name", Value::text(r.name))
        .set("id_number", rows::text(r.idNumber))
        .set("phone", rows::text(r.phone))
        .set("birth_year", r.birthYear ? Value::integer(*r.birthYear) : Value::null())
        .set("gender", r.gender ? rows::name(*r.gender) : Value::null())
        .set("relation", rows::text(r.relation))
        .set("tags", rows::text(tags))
        .set("status", rows::name(r.status));
    return rows::newRow(std::move(w));
}

}  // namespace gridwork::domain::ledger
