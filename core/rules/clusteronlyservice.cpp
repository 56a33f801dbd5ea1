#include "rules.h"

#include <algorithm>

namespace EdgeShift::rules {

namespace {

// Whether a binding's HostIp is the loopback address: the port is the device's own on Docker.
bool bindsLoopback(const Json &binding)
{
    std::string ip = json::lower(json::stringNoCase(binding, "HostIp"));
    if (ip.starts_with("::ffff:")) // IPv4 written as IPv6
        ip.erase(0, 7);
    return ip == "localhost" || ip == "::1" || ip == "0:0:0:0:0:0:0:1" || ip.starts_with("127.");
}

// The ports bound to the loopback address only ("8080/tcp, 9000/tcp"), or "".
std::string loopbackPorts(const Json &options)
{
    const Json *host = options::hostConfig(options);
    const Json *bindings = host ? json::findNoCase(*host, "PortBindings") : nullptr;
    std::string list;
    if (!bindings || !bindings->is_object())
        return list;
    for (const auto &[key, value] : bindings->items()) {
        const Json all = value.is_object() ? Json::array({value}) : value;
        if (all.is_array() && !all.empty() && std::all_of(all.begin(), all.end(), bindsLoopback))
            appendListItem(list, key);
    }
    return list;
}

// cluster-only-service: keep a module's service inside the cluster.
class ClusterOnlyService final : public Rule {
public:
    RuleInfo info() const override { return {"cluster-only-service", Kind::Advice, Section::Network}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const auto &ports = module.portMappings();
        if (ports.empty() || options::k8sPath(module.options, {"serviceOptions", "type"}))
            return;
        std::string list;
        for (const options::PortMapping &port : ports)
            appendListItem(list, port.key);
        // Docker keeps a port bound to the loopback address on the device; Kubernetes drops HostIp
        // and opens it to the network. edgeHub's ports are there for devices, which may connect
        // from outside the cluster.
        const std::string loopback = loopbackPorts(module.options);
        Finding &f = sink.add("serviceOptions", "/k8s-experimental/serviceOptions",
            !loopback.empty()                               ? "cluster-only-service.loopback"
                : module.system && module.name == "edgeHub" ? "cluster-only-service.edge-hub"
                                                            : "");
        f.after = json::compact(Json::object({{"type", "ClusterIP"}}));
        f.args = {list};
        if (!loopback.empty())
            f.args.emplace_back(loopback);
    }

    void apply(ModuleEdit &edit, const Finding &, const ParamValues &) const override
    {
        Json &service = options::k8sChild(edit.options, {"serviceOptions"});
        json::child(service, json::keyNoCase(service, "type")) = "ClusterIP";
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> clusterOnlyService()
{
    return std::make_unique<ClusterOnlyService>();
}

} // namespace EdgeShift::rules
