#include "rules.h"

namespace EdgeShift::rules {

namespace {

// cluster-only-service: keep a module's service inside the cluster.
class ClusterOnlyService final : public Rule {
public:
    RuleInfo info() const override { return {"cluster-only-service", Kind::Advice, Section::Network}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const auto ports = options::portMappings(module.options);
        if (ports.empty() || options::k8sPath(module.options, {"serviceOptions", "type"}))
            return;
        std::string list;
        for (const options::PortMapping &port : ports)
            list += (list.empty() ? "" : ", ") + port.key;
        // edgeHub's ports are there for devices, which may connect from outside the cluster.
        Finding &f = sink.add("serviceOptions", "/k8s-experimental/serviceOptions",
            module.system && module.name == "edgeHub" ? "cluster-only-service.edge-hub" : "");
        f.after = json::compact(Json::object({{"type", "ClusterIP"}}));
        f.args = {list};
    }

    void apply(ModuleEdit &edit, const Finding &, const ParamValues &) const override
    {
        Json &service = options::k8sChild(edit.options, {"serviceOptions"});
        json::child(service, json::keyNoCase(service, "type")) = "ClusterIP";
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> clusterOnlyService()
{
    return std::make_unique<ClusterOnlyService>();
}

} // namespace EdgeShift::rules
