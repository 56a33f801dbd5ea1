#include "rules.h"

namespace EdgeShift::rules {

namespace {

// upstream-protocol: edgeHub behind a proxy that does not pass AMQP talks AMQP over WebSocket.
class UpstreamProtocol final : public Rule {
public:
    RuleInfo info() const override { return {"upstream-protocol", Kind::Advice, Section::WebProxy}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (!module.system || module.name != "edgeHub")
            return;
        bool proxy = false;
        const options::EnvEntry *protocol = nullptr;
        const auto &environment = module.environment();
        for (const options::EnvEntry &variable : environment) {
            proxy = proxy || options::sameNameNoCase(variable.name, "https_proxy");
            if (variable.name == "UpstreamProtocol")
                protocol = &variable;
        }
        if (!proxy || (protocol && (protocol->value == "AmqpWs" || protocol->value == "MqttWs")))
            return;
        const bool inOptions = protocol && protocol->inOptions;
        Finding &f = sink.add("UpstreamProtocol", inOptions ? "/Env" : "#/env/UpstreamProtocol");
        if (protocol)
            f.before = options::variableText("UpstreamProtocol", protocol->value, inOptions);
        f.after = options::variableText("UpstreamProtocol", "AmqpWs", inOptions);
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        options::setVariable(edit, "UpstreamProtocol", "AmqpWs", finding.path == "/Env");
    }
};

} // namespace

std::unique_ptr<Rule> upstreamProtocol()
{
    return std::make_unique<UpstreamProtocol>();
}

} // namespace EdgeShift::rules
