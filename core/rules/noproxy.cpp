#include "rules.h"

namespace EdgeShift::rules {

namespace {

bool sameName(const std::string &a, const char *b)
{
    std::string lower = a;
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == b;
}

// no-proxy: a system module behind a web proxy also needs no_proxy=localhost on Kubernetes.
class NoProxy final : public Rule
{
public:
    RuleInfo info() const override { return {"no-proxy", Kind::Fix, Section::WebProxy}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (!module.system)
            return;
        const options::EnvEntry *proxy = nullptr;
        const auto environment = options::environment(module);
        for (const options::EnvEntry &variable : environment) {
            if (sameName(variable.name, "no_proxy"))
                return;
            if (sameName(variable.name, "https_proxy") && !proxy)
                proxy = &variable;
        }
        if (!proxy)
            return;
        Finding &f = sink.add("no_proxy", proxy->inOptions ? "/Env" : "#/env/no_proxy");
        f.after = json::compact(Json("no_proxy=localhost"));
        f.args = {module.name};
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        options::setVariable(edit, "no_proxy", "localhost", finding.path == "/Env");
    }
};

// upstream-protocol: edgeHub behind a proxy that does not pass AMQP talks AMQP over WebSocket.
class UpstreamProtocol final : public Rule
{
public:
    RuleInfo info() const override { return {"upstream-protocol", Kind::Advice, Section::WebProxy}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (!module.system || module.name != "edgeHub")
            return;
        bool proxy = false;
        const options::EnvEntry *protocol = nullptr;
        const auto environment = options::environment(module);
        for (const options::EnvEntry &variable : environment) {
            proxy = proxy || sameName(variable.name, "https_proxy");
            if (variable.name == "UpstreamProtocol")
                protocol = &variable;
        }
        if (!proxy || (protocol && (protocol->value == "AmqpWs" || protocol->value == "MqttWs")))
            return;
        Finding &f = sink.add("UpstreamProtocol", protocol && protocol->inOptions ? "/Env" : "#/env/UpstreamProtocol");
        if (protocol)
            f.before = json::compact(Json("UpstreamProtocol=" + protocol->value));
        f.after = json::compact(Json("UpstreamProtocol=AmqpWs"));
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        options::setVariable(edit, "UpstreamProtocol", "AmqpWs", finding.path == "/Env");
    }
};

} // namespace

std::unique_ptr<Rule> noProxy()
{
    return std::make_unique<NoProxy>();
}

std::unique_ptr<Rule> upstreamProtocol()
{
    return std::make_unique<UpstreamProtocol>();
}

} // namespace EdgeShift::rules
