// resident add|edit|show — the people of a household.
#include "domain_records.h"
#include "enum_option.h"
#include "invocation.h"

#include "gridwork/core/domain/ledger_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

// --tag T (repeatable) or --tags a,b: wire names or Chinese labels.
Result<std::optional<std::vector<ResidentTag>>> tagOptions(const Invocation& inv) {
    std::vector<std::string> words = inv.all("tag");
    if (auto list = inv.text("tags")) {
        std::size_t start = 0;
        while (start <= list->size()) {
            std::size_t comma = list->find(',', start);
            std::string w = list->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!w.empty()) words.push_back(w);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    if (words.empty() && !inv.flag("tags") && !inv.flag("no-tags")) return std::optional<std::vector<ResidentTag>>{};
    std::vector<ResidentTag> tags;
    for (const auto& w : words) {
        auto t = parseEnum<ResidentTag>(w);
        if (!t) return validateEnum<ResidentTag>(w, "人员标签");
        tags.push_back(*t);
    }
    return std::optional<std::vector<ResidentTag>>{tags};
}

Result<std::optional<int>> birthYear(const Invocation& inv) {
    GW_ASSIGN_OR_RETURN(auto n, inv.integer("birth-year"));
    if (!n) return std::optional<int>{};
    return std::optional<int>{static_cast<int>(*n)};
}

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, Uuid household, inv.requireUuid("household"));
    GW_USAGE(inv, auto year, birthYear(inv));
    GW_REFUSE(inv, auto gender, enumOption<Gender>(inv, "gender", "性别"));
    GW_REFUSE(inv, auto status, enumOption<ResidentStatus>(inv, "status", "状态"));
    GW_REFUSE(inv, auto tags, tagOptions(inv));
    GW_REFUSE(inv, Store * store, inv.store());
    Resident r;
    r.id = id.value_or(Uuid{});
    r.householdId = household;
    r.name = inv.text("name").value_or("");
    r.idNumber = inv.text("id-number").value_or("");
    r.phone = inv.text("phone").value_or("");
    r.birthYear = year;
    r.gender = gender;
    r.relation = inv.text("relation").value_or("");
    r.tags = tags.value_or(std::vector<ResidentTag>{});
    r.status = status.value_or(ResidentStatus::Present);
    GW_REFUSE(inv, auto added, LedgerRepo(*store).addResident(r));
    inv.printCreated("resident", added.id);
    return 0;
}

int runEdit(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "resident"));
    GW_USAGE(inv, auto household, inv.uuid("household"));
    GW_USAGE(inv, auto year, birthYear(inv));
    ResidentPatch patch;
    patch.householdId = household;
    if (year) patch.birthYear = year;
    GW_REFUSE(inv, auto gender, enumOption<Gender>(inv, "gender", "性别"));
    if (gender) patch.gender = gender;
    GW_REFUSE(inv, patch.status, enumOption<ResidentStatus>(inv, "status", "状态"));
    GW_REFUSE(inv, patch.tags, tagOptions(inv));
    patch.name = inv.text("name");
    patch.idNumber = inv.text("id-number");
    patch.phone = inv.text("phone");
    patch.relation = inv.text("relation");
    if (!patch.householdId && !patch.birthYear && !patch.gender && !patch.status && !patch.tags && !patch.name &&
        !patch.idNumber && !patch.phone && !patch.relation)
        return inv.usage("nothing to change: give at least one field option");
    GW_REFUSE(inv, Store * store, inv.store());
    GW_REFUSE_STATUS(inv, LedgerRepo(*store).editResident(id, patch));
    if (inv.json()) inv.print(Record().add("updated", "resident").add("id", id));
    return 0;
}

int runShow(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "resident"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_REFUSE(inv, auto r, LedgerRepo(*store).getResident(id));
    inv.print(residentRecord(r, inv.flag("reveal")));
    return 0;
}

std::vector<OptionSpec> fieldOptions(bool forAdd) {
    return {{"name", "NAME", "the person's name", forAdd},
            {"id-number", "ID_NUMBER", "the 18-character mainland ID number (checked)"},
            {"phone", "PHONE", "mobile or landline"},
            {"birth-year", "YEAR", "birth year (default: from the ID number)"},
            {"gender", "GENDER", "male|female (男/女; default: from the ID number)"},
            {"relation", "TEXT", "relation to the head of household: 户主, 配偶, 子女, ..."},
            {"tag", "TAG", "elderly_alone, low_income, disabled, left_behind_child, key_patient, ...", false, true},
            {"tags", "T1,T2", "the tags as one comma-separated list"},
            {"status", "STATUS", "present|moved_out|deceased"}};
}

std::vector<OptionSpec> addOptions() {
    auto o = fieldOptions(true);
    o.insert(o.begin(), {"household", "ID", "the household the person lives in", true});
    o.push_back({"id", "ID", "use this id (default: a new UUIDv7)"});
    return o;
}

std::vector<OptionSpec> editOptions() {
    auto o = fieldOptions(false);
    o.push_back({"household", "ID", "move the person to another household of the same grid"});
    o.push_back({"no-tags", "", "remove every tag"});
    return o;
}
}  // namespace

CommandGroup residentCommands() {
    return {"resident",
            "residents of a household: add, edit, show",
            {{"add", "Adds a resident to a household and prints the id.", addOptions(), {}, 0, 0, runAdd},
             {"edit", "Changes the given fields of a resident (the others keep their values).", editOptions(),
              "RESIDENT_ID", 1, 1, runEdit},
             {"show",
              "Shows a resident (ID number and phone masked).",
              {{"reveal", "", "show the full ID number and phone"}},
              "RESIDENT_ID",
              1,
              1,
              runShow}}};
}

}  // namespace gridwork::device
