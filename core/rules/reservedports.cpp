#include "k8snames.h"
#include "rules.h"

#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kHostPort {"hostPort", ParamType::Port};
constexpr std::array kParams {kHostPort};

// reserved-ports: 35000 and 35001 belong to the IoT Edge proxy on Kubernetes. (An exposed port
// without a host port is expose-hostport's: it proposes a free host port itself.)
class ReservedPorts final : public Rule {
public:
    RuleInfo info() const override { return {"reserved-ports", Kind::Manual, Section::WebProxy, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const bool onHost = options::usesHostNetwork(module.options);
        for (const options::PortMapping &mapping : module.portMappings()) {
            const std::string &key = mapping.key;
            const int container = options::parsePort(key).number;
            // On the host network the container's port is the node's: no other host port can
            // stand for it, the module itself must listen elsewhere.
            if (onHost && (k8s::isReservedHostPort(mapping.hostPort) || k8s::isReservedHostPort(container))) {
                Finding &f = sink.add(key, json::pointer("/ExposedPorts", key), "reserved-ports.host-network");
                f.args = {key, std::to_string(k8s::isReservedHostPort(container) ? container : mapping.hostPort)};
                f.hasProposal = false;
                continue;
            }
            if (onHost)
                continue;
            // The first binding: a port bound more than once is a Service Kubernetes refuses until
            // one binding is left (unsupported-option), the first.
            const int hostPort = mapping.hostPort;
            if (!k8s::isReservedHostPort(hostPort))
                continue;
            const std::string next = std::to_string(module.facts.replacementPort(module.name, key));
            Finding &f = sink.add(key, json::pointer("/HostConfig/PortBindings", key), "reserved-ports");
            f.before = json::compact(Json(std::to_string(hostPort)));
            f.after = json::compact(Json(next));
            f.args = {key, std::to_string(hostPort), next};
            f.params = {param(kHostPort, next, 2)};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        // The binding that holds it: the first with a valid host port, which need not be the first.
        const int reserved = std::stoi(Json::parse(finding.before.view()).get<std::string>());
        if (setHostPort(options::hostConfig(edit.options), finding.subject.str(), params.at("hostPort"), reserved))
            edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> reservedPorts()
{
    return std::make_unique<ReservedPorts>();
}

} // namespace EdgeShift::rules
