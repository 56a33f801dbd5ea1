#include "json.h"

#include <algorithm>
#include <cctype>

namespace EdgeShift::json {

namespace {

bool equalNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
        return std::tolower(x) == std::tolower(y);
    });
}

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

const Json *findNoCase(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    if (const Json *exact = find(object, key))
        return exact;
    for (const auto &member : object.get_ref<const Json::object_t &>()) {
        if (equalNoCase(member.first, key))
            return &member.second;
    }
    return nullptr;
}

Json *findNoCase(Json &object, std::string_view key)
{
    return const_cast<Json *>(findNoCase(static_cast<const Json &>(object), key));
}

std::string keyNoCase(const Json &object, std::string_view key)
{
    if (object.is_object()) {
        if (find(object, key))
            return std::string(key);
        for (const auto &member : object.get_ref<const Json::object_t &>()) {
            if (equalNoCase(member.first, key))
                return member.first;
        }
    }
    return std::string(key);
}

void append(Json &object, std::string key, Json value)
{
    if (object.is_null())
        object = Json::object();
    members(object).emplace_back(std::move(key), std::move(value));
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

std::string compact(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string pretty(const Json &value)
{
    return value.dump(4, ' ', false, Json::error_handler_t::replace);
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
