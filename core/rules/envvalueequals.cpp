#include "rules.h"

namespace EdgeShift::rules {

namespace {

// env-value-equals: IoT Edge on Kubernetes splits createOptions Env entries on every '=' and drops
// those that do not give two parts; the module's env section is passed whole.
class EnvValueEquals final : public Rule {
public:
    RuleInfo info() const override { return {"env-value-equals", Kind::Fix, Section::OtherDifferences}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const options::EnvEntry &variable : module.environment()) {
            if (!variable.inOptions || variable.name.empty() || variable.value.find('=') == std::string::npos)
                continue; // ("=a=b" names no variable: there is nothing to move)
            const std::string path = "/Env/" + std::to_string(variable.index);
            if (module.facts.bare) {
                // A bare createOptions has no module around it, so no env section to move to.
                Finding &f = sink.add(Kind::Manual, variable.name, path, "env-value-equals.bare");
                f.before = options::variableText(variable.name, variable.value, true);
                f.args = {variable.name};
                f.hasProposal = false;
                continue;
            }
            // The env section already overrides createOptions Env where it has the variable: the
            // entry only goes.
            const Json *section = json::find(module.module, "env");
            const bool shadowed = section && json::find(*section, variable.name);
            Finding &f = sink.add(variable.name, path, shadowed ? "env-value-equals.shadowed" : "");
            f.before = options::variableText(variable.name, variable.value, true);
            if (!shadowed)
                f.after = options::variableText(variable.name, variable.value, false);
            f.args = {variable.name};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        Json *env = json::findNoCase(edit.options, "Env");
        if (!env || !env->is_array())
            return;
        auto &array = env->get_ref<Json::array_t &>();
        for (auto it = array.begin(); it != array.end(); ++it) {
            if (!it->is_string())
                continue;
            const std::string entry = it->get<std::string>();
            const auto eq = entry.find('=');
            // The entry with this name whose value holds '=' (another of the same name may not).
            if (entry.substr(0, eq) != finding.subject || eq == std::string::npos
                || entry.find('=', eq + 1) == std::string::npos)
                continue;
            const std::string value = eq == std::string::npos ? std::string() : entry.substr(eq + 1);
            array.erase(it);
            options::dropIfEmpty(edit.options, "Env");
            edit.optionsChanged = true;
            // The env section already overrides createOptions Env when it has the variable. (When
            // Env names it twice, the later entry is moved after the earlier: the last wins, as in
            // Docker.)
            const Json *section = json::find(edit.moduleBefore(), "env");
            if (!section || !json::find(*section, finding.subject.str()))
                options::setVariable(edit, finding.subject.str(), value, false);
            return;
        }
    }
};

} // namespace

std::unique_ptr<Rule> envValueEquals()
{
    return std::make_unique<EnvValueEquals>();
}

} // namespace EdgeShift::rules
