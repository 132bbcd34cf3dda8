// record.h — what a command prints: ordered fields rendered as one JSON object (--json) or as
// human-readable "key: value" lines; lists render as a JSON array or one line per item.
//
// Contract: keys are printed in insertion order; JSON uses the core's jsonQuote / Value::toJson,
// ids as UUID text. Plain values; not thread-safe to share while being built.
#pragma once

#include "gridwork/core/base/uuid.h"
#include "gridwork/core/base/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gridwork::device {

class Record {
public:
    Record& add(std::string key, const Value& v);
    Record& add(std::string key, std::string_view text) { return add(std::move(key), Value::text(std::string(text))); }
    Record& add(std::string key, const char* text) { return add(std::move(key), std::string_view(text)); }
    Record& add(std::string key, std::int64_t n) { return add(std::move(key), Value::integer(n)); }
    Record& add(std::string key, int n) { return add(std::move(key), Value::integer(n)); }
    Record& add(std::string key, bool b);
    Record& add(std::string key, const Uuid& id);
    Record& add(std::string key, const std::optional<Uuid>& id);
    Record& add(std::string key, const std::vector<Record>& items);
    // An enum: its wire name in JSON, "中文 (name)" for humans.
    Record& addLabelled(std::string key, std::string_view name, std::string_view labelZh);
    // A Unix-ms time: the number in JSON, "YYYY-MM-DD HH:MM:SS" China time (UTC+8) for humans;
    // 0 / absent = null.
    Record& addTime(std::string key, std::optional<std::int64_t> unixMs);
    // A text field where "" means not given: null in JSON, "-" for humans.
    Record& addText(std::string key, const std::string& text);
    // Convenience for optional domain fields: null when absent.
    template <typename T> Record& addOptional(std::string key, const std::optional<T>& v) {
        if (v) return add(std::move(key), *v);
        return add(std::move(key), Value::null());
    }

    std::string toJson() const;
    // "key: value" lines, nested lists indented.
    std::string toText(int indent = 0) const;
    // One line: the values of `keys`, separated by two spaces (for lists).
    std::string toLine(const std::vector<std::string>& keys) const;

private:
    struct Field {
        std::string key;
        std::string json;  // rendered JSON
        std::string text;  // rendered for humans
        std::vector<Record> items;
        bool isList = false;
    };
    std::vector<Field> m_fields;
};

}  // namespace gridwork::device
