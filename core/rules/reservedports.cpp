#include "rules.h"

#include <unordered_set>

namespace EdgeShift::rules {

namespace {

bool isReserved(int port)
{
    return port == 35000 || port == 35001;
}

bool hostNetwork(const Json &options)
{
    const Json *host = options::hostConfig(options);
    return host && json::string(*host, "NetworkMode") == "host";
}

// reserved-ports: 35000 and 35001 belong to the IoT Edge proxy on Kubernetes.
class ReservedPorts final : public Rule {
public:
    RuleInfo info() const override { return {"reserved-ports", Kind::Manual, Section::WebProxy}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        std::unordered_set<int> proposed;
        const bool onHost = hostNetwork(module.options);
        for (const auto &[key, hostPort] : options::portMappings(module.options)) {
            const int container = options::parsePort(key).number;
            // An exposed port without a binding gets its own number as host port (expose-hostport).
            const int effective = hostPort != 0 ? hostPort : container;
            if (isReserved(effective)) {
                int next = 35002;
                while (module.facts.usedHostPorts.count(next) || proposed.count(next))
                    ++next;
                proposed.insert(next);
                Finding &f = sink.add(key, "/HostConfig/PortBindings/" + key, "reserved-ports");
                f.before = json::compact(Json(std::to_string(effective)));
                f.after = json::compact(Json(std::to_string(next)));
                f.args = {key, std::to_string(effective), std::to_string(next)};
                f.params = {{"hostPort", ParamType::Port, std::to_string(next)}};
            } else if (onHost && isReserved(container)) {
                Finding &f = sink.add(key, "/ExposedPorts/" + key, "reserved-ports.host-network");
                f.args = {key, std::to_string(container)};
                f.hasProposal = false;
            }
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        setHostPort(options::hostConfig(edit.options), finding.subject, params.at("hostPort"));
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> reservedPorts()
{
    return std::make_unique<ReservedPorts>();
}

} // namespace EdgeShift::rules
