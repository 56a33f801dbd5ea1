#include "rename.h"

#include "rule.h"

#include <cctype>
#include <optional>
#include <string_view>

namespace EdgeShift {

namespace {

// (A byte of a UTF-8 sequence is part of a name: "Zähler_1".)
bool isTokenChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) || byte >= 0x80 || c == '_' || c == '-' || c == '.';
}

// Replaces whole host-name tokens (runs of letters, digits, '_', '-' and '.') that name a renamed
// module: "filter.module" as a whole, or each dotted part that does: "lva_edge" in
// "lva_edge.local", both names in "sender.Operation.receiver".
// With `amongWords`, a token a space follows is a word of a sentence, not a reference, and stays.
bool renameTokens(std::string &text, const Renames &renames, bool amongWords = false)
{
    bool changed = false;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isTokenChar(text[i])) {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isTokenChar(text[end]))
            ++end;
        const std::string token = text.substr(i, end - i);
        // A host name stands alone, after "//" (a URL), '@', '=' or a separator; after a single '/'
        // it is a folder of a path ("/mnt/Sensor/in"), which keeps its name.
        const bool host = i == 0 || std::string_view(" \t\r\n,;=@").find(text[i - 1]) != std::string_view::npos
            || (i >= 2 && text.compare(i - 2, 2, "//") == 0);
        const bool word
            = amongWords && end < text.size() && (text[end] == ' ' || text[end] == '\t' || text[end] == '\n');
        if (!host || word) {
            out += token;
            i = end;
            continue;
        }
        // The token, or else each of its dotted parts: "filter.output", "sender.Operation.receiver".
        if (const auto it = renames.find(token); it != renames.end()) {
            out += it->second;
            changed = true;
        } else {
            for (std::size_t part = 0; part <= token.size();) {
                const std::size_t dot = std::min(token.find('.', part), token.size());
                const auto renamed = renames.find(token.substr(part, dot - part));
                out += renamed != renames.end() ? renamed->second : token.substr(part, dot - part);
                changed |= renamed != renames.end();
                if (dot < token.size())
                    out += '.';
                part = dot + 1;
            }
        }
        i = end;
    }
    if (changed)
        text = std::move(out);
    return changed;
}

// Whether `text` is a list of renamed modules' names ("cam_1 cam_2", "cam_1, cam_2:80"), not words.
bool namesOnly(std::string_view text, const Renames &renames)
{
    bool any = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = text.find_first_not_of(" \t\r\n,;", i);
        if (start == std::string_view::npos)
            break;
        std::size_t end = text.find_first_of(" \t\r\n,;", start);
        end = end == std::string_view::npos ? text.size() : end;
        const std::string_view word = text.substr(start, end - start);
        if (!renames.count(std::string(word.substr(0, word.find_first_of(":./")))))
            return false;
        any = true;
        i = end;
    }
    return any;
}

constexpr std::string_view kBeforePaths = " \t\r\n\"'(,;="; // what a path may follow in a value

// Whether a path begins after `before`: at the start of the text, or after a space, a quote, a
// parenthesis or a separator.
bool atPathRoot(std::string_view before)
{
    return before.empty() || kBeforePaths.find(before.back()) != std::string_view::npos;
}

// Whether `before` ends with `prefix` where a path begins (or, `afterHost`, after a host name:
// "myhub.azure-devices.net/devices/…", as in a SAS token's resource).
bool startsPathWith(std::string_view before, std::string_view prefix, bool afterHost = false)
{
    if (!before.ends_with(prefix))
        return false;
    const std::string_view rest = before.substr(0, before.size() - prefix.size());
    if (atPathRoot(rest))
        return true;
    if (!afterHost)
        return false;
    std::string_view host = rest.substr(rest.find_last_of(kBeforePaths) + 1);
    if (const std::size_t scheme = host.find("://"); scheme != std::string_view::npos)
        host.remove_prefix(scheme + 3);
    return host.find('/') == std::string_view::npos && host.find('.') != std::string_view::npos;
}

// Module names in IoT Hub's paths of modules: /messages/modules/<name>/…, /modules/<name>/… (as in
// BrokeredEndpoint("/modules/<name>/inputs/in")) and devices/<id>/modules/<name>. A folder named
// "modules" in another path ("/mnt/models/modules/<name>", "modules/<name>") is not one.
bool renameModulePaths(std::string &text, const Renames &renames)
{
    constexpr std::string_view marker = "modules/";
    bool changed = false;
    for (std::size_t pos = text.find(marker); pos != std::string::npos; pos = text.find(marker, pos + 1)) {
        const std::string_view before = std::string_view(text).substr(0, pos);
        // (devices/<id>/: the device is the part before the last '/'.)
        const std::size_t device = before.size() > 1 ? before.rfind('/', before.size() - 2) : std::string_view::npos;
        const std::string_view beforeDevice = device == std::string_view::npos ? "" : before.substr(0, device + 1);
        const bool hubPath = startsPathWith(before, "/") || startsPathWith(before, "/messages/")
            || (before.ends_with('/') && device != std::string_view::npos && device + 2 < before.size()
                && (startsPathWith(beforeDevice, "devices/") || startsPathWith(beforeDevice, "/devices/", true)));
        if (!hubPath)
            continue;
        const std::size_t start = pos + marker.size();
        const std::size_t end = std::min(text.find_first_of("/\"')?#&,; \t\r\n", start), text.size());
        const auto it = renames.find(text.substr(start, end - start));
        if (it == renames.end())
            continue;
        text.replace(start, end - start, it->second);
        changed = true;
    }
    return changed;
}

// Module names inside a route: its paths of modules, and the condition WHERE $connectionModuleId
// = '<name>'.
bool renameInRoute(std::string &route, const Renames &renames)
{
    bool changed = renameModulePaths(route, renames);
    // And in a condition on the sending module: WHERE $connectionModuleId = 'name' (or !=, <>).
    constexpr std::string_view property = "$connectionModuleId";
    for (std::size_t pos = route.find(property); pos != std::string::npos; pos = route.find(property, pos + 1)) {
        std::size_t at = pos + property.size();
        auto skipSpaces = [&] {
            while (at < route.size() && (route[at] == ' ' || route[at] == '\t'))
                ++at;
        };
        skipSpaces();
        if (route.compare(at, 2, "!=") == 0 || route.compare(at, 2, "<>") == 0)
            at += 2;
        else if (at < route.size() && route[at] == '=')
            ++at;
        else
            continue;
        skipSpaces();
        if (at >= route.size() || (route[at] != '\'' && route[at] != '"'))
            continue;
        const std::size_t start = at + 1, end = route.find(route[at], start);
        if (end == std::string::npos)
            continue;
        const auto it = renames.find(route.substr(start, end - start));
        if (it == renames.end())
            continue;
        route.replace(start, end - start, it->second);
        changed = true;
    }
    return changed;
}

// The references to modules in a value: host-name tokens (renameTokens()), and IoT Hub's paths of
// modules (renameModulePaths()).
bool renameReferencesIn(std::string &text, const Renames &renames, bool amongWords = false)
{
    const bool tokens = renameTokens(text, renames, amongWords);
    return renameModulePaths(text, renames) || tokens;
}

// Renames the module names in every string inside `value` (as renameReferencesIn()).
// In a string with spaces, a name a space follows is a word of a sentence ("my_filter is slow"),
// and stays; names in a list ("my_filter, other") or an address ("my_filter:80 /x") are renamed.
void renameInStrings(Json &value, const Renames &renames)
{
    if (value.is_string()) {
        std::string text = value.get<std::string>();
        if (renameReferencesIn(
                text, renames, text.find_first_of(" \t\r\n") != std::string::npos && !namesOnly(text, renames)))
            value = std::move(text);
    } else if (value.is_structured()) {
        for (Json &child : value)
            renameInStrings(child, renames);
    }
}

// Renames the members of `object` found in `renames`, through `keyOf` (identity or a prefix), in one pass.
template<typename KeyMap> void renameMembers(Json &object, KeyMap &&keyOf)
{
    if (!object.is_object())
        return;
    bool any = false;
    for (const auto &[key, value] : object.items()) {
        (void)value;
        if (keyOf(key)) {
            any = true;
            break;
        }
    }
    if (!any)
        return;
    Json renamed = Json::object();
    json::reserve(renamed, object.size());
    for (auto &[key, value] : object.items()) {
        const std::optional<std::string> to = keyOf(key);
        json::append(renamed, to ? *to : key, std::move(value));
    }
    object = std::move(renamed);
}

} // namespace

void renameEverywhere(Json &document, ManifestForm form, const Renames &renames)
{
    Json *content = Manifest::modulesContent(document, form);
    if (!content)
        return;
    auto plain = [&](const std::string &key) -> std::optional<std::string> {
        const auto it = renames.find(key);
        return it == renames.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    auto prefixed = [&](std::string_view prefix) {
        return [&, prefix](const std::string &key) -> std::optional<std::string> {
            if (key.rfind(prefix, 0) != 0)
                return std::nullopt;
            const auto it = renames.find(key.substr(prefix.size()));
            return it == renames.end() ? std::nullopt : std::optional<std::string>(std::string(prefix) + it->second);
        };
    };
    if (Json *agent = json::find(*content, "$edgeAgent")) {
        if (Json *desired = json::find(*agent, "properties.desired")) {
            if (Json *modules = json::find(*desired, "modules"))
                renameMembers(*modules, plain);
        }
        renameMembers(*agent, prefixed("properties.desired.modules."));
    }
    if (Json *hub = json::find(*content, "$edgeHub")) {
        auto renameRoute = [&](Json &route) {
            Json *text = route.is_string() ? &route : json::find(route, "route");
            if (!text || !text->is_string())
                return;
            std::string value = text->get<std::string>();
            if (renameInRoute(value, renames))
                *text = value;
        };
        for (auto &[key, value] : hub->items()) {
            if (key == "properties.desired") {
                if (Json *routes = json::find(value, "routes"); routes && routes->is_object()) {
                    for (auto &[name, route] : routes->items()) {
                        (void)name;
                        renameRoute(route);
                    }
                }
            } else if (key.rfind("properties.desired.routes.", 0) == 0) {
                renameRoute(value);
            }
        }
    }
    renameMembers(*content, [&](const std::string &key) -> std::optional<std::string> {
        if (key == "$edgeAgent" || key == "$edgeHub")
            return std::nullopt;
        return plain(key);
    });
    // Modules name one another in their twins' desired properties too ("DirectMethodTargetModuleId":
    // "my_receiver", "Source": "my_filter.output").
    for (auto &[key, twin] : content->items()) {
        if (key != "$edgeAgent" && key != "$edgeHub")
            renameInStrings(twin, renames);
    }
}

void renameReferences(ModuleEdit &edit, const Renames &renames)
{
    if (Json *host = json::findNoCase(edit.options, "HostConfig"); host && host->is_object()) {
        for (const std::string_view key : {"IpcMode", "NetworkMode"}) {
            constexpr std::string_view prefix = "container:";
            Json *mode = json::findNoCase(*host, key);
            if (!mode || !mode->is_string() || mode->get_ref<const std::string &>().rfind(prefix, 0) != 0)
                continue;
            const auto it = renames.find(mode->get_ref<const std::string &>().substr(prefix.size()));
            if (it == renames.end())
                continue;
            *mode = std::string(prefix) + it->second;
            edit.optionsChanged = true;
        }
    }
    if (Json *env = json::findNoCase(edit.options, "Env"); env && env->is_array()) {
        for (Json &entry : *env) {
            if (!entry.is_string())
                continue;
            std::string text = entry.get<std::string>();
            const auto eq = text.find('=');
            if (eq == std::string::npos)
                continue;
            std::string value = text.substr(eq + 1);
            if (renameReferencesIn(value, renames)) {
                entry = text.substr(0, eq + 1) + value;
                edit.optionsChanged = true;
            }
        }
    }
    const Json *env = json::find(edit.module, "env");
    if (!env || !env->is_object())
        return;
    for (const auto &[name, variable] : env->items()) {
        const Json *value = json::find(variable, "value");
        if (!value || !value->is_string())
            continue;
        std::string text = value->get<std::string>();
        if (renameReferencesIn(text, renames)) {
            // changeModule() keeps a copy aside; `env` still points into the module being changed.
            Json &section = *json::find(edit.changeModule(), "env");
            *json::find(*json::find(section, name), "value") = text;
            edit.moduleChanged = true;
        }
    }
}

std::string renamedReferences(std::string_view compactJson, const Renames &renames)
{
    Json value = Json::parse(compactJson);
    bool changed = false;
    auto walk = [&](auto &self, Json &node) -> void {
        if (node.is_string())
            changed = renameReferencesIn(node.get_ref<std::string &>(), renames) || changed;
        else if (node.is_structured()) {
            for (Json &child : node)
                self(self, child);
        }
    };
    walk(walk, value);
    return changed ? json::compact(value) : std::string(compactJson);
}

} // namespace EdgeShift
