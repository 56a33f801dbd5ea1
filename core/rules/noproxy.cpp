#include "rules.h"

namespace EdgeShift::rules {

namespace {

// no-proxy: a system module behind a web proxy also needs no_proxy=localhost on Kubernetes.
class NoProxy final : public Rule {
public:
    RuleInfo info() const override { return {"no-proxy", Kind::Fix, Section::WebProxy}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (!module.system)
            return;
        const options::EnvEntry *proxy = nullptr;
        const auto &environment = module.environment();
        for (const options::EnvEntry &variable : environment) {
            if (options::sameNameNoCase(variable.name, "no_proxy"))
                return;
            if (options::sameNameNoCase(variable.name, "https_proxy") && !proxy)
                proxy = &variable;
        }
        if (!proxy)
            return;
        Finding &f = sink.add("no_proxy", proxy->inOptions ? "/Env" : "#/env/no_proxy");
        f.after = options::variableText("no_proxy", "localhost", proxy->inOptions);
        f.args = {module.name};
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        options::setVariable(edit, "no_proxy", "localhost", finding.path == "/Env");
    }
};

} // namespace

std::unique_ptr<Rule> noProxy()
{
    return std::make_unique<NoProxy>();
}

} // namespace EdgeShift::rules
