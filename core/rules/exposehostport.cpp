#include "rules.h"

#include <algorithm>
#include <array>

#include "k8snames.h"

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kHostPort {"hostPort", ParamType::Port, "/0/HostPort"};
constexpr std::array kParams {kHostPort};

// expose-hostport: a service is reachable inside and outside the cluster only through a HostPort.
class ExposeHostPort final : public Rule {
public:
    RuleInfo info() const override { return {"expose-hostport", Kind::Fix, Section::Network, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const options::PortMapping &mapping : module.portMappings()) {
            const std::string &key = mapping.key;
            const options::Port port = options::parsePort(key);
            if (mapping.hostPort != 0 || port.number <= 0)
                continue;
            // Its own number, unless the IoT Edge proxy holds it: then the next free one (on the
            // host network there is none to give: reserved-ports tells the operator).
            const bool reserved = k8s::isReservedHostPort(port.number);
            if (reserved && options::usesHostNetwork(module.options))
                continue;
            // Another module binds or exposes this host port first: the next free one.
            const auto other = module.facts.replacementPorts.find(ManifestFacts::replacementKey(module.name, key));
            const bool taken = !reserved && other != module.facts.replacementPorts.end();
            const std::string hostPortText = std::to_string(reserved ? module.facts.replacementPort(module.name, key)
                    : taken                                          ? other->second
                                                                     : port.number);
            Finding &f = sink.add(key, json::pointer("/HostConfig/PortBindings", key),
                reserved    ? "expose-hostport.reserved"
                    : taken ? "expose-hostport.taken"
                            : "expose-hostport");
            f.after = json::compact(Json::array({Json::object({{"HostPort", hostPortText}})}));
            f.args = {key, hostPortText, std::to_string(port.number)};
            f.params = {param(kHostPort, hostPortText, 1)};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        setHostPort(options::hostConfig(edit.options), finding.subject.str(), params.at("hostPort"));
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> exposeHostPort()
{
    return std::make_unique<ExposeHostPort>();
}

bool setHostPort(Json &host, const std::string &key, const std::string &hostPort, int instead)
{
    Json &bindings = json::childNoCase(host, "PortBindings");
    if (!bindings.is_object())
        bindings = Json::object();
    Json &list = json::child(bindings, key);
    if (list.is_object()) { // one binding written without its list: kept, as the first
        Json binding = std::move(list);
        list = Json::array({std::move(binding)});
    }
    if (!list.is_array())
        list = Json::array();
    if (instead != 0) {
        const auto binding = std::find_if(list.begin(), list.end(),
            [&](const Json &b) { return b.is_object() && options::hostPortOf(b) == instead; });
        if (binding == list.end())
            return false; // gone (another accepted change removed the binding)
        json::childNoCase(*binding, "HostPort") = hostPort;
        return true;
    }
    if (list.empty() || !list.front().is_object())
        list.insert(list.begin(), Json::object());
    json::childNoCase(list.front(), "HostPort") = hostPort;
    return true;
}

} // namespace EdgeShift::rules
