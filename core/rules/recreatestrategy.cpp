#include "rules.h"

#include <algorithm>

namespace EdgeShift::rules {

namespace {

// A volume, a bind that binds-to-mounts makes one, or a folder inside an Edge share (which
// share-subfolder proposes to mount as the whole share's volume): so that a conversion with that
// proposal accepted has its strategy too, and converting it again proposes nothing.
bool usesPersistentVolume(const Json &options)
{
    for (const options::MountRef &m : options::mounts(options)) {
        if (m.type == "volume")
            return true;
        const options::MountPlan plan = options::planMount(m.source);
        if ((m.fromBinds && plan.type == "volume") || (m.type == "bind" && !plan.share.empty()))
            return true;
    }
    return false;
}

// recreate-strategy: a rolling update keeps the new pod of a module that holds an accelerator,
// host ports or persistent volumes from starting.
class RecreateStrategy final : public Rule {
public:
    RuleInfo info() const override { return {"recreate-strategy", Kind::Fix, Section::OtherDifferences}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (options::k8sPath(module.options, {"strategy"}))
            return;
        // Ports exposed without a host port get one from expose-hostport (and would not, were it rejected).
        const auto ports = options::portMappings(module.options);
        const bool hostPort = std::any_of(ports.begin(), ports.end(), [](const auto &port) { return port.second > 0; });
        const char *variant = options::usesAccelerator(module.options) ? "recreate-strategy.accelerator"
            : hostPort                                                 ? "recreate-strategy.ports"
            : !ports.empty()                                           ? "recreate-strategy.exposed"
            : usesPersistentVolume(module.options)                     ? "recreate-strategy.volumes"
                                                                       : nullptr;
        if (!variant)
            return;
        Finding &f = sink.add("strategy", "/k8s-experimental/strategy", variant);
        f.after = json::compact(Json::object({{"type", "Recreate"}}));
    }

    void apply(ModuleEdit &edit, const Finding &, const ParamValues &) const override
    {
        Json &strategy = options::k8sChild(edit.options, {"strategy"});
        json::child(strategy, json::keyNoCase(strategy, "type")) = "Recreate";
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> recreateStrategy()
{
    return std::make_unique<RecreateStrategy>();
}

} // namespace EdgeShift::rules
