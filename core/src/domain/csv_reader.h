// csv_reader.h — a streaming RFC 4180 reader (internal): one record at a time from an istream,
// in a fixed-size buffer, so a file of any size is read in bounded memory.
//
// Accepts LF, CRLF and lone CR line ends, a UTF-8 BOM at the very start (dropped), quoted fields
// with separators, line breaks and doubled quotes. A record longer than kMaxRecordBytes or an
// unterminated quote is an error for the record that starts at that line; reading stops there.
// Not thread-safe; one reader per stream.
#pragma once

#include "gridwork/core/base/error.h"

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace gridwork::domain {

class CsvReader {
public:
    static constexpr std::size_t kMaxRecordBytes = 1 << 20;

    explicit CsvReader(std::istream& in) : m_in(in), m_buf(1 << 16) {}

    // Reads the next record into fields. Returns false at end of input or on an error
    // (then error() is non-OK). startLine() is the 1-based physical line where it began.
    bool next(std::vector<std::string>& fields);
    std::int64_t startLine() const { return m_startLine; }
    const Status& error() const { return m_error; }

private:
    int peek();
    int get();

    std::istream& m_in;
    std::vector<char> m_buf;
    std::size_t m_pos = 0, m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    std::int64_t m_line = 1;
    std::int64_t m_startLine = 0;
    Status m_error;
};

}  // namespace gridwork::domain
