#include "json.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <ostream>

namespace EdgeShift::json {

bool equalNoCase(std::string_view a, std::string_view b)
{
    // ASCII letters only, as Docker's and IoT Edge's keys are: no locale to consult per character.
    auto fold = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c; };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](unsigned char x, unsigned char y) {
        return fold(x) == fold(y);
    });
}

namespace {

using ObjectVector = std::vector<std::pair<const std::string, Json>>;

ObjectVector &members(Json &object)
{
    return static_cast<ObjectVector &>(object.get_ref<Json::object_t &>());
}

} // namespace

const Json *find(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto &map = object.get_ref<const Json::object_t &>();
    for (const auto &member : map) {
        if (member.first == key)
            return &member.second;
    }
    return nullptr;
}

Json *find(Json &object, std::string_view key)
{
    return const_cast<Json *>(find(static_cast<const Json &>(object), key));
}

namespace {

// The member whose key is `key`, else the first whose key matches it case-insensitively: one pass.
const std::pair<const std::string, Json> *memberNoCase(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const std::pair<const std::string, Json> *folded = nullptr;
    for (const auto &member : object.get_ref<const Json::object_t &>()) {
        if (member.first == key)
            return &member;
        if (!folded && equalNoCase(member.first, key))
            folded = &member;
    }
    return folded;
}

} // namespace

const Json *findNoCase(const Json &object, std::string_view key)
{
    const auto *member = memberNoCase(object, key);
    return member ? &member->second : nullptr;
}

Json *findNoCase(Json &object, std::string_view key)
{
    return const_cast<Json *>(findNoCase(static_cast<const Json &>(object), key));
}

std::string keyNoCase(const Json &object, std::string_view key)
{
    const auto *member = memberNoCase(object, key);
    return member ? member->first : std::string(key);
}

void append(Json &object, std::string key, Json value)
{
    if (object.is_null())
        object = Json::object();
    members(object).emplace_back(std::move(key), std::move(value));
}

Json &insertAfter(Json &object, std::string_view after, std::string key, Json value)
{
    if (object.is_null())
        object = Json::object();
    ObjectVector &old = members(object);
    const auto at = std::find_if(old.begin(), old.end(), [after](const auto &member) { return member.first == after; });
    if (at == old.end()) {
        old.emplace_back(std::move(key), std::move(value));
        return old.back().second;
    }
    // The members are pairs with a const key, which a vector cannot shift: they move to a new object.
    Json rebuilt = Json::object();
    ObjectVector &out = members(rebuilt);
    out.reserve(old.size() + 1);
    std::size_t index = 0;
    for (auto it = old.begin(); it != old.end(); ++it) {
        out.emplace_back(it->first, std::move(it->second));
        if (it == at) {
            index = out.size();
            out.emplace_back(std::move(key), std::move(value));
        }
    }
    object = std::move(rebuilt);
    return members(object)[index].second;
}

void reserve(Json &object, std::size_t count)
{
    if (object.is_null())
        object = Json::object();
    members(object).reserve(count);
}

bool erase(Json &object, std::string_view key)
{
    if (!object.is_object())
        return false;
    auto &vec = members(object);
    auto it = std::find_if(vec.begin(), vec.end(), [&](const auto &m) { return m.first == key; });
    if (it == vec.end())
        return false;
    // pair<const string, Json> cannot be move-assigned, so erase through the map's own erase.
    object.erase(std::string(key));
    return true;
}

void renameKey(Json &object, std::string_view from, const std::string &to)
{
    if (!object.is_object() || from == to || !find(object, from))
        return;
    Json renamed = Json::object();
    auto &vec = members(object);
    auto &out = members(renamed);
    out.reserve(vec.size());
    for (auto &member : vec) {
        if (member.first == to)
            continue;
        out.emplace_back(member.first == from ? to : member.first, std::move(member.second));
    }
    object = std::move(renamed);
}

Json &child(Json &object, std::string_view key)
{
    if (Json *existing = find(object, key))
        return *existing;
    append(object, std::string(key), Json::object());
    return members(object).back().second;
}

Json &childNoCase(Json &object, std::string_view key)
{
    if (Json *existing = findNoCase(object, key))
        return *existing;
    return child(object, key);
}

std::string stringNoCase(const Json &object, std::string_view key)
{
    const Json *value = findNoCase(object, key);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

bool eraseNoCase(Json &object, std::string_view key)
{
    return erase(object, keyNoCase(object, key));
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string string(const Json &object, std::string_view key)
{
    const Json *value = find(object, key);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

namespace {

class Writer {
public:
    Writer(std::string &out, int indent, char indentChar, bool crlf, std::ostream *sink)
        : m_out(out)
        , m_indent(indent)
        , m_indentChar(indentChar)
        , m_crlf(crlf)
        , m_sink(sink)
    {
    }
    ~Writer() { flush(); }

    void value(const Json &v, int depth)
    {
        switch (v.type()) {
        case Json::value_t::object:
            container(v, depth, '{', '}', true);
            break;
        case Json::value_t::array:
            container(v, depth, '[', ']', false);
            break;
        case Json::value_t::string:
            string(v.get_ref<const std::string &>());
            break;
        case Json::value_t::boolean:
            m_out += v.get<bool>() ? "true" : "false";
            break;
        case Json::value_t::null:
            m_out += "null";
            break;
        case Json::value_t::number_integer:
            m_out += std::to_string(v.get<std::int64_t>());
            break;
        case Json::value_t::number_unsigned:
            m_out += std::to_string(v.get<std::uint64_t>());
            break;
        default: // floating-point numbers (and the rest): as the library writes them
            m_out += v.dump(-1, ' ', false, Json::error_handler_t::replace);
            break;
        }
        if (m_sink && m_out.size() >= kBlock)
            flush();
    }

private:
    static constexpr std::size_t kBlock = 1 << 16;

    void container(const Json &v, int depth, char open, char close, bool object)
    {
        if (v.empty()) {
            m_out += open;
            m_out += close;
            return;
        }
        m_out += open;
        bool first = true;
        auto item = [&](const std::string *key, const Json &element) {
            if (!first)
                m_out += ',';
            first = false;
            newline(depth + 1);
            if (key) {
                string(*key);
                m_out += m_indent >= 0 ? ": " : ":";
            }
            value(element, depth + 1);
        };
        if (object) {
            for (const auto &[key, element] : v.items())
                item(&key, element);
        } else {
            for (const Json &element : v)
                item(nullptr, element);
        }
        newline(depth);
        m_out += close;
    }

    void newline(int depth)
    {
        if (m_indent < 0)
            return;
        m_out += m_crlf ? "\r\n" : "\n";
        m_out.append(static_cast<std::size_t>(depth) * static_cast<std::size_t>(m_indent), m_indentChar);
    }

    // Printable ASCII goes as is, by runs; the rest as the library escapes it.
    void string(const std::string &text)
    {
        m_out += '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
                continue;
            if (c >= 0x80) { // UTF-8 (kept as is, or replaced where invalid): the library decides
                m_out.append(text, run, i - run);
                const std::string rest = Json(text.substr(i)).dump(-1, ' ', false, Json::error_handler_t::replace);
                m_out.append(rest, 1, std::string::npos); // without its opening quote; it closes
                return;
            }
            m_out.append(text, run, i - run);
            run = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 0xF];
            }
            }
        }
        m_out.append(text, run, std::string::npos);
        m_out += '"';
    }

    void flush()
    {
        if (!m_sink || m_out.empty())
            return;
        m_sink->write(m_out.data(), static_cast<std::streamsize>(m_out.size()));
        m_out.clear();
    }

    std::string &m_out;
    int m_indent;
    char m_indentChar;
    bool m_crlf;
    std::ostream *m_sink;
};

} // namespace

void write(std::string &out, const Json &value, int indent, char indentChar, bool crlf, std::ostream *sink)
{
    Writer(out, indent, indentChar, crlf, sink).value(value, 0);
}

std::string compact(const Json &value)
{
    std::string out;
    write(out, value);
    return out;
}

std::string pretty(const Json &value)
{
    std::string out;
    write(out, value, 4);
    return out;
}

std::string pointer(const std::string &parent, std::string_view token)
{
    std::string out = parent;
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace EdgeShift::json
