#include "record.h"

namespace gridwork::device {

Record& Record::add(std::string key, const Value& v) {
    std::string text = v.kind() == Value::Kind::Text ? v.asText() : v.isNull() ? "-" : v.toJson();
    m_fields.push_back({std::move(key), v.toJson(), std::move(text), {}, false});
    return *this;
}

Record& Record::add(std::string key, bool b) {
    m_fields.push_back({std::move(key), b ? "true" : "false", b ? "yes" : "no", {}, false});
    return *this;
}

Record& Record::add(std::string key, const Uuid& id) {
    if (id.isNil()) return add(std::move(key), Value::null());
    return add(std::move(key), Value::text(id.toString()));
}

Record& Record::add(std::string key, const std::optional<Uuid>& id) {
    return id ? add(std::move(key), *id) : add(std::move(key), Value::null());
}

Record& Record::add(std::string key, const std::vector<Record>& items) {
    Field f{std::move(key), {}, {}, items, true};
    m_fields.push_back(std::move(f));
    return *this;
}

std::string Record::toJson() const {
    std::string out = "{";
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const Field& f = m_fields[i];
        out += (i ? "," : "") + jsonQuote(f.key) + ":";
        if (!f.isList) {
            out += f.json;
            continue;
        }
        out += "[";
        for (std::size_t k = 0; k < f.items.size(); ++k) out += (k ? "," : "") + f.items[k].toJson();
        out += "]";
    }
    return out + "}";
}

std::string Record::toText(int indent) const {
    std::string pad(static_cast<std::size_t>(indent), ' ');
    std::string out;
    for (const Field& f : m_fields) {
        if (!f.isList) {
            out += pad + f.key + ": " + f.text + "\n";
            continue;
        }
        out += pad + f.key + ": " + std::to_string(f.items.size()) + "\n";
        for (const Record& item : f.items) {
            std::string body = item.toText(indent + 4);
            if (body.size() > static_cast<std::size_t>(indent) + 2)
                body.replace(static_cast<std::size_t>(indent) + 2, 1, "-");  // "  - key: value" bullets
            out += body;
        }
    }
    return out;
}

std::string Record::toLine(const std::vector<std::string>& keys) const {
    std::string out;
    for (const auto& k : keys) {
        for (const Field& f : m_fields) {
            if (f.key != k || f.isList) continue;
            out += (out.empty() ? "" : "  ") + f.text;
        }
    }
    return out;
}

}  // namespace gridwork::device
