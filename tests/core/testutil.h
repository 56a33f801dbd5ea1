#pragma once

#include "catalogue.h"
#include "engine.h"
#include "json.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

// Test helpers over the core: loading text, building one-module manifests, comparing JSON with
// a readable difference on failure.
namespace EdgeShift::Test {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline Analysis loadOrFail(const std::string &text)
{
    LoadError error;
    std::optional<Analysis> analysis = load(text, error);
    if (!analysis)
        qFatal("test input refused (code %d, pointer %s)", int(error.code), error.pointer.c_str());
    return std::move(*analysis);
}

// A full manifest with edgeAgent, edgeHub and the given modules ({"name": module, …}).
inline std::string manifestWith(
    const Json &modules, const Json &systemModules = Json::object(), const Json &routes = Json::object())
{
    Json system
        = {{"edgeAgent",
               {{"type", "docker"},
                   {"settings", {{"image", "mcr.microsoft.com/azureiotedge-agent:1.0"}, {"createOptions", ""}}}}},
            {"edgeHub",
                {{"type", "docker"},
                    {"settings", {{"image", "mcr.microsoft.com/azureiotedge-hub:1.0"}, {"createOptions", ""}}}}}};
    for (const auto &[name, module] : systemModules.items())
        system[name] = module;
    Json doc = {{"modulesContent",
        {{"$edgeAgent",
             {{"properties.desired", {{"schemaVersion", "1.0"}, {"systemModules", system}, {"modules", modules}}}}},
            {"$edgeHub", {{"properties.desired", {{"schemaVersion", "1.0"}, {"routes", routes}}}}}}}};
    return doc.dump(2);
}

// A module whose createOptions is `options` (written as a string, as the IoT Edge tools do).
inline Json moduleWith(
    const Json &options, const Json &env = Json(), const std::string &image = "example.azurecr.io/app:1.0")
{
    Json module = {{"type", "docker"}, {"settings", {{"image", image}, {"createOptions", options.dump()}}}};
    if (!env.is_null())
        module["env"] = env;
    return module;
}

inline std::vector<const Finding *> findingsOf(
    const Analysis &a, const std::string &rule, const std::string &module = {})
{
    std::vector<const Finding *> out;
    for (const Finding &f : a.findings) {
        if (f.rule == rule && (module.empty() || f.module == module))
            out.push_back(&f);
    }
    return out;
}

// A message argument listing `items`, as the core writes one.
inline std::string listOf(std::initializer_list<std::string_view> items)
{
    std::string list;
    for (const std::string_view item : items)
        appendListItem(list, item);
    return list;
}

// Whether a finding's path is a JSON pointer to what it shows as before: into the module's
// createOptions, or after '#' into the module object. (A finding that shows no before may point
// where its change adds a value; fpga-to-gpu's before is the devices that asked for the FPGA, and
// its path where the GPU is asked for.)
inline bool pathResolves(const Analysis &analysis, const Finding &finding)
{
    const std::string path = finding.path.str();
    if (finding.before.empty() || path.empty() || finding.moduleIndex >= analysis.modules.size()
        || finding.message == std::string_view("fpga-to-gpu.devices"))
        return true;
    const ModuleState &module = analysis.modules[finding.moduleIndex];
    try {
        if (path.starts_with('#'))
            return module.original && module.original->contains(Json::json_pointer(path.substr(1)));
        return module.options.value.contains(Json::json_pointer(path));
    } catch (const Json::exception &) {
        return false; // not a JSON pointer
    }
}

// Every rule accepted (or rejected).
inline Decisions everyRule(bool accepted)
{
    Decisions d;
    for (const Rule *rule : catalogue())
        d.setRule(rule->info().id, accepted);
    return d;
}

inline Json parse(const std::string &text)
{
    return Json::parse(text);
}

// Compares two JSON values; on failure prints both, pretty, and the first differing pointer.
inline bool jsonEqual(const Json &actual, const Json &expected, const char *file, int line)
{
    if (actual == expected && actual.dump() == expected.dump()) // dump also compares key order
        return true;
    const nlohmann::json patch
        = nlohmann::json::diff(nlohmann::json::parse(actual.dump()), nlohmann::json::parse(expected.dump()));
    const std::string message = "JSON differs.\nActual:\n" + actual.dump(2) + "\nExpected:\n" + expected.dump(2)
        + "\nPatch from actual to expected: " + patch.dump() + (patch.empty() ? " (key order differs)" : "");
    QTest::qFail(message.c_str(), file, line);
    return false;
}

} // namespace EdgeShift::Test

#define COMPARE_JSON(actual, expected)                                                                                 \
    do {                                                                                                               \
        if (!EdgeShift::Test::jsonEqual((actual), (expected), __FILE__, __LINE__))                                     \
            return;                                                                                                    \
    } while (false)
