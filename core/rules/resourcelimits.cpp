#include "rules.h"

#include "k8snames.h"

#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kMemory {"memory", ParamType::Memory, "/memory"};
constexpr ParamSpec kCpu {"cpu", ParamType::Cpu, "/cpu"};
constexpr std::array kParams {kMemory, kCpu};

// A resource amount as text: "2" for the number 2.
std::string amount(const Json *value)
{
    if (!value)
        return {};
    return value->is_string() ? value->get<std::string>() : value->is_number() ? value->dump() : std::string();
}

// The usual limit, or the request where that is higher: Kubernetes refuses a limit below it.
std::string proposedLimit(const std::string &usual, const std::string &request)
{
    const std::optional<double> requested = k8s::quantity(request);
    return requested && *requested > *k8s::quantity(usual) ? request : usual;
}

// Whether HostConfig sets one of these (positive) limits, which IoT Edge on Kubernetes carries over.
bool dockerLimit(const Json *host, std::initializer_list<std::string_view> keys)
{
    for (const std::string_view key : keys) {
        const Json *value = host ? json::findNoCase(*host, key) : nullptr;
        if (value && value->is_number() && value->get<double>() > 0)
            return true;
    }
    return false;
}

// resource-limits: memory and CPU limits are not required but generally recommended. A limit
// HostConfig sets (Memory, NanoCpus, CpuQuota) is one the module has.
// Its findings' arguments: the memory and CPU limits proposed (%1, %2; empty where one is set),
// then the module's memory and CPU requests (empty where none is made).
class ResourceLimits final : public Rule {
public:
    RuleInfo info() const override { return {"resource-limits", Kind::Advice, Section::MemoryAndCpu, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *limits = options::k8sPath(module.options, {"resources", "limits"});
        const Json *host = options::hostConfig(module.options);
        const bool memory = (limits && json::find(*limits, "memory")) || dockerLimit(host, {"Memory"});
        const bool cpu = (limits && json::find(*limits, "cpu")) || dockerLimit(host, {"NanoCpus", "CpuQuota"});
        if (memory && cpu)
            return;
        const Json *requests = options::k8sPath(module.options, {"resources", "requests"});
        const std::string memoryRequest = amount(requests ? json::find(*requests, "memory") : nullptr);
        const std::string cpuRequest = amount(requests ? json::find(*requests, "cpu") : nullptr);
        Json after = Json::object();
        // (The article's example values are small for a module that runs a model on an accelerator:
        // its sentence says so, until other values are given.)
        Finding &f = sink.add("limits", "/k8s-experimental/resources/limits",
            !memory && !cpu
                ? (options::usesAccelerator(module.options) ? "resource-limits.accelerator" : "resource-limits")
                : !memory ? "resource-limits.memory"
                          : "resource-limits.cpu");
        f.args = {"", "", memoryRequest, cpuRequest};
        if (!memory) {
            f.args[0] = proposedLimit("128Mi", memoryRequest);
            json::append(after, "memory", f.args[0].str());
            f.params.push_back(param(kMemory, f.args[0].str(), 0));
        }
        if (!cpu) {
            f.args[1] = proposedLimit("500m", cpuRequest);
            json::append(after, "cpu", f.args[1].str());
            f.params.push_back(param(kCpu, f.args[1].str(), 1));
        }
        f.after = json::compact(after);
    }

    // A limit no lower than the module's request of the same resource.
    ParamError check(const Finding &finding, const ParamValues &params, std::string_view name) const override
    {
        const std::optional<double> request = k8s::quantity(finding.args[name == "memory" ? 2 : 3].view());
        const std::optional<double> limit = k8s::quantity(params.at(name));
        return request && limit && *limit < *request ? ParamError::BelowRequest : ParamError::None;
    }

    std::string_view message(const Finding &finding, const ParamValues &params) const override
    {
        // (It is the memory that a model outgrows: the accelerator's sentence, which only a module
        // with neither limit has, holds while the memory is the one proposed.)
        if (finding.message != "resource-limits.accelerator")
            return finding.message;
        return params.at("memory") == finding.params.front().defaultValue.view() ? finding.message : info().id;
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
