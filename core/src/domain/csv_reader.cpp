#include "domain/csv_reader.h"

namespace gridwork::domain {

int CsvReader::peek() {
    if (m_pos == m_end) {
        if (m_eof) return -1;
        m_in.read(m_buf.data(), static_cast<std::streamsize>(m_buf.size()));
        m_end = static_cast<std::size_t>(m_in.gcount());
        m_pos = 0;
        if (m_end == 0) {
            m_eof = true;
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buf[m_pos]);
}

int CsvReader::get() {
    int c = peek();
    if (c >= 0) ++m_pos;
    return c;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    if (!m_error.isOk()) return false;
    if (!m_started) {
        m_started = true;
        if (peek() == 0xEF) {  // UTF-8 BOM: EF BB BF
            get();
            if (get() != 0xBB || get() != 0xBF) {
                m_error = Status(ErrorCode::Malformed, "第1行：文件开头的字节不是有效的UTF-8");
                return false;
            }
        }
    }
    if (peek() < 0) return false;
    m_startLine = m_line;
    std::string field;
    std::size_t bytes = 0;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (text after the closing quote is an error)
    auto endLine = [&](int c) {
        if (c == '\r' && peek() == '\n') get();
        ++m_line;
    };
    for (;;) {
        int c = get();
        if (++bytes > kMaxRecordBytes) {
            m_error =
                Status(ErrorCode::TooLarge, "第" + std::to_string(m_startLine) + "行：这一行过长（可能缺少结束引号）");
            return false;
        }
        if (quoted) {
            if (c < 0) {
                m_error = Status(ErrorCode::Malformed, "第" + std::to_string(m_startLine) + "行：引号没有结束");
                return false;
            }
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    field += '"';
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n' || c == '\r') {
                    endLine(c);
                    field += '\n';  // line breaks inside a field are normalised to LF
                    continue;
                }
                field += static_cast<char>(c);
            }
            continue;
        }
        if (c < 0 || c == '\n' || c == '\r') {
            if (c >= 0) endLine(c);
            fields.push_back(std::move(field));
            return true;
        }
        if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
            continue;
        }
        if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
            continue;
        }
        if (wasQuoted) {
            m_error = Status(ErrorCode::Malformed, "第" + std::to_string(m_startLine) +
                                                       "行：引号后面不能直接跟文字（字段内的引号要写成两个\"\"）");
            return false;
        }
        field += static_cast<char>(c);
    }
}

}  // namespace gridwork::domain
