#include "rules.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace EdgeShift::rules {

namespace {

// What IoT Edge on Kubernetes carries over from createOptions (RULES.md, "What Kubernetes keeps").
constexpr std::array kKeptTopLevel = {"Labels", "Env", "ExposedPorts", "HostConfig"};
constexpr std::array kKeptHostConfig = {
    "Privileged",
    "Binds",
    "Mounts",
    "PortBindings",
    "NetworkMode",
    "IpcMode",
    "Memory",
    "MemorySwap",
    "MemoryReservation",
    "NanoCpus",
    "CpuShares",
    "CpuPeriod",
    "CpuQuota",
};

// Docker matches the keys of createOptions case-insensitively ("hostConfig" is HostConfig).
template<std::size_t N> bool contains(const std::array<const char *, N> &list, const std::string &key)
{
    return std::any_of(list.begin(), list.end(), [&](const char *k) { return json::equalNoCase(key, k); });
}

// unsupported-option: createOptions that Kubernetes does not carry over.
class UnsupportedOption final : public Rule {
public:
    RuleInfo info() const override { return {"unsupported-option", Kind::Manual, Section::OtherDifferences}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const auto &[key, value] : module.options.items()) {
            if (contains(kKeptTopLevel, key) || json::equalNoCase(key, "k8s-experimental"))
                continue;
            report(sink, key, json::pointer("", key), value);
        }
        const Json *host = options::hostConfig(module.options);
        // A range of ports ("9000-9002/tcp", which Docker's command line expands) is no port IoT
        // Edge on Kubernetes makes a Service port of. Each port must be written on its own.
        const Json *ranges = host ? json::findNoCase(*host, "PortBindings") : nullptr;
        const std::vector<options::PortMapping> &mappings = module.portMappings();
        for (const options::PortMapping &mapping : mappings) {
            const std::string &key = mapping.key;
            const auto dash = key.find('-');
            if (dash == std::string::npos || options::parsePort(key.substr(0, dash)).number <= 0)
                continue;
            const bool bound = ranges && ranges->is_object() && ranges->contains(key);
            Finding &f = sink.add(key, json::pointer(bound ? "/HostConfig/PortBindings" : "/ExposedPorts", key),
                "unsupported-option.port-range");
            f.args = {key, key.substr(0, dash) + '/' + options::parsePort(key).protocol};
            f.hasProposal = false;
        }
        if (!host)
            return;
        for (const auto &[key, value] : host->items()) {
            if (contains(kKeptHostConfig, key))
                continue;
            const std::string name = json::lower(key);
            if ((name == "devices" || name == "devicerequests") && value.is_array()) {
                // FPGA devices are device-bindings' business and GPU requests docker-gpu's; the
                // rest are not carried over.
                Json other = Json::array();
                for (const Json &entry : value) {
                    if (!isForARule(name, entry))
                        other.push_back(entry);
                }
                if (other.empty())
                    continue;
                Finding &f = report(sink, "HostConfig." + key, json::pointer("/HostConfig", key), other);
                if (name == "devices") {
                    // Which devices: their paths on the node. A privileged module sees them all.
                    std::string paths;
                    for (const Json &entry : other) {
                        if (const std::string path = json::stringNoCase(entry, "PathOnHost"); !path.empty())
                            appendListItem(paths, path);
                    }
                    if (!paths.empty()) {
                        f.message = options::isPrivileged(module.options) ? "unsupported-option.devices-privileged"
                                                                          : "unsupported-option.device-list";
                        f.args.push_back(paths);
                    }
                }
                continue;
            }
            if (name == "runtime" && value.is_string() && json::equalNoCase(value.get<std::string>(), "nvidia"))
                continue; // docker-gpu
            report(sink, "HostConfig." + key, json::pointer("/HostConfig", key), value);
        }
        // Two ports bound to one host port (on two HostIps, as Docker allows): the Service would
        // have that port twice, which Kubernetes refuses.
        for (const auto &[port, keys] : sharedHostPorts(mappings)) {
            Finding &f = sink.add(
                std::string(kSharedPrefix) + port, "/HostConfig/PortBindings", "unsupported-option.host-port-shared");
            f.args = {port, keys};
            f.hasProposal = false;
        }
        // Kubernetes keeps port bindings, but one port bound several times (as Docker shows a
        // port bound on IPv4 and IPv6) makes Service ports of one name: the Service is refused.
        const Json *bindings = json::findNoCase(*host, "PortBindings");
        for (const options::PortMapping &mapping : mappings) {
            if (mapping.hostPorts.size() < 2)
                continue;
            const Json &list = bindings->at(mapping.key);
            const std::string ports = hostPortList(mapping);
            Finding &f = sink.add(std::string(kBindingsPrefix) + mapping.key,
                json::pointer("/HostConfig/PortBindings", mapping.key), "unsupported-option.bindings");
            f.before = json::compact(list);
            f.after = json::compact(Json::array({firstBinding(list)}));
            f.args = {mapping.key, ports, std::to_string(mapping.hostPort)};
        }
    }

    // A port bound twice, as the changes before left it: its first binding may have moved
    // (reserved-ports), and the sentence and the change say the host port it keeps.
    bool needed(const Json &options, const HostPorts &, const Finding &finding, Wording &wording) const override
    {
        const std::string subject = finding.subject.str();
        if (subject.starts_with(kSharedPrefix)) {
            // Solved once no two mappings have that host port (reserved-ports moved one).
            const auto shared = sharedHostPorts(options::portMappings(options));
            return shared.count(subject.substr(kSharedPrefix.size()));
        }
        if (!subject.starts_with(kBindingsPrefix))
            return true;
        const std::string key = subject.substr(kBindingsPrefix.size());
        const Json *host = options::hostConfig(options);
        const Json *bindings = host ? json::findNoCase(*host, "PortBindings") : nullptr;
        const Json *list = bindings ? json::find(*bindings, key) : nullptr;
        for (const options::PortMapping &mapping : options::portMappings(options)) {
            if (mapping.key != key || !list)
                continue;
            if (mapping.hostPorts.size() < 2)
                return false; // one binding left
            const std::string ports = hostPortList(mapping);
            if (ports != finding.args[1].view()) {
                wording.args = {finding.args[0].str(), ports, std::to_string(mapping.hostPort)};
                wording.after = json::compact(Json::array({firstBinding(*list)}));
            }
            return true;
        }
        return false;
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string prefix = "HostConfig.";
        const std::string subject = finding.subject.str();
        if (subject.starts_with(kBindingsPrefix)) {
            Json *bindings = json::findNoCase(options::hostConfig(edit.options), "PortBindings");
            Json *list = bindings ? json::find(*bindings, subject.substr(kBindingsPrefix.size())) : nullptr;
            if (list && list->is_array() && list->size() > 1) {
                *list = Json::array({firstBinding(*list)});
                edit.optionsChanged = true;
            }
            return;
        }
        if (subject.rfind(prefix, 0) != 0) {
            json::erase(edit.options, subject);
            edit.optionsChanged = true;
            return;
        }
        Json &host = options::hostConfig(edit.options);
        const std::string key = subject.substr(prefix.size());
        Json *value = json::findNoCase(host, key);
        if (!value)
            return;
        if ((json::equalNoCase(key, "devices") || json::equalNoCase(key, "devicerequests")) && value->is_array()) {
            const std::string name = json::lower(key);
            auto &array = value->get_ref<Json::array_t &>();
            array.erase(
                std::remove_if(array.begin(), array.end(), [&](const Json &entry) { return !isForARule(name, entry); }),
                array.end());
            options::dropIfEmpty(host, key);
        } else {
            json::erase(host, key);
        }
        edit.optionsChanged = true;
    }

private:
    static constexpr std::string_view kBindingsPrefix = "HostConfig.PortBindings.";
    static constexpr std::string_view kSharedPrefix = "HostConfig.PortBindings@";

    // The host ports ("9000/tcp") that two or more mappings of the module bind, each with those
    // mappings listed: the module's Service would have that port twice.
    static std::map<std::string, std::string> sharedHostPorts(const std::vector<options::PortMapping> &mappings)
    {
        std::vector<int> all; // (as most modules: no host port twice, and nothing more to do)
        for (const options::PortMapping &mapping : mappings)
            all.insert(all.end(), mapping.hostPorts.begin(), mapping.hostPorts.end());
        std::sort(all.begin(), all.end());
        if (std::adjacent_find(all.begin(), all.end()) == all.end())
            return {};
        std::map<std::string, std::vector<std::string>> byPort;
        for (const options::PortMapping &mapping : mappings) {
            std::set<int> ports(mapping.hostPorts.begin(), mapping.hostPorts.end());
            for (const int port : ports)
                byPort[std::to_string(port) + '/' + options::parsePort(mapping.key).protocol].push_back(mapping.key);
        }
        std::map<std::string, std::string> shared;
        for (const auto &[port, keys] : byPort) {
            if (keys.size() < 2)
                continue;
            std::string list;
            for (const std::string &key : keys)
                appendListItem(list, key);
            shared.emplace(port, list);
        }
        return shared;
    }

    // "9090, 35001": the host ports of a port's bindings.
    static std::string hostPortList(const options::PortMapping &mapping)
    {
        std::string ports;
        for (const int port : mapping.hostPorts)
            appendListItem(ports, std::to_string(port));
        return ports;
    }

    // The binding Docker gives a port first: the first with a valid host port.
    static Json firstBinding(const Json &list)
    {
        const auto first
            = std::find_if(list.begin(), list.end(), [](const Json &b) { return options::hostPortOf(b) != 0; });
        return first != list.end() ? *first : Json::object();
    }

    // An entry of HostConfig.Devices (`list` "devices") or DeviceRequests that another rule converts.
    static bool isForARule(const std::string &list, const Json &entry)
    {
        return list == "devices" ? options::isCatapultDevice(entry) : options::isGpuRequest(entry);
    }

    // What the operator can do instead depends on what the option did.
    static std::string_view messageFor(const std::string &subject)
    {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kMessages {{
            {"entrypoint", "unsupported-option"}, // what the container runs: build it into the image
            {"cmd", "unsupported-option"},
            {"workingdir", "unsupported-option"},
            {"user", "unsupported-option"},
            {"hostconfig.logconfig", "unsupported-option.logs"},
            {"hostconfig.restartpolicy", "unsupported-option.restart"},
            {"hostconfig.devices", "unsupported-option.devices"},
            {"hostconfig.devicerequests", "unsupported-option.devices"},
            {"hostconfig.shmsize", "unsupported-option.shared-memory"},
        }};
        const std::string key = json::lower(subject);
        for (const auto &[option, message] : kMessages) {
            if (key == option)
                return message;
        }
        return "unsupported-option.other";
    }

    static Finding &report(FindingSink &sink, const std::string &subject, const std::string &path, const Json &value)
    {
        Finding &f = sink.add(subject, path, messageFor(subject));
        f.before = json::compact(value);
        f.args = {subject};
        return f;
    }
};

} // namespace

std::unique_ptr<Rule> unsupportedOption()
{
    return std::make_unique<UnsupportedOption>();
}

} // namespace EdgeShift::rules
