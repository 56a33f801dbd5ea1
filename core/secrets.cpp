#include "secrets.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace EdgeShift {

namespace {

// Connection-string keys whose values are secrets, lower-case.
constexpr std::array kSecretKeys = {"accountkey", "sharedaccesskey", "password", "pwd", "sharedaccesssignature", "sig"};

bool isSecretName(std::string_view name)
{
    const std::string n = json::lower(name);
    return n.find("password") != std::string::npos || n.find("secret") != std::string::npos || n == "pwd"
        || n.find("accountkey") != std::string::npos || n.find("sharedaccesskey") != std::string::npos;
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
        const std::string key = json::lower(std::string_view(text).substr(start, eq - start));
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

namespace {

// Pairs every string of `original` with its masked form, where masking changes it, by JSON pointer.
void collectMasked(const Json &original, const Json &masked, const std::string &pointer,
    std::map<std::string, std::pair<std::string, std::string>> &byPointer,
    std::multimap<std::string, std::string> &byText)
{
    if (original.is_string() && masked.is_string()) {
        const std::string o = original.get<std::string>(), m = masked.get<std::string>();
        if (o != m) {
            byPointer[pointer] = {m, o};
            byText.emplace(m, o);
        }
    } else if (original.is_array() && masked.is_array() && original.size() == masked.size()) {
        for (std::size_t i = 0; i < original.size(); ++i)
            collectMasked(original[i], masked[i], json::pointer(pointer, std::to_string(i)), byPointer, byText);
    } else if (original.is_object() && masked.is_object()) {
        auto m = masked.begin();
        for (auto o = original.begin(); o != original.end() && m != masked.end(); ++o, ++m)
            collectMasked(*o, *m, json::pointer(pointer, o.key()), byPointer, byText);
    }
}

void restore(Json &edited, const std::string &pointer,
    const std::map<std::string, std::pair<std::string, std::string>> &byPointer,
    const std::multimap<std::string, std::string> &byText)
{
    if (edited.is_string()) {
        const std::string text = edited.get<std::string>();
        if (const auto at = byPointer.find(pointer); at != byPointer.end() && at->second.first == text) {
            edited = at->second.second;
            return;
        }
        if (byText.count(text) == 1)
            edited = byText.find(text)->second;
    } else if (edited.is_array()) {
        for (std::size_t i = 0; i < edited.size(); ++i)
            restore(edited[i], json::pointer(pointer, std::to_string(i)), byPointer, byText);
    } else if (edited.is_object()) {
        for (auto it = edited.begin(); it != edited.end(); ++it)
            restore(it.value(), json::pointer(pointer, it.key()), byPointer, byText);
    }
}

} // namespace

Json restoreSecrets(const Json &edited, const Json &original)
{
    std::map<std::string, std::pair<std::string, std::string>> byPointer;
    std::multimap<std::string, std::string> byText;
    collectMasked(original, maskSecrets(original), std::string(), byPointer, byText);
    Json out = edited;
    if (!byPointer.empty())
        restore(out, std::string(), byPointer, byText);
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
