// ledger_import.h — CSV import of a household/resident ledger (format: core/docs/ledger-csv.md).
//
// The file is read as a stream (never loaded whole): UTF-8 with or without BOM, CRLF or LF,
// RFC 4180 quoting (commas, newlines and doubled quotes inside quoted fields), Chinese headers.
// Every data line is one resident (or, with 姓名 empty, a household without residents); lines of
// one household share 户编号. Micro-grid names are resolved against the target grid's org units;
// a missing micro-grid is created (reported in createdMicroGrids).
//
// Modes (the caller chooses, nothing is ever half-written silently):
//  - AllOrNothing: one transaction; any bad line -> the transaction is rolled back, nothing is
//    written, and every bad line is reported (line number + reason).
//  - SkipBadLines: good lines are imported in transactions of `batchRows` lines; bad lines are
//    skipped and reported.
// Structural problems (unreadable file, missing required header, unknown or duplicate header —
// a misspelt header would silently drop a column —, unknown grid) return a non-OK Status and write
// nothing. A storage failure in SkipBadLines stops the import; the Status message says how many
// lines were already committed.
// Duplicate ID numbers (within the file, or already in the grid) are bad lines, so importing the
// same file twice adds nobody who has an ID number twice (people without one, and household-only
// lines, would be added again: the ledger has no stable household code column).
// Line numbers are physical 1-based lines of the file where the record starts (header = line 1).
// Memory: bounded by the households-per-file map and the grid's ID-number set, not the file size.
// Thread-safety: as the Store (one thread at a time).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/store.h"

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace gridwork::domain {

enum class ImportMode { AllOrNothing, SkipBadLines };

struct ImportOptions {
    ImportMode mode = ImportMode::AllOrNothing;
    Uuid gridId;                           // required: the grid org unit the ledger belongs to
    std::size_t batchRows = 5000;          // SkipBadLines: lines per transaction
    std::size_t maxReportedErrors = 1000;  // errors beyond this are counted, not listed
};

struct ImportError {
    std::int64_t line = 0;
    std::string column;   // the Chinese header, "" for the whole line
    std::string message;  // plain Chinese, e.g. "身份证号：校验位不正确"
};

struct ImportResult {
    bool committed = false;       // AllOrNothing: everything written; SkipBadLines: true unless a storage error
    std::int64_t linesRead = 0;   // data records, not counting the header and empty lines
    std::int64_t households = 0;  // written
    std::int64_t residents = 0;   // written
    std::int64_t badLines = 0;
    std::vector<ImportError> errors;  // at most maxReportedErrors
    std::vector<std::string> createdMicroGrids;
    bool truncated = false;  // reading stopped at an unreadable record (unterminated quote):
                             // the lines after it were not imported; see the last error

    bool clean() const { return badLines == 0; }
};

Result<ImportResult> importLedgerCsv(Store& store, std::istream& in, const ImportOptions& options);
Result<ImportResult> importLedgerCsvFile(Store& store, const std::string& path, const ImportOptions& options);

// The column headers, in the documented order. Required: 户编号, 地址, 姓名.
const std::vector<std::string>& ledgerCsvHeaders();

}  // namespace gridwork::domain
