#include "record.h"

#include "gridwork/core/domain/dates.h"

#include <ctime>

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

Record& Record::addLabelled(std::string key, std::string_view name, std::string_view labelZh) {
    std::string text = std::string(labelZh) + " (" + std::string(name) + ")";
    m_fields.push_back({std::move(key), jsonQuote(name), std::move(text), {}, false});
    return *this;
}

Record& Record::addTime(std::string key, std::optional<std::int64_t> unixMs) {
    if (!unixMs || *unixMs == 0) return add(std::move(key), Value::null());
    std::time_t secs = static_cast<std::time_t>((*unixMs + domain::kChinaUtcOffsetMs) / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    m_fields.push_back({std::move(key), std::to_string(*unixMs), buf, {}, false});
    return *this;
}

Record& Record::addText(std::string key, const std::string& text) {
    return text.empty() ? add(std::move(key), Value::null()) : add(std::move(key), std::string_view(text));
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
