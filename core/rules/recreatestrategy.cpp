#include "rules.h"

#include <algorithm>

namespace EdgeShift::rules {

namespace {

// Whether the module claims a persistent volume of its own in k8s-experimental.volumes.
bool claimsVolume(const Json &options)
{
    const Json *volumes = options::k8sPath(options, {"volumes"});
    if (!volumes || !volumes->is_array())
        return false;
    return std::any_of(volumes->begin(), volumes->end(), [](const Json &entry) {
        const Json *volume = entry.is_object() ? json::findNoCase(entry, "volume") : nullptr;
        return volume && volume->is_object() && json::findNoCase(*volume, "persistentVolumeClaim");
    });
}

// Whether the module has a persistent volume: a volume mount, or a claim in k8s-experimental.volumes.
bool hasVolume(const Json &options, const std::vector<options::MountRef> &mounts)
{
    return claimsVolume(options)
        || std::any_of(mounts.begin(), mounts.end(), [](const options::MountRef &m) { return m.type == "volume"; });
}

// Whether it has one, or gets one by default: a bind that binds-to-mounts makes a volume (an Edge share).
bool usesPersistentVolume(const Json &options, const std::vector<options::MountRef> &mounts)
{
    return hasVolume(options, mounts) || std::any_of(mounts.begin(), mounts.end(), [](const options::MountRef &m) {
        return (m.fromBinds && options::planMount(m.source).type == "volume") || options::bindMountsWholeShare(m);
    });
}

// Whether a mount of `options` may become a volume as the operator decides: a bind binds-to-mounts
// converts (its type is editable), or a folder inside an Edge share (share-subfolder proposes the
// whole share's volume).
bool mayBecomeVolume(const std::vector<options::MountRef> &mounts)
{
    return std::any_of(mounts.begin(), mounts.end(), [](const options::MountRef &m) {
        return m.fromBinds || (m.type == "bind" && !options::planMount(m.source).share.empty());
    });
}

// Whether the module's pods take ports of the node (`ports`, its mappings): host ports, or any port
// on the host network.
bool usesNodePorts(const Json &options, const std::vector<options::PortMapping> &ports)
{
    return std::any_of(ports.begin(), ports.end(), [](const auto &port) { return port.hostPort > 0; })
        || (!ports.empty() && options::usesHostNetwork(options));
}

// Why the module as written calls for the Recreate strategy, as the message id that says it, or
// nullptr. Some reasons hold only as the other decisions go (an exposed port gets a host port
// only from expose-hostport; a bind becomes a volume only where binds-to-mounts' type says so):
// needed() tells, on the module as those decisions made it.
const char *reason(const ModuleContext &module)
{
    const Json &options = module.options;
    const auto &ports = module.portMappings();
    const auto &mounts = module.mounts();
    return options::usesAccelerator(options)    ? "recreate-strategy.accelerator"
        : usesNodePorts(options, ports)         ? "recreate-strategy.ports"
        : !ports.empty()                        ? "recreate-strategy.exposed"
        : usesPersistentVolume(options, mounts) ? "recreate-strategy.volumes"
        : mayBecomeVolume(mounts)               ? "recreate-strategy.binds"
                                                : nullptr;
}

// Why the module, as the decisions made it, needs the Recreate strategy on Kubernetes (where
// Docker's ways of asking for an accelerator mean nothing), as the message id that says it, or nullptr.
const char *decidedReason(const Json &options)
{
    const auto mounts = options::mounts(options);
    return options::requestsAccelerator(options)                 ? "recreate-strategy.accelerator"
        : usesNodePorts(options, options::portMappings(options)) ? "recreate-strategy.ports"
        : hasVolume(options, mounts)                             ? "recreate-strategy.volumes"
                                                                 : nullptr;
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
        const char *variant = reason(module);
        if (!variant)
            return;
        Finding &f = sink.add("strategy", "/k8s-experimental/strategy", variant);
        f.after = json::compact(Json::object({{"type", "Recreate"}}));
    }

    // The changes of the storage, network and resource rules come first (they are earlier in the
    // catalogue): they decide whether the module holds an accelerator, node ports or a volume.
    bool needed(const Json &options, const HostPorts &, const Finding &finding, Wording &wording) const override
    {
        const char *decided = decidedReason(options);
        const std::string_view says = decided ? decided : "recreate-strategy.not-needed";
        if (finding.message != says)
            wording.message = says;
        return decided;
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
