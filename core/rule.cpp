#include "rule.h"

#include "k8snames.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace EdgeShift {

const char *sectionId(Section section)
{
    switch (section) {
    case Section::Storage:
        return "storage";
    case Section::Network:
        return "network";
    case Section::ComputeAcceleration:
        return "compute-acceleration";
    case Section::MemoryAndCpu:
        return "memory-and-cpu";
    case Section::WebProxy:
        return "web-proxy";
    case Section::OtherDifferences:
        return "other-differences";
    }
    return "";
}

Finding &FindingSink::add(std::string subject, std::string path, std::string_view message)
{
    return add(m_rule.kind, std::move(subject), std::move(path), message);
}

Finding &FindingSink::add(Kind kind, std::string subject, std::string path, std::string_view message)
{
    Finding &f = m_out.emplace_back();
    f.rule = m_rule.id;
    f.kind = kind;
    f.module = m_module ? m_module->name : std::string();
    f.subject = std::move(subject);
    f.path = std::move(path);
    f.message = message.empty() ? std::string_view(m_rule.id) : message;
    f.hasProposal = kind != Kind::Info;
    return f;
}

ParamError Rule::check(const Finding &, const ParamValues &, std::string_view) const
{
    return ParamError::None;
}

std::string_view Rule::madeMessage(const Finding &found) const
{
    return found.message;
}

std::string_view Rule::message(const Finding &finding, const ParamValues &) const
{
    return finding.message;
}

int HostPorts::of(const std::string &module, int port) const
{
    for (const PortMaps *maps : {changed, written}) {
        if (!maps)
            continue;
        if (const auto ports = maps->find(module); ports != maps->end()) {
            if (const auto host = ports->second.find(port); host != ports->second.end())
                return host->second;
        }
    }
    return 0;
}

int ManifestFacts::replacementPort(const std::string &module, const std::string &portKey) const
{
    const auto it = replacementPorts.find(replacementKey(module, portKey));
    return it != replacementPorts.end() ? it->second : firstFreeHostPort(k8s::kFirstFreeHostPort);
}

int ManifestFacts::firstFreeHostPort(int from) const
{
    int port = from;
    while (usedHostPorts.count(port) || k8s::isReservedHostPort(port))
        ++port;
    return port;
}

void Rule::apply(ModuleEdit &, const Finding &, const ParamValues &) const
{
}

bool Rule::needed(const Json &, const HostPorts &, const Finding &, Wording &) const
{
    return true;
}

void Rule::analyseManifest(const ManifestFacts &, FindingSink &) const
{
}

namespace options {

ParamError checkVolumeSource(const std::string &source)
{
    if (source.find('/') != std::string::npos)
        return ParamError::NotAVolumeName;
    return k8s::volumeName(source).empty() ? ParamError::NoVolumeName : ParamError::None;
}

const Json *hostConfig(const Json &options)
{
    const Json *host = json::findNoCase(options, "HostConfig");
    return host && host->is_object() ? host : nullptr;
}

Json &hostConfig(Json &options)
{
    return json::childNoCase(options, "HostConfig");
}

const Json *k8s(const Json &options)
{
    const Json *section = json::findNoCase(options, "k8s-experimental");
    return section && section->is_object() ? section : nullptr;
}

Json &k8s(Json &options)
{
    return json::child(options, json::keyNoCase(options, "k8s-experimental"));
}

namespace {

constexpr std::array<std::string_view, 6> kK8sKeys
    = {"nodeSelector", "resources", "volumes", "securityContext", "serviceOptions", "strategy"};

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The member of k8s-experimental `section` written, misspelt, for `name` (an object), or nullptr.
const Json *misspelt(const Json &section, std::string_view name)
{
    if (!section.is_object())
        return nullptr;
    for (const auto &[key, value] : section.get_ref<const Json::object_t &>()) {
        if (value.is_object() && nearestK8sKey(key) == name)
            return &value;
    }
    return nullptr;
}

} // namespace

bool isKnownK8sKey(std::string_view key)
{
    return std::any_of(
        kK8sKeys.begin(), kK8sKeys.end(), [&](std::string_view known) { return json::equalNoCase(key, known); });
}

std::string_view nearestK8sKey(std::string_view key)
{
    if (isKnownK8sKey(key))
        return {};
    const std::string name = json::lower(key);
    std::string_view nearest;
    std::size_t best = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (std::string_view known : kK8sKeys) {
        const std::size_t d = editDistance(name, json::lower(known));
        if (d < best) {
            best = d;
            nearest = known;
        }
    }
    return nearest;
}

const Json *k8sPath(const Json &options, std::initializer_list<std::string_view> path)
{
    const Json *node = k8s(options);
    for (std::string_view step : path) {
        if (!node)
            return nullptr;
        const Json *section = node;
        node = json::findNoCase(*section, step);
        if (!node && section == k8s(options))
            node = misspelt(*section, step);
    }
    return node;
}

Json *k8sPath(Json &options, std::initializer_list<std::string_view> path)
{
    return const_cast<Json *>(k8sPath(static_cast<const Json &>(options), path));
}

Json &k8sChild(Json &options, std::initializer_list<std::string_view> path)
{
    Json *node = &k8s(options);
    for (std::string_view step : path) {
        Json *section = node;
        node = json::findNoCase(*section, step);
        // Into the misspelt section, where it stands for this one: unknown-k8s-option corrects its
        // name, whatever is in it.
        if (!node && section == &k8s(options))
            node = const_cast<Json *>(misspelt(*section, step));
        if (!node)
            node = &json::child(*section, json::keyNoCase(*section, step));
    }
    return *node;
}

Bind parseBind(const std::string &text)
{
    Bind bind;
    const auto first = text.find(':');
    if (first == std::string::npos || first == 0)
        return bind;
    const auto second = text.find(':', first + 1);
    bind.source = text.substr(0, first);
    bind.target = text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    if (second != std::string::npos)
        bind.mode = text.substr(second + 1);
    bind.valid = !bind.target.empty();
    return bind;
}

std::vector<EnvEntry> environment(const Json &options, const Json &module)
{
    std::vector<EnvEntry> out;
    if (const Json *env = json::findNoCase(options, "Env"); env && env->is_array()) {
        for (std::size_t i = 0; i < env->size(); ++i) {
            const Json &entry = (*env)[i];
            if (!entry.is_string())
                continue;
            const std::string text = entry.get<std::string>();
            const auto eq = text.find('=');
            out.push_back({text.substr(0, eq), eq == std::string::npos ? std::string() : text.substr(eq + 1), true, i});
        }
    }
    if (const Json *env = json::find(module, "env"); env && env->is_object()) {
        for (const auto &[name, variable] : env->items()) {
            const Json *value = json::find(variable, "value");
            std::string text;
            if (value && value->is_string())
                text = value->get<std::string>();
            else if (value && !value->is_null())
                text = json::compact(*value);
            out.push_back({name, text, false, 0});
        }
    }
    return out;
}

namespace {
std::string nameOf(const std::string &entry)
{
    return entry.substr(0, entry.find('='));
}
} // namespace

EnvPlace placeOf(const std::string &path)
{
    if (path.rfind("/Env", 0) == 0)
        return EnvPlace::Options;
    if (path.rfind("#/env", 0) == 0)
        return EnvPlace::Section;
    return EnvPlace::Both;
}

bool removeVariable(ModuleEdit &edit, const std::string &name, EnvPlace place)
{
    bool removed = false;
    Json *env = place == EnvPlace::Section ? nullptr : json::findNoCase(edit.options, "Env");
    if (env && env->is_array()) {
        auto &array = env->get_ref<Json::array_t &>();
        const auto end = std::remove_if(array.begin(), array.end(),
            [&](const Json &entry) { return entry.is_string() && nameOf(entry.get<std::string>()) == name; });
        if (end != array.end()) {
            array.erase(end, array.end());
            dropIfEmpty(edit.options, "Env");
            edit.optionsChanged = removed = true;
        }
    }
    const Json *section = place == EnvPlace::Options ? nullptr : json::find(edit.module, "env");
    if (section && json::find(*section, name)) {
        Json &module = edit.changeModule();
        json::erase(*json::find(module, "env"), name);
        dropIfEmpty(module, "env");
        edit.moduleChanged = removed = true;
    }
    return removed;
}

std::string variableText(const std::string &name, const std::string &value, bool inOptions)
{
    return json::compact(
        inOptions ? Json(name + '=' + value) : Json::object({{name, Json::object({{"value", value}})}}));
}

void setVariable(ModuleEdit &edit, const std::string &name, const std::string &value, bool inOptions)
{
    if (inOptions) {
        Json &env = json::childNoCase(edit.options, "Env");
        if (!env.is_array())
            env = Json::array();
        const std::string entry = name + '=' + value;
        for (Json &existing : env) {
            if (existing.is_string() && nameOf(existing.get<std::string>()) == name) {
                existing = entry;
                edit.optionsChanged = true;
                return;
            }
        }
        env.push_back(entry);
        edit.optionsChanged = true;
        return;
    }
    Json &env = json::child(edit.changeModule(), "env");
    Json &variable = json::child(env, name);
    if (!variable.is_object())
        variable = Json::object();
    json::child(variable, "value") = value;
    edit.moduleChanged = true;
}

Port parsePort(const std::string &key)
{
    Port port;
    const auto slash = key.find('/');
    const std::string number = key.substr(0, slash);
    // Digits only: a range ("9000-9002", which Docker's command line expands) is no one port, and
    // IoT Edge on Kubernetes makes no Service port of it.
    if (std::from_chars(number.data(), number.data() + number.size(), port.number).ptr != number.data() + number.size())
        port.number = 0;
    port.protocol = slash == std::string::npos ? "tcp" : json::lower(key.substr(slash + 1));
    return port;
}

int hostPortOf(const Json &binding)
{
    const Json *hostPort = json::findNoCase(binding, "HostPort");
    int port = 0;
    if (hostPort && hostPort->is_string()) {
        const std::string text = hostPort->get<std::string>();
        if (std::from_chars(text.data(), text.data() + text.size(), port).ptr != text.data() + text.size())
            port = 0; // (a range, "9100-9101", is no one port)
    } else if (hostPort && hostPort->is_number_integer()) {
        const std::int64_t number = hostPort->get<std::int64_t>();
        port = number > 0 && number <= 65535 ? static_cast<int>(number) : 0;
    }
    return port > 0 && port <= 65535 ? port : 0;
}

namespace {
std::vector<int> hostPortsOf(const Json &bindings)
{
    std::vector<int> out;
    if (bindings.is_object()) { // one binding written without its list
        if (const int port = hostPortOf(bindings))
            out.push_back(port);
    } else if (bindings.is_array()) {
        for (const Json &binding : bindings) {
            if (const int port = hostPortOf(binding))
                out.push_back(port);
        }
    }
    return out;
}
} // namespace

std::vector<PortMapping> portMappings(const Json &options)
{
    std::vector<PortMapping> out;
    const Json *host = hostConfig(options);
    const Json *bindings = host ? json::findNoCase(*host, "PortBindings") : nullptr;
    // Docker reads "80" as "80/tcp", and the protocol in any case: one port, however written.
    auto normal = [](const std::string &key) {
        const Port port = parsePort(key);
        return port.number > 0 ? std::to_string(port.number) + '/' + port.protocol : key; // (a range, as written)
    };
    std::unordered_set<std::string> bound;
    if (bindings && bindings->is_object()) {
        for (const auto &[key, value] : bindings->get_ref<const Json::object_t &>()) {
            std::vector<int> hostPorts = hostPortsOf(value);
            const int first = hostPorts.empty() ? 0 : hostPorts.front();
            out.push_back({key, first, std::move(hostPorts)});
            bound.insert(normal(key));
        }
    }
    if (const Json *exposed = json::findNoCase(options, "ExposedPorts"); exposed && exposed->is_object()) {
        for (const auto &member : exposed->get_ref<const Json::object_t &>()) {
            if (!bound.count(normal(member.first)))
                out.push_back({member.first, 0, {}});
        }
    }
    return out;
}

bool isGpuRequest(const Json &request)
{
    if (json::equalNoCase(json::stringNoCase(request, "Driver"), "nvidia"))
        return true;
    const Json *capabilities = json::findNoCase(request, "Capabilities");
    if (!capabilities || !capabilities->is_array())
        return false;
    for (const Json &set : *capabilities) {
        if (!set.is_array())
            continue;
        for (const Json &capability : set) {
            if (capability.is_string()
                && (capability.get<std::string>() == "gpu" || capability.get<std::string>() == "nvidia"))
                return true;
        }
    }
    return false;
}

bool isCatapultDevice(const Json &device)
{
    const std::string path = json::stringNoCase(device, "PathOnHost");
    return path.rfind("/dev/catapult", 0) == 0;
}

bool usesHostNetwork(const Json &options)
{
    const Json *host = hostConfig(options);
    return host && json::equalNoCase(json::stringNoCase(*host, "NetworkMode"), "host");
}

bool isPrivileged(const Json &options)
{
    const Json *host = hostConfig(options);
    const Json *privileged = host ? json::findNoCase(*host, "Privileged") : nullptr;
    return privileged && privileged->is_boolean() && privileged->get<bool>();
}

bool requestsAccelerator(const Json &options)
{
    for (const char *section : {"limits", "requests"}) {
        const Json *resources = k8sPath(options, {"resources", section});
        if (resources
            && (json::find(*resources, "microsoft.com/fpga_catapult") || json::find(*resources, "nvidia.com/gpu")))
            return true;
    }
    return false;
}

bool usesAccelerator(const Json &options)
{
    if (requestsAccelerator(options))
        return true;
    if (const Json *host = hostConfig(options)) {
        if (const Json *devices = json::findNoCase(*host, "Devices"); devices && devices->is_array()) {
            if (std::any_of(devices->begin(), devices->end(), isCatapultDevice))
                return true;
        }
        if (const Json *runtime = json::findNoCase(*host, "Runtime");
            runtime && runtime->is_string() && json::equalNoCase(runtime->get<std::string>(), "nvidia"))
            return true;
        if (const Json *requests = json::findNoCase(*host, "DeviceRequests");
            requests && requests->is_array() && std::any_of(requests->begin(), requests->end(), isGpuRequest))
            return true;
    }
    return false;
}

bool requestsFpga(const Json &options)
{
    for (const char *section : {"limits", "requests"}) {
        const Json *resources = k8sPath(options, {"resources", section});
        if (resources && json::find(*resources, "microsoft.com/fpga_catapult"))
            return true;
    }
    const Json *host = hostConfig(options);
    const Json *devices = host ? json::findNoCase(*host, "Devices") : nullptr;
    return devices && devices->is_array() && std::any_of(devices->begin(), devices->end(), isCatapultDevice);
}

bool sameNameNoCase(const std::string &name, std::string_view lowerName)
{
    return json::equalNoCase(name, lowerName);
}

void dropIfEmpty(Json &object, std::string_view key)
{
    const Json *value = json::findNoCase(object, key);
    if (value && (value->is_array() || value->is_object()) && value->empty())
        json::eraseNoCase(object, key);
}

} // namespace options

const std::vector<options::EnvEntry> &ModuleContext::environment() const
{
    if (!m_environment)
        m_environment = options::environment(options, module);
    return *m_environment;
}

const std::vector<options::PortMapping> &ModuleContext::portMappings() const
{
    if (!m_portMappings)
        m_portMappings = options::portMappings(options);
    return *m_portMappings;
}

const std::vector<options::MountRef> &ModuleContext::mounts() const
{
    if (!m_mounts)
        m_mounts = options::mounts(options);
    return *m_mounts;
}

} // namespace EdgeShift

namespace EdgeShift::options {

namespace {
bool isPlain(std::string_view path);
} // namespace

MountPlan planMount(const std::string &source)
{
    constexpr std::string_view shares = "/home/hcsshares/";
    MountPlan plan;
    // (Read as the path resolves: "/home/hcsshares//output" and "/home//hcsshares/./logs" are shares.)
    std::string cleaned;
    std::string_view path = source;
    if (source.starts_with("/home") && !isPlain(source)) {
        cleaned = cleanPath(source);
        path = cleaned;
    }
    if (path.starts_with(shares)) {
        const std::string rest(path.substr(shares.size()));
        const auto slash = rest.find('/');
        plan.share = rest.substr(0, slash);
        if (slash != std::string::npos)
            plan.subfolder = rest.substr(slash + 1);
        if (!plan.share.empty() && plan.subfolder.empty()) {
            plan.type = "volume";
            plan.source = plan.share;
            return plan;
        }
    }
    plan.source = source;
    // Absolute host paths and placeholders stay host paths; a bare name is a named volume.
    plan.type = source.empty() || source.front() == '/' || source.front() == '$' ? "bind" : "volume";
    return plan;
}

Json mount(const std::string &target, const std::string &source, const std::string &type, bool readOnly)
{
    Json m = Json::object();
    json::append(m, "Target", target);
    json::append(m, "Source", source);
    json::append(m, "Type", type);
    if (readOnly)
        json::append(m, "ReadOnly", true);
    return m;
}

bool isReadOnly(const std::string &mode)
{
    std::size_t start = 0;
    while (start <= mode.size()) {
        const auto comma = mode.find(',', start);
        if (mode.substr(start, comma == std::string::npos ? std::string::npos : comma - start) == "ro")
            return true;
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return false;
}

namespace {
// Whether a HostConfig.Mounts entry is read-only.
bool readOnlyMount(const Json &mount)
{
    const Json *readOnly = json::findNoCase(mount, "ReadOnly");
    return readOnly && readOnly->is_boolean() && readOnly->get<bool>();
}
} // namespace

std::vector<MountRef> mounts(const Json &options)
{
    std::vector<MountRef> out;
    const Json *host = hostConfig(options);
    if (!host)
        return out;
    if (const Json *binds = json::findNoCase(*host, "Binds"); binds && binds->is_array()) {
        for (std::size_t i = 0; i < binds->size(); ++i) {
            if (!(*binds)[i].is_string())
                continue;
            const Bind bind = parseBind((*binds)[i].get<std::string>());
            if (bind.valid)
                out.push_back({bind.source, bind.target, "bind", true, i, isReadOnly(bind.mode)});
        }
    }
    if (const Json *list = json::findNoCase(*host, "Mounts"); list && list->is_array()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json &m = (*list)[i];
            out.push_back({json::stringNoCase(m, "Source"), json::stringNoCase(m, "Target"),
                json::lower(json::stringNoCase(m, "Type")), false, i, readOnlyMount(m)});
        }
    }
    return out;
}

std::string MountRef::gpuSource() const
{
    return cleanPath(fromBinds || bindMountsWholeShare(*this) ? planMount(source).source : source);
}

std::string MountRef::path() const
{
    return (fromBinds ? "/HostConfig/Binds/" : "/HostConfig/Mounts/") + std::to_string(index);
}

const Json &entryOf(const Json &options, const MountRef &mount)
{
    return json::findNoCase(*hostConfig(options), mount.fromBinds ? "Binds" : "Mounts")->at(mount.index);
}

Json *findMount(Json &hostConfig, const std::string &source, const std::string &target)
{
    Json *list = json::findNoCase(hostConfig, "Mounts");
    if (!list || !list->is_array())
        return nullptr;
    for (Json &m : *list) {
        if (json::stringNoCase(m, "Source") == source && json::stringNoCase(m, "Target") == target)
            return &m;
    }
    return nullptr;
}

Json *findBind(Json &hostConfig, const std::string &source, const std::string &target)
{
    Json *binds = json::findNoCase(hostConfig, "Binds");
    if (!binds || !binds->is_array())
        return nullptr;
    for (Json &entry : *binds) {
        if (!entry.is_string())
            continue;
        const Bind bind = parseBind(entry.get<std::string>());
        if (bind.source == source && bind.target == target)
            return &entry;
    }
    return nullptr;
}

void eraseEntry(Json &hostConfig, std::string_view key, const Json *entry)
{
    auto &list = json::childNoCase(hostConfig, key).get_ref<Json::array_t &>();
    list.erase(std::find_if(list.begin(), list.end(), [entry](const Json &e) { return &e == entry; }));
    dropIfEmpty(hostConfig, key);
}

void replaceBind(Json &hostConfig, const Json *bind, Json mount)
{
    if (!json::findNoCase(hostConfig, "Mounts"))
        json::insertAfter(hostConfig, json::keyNoCase(hostConfig, "Binds"), "Mounts", Json::array());
    eraseEntry(hostConfig, "Binds", bind);
    Json &list = json::childNoCase(hostConfig, "Mounts");
    if (!list.is_array())
        list = Json::array();
    const auto same = std::find_if(list.begin(), list.end(), [&](const Json &m) { return sameMount(m, mount); });
    if (same == list.end())
        list.push_back(std::move(mount));
    else
        mergeMount(*same, mount);
}

void mergeMount(Json &kept, const Json &other)
{
    // Read-only only if both were: a file written through one stays writable.
    if (!readOnlyMount(other))
        json::eraseNoCase(kept, "ReadOnly");
}

void setMountType(Json &mount, const std::string &type)
{
    json::child(mount, json::keyNoCase(mount, "Type")) = type;
    json::eraseNoCase(mount, type == "volume" ? "BindOptions" : "VolumeOptions");
}

bool sameMount(const Json &a, const Json &b)
{
    for (const std::string_view key : {"Target", "Source"}) {
        if (cleanPath(json::stringNoCase(a, key)) != cleanPath(json::stringNoCase(b, key)))
            return false;
    }
    return json::lower(json::stringNoCase(a, "Type")) == json::lower(json::stringNoCase(b, "Type"));
}

bool bindsShareSubfolder(const MountRef &m)
{
    if (m.type != "bind" || isFilePath(m.source) || isFilePath(m.target))
        return false;
    const MountPlan plan = planMount(m.source);
    return !plan.share.empty() && !plan.subfolder.empty();
}

bool bindMountsWholeShare(const MountRef &m)
{
    if (m.fromBinds || m.type != "bind")
        return false;
    const MountPlan plan = planMount(m.source);
    return !plan.share.empty() && plan.subfolder.empty();
}

namespace {

// Whether an absolute path is written plainly already (as most are): no part empty, "." or "..".
bool isPlain(std::string_view path)
{
    for (std::size_t at = 1; at <= path.size();) {
        const std::size_t slash = std::min(path.find('/', at), path.size());
        const std::string_view part = path.substr(at, slash - at);
        if (part.empty() ? path.size() > 1 : part == "." || part == "..")
            return false;
        at = slash + 1;
    }
    return true;
}

} // namespace

std::string cleanPath(std::string_view path)
{
    if (!path.starts_with('/')) {
        while (path.size() > 1 && path.back() == '/')
            path.remove_suffix(1);
        return std::string(path);
    }
    if (isPlain(path))
        return std::string(path);
    std::vector<std::string_view> parts;
    for (std::size_t at = 0; at < path.size();) {
        const std::size_t slash = std::min(path.find('/', at), path.size());
        const std::string_view part = path.substr(at, slash - at);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        at = slash + 1;
    }
    std::string out;
    for (const std::string_view part : parts)
        (out += '/') += part;
    return out.empty() ? std::string("/") : out;
}

bool isFilePath(const std::string &path)
{
    static constexpr std::array<std::string_view, 5> wellKnown = {
        "/etc/hosts",
        "/etc/localtime",
        "/etc/timezone",
        "/var/run/docker.sock",
        "/run/docker.sock",
    };
    if (path.empty() || path.back() == '/')
        return false; // a folder's, as written
    const std::string cleaned = path.starts_with('/') && isPlain(path) ? std::string() : cleanPath(path);
    const std::string_view clean = cleaned.empty() ? std::string_view(path) : cleaned;
    if (std::find(wellKnown.begin(), wellKnown.end(), clean) != wellKnown.end() || isDeviceNode(clean))
        return true;
    const std::string_view name = clean.substr(clean.rfind('/') + 1);
    const auto dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == name.size() || name.size() - dot - 1 > 5)
        return false;
    const std::string_view extension = name.substr(dot + 1);
    if (extension == "d")
        return false; // conf.d, init.d: folders, by convention
    // release.v2, node-v18.x: versions
    if ((extension.size() > 1 && extension[0] == 'v'
            && std::all_of(extension.begin() + 1, extension.end(),
                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        || (extension == "x" && std::isdigit(static_cast<unsigned char>(name[dot - 1]))))
        return false;
    bool letter = false;
    for (std::size_t i = dot + 1; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c))
            return false;
        letter = letter || std::isalpha(c);
    }
    return letter;
}

bool isDeviceNode(std::string_view path)
{
    if (!path.starts_with("/dev/"))
        return false;
    const std::string cleaned = cleanPath(path);
    const std::string_view clean = cleaned;
    if (!clean.starts_with("/dev/"))
        return false;
    // Folders of /dev, and file systems mounted there (shared memory, message queues), whose
    // entries are files or folders, not devices.
    static constexpr std::array<std::string_view, 21> folders {"/dev/block", "/dev/bus", "/dev/bus/usb", "/dev/char",
        "/dev/cpu", "/dev/disk", "/dev/dma_heap", "/dev/dri", "/dev/fd", "/dev/input", "/dev/mapper", "/dev/net",
        "/dev/nvidia-caps", "/dev/pts", "/dev/serial", "/dev/snd", "/dev/v4l", "/dev/vfio", "/dev/hugepages",
        "/dev/mqueue", "/dev/shm"};
    static constexpr std::array<std::string_view, 3> fileSystems {"/dev/hugepages", "/dev/mqueue", "/dev/shm"};
    if (std::find(folders.begin(), folders.end(), clean) != folders.end()
        || std::any_of(fileSystems.begin(), fileSystems.end(), [&](std::string_view tree) {
               return clean.starts_with(tree) && clean.substr(tree.size()).starts_with('/');
           }))
        return false;
    const std::string_view name = clean.substr(clean.rfind('/') + 1);
    const std::string_view parent = clean.substr(0, clean.rfind('/'));
    // /dev/disk/by-uuid, /dev/serial/by-id: folders of links to devices; /dev/bus/usb/001: a bus's
    // folder; /dev/cpu/0: a processor's.
    const bool digits = !name.empty()
        && std::all_of(name.begin(), name.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return !(name.starts_with("by-") || (digits && (parent == "/dev/bus/usb" || parent == "/dev/cpu")));
}

} // namespace EdgeShift::options
