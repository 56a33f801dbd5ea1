#include "rules.h"

namespace EdgeShift::rules {

namespace {

// host-network: a note on NetworkMode host (dnsPolicy ClusterFirstWithHostNet).
class HostNetwork final : public Rule {
public:
    RuleInfo info() const override { return {"host-network", Kind::Info, Section::Network}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *host = options::hostConfig(module.options);
        const Json *mode = host ? json::find(*host, "NetworkMode") : nullptr;
        if (!mode || !mode->is_string())
            return;
        if (json::lower(mode->get<std::string>()) != "host")
            return;
        Finding &f = sink.add("NetworkMode", "/HostConfig/NetworkMode");
        f.before = json::compact(*mode);
        f.args = {module.name};
    }
};

} // namespace

std::unique_ptr<Rule> hostNetwork()
{
    return std::make_unique<HostNetwork>();
}

} // namespace EdgeShift::rules
