#include "secrets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace EdgeShift {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Connection-string keys whose values are secrets, lower-case.
constexpr std::array kSecretKeys = {"accountkey", "sharedaccesskey", "password", "pwd", "sharedaccesssignature", "sig"};

bool isSecretName(std::string_view name)
{
    const std::string n = lower(name);
    return n.find("password") != std::string::npos || n.find("secret") != std::string::npos
        || n == "pwd" || n.find("accountkey") != std::string::npos || n.find("sharedaccesskey") != std::string::npos;
}

} // namespace

std::string maskSecrets(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t eq = text.find('=', i);
        if (eq == std::string::npos) {
            out.append(text, i, std::string::npos);
            break;
        }
        // The key is the run of letters before '='.
        std::size_t start = eq;
        while (start > i && std::isalpha(static_cast<unsigned char>(text[start - 1])))
            --start;
        const std::string key = lower(std::string_view(text).substr(start, eq - start));
        out.append(text, i, eq + 1 - i);
        i = eq + 1;
        if (std::find(kSecretKeys.begin(), kSecretKeys.end(), key) != kSecretKeys.end()) {
            std::size_t end = i;
            while (end < text.size() && text[end] != ';' && text[end] != '&' && text[end] != '"' && text[end] != '\''
                   && text[end] != ' ')
                ++end;
            if (end > i)
                out += kMask;
            i = end;
        }
    }
    return out;
}

Json maskSecrets(const Json &value)
{
    if (value.is_string())
        return Json(maskSecrets(value.get<std::string>()));
    if (value.is_array()) {
        Json out = Json::array();
        for (const Json &item : value)
            out.push_back(maskSecrets(item));
        return out;
    }
    if (!value.is_object())
        return value;
    Json out = Json::object();
    for (const auto &[key, item] : value.items()) {
        if (isSecretName(key) && item.is_string() && !item.get<std::string>().empty()) {
            json::append(out, key, kMask);
        } else if (isSecretName(key) && item.is_object() && json::find(item, "value")) {
            // an env section variable: {"REGISTRY_PASSWORD": {"value": "…"}}
            Json masked = item;
            json::child(masked, "value") = kMask;
            json::append(out, key, std::move(masked));
        } else {
            json::append(out, key, maskSecrets(item));
        }
    }
    return out;
}

std::string maskJsonText(const std::string &text)
{
    if (text.empty())
        return text;
    try {
        return json::compact(maskSecrets(Json::parse(text)));
    } catch (const Json::exception &) {
        return maskSecrets(text);
    }
}

} // namespace EdgeShift
