#include "manifest.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace EdgeShift {

namespace {

constexpr std::string_view kDesired = "properties.desired";
constexpr std::string_view kLayeredModule = "properties.desired.modules.";
constexpr std::string_view kLayeredRoute = "properties.desired.routes.";

// Top-level keys of Docker's container create options (and IoT Edge's own section): an object
// with one of them is taken as a bare createOptions document.
constexpr std::array kDockerKeys = {
    "Hostname",
    "Domainname",
    "User",
    "AttachStdin",
    "AttachStdout",
    "AttachStderr",
    "ExposedPorts",
    "Tty",
    "OpenStdin",
    "StdinOnce",
    "Env",
    "Cmd",
    "Healthcheck",
    "ArgsEscaped",
    "Image",
    "Volumes",
    "WorkingDir",
    "Entrypoint",
    "NetworkDisabled",
    "MacAddress",
    "OnBuild",
    "Labels",
    "StopSignal",
    "StopTimeout",
    "Shell",
    "HostConfig",
    "NetworkingConfig",
    "k8s-experimental",
};

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

// Suffix 1..99 of a createOptionsNN key, or 0.
int chunkSuffix(std::string_view key)
{
    constexpr std::string_view base = "createOptions";
    if (key.size() != base.size() + 2 || !startsWith(key, base))
        return 0;
    const char a = key[base.size()], b = key[base.size() + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return 0;
    return (a - '0') * 10 + (b - '0');
}

// The createOptionsNN key of chunk `suffix` (1..99).
std::string chunkKey(int suffix)
{
    return "createOptions" + std::string(suffix < 10 ? "0" : "") + std::to_string(suffix);
}

const char *typeName(const Json &value)
{
    return value.type_name();
}

template<typename J, typename Visit> void walkModules(J &document, ManifestForm form, Visit &&visit)
{
    auto *content = Manifest::modulesContent(document, form);
    if (!content)
        return;
    auto *agent = json::find(*content, "$edgeAgent");
    if (!agent || !agent->is_object())
        return;
    const std::string agentPointer
        = json::pointer(form == ManifestForm::Wrapped ? "/content/modulesContent" : "/modulesContent", "$edgeAgent");
    for (auto &[key, value] : agent->items()) {
        if (key == kDesired && value.is_object()) {
            const std::string desired = json::pointer(agentPointer, kDesired);
            for (const char *section : {"systemModules", "modules"}) {
                auto *modules = json::find(value, section);
                if (!modules || !modules->is_object())
                    continue;
                const std::string sectionPointer = json::pointer(desired, section);
                const bool system = std::strcmp(section, "systemModules") == 0;
                for (auto &[name, module] : modules->items()) {
                    ModuleRef ref {name, system, json::pointer(sectionPointer, name)};
                    visit(ref, module);
                }
            }
        } else if (startsWith(key, kLayeredModule)) {
            ModuleRef ref {key.substr(kLayeredModule.size()), false, json::pointer(agentPointer, key)};
            visit(ref, value);
        }
    }
}

// Checks the types of everything the engine relies on; the first fault refuses the file.
bool checkStructure(const Json &document, ManifestForm form, LoadError &error)
{
    auto fail = [&](std::string pointer, const char *expected) {
        error.code = LoadErrorCode::WrongType;
        error.pointer = std::move(pointer);
        error.expected = expected;
        return false;
    };
    const Json *content = Manifest::modulesContent(document, form);
    const std::string contentPointer = form == ManifestForm::Wrapped ? "/content/modulesContent" : "/modulesContent";
    if (!content->is_object())
        return fail(contentPointer, "object");

    for (const char *name : {"$edgeAgent", "$edgeHub"}) {
        const Json *section = json::find(*content, name);
        if (!section)
            continue;
        const std::string pointer = json::pointer(contentPointer, name);
        if (!section->is_object())
            return fail(pointer, "object");
        const Json *desired = json::find(*section, kDesired);
        if (desired && !desired->is_object())
            return fail(json::pointer(pointer, kDesired), "object");
        const std::string desiredPointer = json::pointer(pointer, kDesired);
        if (std::strcmp(name, "$edgeAgent") == 0) {
            for (const char *modules : {"systemModules", "modules"}) {
                const Json *m = desired ? json::find(*desired, modules) : nullptr;
                if (m && !m->is_object())
                    return fail(json::pointer(desiredPointer, modules), "object");
            }
        } else {
            const Json *routes = desired ? json::find(*desired, "routes") : nullptr;
            if (routes && !routes->is_object())
                return fail(json::pointer(desiredPointer, "routes"), "object");
            auto checkRoute = [&](const Json &route, const std::string &pointer) {
                if (route.is_string())
                    return true;
                const Json *text = route.is_object() ? json::find(route, "route") : nullptr;
                if (text && text->is_string())
                    return true;
                return fail(route.is_object() ? json::pointer(pointer, "route") : pointer, "string");
            };
            if (routes) {
                for (const auto &[key, route] : routes->items()) {
                    if (!checkRoute(route, json::pointer(json::pointer(desiredPointer, "routes"), key)))
                        return false;
                }
            }
            for (const auto &[key, route] : section->items()) {
                if (startsWith(key, kLayeredRoute) && !checkRoute(route, json::pointer(pointer, key)))
                    return false;
            }
        }
    }

    bool ok = true;
    walkModules(document, form, [&](const ModuleRef &ref, const Json &module) {
        if (!ok)
            return;
        if (!module.is_object()) {
            ok = fail(ref.pointer, "object");
            return;
        }
        for (const char *member : {"settings", "env"}) {
            const Json *m = json::find(module, member);
            if (m && !m->is_object()) {
                ok = fail(json::pointer(ref.pointer, member), "object");
                return;
            }
        }
        if (const Json *env = json::find(module, "env")) {
            for (const auto &[name, variable] : env->items()) {
                if (!variable.is_object()) {
                    ok = fail(json::pointer(json::pointer(ref.pointer, "env"), name), "object");
                    return;
                }
            }
        }
        const Json *settings = json::find(module, "settings");
        const Json *image = settings ? json::find(*settings, "image") : nullptr;
        if (image && !image->is_string())
            ok = fail(json::pointer(json::pointer(ref.pointer, "settings"), "image"), "string");
    });
    return ok;
}

bool looksLikeCreateOptions(const Json &document)
{
    if (document.empty())
        return true; // no options at all (what a converted createOptions may come to)
    for (const auto &member : document.items()) {
        // Matched as Docker matches them: "hostConfig" is HostConfig.
        const std::string &key = member.key();
        if (std::any_of(
                kDockerKeys.begin(), kDockerKeys.end(), [&](const char *k) { return json::equalNoCase(key, k); }))
            return true;
    }
    return false;
}

} // namespace

std::optional<Manifest> Manifest::read(std::string input, LoadError &error, bool keepText)
{
    // simdjson reads a little past the end of the text: room for that, zeroed, in the string's own
    // storage spares it a copy of the whole text (no new storage when the caller reserved it).
    const std::size_t size = input.size();
    input.resize(size + kJsonReadPadding);
    input.resize(size);
    const std::string_view text = input;
    JsonReadOptions options;
    options.padding = kJsonReadPadding;
    JsonReadResult parsed = readJson(text, options);
    if (parsed.error && text.find('\'') != std::string_view::npos) {
        // A bare createOptions object may be single-quoted, as the IoT Edge agent reads one (and
        // as the article's examples are often copied); a manifest may not.
        JsonReadOptions lenientOptions = options;
        lenientOptions.singleQuotes = true;
        JsonReadResult lenient = readJson(text, lenientOptions);
        if (!lenient.error && lenient.value.is_object() && !lenient.value.empty()
            && looksLikeCreateOptions(lenient.value) && !json::find(lenient.value, "modulesContent"))
            parsed = std::move(lenient);
    }
    if (parsed.error) {
        error.code = LoadErrorCode::Json;
        error.json = *parsed.error;
        return std::nullopt;
    }
    if (!parsed.value.is_object()) {
        error.code = LoadErrorCode::NotAnObject;
        error.expected = typeName(parsed.value);
        return std::nullopt;
    }

    Manifest manifest;
    const Json *content = json::find(parsed.value, "content");
    if (content && content->is_object() && json::find(*content, "modulesContent")) {
        manifest.m_form = ManifestForm::Wrapped;
    } else if (json::find(parsed.value, "modulesContent")) {
        manifest.m_form = ManifestForm::Full;
    } else if (looksLikeCreateOptions(parsed.value)) {
        manifest.m_form = ManifestForm::BareOptions;
    } else {
        error.code = LoadErrorCode::NotAManifest;
        return std::nullopt;
    }
    if (manifest.m_form != ManifestForm::BareOptions && !checkStructure(parsed.value, manifest.m_form, error))
        return std::nullopt;

    manifest.m_document = std::move(parsed.value);
    manifest.m_duplicates = std::move(parsed.duplicates);
    manifest.m_singleQuoted = parsed.usedSingleQuotes;
    manifest.m_indentation = detectIndentation(text);
    manifest.m_keepsText = keepText;
    if (keepText)
        manifest.m_text = std::move(input);
    forEachModule(manifest.m_document, manifest.m_form, [&](const ModuleRef &ref, const Json &) {
        if (!ref.system && ref.pointer.find(kLayeredModule) != std::string::npos)
            manifest.m_layered = true;
    });
    return manifest;
}

Json *Manifest::modulesContent(Json &document, ManifestForm form)
{
    return const_cast<Json *>(modulesContent(static_cast<const Json &>(document), form));
}

const Json *Manifest::modulesContent(const Json &document, ManifestForm form)
{
    switch (form) {
    case ManifestForm::Full:
        return json::find(document, "modulesContent");
    case ManifestForm::Wrapped: {
        const Json *content = json::find(document, "content");
        return content ? json::find(*content, "modulesContent") : nullptr;
    }
    case ManifestForm::BareOptions:
        break;
    }
    return nullptr;
}

void Manifest::forEachModule(
    Json &document, ManifestForm form, const std::function<void(const ModuleRef &, Json &)> &visit)
{
    walkModules(document, form, visit);
}

void Manifest::forEachModule(
    const Json &document, ManifestForm form, const std::function<void(const ModuleRef &, const Json &)> &visit)
{
    walkModules(document, form, visit);
}

std::vector<RouteRef> Manifest::routesOf(const Json &document, ManifestForm form)
{
    std::vector<RouteRef> out;
    const Json *content = modulesContent(document, form);
    const Json *hub = content ? json::find(*content, "$edgeHub") : nullptr;
    if (!hub)
        return out;
    const std::string hubPointer
        = json::pointer(form == ManifestForm::Wrapped ? "/content/modulesContent" : "/modulesContent", "$edgeHub");
    auto textOf
        = [](const Json &route) { return route.is_string() ? route.get<std::string>() : json::string(route, "route"); };
    for (const auto &[key, value] : hub->items()) {
        if (key == kDesired) {
            const Json *routes = json::find(value, "routes");
            if (!routes)
                continue;
            const std::string routesPointer = json::pointer(json::pointer(hubPointer, kDesired), "routes");
            for (const auto &[name, route] : routes->items())
                out.push_back({name, textOf(route), json::pointer(routesPointer, name)});
        } else if (startsWith(key, kLayeredRoute)) {
            out.push_back({key.substr(kLayeredRoute.size()), textOf(value), json::pointer(hubPointer, key)});
        }
    }
    return out;
}

std::vector<std::string> Manifest::twinSectionsOf(const Json &document, ManifestForm form)
{
    std::vector<std::string> out;
    const Json *content = modulesContent(document, form);
    if (!content)
        return out;
    for (const auto &[key, value] : content->items()) {
        (void)value;
        if (key != "$edgeAgent" && key != "$edgeHub")
            out.push_back(key);
    }
    return out;
}

Json Manifest::withoutOptions(const Json &module)
{
    Json out = module;
    if (Json *settings = json::find(out, "settings"); settings && settings->is_object()) {
        Json kept = Json::object();
        for (auto &[key, value] : settings->items()) {
            if (key != "createOptions" && chunkSuffix(key) == 0)
                json::append(kept, key, std::move(value));
        }
        *settings = std::move(kept);
    }
    return out;
}

ModuleOptions Manifest::readOptions(const Json &module)
{
    ModuleOptions options;
    const Json *settings = json::find(module, "settings");
    if (!settings)
        return options;

    std::vector<std::pair<int, const Json *>> chunks;
    constexpr std::string_view prefix = "createOptions";
    for (const auto &[key, value] : settings->items()) {
        if (const int suffix = chunkSuffix(key); suffix > 0)
            chunks.emplace_back(suffix, &value);
        else if (key.size() > prefix.size() && startsWith(key, prefix)
            && std::all_of(key.begin() + static_cast<std::ptrdiff_t>(prefix.size()), key.end(),
                [](char c) { return c >= '0' && c <= '9'; }))
            options.strayChunks.push_back(key);
    }
    std::sort(chunks.begin(), chunks.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    const Json *base = json::find(*settings, "createOptions");
    if (!base && chunks.empty())
        return options;

    if (base && base->is_object() && chunks.empty()) {
        options.form = OptionsForm::Object;
        options.value = *base;
        return options;
    }
    if (base && !base->is_string()) {
        options.form = OptionsForm::String;
        options.notAnObject = true;
        options.text = json::compact(*base);
        return options;
    }

    std::string text = base ? base->get<std::string>() : std::string();
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        options.chunkSuffixes.push_back(chunks[i].first);
        if (chunks[i].first != static_cast<int>(i) + 1)
            options.chunkGap = true;
        if (!chunks[i].second->is_string()) {
            options.form = OptionsForm::Chunked;
            options.notAnObject = true;
            options.badChunk = chunkKey(chunks[i].first);
            return options;
        }
        text += chunks[i].second->get<std::string>();
    }
    if (!base)
        options.chunkGap = options.noFirstChunk = true;
    options.form = chunks.empty() ? (text.empty() ? OptionsForm::Empty : OptionsForm::String) : OptionsForm::Chunked;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return options; // empty means no options

    JsonReadOptions readOptions;
    readOptions.singleQuotes = true;
    JsonReadResult parsed = readJson(text, readOptions);
    if (parsed.error) {
        options.error = parsed.error;
        options.text = std::move(text);
    } else if (!parsed.value.is_object()) {
        options.notAnObject = true;
        options.text = std::move(text);
    } else {
        options.value = std::move(parsed.value);
        options.singleQuoted = parsed.usedSingleQuotes;
        options.duplicates = std::move(parsed.duplicates);
    }
    return options;
}

std::vector<std::string> splitChunks(const std::string &text)
{
    std::vector<std::string> chunks;
    std::size_t start = 0, codePoints = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue; // a continuation byte belongs to the code point before it
        if (codePoints == Manifest::kChunkSize) {
            chunks.push_back(text.substr(start, i - start));
            start = i;
            codePoints = 0;
        }
        ++codePoints;
    }
    chunks.push_back(text.substr(start));
    return chunks;
}

bool Manifest::writeOptions(Json &module, OptionsForm form, const Json &options)
{
    if (form == OptionsForm::Object) {
        json::child(json::child(module, "settings"), "createOptions") = options;
        return true;
    }
    const bool empty = options.is_object() && options.empty();
    const std::vector<std::string> chunks
        = empty ? std::vector<std::string> {std::string()} : splitChunks(json::compact(options));
    if (static_cast<int>(chunks.size()) > kMaxChunks)
        return false; // before the module is touched
    Json &settings = json::child(module, "settings");

    Json rebuilt = Json::object();
    json::reserve(rebuilt, settings.size() + chunks.size());
    bool placed = false;
    auto place = [&] {
        json::append(rebuilt, "createOptions", chunks.front());
        for (std::size_t i = 1; i < chunks.size(); ++i) {
            json::append(rebuilt, chunkKey(static_cast<int>(i)), chunks[i]);
        }
        placed = true;
    };
    for (auto &[key, value] : settings.items()) {
        if (chunkSuffix(key) > 0)
            continue;
        if (key == "createOptions")
            place();
        else
            json::append(rebuilt, key, std::move(value));
    }
    if (!placed)
        place();
    settings = std::move(rebuilt);
    return true;
}

} // namespace EdgeShift
