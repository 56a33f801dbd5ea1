#include "rules.h"

#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kMemory {"memory", ParamType::Memory};
constexpr ParamSpec kCpu {"cpu", ParamType::Cpu};
constexpr std::array kParams {kMemory, kCpu};

// resource-limits: memory and CPU limits are not required but generally recommended.
class ResourceLimits final : public Rule {
public:
    RuleInfo info() const override { return {"resource-limits", Kind::Advice, Section::MemoryAndCpu, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *limits = options::k8sPath(module.options, {"resources", "limits"});
        const bool memory = limits && json::find(*limits, "memory");
        const bool cpu = limits && json::find(*limits, "cpu");
        if (memory && cpu)
            return;
        Json after = Json::object();
        if (!memory)
            json::append(after, "memory", "128Mi");
        if (!cpu)
            json::append(after, "cpu", "500m");
        Finding &f = sink.add("limits", "/k8s-experimental/resources/limits",
            !memory && !cpu ? "resource-limits"
                : !memory   ? "resource-limits.memory"
                            : "resource-limits.cpu");
        f.after = json::compact(after);
        // The sentence names the values proposed (or decided): memory first, as in `after`.
        for (const auto &[name, value] : after.items()) {
            f.params.push_back(param(name == "memory" ? kMemory : kCpu, value.get<std::string>(),
                static_cast<std::int8_t>(f.args.size())));
            f.args.push_back(value.get<std::string>());
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        Json &limits = options::k8sChild(edit.options, {"resources", "limits"});
        for (const Param &param : finding.params) {
            if (!json::find(limits, param.name))
                json::append(limits, std::string(param.name), params.at(param.name));
        }
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> resourceLimits()
{
    return std::make_unique<ResourceLimits>();
}

} // namespace EdgeShift::rules
