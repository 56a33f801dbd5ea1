#include "k8snames.h"
#include "rules.h"

#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kName {"name", ParamType::ModuleName};
constexpr std::array kParams {kName};

// module-name: names Kubernetes would mangle. The rename itself is made by the engine, everywhere
// the name appears; a proposal that would collide with another module is a manual finding.
class ModuleName final : public Rule {
public:
    RuleInfo info() const override { return {"module-name", Kind::Fix, Section::OtherDifferences, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (module.system || module.facts.bare || k8s::isSafeName(module.name))
            return;
        const auto proposal = module.facts.renames.find(module.name);
        if (proposal == module.facts.renames.end())
            return;
        const bool collision = proposal->second != k8s::safeName(module.name);
        Finding &f = sink.add(collision ? Kind::Manual : Kind::Fix, module.name, "#",
            collision ? "module-name.collision" : "module-name");
        f.before = json::compact(Json(module.name));
        f.after = json::compact(Json(proposal->second));
        f.args = {module.name, proposal->second, k8s::safeName(module.name)};
        f.params = {param(kName, proposal->second, 1)};
    }
};

} // namespace

std::unique_ptr<Rule> moduleName()
{
    return std::make_unique<ModuleName>();
}

} // namespace EdgeShift::rules
