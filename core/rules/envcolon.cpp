#include "rules.h"

namespace EdgeShift::rules {

namespace {

// env-colon: environment variable names with ':' must use '__' instead.
class EnvColon final : public Rule {
public:
    RuleInfo info() const override { return {"env-colon", Kind::Fix, Section::OtherDifferences}; }

    static std::string renamed(std::string name)
    {
        for (auto pos = name.find(':'); pos != std::string::npos; pos = name.find(':', pos + 2))
            name.replace(pos, 1, "__");
        return name;
    }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const options::EnvEntry &variable : options::environment(module)) {
            if (variable.name.find(':') == std::string::npos)
                continue;
            Finding &f = sink.add(variable.name + (variable.inOptions ? "@Env" : "@env"),
                variable.inOptions ? "/Env/" + std::to_string(variable.index) : "#/env/" + variable.name);
            f.before = json::compact(Json(variable.name));
            f.after = json::compact(Json(renamed(variable.name)));
            f.args = {variable.name, renamed(variable.name)};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string_view subject = finding.subject;
        const std::string name(subject.substr(0, subject.rfind('@')));
        const options::EnvPlace place = options::placeOf(finding.path.str());
        Json *env = place == options::EnvPlace::Section ? nullptr : json::findNoCase(edit.options, "Env");
        bool inEnv = false;
        if (env && env->is_array()) {
            for (Json &entry : *env) {
                if (!entry.is_string())
                    continue;
                const std::string text = entry.get<std::string>();
                const auto eq = text.find('=');
                if (text.substr(0, eq) == name) {
                    entry = renamed(name) + (eq == std::string::npos ? "" : text.substr(eq));
                    edit.optionsChanged = inEnv = true;
                }
            }
        }
        // An Env entry may have moved to the env section already (env-value-equals).
        const Json *section = place == options::EnvPlace::Options && inEnv ? nullptr : json::find(edit.module, "env");
        if (section && json::find(*section, name)) {
            json::renameKey(*json::find(edit.changeModule(), "env"), name, renamed(name));
            edit.moduleChanged = true;
        }
    }
};

} // namespace

std::unique_ptr<Rule> envColon()
{
    return std::make_unique<EnvColon>();
}

} // namespace EdgeShift::rules
