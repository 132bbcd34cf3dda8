// ledger_import.cpp — streaming CSV import of households and residents (see ledger_import.h and
// core/docs/ledger-csv.md).
#include "gridwork/core/domain/ledger_import.h"

#include "domain/csv_reader.h"
#include "domain/ledger_rows.h"
#include "domain/rows.h"
#include "gridwork/core/base/parse.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/db.h"

#include <array>
#include <fstream>
#include <unordered_map>

namespace gridwork::domain {

namespace {
enum Col {
    kCode,
    kAddress,
    kHead,
    kMicroGrid,
    kKind,
    kNote,
    kName,
    kIdNumber,
    kPhone,
    kBirthYear,
    kGender,
    kRelation,
    kTags,
    kColCount
};

struct ColDef {
    Col col;
    std::string_view header;
    std::string_view aliases;  // '|'-separated
    bool required;
};

constexpr std::array<ColDef, kColCount> kCols{{
    {kCode, "户编号", "户号|户编码", true},
    {kAddress, "地址", "住址|家庭住址|门牌地址", true},
    {kHead, "户主", "户主姓名", false},
    {kMicroGrid, "微网格", "所属微网格", false},
    {kKind, "房屋类型", "房屋性质|户类型", false},
    {kNote, "户备注", "备注", false},
    {kName, "姓名", "人员姓名|成员姓名", true},
    {kIdNumber, "身份证号", "身份证号码|公民身份号码", false},
    {kPhone, "联系电话", "电话|手机号|手机号码|联系方式", false},
    {kBirthYear, "出生年份", "出生年", false},
    {kGender, "性别", "", false},
    {kRelation, "与户主关系", "关系", false},
    {kTags, "标签", "人员标签|人员类别", false},
}};

constexpr std::string_view kFullColon = "\xEF\xBC\x9A";  // "："

bool matchesHeader(const ColDef& d, std::string_view h) {
    if (d.header == h) return true;
    std::string_view a = d.aliases;
    while (!a.empty()) {
        auto bar = a.find('|');
        if (a.substr(0, bar) == h) return true;
        if (bar == std::string_view::npos) break;
        a.remove_prefix(bar + 1);
    }
    return false;
}

// The first 17 digits of a valid ID number as an integer: an exact, compact duplicate key.
// Callers pass validated ID numbers only (17 digits and a check character).
std::uint64_t idKey(const std::string& id) {
    return parseNumber<std::uint64_t>(std::string_view(id).substr(0, 17)).value_or(0);
}

struct HouseholdState {
    Uuid id;
    RowWrite write;  // until written
    std::string address;
    std::string microGrid;  // name, "" = none
    std::int64_t line = 0;
    bool written = false;
};

// Strict UTF-8 (no overlongs, no surrogates). A GBK file — what Excel saves as "CSV" on a
// Chinese Windows — fails this on its first hanzi.
bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (n < 0 || i + static_cast<std::size_t>(n) >= s.size()) return false;
        std::uint32_t cp = c & (0x3F >> n);
        for (int k = 1; k <= n; ++k) {
            unsigned char d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

// Splits a tag cell on the separators people use: , ， 、 ; ； | / and spaces.
std::vector<std::string> splitTags(const std::string& cell) {
    static const std::vector<std::string> kSeps = {",", "\xEF\xBC\x8C", "\xE3\x80\x81", ";", "\xEF\xBC\x9B", "|", "/",
                                                   " ", "\xE3\x80\x80"};
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < cell.size();) {
        bool sep = false;
        for (const auto& s : kSeps) {
            if (cell.compare(i, s.size(), s) == 0) {
                if (!cur.empty()) out.push_back(cur);
                cur.clear();
                i += s.size();
                sep = true;
                break;
            }
        }
        if (!sep) cur += cell[i++];
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

// Why a line is bad: the column it names ("" for the whole line) and the message.
struct LineProblem {
    std::string column;
    std::string message;
};

// Messages are "字段：原因": the field is the column.
LineProblem problemOf(const Status& s) {
    const std::string& m = s.message();
    auto colon = m.find(kFullColon);
    return {colon == std::string::npos ? "" : m.substr(0, colon), m};
}

class Importer {
public:
    Importer(Store& store, const ImportOptions& options) : m_store(store), m_opt(options) {}

    Result<ImportResult> run(std::istream& in);

private:
    Status readHeader();
    Status loadGrid();
    // Reads and handles records until EOF, an unreadable record, or `maxLines` lines. Returns a
    // storage failure; sets m_done at the end of input.
    Status pump(WriteTxn& txn, std::size_t maxLines);
    Status handle(WriteTxn& txn, const std::vector<std::string>& fields, std::int64_t line);
    // handle's steps; a problem makes the line bad (skipped, reported), nothing else.
    std::optional<LineProblem> checkShape(const std::vector<std::string>& fields) const;
    std::optional<LineProblem> takeHousehold(const std::vector<std::string>& fields, std::int64_t line,
                                             HouseholdState*& out);
    std::optional<LineProblem> takeResident(const std::vector<std::string>& fields, const HouseholdState& hs,
                                            std::optional<RowWrite>& row, std::optional<std::uint64_t>& key);
    Status writeLine(WriteTxn& txn, HouseholdState& hs, const std::optional<RowWrite>& residentRow);
    void lineError(std::int64_t line, std::string column, std::string message);
    // Records a bad line; the import goes on (returns OK).
    Status skip(std::int64_t line, LineProblem p) {
        lineError(line, std::move(p.column), std::move(p.message));
        return Status::ok();
    }
    std::string cell(const std::vector<std::string>& fields, Col c) const;
    Result<Uuid> microGridId(WriteTxn& txn, const std::string& name);

    Store& m_store;
    const ImportOptions& m_opt;
    CsvReader* m_reader = nullptr;
    ImportResult m_res;
    std::array<int, kColCount> m_index{};
    std::size_t m_headerCount = 0;
    std::unordered_map<std::string, HouseholdState> m_households;
    std::unordered_map<std::string, Uuid> m_microGrids;
    std::unordered_map<std::uint64_t, std::int64_t> m_idLines;  // 0 = already in the grid
    std::int64_t m_pendingHouseholds = 0, m_pendingResidents = 0;
    std::vector<std::string> m_pendingMicroGrids;
    bool m_writing = true;  // AllOrNothing stops writing (keeps validating) after the first bad line
    bool m_done = false;
    int m_year = 2024;
};

void Importer::lineError(std::int64_t line, std::string column, std::string message) {
    ++m_res.badLines;
    if (m_opt.mode == ImportMode::AllOrNothing) m_writing = false;
    if (m_res.errors.size() < m_opt.maxReportedErrors)
        m_res.errors.push_back({line, std::move(column), std::move(message)});
}

std::string Importer::cell(const std::vector<std::string>& fields, Col c) const {
    int i = m_index[c];
    if (i < 0 || static_cast<std::size_t>(i) >= fields.size()) return {};
    return trimText(fields[static_cast<std::size_t>(i)]);
}

Status Importer::readHeader() {
    std::vector<std::string> fields;
    for (;;) {
        if (!m_reader->next(fields)) {
            if (!m_reader->error().isOk()) return {ErrorCode::InvalidArgument, m_reader->error().message()};
            return {ErrorCode::InvalidArgument, "文件是空的：第一行应为表头（户编号、地址、姓名……）"};
        }
        bool empty = true;
        for (auto& f : fields) empty = empty && trimText(f).empty();
        if (!empty) break;
    }
    for (const auto& f : fields)
        if (!isValidUtf8(f))
            return {ErrorCode::InvalidArgument, "文件不是UTF-8编码：请在Excel中另存为“CSV UTF-8（逗号分隔）”后再导入"};
    m_index.fill(-1);
    m_headerCount = fields.size();
    std::string known;
    for (const auto& d : kCols) known += (known.empty() ? "" : "、") + std::string(d.header);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::string h = trimText(fields[i]);
        if (h.empty()) {
            if (i + 1 == fields.size()) {
                m_headerCount = i;
                break;
            }  // a trailing comma
            return {ErrorCode::InvalidArgument, "表头第" + std::to_string(i + 1) + "列是空的"};
        }
        const ColDef* def = nullptr;
        for (const auto& d : kCols)
            if (matchesHeader(d, h)) def = &d;
        if (!def) return {ErrorCode::InvalidArgument, "表头有未知的列“" + h + "”（可用的列：" + known + "）"};
        if (m_index[def->col] >= 0) return {ErrorCode::InvalidArgument, "表头的列“" + h + "”重复"};
        m_index[def->col] = static_cast<int>(i);
    }
    std::string missing;
    for (const auto& d : kCols)
        if (d.required && m_index[d.col] < 0) missing += (missing.empty() ? "" : "、") + std::string(d.header);
    if (!missing.empty()) return {ErrorCode::InvalidArgument, "表头缺少必需的列：" + missing};
    return Status::ok();
}

Status Importer::loadGrid() {
    auto& db = m_store.database();
    GW_ASSIGN_OR_RETURN(auto level, rows::queryOne<std::string>(
                                        db, "SELECT level FROM org_units WHERE id=?1 AND deleted=0",
                                        [&](db::Statement& q) { q.bind(1, m_opt.gridId); },
                                        [](db::Statement& q) { return q.getText(0); }));
    if (!level) return rows::notFound("导入的目标网格");
    if (*level != enumName(OrgLevel::Grid)) return {ErrorCode::InvalidArgument, "目标网格：所选单位不是网格"};
    for (const auto& mg : OrgRepo(m_store).microGrids(m_opt.gridId)) m_microGrids.emplace(mg.name, mg.id);
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT id_number FROM residents "
                                                "WHERE grid_id=?1 AND deleted=0 AND id_number IS NOT NULL"));
    q->bind(1, m_opt.gridId);
    while (q->step()) {
        std::string id = q->getText(0);
        if (validateIdNumber(id).isOk()) m_idLines.emplace(idKey(normalizeIdNumber(id)), 0);
    }
    GW_TRY(q->status());
    m_year = ledger::currentYear(rows::nowMs(m_store));
    return Status::ok();
}

Result<Uuid> Importer::microGridId(WriteTxn& txn, const std::string& name) {
    auto it = m_microGrids.find(name);
    if (it != m_microGrids.end()) return it->second;
    GW_ASSIGN_OR_RETURN(OrgUnit mg, OrgRepo(m_store).ensureMicroGrid(txn, m_opt.gridId, name));
    m_microGrids.emplace(name, mg.id);
    m_pendingMicroGrids.push_back(name);
    return mg.id;
}

// One CSV line, in named steps: its shape, its household (the first line of a 户编号 defines it),
// its resident (unless a household-only line), then — when the line is good — its writes.
Status Importer::handle(WriteTxn& txn, const std::vector<std::string>& fields, std::int64_t line) {
    if (auto bad = checkShape(fields)) return skip(line, std::move(*bad));
    HouseholdState* hs = nullptr;
    if (auto bad = takeHousehold(fields, line, hs)) return skip(line, std::move(*bad));
    std::optional<RowWrite> residentRow;
    std::optional<std::uint64_t> key;
    if (auto bad = takeResident(fields, *hs, residentRow, key)) return skip(line, std::move(*bad));
    if (key) m_idLines.emplace(*key, line);
    if (!m_writing) return Status::ok();
    return writeLine(txn, *hs, residentRow);
}

std::optional<LineProblem> Importer::checkShape(const std::vector<std::string>& fields) const {
    if (fields.size() > m_headerCount) {
        bool extraEmpty = true;
        for (std::size_t i = m_headerCount; i < fields.size(); ++i)
            extraEmpty = extraEmpty && trimText(fields[i]).empty();
        if (!extraEmpty)
            return LineProblem{"", "这一行有" + std::to_string(fields.size()) + "列，多于表头的" +
                                       std::to_string(m_headerCount) + "列（含逗号的内容请加英文双引号）"};
    }
    for (const auto& f : fields)
        if (!isValidUtf8(f)) return LineProblem{"", "这一行含有不是UTF-8编码的文字"};
    if (cell(fields, kCode).empty()) return LineProblem{"户编号", "户编号：不能为空"};
    return std::nullopt;
}

std::optional<LineProblem> Importer::takeHousehold(const std::vector<std::string>& fields, std::int64_t line,
                                                   HouseholdState*& out) {
    const std::string code = cell(fields, kCode);
    auto it = m_households.find(code);
    if (it != m_households.end()) {  // a later line of the household: it must agree with the first
        std::string address = cell(fields, kAddress), mg = cell(fields, kMicroGrid);
        if (!address.empty() && address != it->second.address)
            return LineProblem{"地址", "地址：与第" + std::to_string(it->second.line) + "行同一户编号的地址不一致"};
        if (!mg.empty() && mg != it->second.microGrid)
            return LineProblem{"微网格",
                               "微网格：与第" + std::to_string(it->second.line) + "行同一户编号的微网格不一致"};
        out = &it->second;
        return std::nullopt;
    }
    Household h;
    h.gridId = m_opt.gridId;
    h.address = cell(fields, kAddress);
    h.headName = cell(fields, kHead);
    if (h.headName.empty() && cell(fields, kRelation) == "户主") h.headName = cell(fields, kName);
    h.note = cell(fields, kNote);
    std::string kind = cell(fields, kKind);
    if (!kind.empty()) {
        Status s = validateEnum<HouseholdKind>(kind, "房屋类型");
        if (!s.isOk()) return problemOf(s);
        h.kind = *parseEnum<HouseholdKind>(kind);
    }
    auto w = ledger::householdWrite(h);
    if (!w.isOk()) return problemOf(w.status());
    HouseholdState st;
    st.id = h.id;
    st.write = std::move(w).value();
    st.address = h.address;
    st.microGrid = cell(fields, kMicroGrid);
    st.line = line;
    out = &m_households.emplace(code, std::move(st)).first->second;
    return std::nullopt;
}

std::optional<LineProblem> Importer::takeResident(const std::vector<std::string>& fields, const HouseholdState& hs,
                                                  std::optional<RowWrite>& row, std::optional<std::uint64_t>& key) {
    const std::string name = cell(fields, kName);
    if (name.empty()) {  // a household-only line carries no person's fields
        for (Col c : {kIdNumber, kPhone, kBirthYear, kGender, kRelation, kTags})
            if (!cell(fields, c).empty()) return LineProblem{"姓名", "姓名：不能为空"};
        return std::nullopt;
    }
    Resident r;
    r.gridId = m_opt.gridId;
    r.householdId = hs.id;
    r.name = name;
    r.idNumber = cell(fields, kIdNumber);
    r.phone = cell(fields, kPhone);
    r.relation = cell(fields, kRelation);
    std::string year = cell(fields, kBirthYear);
    if (!year.empty()) {
        if (year.size() > 3 && year.compare(year.size() - 3, 3, "年") == 0) year.resize(year.size() - 3);
        auto parsed = year.size() == 4 && year[0] != '+' ? parseNumber<int>(year) : std::nullopt;
        if (!parsed || *parsed < 0) return LineProblem{"出生年份", "出生年份：“" + year + "”不是有效的年份（如 1956）"};
        r.birthYear = *parsed;
    }
    std::string gender = cell(fields, kGender);
    if (!gender.empty()) {
        Status s = validateEnum<Gender>(gender, "性别");
        if (!s.isOk()) return problemOf(s);
        r.gender = parseEnum<Gender>(gender);
    }
    for (const auto& t : splitTags(cell(fields, kTags))) {
        Status s = validateEnum<ResidentTag>(t, "标签");
        if (!s.isOk()) return problemOf(s);
        r.tags.push_back(*parseEnum<ResidentTag>(t));
    }
    auto w = ledger::residentWrite(r, m_year);
    if (!w.isOk()) return problemOf(w.status());
    if (!r.idNumber.empty()) {
        key = idKey(r.idNumber);
        auto dup = m_idLines.find(*key);
        if (dup != m_idLines.end())
            return LineProblem{"身份证号", dup->second == 0
                                               ? "身份证号：该网格已登记此身份证号"
                                               : "身份证号：与第" + std::to_string(dup->second) + "行重复"};
    }
    row = std::move(w).value();
    return std::nullopt;
}

Status Importer::writeLine(WriteTxn& txn, HouseholdState& hs, const std::optional<RowWrite>& residentRow) {
    if (!hs.written) {
        if (!hs.microGrid.empty()) {
            GW_ASSIGN_OR_RETURN(Uuid mg, microGridId(txn, hs.microGrid));
            hs.write.set("micro_grid_id", mg.toValue());
        }
        GW_TRY(txn.write(hs.write));
        hs.write = RowWrite{};
        hs.written = true;
        ++m_pendingHouseholds;
    }
    if (residentRow) {
        GW_TRY(txn.write(*residentRow));
        ++m_pendingResidents;
    }
    return Status::ok();
}

Status Importer::pump(WriteTxn& txn, std::size_t maxLines) {
    std::vector<std::string> fields;
    std::size_t handled = 0;
    while (handled < maxLines) {
        if (!m_reader->next(fields)) {
            if (!m_reader->error().isOk()) {
                lineError(m_reader->startLine(), "", m_reader->error().message() + "；此行及之后的内容未导入");
                m_res.truncated = true;
            }
            m_done = true;
            return Status::ok();
        }
        bool empty = true;
        for (auto& f : fields) empty = empty && trimText(f).empty();
        if (empty) continue;
        ++m_res.linesRead;
        ++handled;
        GW_TRY(handle(txn, fields, m_reader->startLine()));
    }
    return Status::ok();
}

Result<ImportResult> Importer::run(std::istream& in) {
    if (m_opt.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "目标网格：不能为空");
    CsvReader reader(in);
    m_reader = &reader;
    GW_TRY(loadGrid());
    GW_TRY(readHeader());

    auto commitPending = [&] {
        m_res.households += m_pendingHouseholds;
        m_res.residents += m_pendingResidents;
        m_res.createdMicroGrids.insert(m_res.createdMicroGrids.end(), m_pendingMicroGrids.begin(),
                                       m_pendingMicroGrids.end());
        m_pendingHouseholds = m_pendingResidents = 0;
        m_pendingMicroGrids.clear();
    };

    if (m_opt.mode == ImportMode::AllOrNothing) {
        bool rolledBack = false;
        Status s = m_store.transaction([&](WriteTxn& txn) {
            GW_TRY(pump(txn, static_cast<std::size_t>(-1)));
            if (m_res.badLines > 0) {
                rolledBack = true;
                return Status(ErrorCode::InvalidArgument, "import rejected");  // rolls the transaction back
            }
            return Status::ok();
        });
        if (rolledBack) {
            m_res.committed = false;
            return m_res;
        }
        GW_TRY(s);
        commitPending();
        m_res.committed = true;
        return m_res;
    }

    std::size_t batch = m_opt.batchRows ? m_opt.batchRows : 5000;
    while (!m_done) {
        std::int64_t linesBefore = m_res.linesRead;
        Status s = m_store.transaction([&](WriteTxn& txn) { return pump(txn, batch); });
        if (!s.isOk()) {
            return Status(s.code(), "导入中断：前" + std::to_string(linesBefore) + "行已导入（" +
                                        std::to_string(m_res.households) + "户、" + std::to_string(m_res.residents) +
                                        "人），之后的未导入。原因：" + s.message());
        }
        commitPending();
    }
    m_res.committed = true;
    return m_res;
}
}  // namespace

const std::vector<std::string>& ledgerCsvHeaders() {
    static const std::vector<std::string> kHeaders = [] {
        std::vector<std::string> out;
        for (const auto& d : kCols) out.emplace_back(d.header);
        return out;
    }();
    return kHeaders;
}

Result<ImportResult> importLedgerCsv(Store& store, std::istream& in, const ImportOptions& options) {
    Importer importer(store, options);
    return importer.run(in);
}

Result<ImportResult> importLedgerCsvFile(Store& store, const std::string& path, const ImportOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(ErrorCode::NotFound, "无法打开文件：" + path);
    return importLedgerCsv(store, in, options);
}

}  // namespace gridwork::domain
