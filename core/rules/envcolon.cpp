#include "rules.h"

#include <algorithm>

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
        const std::vector<options::EnvEntry> &environment = module.environment();
        for (const options::EnvEntry &variable : environment) {
            if (variable.name.find(':') == std::string::npos)
                continue;
            const std::string name = renamed(variable.name);
            // The new name is another variable's already: renaming would lose one of the two values.
            const bool taken = std::any_of(environment.begin(), environment.end(),
                [&](const options::EnvEntry &other) { return other.name == name; });
            const std::string subject = variable.name + (variable.inOptions ? "@Env" : "@env");
            const std::string path
                = variable.inOptions ? "/Env/" + std::to_string(variable.index) : json::pointer("#/env", variable.name);
            Finding &f = taken ? sink.add(Kind::Manual, subject, path, "env-colon.taken") : sink.add(subject, path);
            f.before = json::compact(Json(variable.name));
            f.args = {variable.name, name};
            f.hasProposal = !taken;
            if (!taken)
                f.after = json::compact(Json(name));
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
