#include "rules.h"

namespace EdgeShift::rules {

namespace {

// host-network: a note on NetworkMode host (dnsPolicy ClusterFirstWithHostNet).
class HostNetwork final : public Rule {
public:
    RuleInfo info() const override { return {"host-network", Kind::Info, Section::Network}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (!options::usesHostNetwork(module.options))
            return;
        Finding &f = sink.add("NetworkMode", "/HostConfig/NetworkMode");
        f.before = json::compact(*json::findNoCase(*options::hostConfig(module.options), "NetworkMode"));
        f.args = {module.name};
    }
};

} // namespace

std::unique_ptr<Rule> hostNetwork()
{
    return std::make_unique<HostNetwork>();
}

} // namespace EdgeShift::rules
