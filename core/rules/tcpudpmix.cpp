#include "rules.h"

namespace EdgeShift::rules {

namespace {

// tcp-udp-mix: with a TCP port mapping in the same module, UDP does not work.
class TcpUdpMix final : public Rule {
public:
    RuleInfo info() const override { return {"tcp-udp-mix", Kind::Manual, Section::Network}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        std::string tcp, udp;
        for (const options::PortMapping &port : module.portMappings()) {
            std::string &list = options::parsePort(port.key).protocol == "udp" ? udp : tcp;
            appendListItem(list, port.key);
        }
        if (tcp.empty() || udp.empty())
            return;
        Finding &f = sink.add("ports", "/HostConfig/PortBindings");
        f.args = {udp, tcp};
        f.hasProposal = false;
    }
};

} // namespace

std::unique_ptr<Rule> tcpUdpMix()
{
    return std::make_unique<TcpUdpMix>();
}

} // namespace EdgeShift::rules
