#include "secrets.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace EdgeShift {

namespace {

// Connection-string keys whose values are secrets, lower-case.
constexpr std::array kSecretKeys = {"accountkey", "sharedaccesskey", "password", "pwd", "sharedaccesssignature", "sig"};

bool isSecretName(std::string_view name)
{
    const std::string n = json::lower(name);
    // The name of a key or a secret (SharedAccessKeyName=iothubowner, secretName) is no secret.
    if (n.ends_with("name"))
        return false;
    return n.find("password") != std::string::npos || n.find("secret") != std::string::npos || n == "pwd"
        || n.ends_with("_pwd") || n.find("accountkey") != std::string::npos
        || n.find("sharedaccesskey") != std::string::npos;
}

// Whether a command line runs a MySQL or MariaDB client, whose "-pPASSWORD" glues the password to
// its flag.
bool mentionsMysql(std::string_view text)
{
    const std::string t = json::lower(text);
    return t.find("mysql") != std::string::npos || t.find("mariadb") != std::string::npos;
}

// Whether `argument`, one argument of a command line, is a MySQL "-p" flag with its password glued
// to it: all that follows "-p" is the password ("-p" alone prompts for it).
bool isGluedPassword(std::string_view argument)
{
    return argument.size() > 2 && argument.starts_with("-p");
}

// Where the password glued to a MySQL "-p" flag at the start of `text`, a command line, stands:
// [first, last) from the flag, or {0, 0}. Quoted (-p'two words', -p\"x\" in a JSON string), it
// runs to the closing quote; else to a blank or a quote.
std::pair<std::size_t, std::size_t> gluedPassword(std::string_view text)
{
    if (!isGluedPassword(text))
        return {0, 0};
    for (std::string_view quote : {"\\\"", "'", "\""}) {
        if (text.substr(2).starts_with(quote)) {
            const std::size_t first = 2 + quote.size(), last = text.find(quote, first);
            return last == std::string_view::npos || last == first ? std::pair<std::size_t, std::size_t> {0, 0}
                                                                   : std::pair {first, last};
        }
    }
    std::size_t end = 2;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '"'
        && text[end] != '\'')
        end += text[end] == '\\' ? 2 : 1;
    return {2, std::min(end, text.size())};
}

} // namespace

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isKeyChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

// Whether a key (a connection-string part, an environment variable, a JSON member) holds a secret.
bool isSecretKey(std::string_view key)
{
    const std::string k = json::lower(key);
    return std::find(kSecretKeys.begin(), kSecretKeys.end(), k) != kSecretKeys.end() || isSecretName(k);
}

// Where the value of a command line's flag naming a secret stands in `text`, from `from` on:
// "--password hunter2" (in one string), or "--password", "hunter2" (JSON text of an argument
// list); with `mysql`, also "-phunter2". {npos, npos} when there is none.
std::pair<std::size_t, std::size_t> flagValue(std::string_view text, std::size_t from, bool mysql)
{
    constexpr auto none = std::pair(std::string_view::npos, std::string_view::npos);
    for (std::size_t pos = text.find('-', from); pos != std::string_view::npos; pos = text.find('-', pos + 1)) {
        if (pos > 0 && std::string_view(" \t\"'[,=").find(text[pos - 1]) == std::string_view::npos)
            continue; // inside a word
        if (const auto [first, last] = mysql ? gluedPassword(text.substr(pos)) : std::pair<std::size_t, std::size_t>();
            last > first)
            return {pos + first, pos + last};
        std::size_t name = pos;
        while (name < text.size() && name - pos < 2 && text[name] == '-')
            ++name;
        std::size_t nameEnd = name;
        while (nameEnd < text.size() && isKeyChar(text[nameEnd]))
            ++nameEnd;
        if (nameEnd == name || !isSecretKey(text.substr(name, nameEnd - name)))
            continue;
        std::size_t value = nameEnd;
        if (value < text.size() && (text[value] == ' ' || text[value] == '\t')) {
            while (value < text.size() && (text[value] == ' ' || text[value] == '\t'))
                ++value;
            if (value < text.size() && (text[value] == '\'' || text[value] == '"')) {
                // --password 'two words': the value runs to its closing quote.
                const std::size_t end = text.find(text[value], value + 1);
                if (end != std::string_view::npos && end > value + 1)
                    return {value + 1, end};
                continue;
            }
            if (value + 1 < text.size() && text[value] == '\\' && text[value + 1] == '"') {
                // --password \"two words\" inside a JSON string.
                const std::size_t end = text.find("\\\"", value + 2);
                if (end != std::string_view::npos && end > value + 2)
                    return {value + 2, end};
                continue;
            }
            std::size_t end = value;
            while (end < text.size() && !isBlank(text[end]) && text[end] != '"' && text[end] != '\'')
                ++end;
            if (end > value && text[value] != '-')
                return {value, end};
            continue;
        }
        // "--password", "…": the closing quote, a comma, and the next string; or what broken JSON
        // holds there (no comma, a value without quotes), which an error message shows.
        if (value >= text.size() || text[value] != '"')
            continue;
        ++value;
        while (value < text.size() && isBlank(text[value]))
            ++value;
        if (value < text.size() && text[value] == ',')
            ++value;
        while (value < text.size() && isBlank(text[value]))
            ++value;
        if (value >= text.size() || text[value] == ':')
            continue; // "--password": a JSON key, whose value mask() finds as such
        if (text[value] != '"') {
            std::size_t end = value;
            while (end < text.size() && std::string_view(",]}\"").find(text[end]) == std::string_view::npos
                && !isBlank(text[end]))
                ++end;
            if (end > value)
                return {value, end};
            continue;
        }
        std::size_t end = ++value;
        while (end < text.size() && text[end] != '"')
            end += text[end] == '\\' ? 2 : 1;
        if (end > value)
            return {value, std::min(end, text.size())};
    }
    return none;
}

// Masks `text`, appending each secret it hides to `secrets` (in order) when given.
std::string mask(const std::string &text, std::vector<std::string> *secrets)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    auto hide = [&](std::size_t from, std::size_t to) {
        if (to <= from)
            return;
        if (secrets)
            secrets->push_back(text.substr(from, to - from));
        out += kMask;
    };
    const bool mysql = mentionsMysql(text);
    auto flag = flagValue(text, 0, mysql);
    while (i < text.size()) {
        if (flag.first != std::string::npos && flag.first < i)
            flag = flagValue(text, i, mysql);
        // key=value (connection strings, SAS tokens, Env entries) and "key": "value" (JSON text).
        const std::size_t at = text.find_first_of("=:", i);
        // A flag's value comes first: "--password hunter2".
        if (flag.first != std::string::npos && (at == std::string::npos || flag.first <= at)) {
            out.append(text, i, flag.first - i);
            hide(flag.first, flag.second);
            i = flag.second;
            continue;
        }
        if (at == std::string::npos) {
            out.append(text, i, std::string::npos);
            break;
        }
        if (text.compare(at, 3, "://") == 0) {
            // A URI's user information: amqps://user:password@host/.
            const std::size_t from = at + 3;
            const std::size_t authorityEnd = std::min(text.find_first_of("/?#\"' \t\r\n", from), text.size());
            const std::size_t atSign = text.rfind('@', authorityEnd);
            const std::size_t colon
                = atSign == std::string::npos || atSign < from ? std::string::npos : text.find(':', from);
            if (colon != std::string::npos && colon < atSign) {
                out.append(text, i, colon + 1 - i);
                hide(colon + 1, atSign);
                i = atSign;
            } else {
                out.append(text, i, from - i);
                i = from;
            }
            continue;
        }
        std::size_t keyEnd = at;
        const bool json = text[at] == ':';
        if (json) {
            while (keyEnd > i && isBlank(text[keyEnd - 1]))
                --keyEnd; // "password" : "…"
            if (keyEnd == i || text[keyEnd - 1] != '"') {
                out.append(text, i, at + 1 - i);
                i = at + 1;
                continue;
            }
            --keyEnd; // the closing quote of a JSON key
        } else {
            while (keyEnd > i && text[keyEnd - 1] == ' ')
                --keyEnd; // "Password = …", as SQL connection strings allow
        }
        std::size_t keyStart = keyEnd;
        while (keyStart > i && isKeyChar(text[keyStart - 1]))
            --keyStart;
        out.append(text, i, at + 1 - i);
        i = at + 1;
        if (!isSecretKey(std::string_view(text).substr(keyStart, keyEnd - keyStart)))
            continue;
        std::size_t start = i;
        // JSON may put the value on the next line.
        while (start < text.size() && (json ? isBlank(text[start]) : text[start] == ' '))
            out += text[start++];
        if (json && (start >= text.size() || text[start] != '"')) {
            // Not a string: a number, or what broken JSON holds there ("password": s3cr3t}).
            std::size_t end = start;
            while (end < text.size() && std::string_view(",}] \t\r\n").find(text[end]) == std::string_view::npos)
                ++end;
            hide(start, end);
            i = end;
            continue;
        }
        if (start < text.size() && (text[start] == '"' || text[start] == '\'')) {
            // A quoted value runs to its closing quote, whatever it holds.
            const char quote = text[start];
            std::size_t end = start + 1;
            while (end < text.size() && text[end] != quote)
                end += text[end] == '\\' ? 2 : 1;
            out += quote;
            hide(start + 1, std::min(end, text.size()));
            i = std::min(end, text.size());
            continue;
        }
        std::size_t end = start;
        while (end < text.size() && text[end] != ';' && text[end] != '&' && text[end] != '"' && text[end] != '\'')
            ++end;
        hide(start, end);
        i = end;
    }
    return out;
}

// "--password", "-client-secret": a flag whose value, the next argument, is a secret.
bool isSecretFlag(const std::string &argument)
{
    const std::size_t name = argument.find_first_not_of('-');
    return name != 0 && name != std::string::npos && argument.find('=') == std::string::npos
        && isSecretKey(std::string_view(argument).substr(name));
}

} // namespace

std::string maskSecrets(const std::string &text)
{
    return mask(text, nullptr);
}

Json maskSecrets(const Json &value)
{
    if (value.is_string())
        return Json(maskSecrets(value.get<std::string>()));
    if (value.is_array()) {
        // A command line's "--password", "…" (Cmd, Entrypoint): the value after a flag naming a
        // secret; and a MySQL client's "-p…".
        const bool mysql = std::any_of(value.begin(), value.end(),
            [](const Json &item) { return item.is_string() && mentionsMysql(item.get_ref<const std::string &>()); });
        Json out = Json::array();
        bool secretNext = false;
        for (const Json &item : value) {
            const std::string *text = item.is_string() ? &item.get_ref<const std::string &>() : nullptr;
            const bool secret = secretNext && text && !text->empty();
            secretNext = text && isSecretFlag(*text);
            if (mysql && text && isGluedPassword(*text))
                out.push_back("-p" + std::string(kMask));
            else
                out.push_back(secret ? Json(kMask) : maskSecrets(item));
        }
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
        const auto at = byPointer.find(pointer);
        if (at != byPointer.end() && at->second.first == text) {
            edited = at->second.second;
            return;
        }
        if (byText.count(text) == 1) {
            edited = byText.find(text)->second;
            return;
        }
        // Edited around its secrets (another part of a connection string changed): put each
        // secret back in place of its mask, in order, when the masks are all still there.
        if (at != byPointer.end() && text.find(kMask) != std::string::npos) {
            std::vector<std::string> secrets;
            mask(at->second.second, &secrets);
            std::string out;
            std::size_t from = 0, next = 0;
            for (std::size_t found = text.find(kMask); found != std::string::npos; found = text.find(kMask, from)) {
                if (next == secrets.size())
                    return;
                out.append(text, from, found - from);
                out += secrets[next++];
                from = found + std::string_view(kMask).size();
            }
            if (next != secrets.size())
                return;
            out.append(text, from, std::string::npos);
            edited = out;
        }
    } else if (edited.is_array()) {
        for (std::size_t i = 0; i < edited.size(); ++i)
            restore(edited[i], json::pointer(pointer, std::to_string(i)), byPointer, byText);
    } else if (edited.is_object()) {
        for (auto it = edited.begin(); it != edited.end(); ++it)
            restore(it.value(), json::pointer(pointer, it.key()), byPointer, byText);
    }
}

} // namespace

bool containsMask(const Json &value)
{
    if (value.is_string())
        return value.get<std::string>().find(kMask) != std::string::npos;
    if (value.is_array() || value.is_object()) {
        for (const Json &item : value) {
            if (containsMask(item))
                return true;
        }
        for (auto it = value.begin(); value.is_object() && it != value.end(); ++it) {
            if (it.key().find(kMask) != std::string::npos)
                return true;
        }
    }
    return false;
}

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
