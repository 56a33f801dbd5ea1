#include "rules.h"

namespace EdgeShift::rules {

namespace {

constexpr const char *kWireserver = "WIRESERVER_ADDRESS";

// wireserver-env: the GPU device needs no wire server.
class WireserverEnv final : public Rule {
public:
    // Removing the variable leaves nothing for env-value-equals to move (its value may hold '=').
    RuleInfo info() const override
    {
        return {"wireserver-env", Kind::Fix, Section::ComputeAcceleration, {}, "env-value-equals"};
    }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const options::EnvEntry &variable : module.environment()) {
            if (variable.name != kWireserver)
                continue;
            Finding &f = sink.add(std::string(kWireserver) + (variable.inOptions ? "@Env" : "@env"),
                variable.inOptions ? "/Env/" + std::to_string(variable.index) : json::pointer("#/env", variable.name),
                variable.value.empty() ? "wireserver-env.no-value" : "");
            f.before = options::variableText(variable.name, variable.value, variable.inOptions);
            f.args = {variable.value};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        options::removeVariable(edit, kWireserver, options::placeOf(finding.path.str()));
    }
};

} // namespace

std::unique_ptr<Rule> wireserverEnv()
{
    return std::make_unique<WireserverEnv>();
}

} // namespace EdgeShift::rules
