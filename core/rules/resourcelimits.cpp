#include "rules.h"

#include "k8snames.h"

#include <array>
#include <cstdint>
#include <utility>

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

std::int64_t integer(const Json *host, std::string_view key)
{
    const Json *value = host ? json::findNoCase(*host, key) : nullptr;
    return value && value->is_number_integer() ? value->get<std::int64_t>() : 0;
}

// The memory limit Docker gave the module (HostConfig.Memory, in bytes) as a Kubernetes quantity,
// or empty.
std::string dockerMemory(const Json *host)
{
    const std::int64_t bytes = integer(host, "Memory");
    if (bytes <= 0)
        return {};
    for (const auto &[unit, size] : {std::pair {"Gi", std::int64_t(1) << 30}, {"Mi", 1 << 20}, {"Ki", 1 << 10}}) {
        if (bytes % size == 0)
            return std::to_string(bytes / size) + unit;
    }
    return std::to_string(bytes);
}

// The CPU limit Docker gave the module (HostConfig.NanoCpus, or CpuQuota over CpuPeriod) in cores
// or millicores, rounded up; or empty.
std::string dockerCpu(const Json *host)
{
    std::int64_t millicores = 0;
    if (const std::int64_t nano = integer(host, "NanoCpus"); nano > 0) {
        millicores = (nano + 999'999) / 1'000'000;
    } else if (const std::int64_t quota = integer(host, "CpuQuota"); quota > 0 && quota < (std::int64_t(1) << 50)) {
        const std::int64_t period = integer(host, "CpuPeriod");
        millicores = (quota * 1000 + (period > 0 ? period : 100'000) - 1) / (period > 0 ? period : 100'000);
    }
    if (millicores <= 0)
        return {};
    return millicores % 1000 == 0 ? std::to_string(millicores / 1000) : std::to_string(millicores) + 'm';
}

// resource-limits: memory and CPU limits are not required but generally recommended. Where Docker
// was given limits in HostConfig (which Kubernetes does not take), those are proposed.
// Its findings' arguments: the memory and CPU limits proposed (%1, %2; empty where one is set),
// then the module's memory and CPU requests (empty where none is made).
class ResourceLimits final : public Rule {
public:
    RuleInfo info() const override { return {"resource-limits", Kind::Advice, Section::MemoryAndCpu, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (module.system)
            return; // the runtime's own modules: what they need is the device's to give
        const Json *limits = options::k8sPath(module.options, {"resources", "limits"});
        const bool memory = limits && json::find(*limits, "memory");
        const bool cpu = limits && json::find(*limits, "cpu");
        if (memory && cpu)
            return;
        const Json *requests = options::k8sPath(module.options, {"resources", "requests"});
        const std::string memoryRequest = amount(requests ? json::find(*requests, "memory") : nullptr);
        const std::string cpuRequest = amount(requests ? json::find(*requests, "cpu") : nullptr);
        const Json *host = options::hostConfig(module.options);
        const std::string dockerMemoryLimit = memory ? std::string() : dockerMemory(host);
        const std::string dockerCpuLimit = cpu ? std::string() : dockerCpu(host);
        Json after = Json::object();
        Finding &f = sink.add("limits", "/k8s-experimental/resources/limits",
            !memory && !cpu
                ? (dockerMemoryLimit.empty() && dockerCpuLimit.empty() ? "resource-limits" : "resource-limits.docker")
                : !memory ? "resource-limits.memory"
                          : "resource-limits.cpu");
        f.args = {"", "", memoryRequest, cpuRequest};
        if (!memory) {
            f.args[0] = proposedLimit(dockerMemoryLimit.empty() ? "128Mi" : dockerMemoryLimit, memoryRequest);
            json::append(after, "memory", f.args[0].str());
            f.params.push_back(param(kMemory, f.args[0].str(), 0));
        }
        if (!cpu) {
            f.args[1] = proposedLimit(dockerCpuLimit.empty() ? "500m" : dockerCpuLimit, cpuRequest);
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
