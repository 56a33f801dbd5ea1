#include "rules.h"

#include <algorithm>
#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kCount {"count", ParamType::Count, "/nvidia.com~1gpu"};
constexpr std::array kParams {kCount};

bool isNvidiaRuntime(const Json *runtime)
{
    if (!runtime || !runtime->is_string())
        return false;
    return json::equalNoCase(runtime->get<std::string>(), "nvidia");
}

// Whether a text stands for a count of GPUs asked for: a positive number, or a placeholder.
bool askedFor(const Json &count)
{
    if (!count.is_string() || count.get_ref<const std::string &>().empty())
        return false;
    const std::string &text = count.get_ref<const std::string &>();
    return text.front() == '$' || (std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
    }) && text.find_first_not_of('0') != std::string::npos);
}

// docker-gpu: Docker's way of asking for a GPU (Runtime nvidia, DeviceRequests) means nothing to
// Kubernetes; the pod gets a GPU only through nvidia.com/gpu.
class DockerGpu final : public Rule {
public:
    RuleInfo info() const override { return {"docker-gpu", Kind::Fix, Section::ComputeAcceleration, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *host = options::hostConfig(module.options);
        if (!host)
            return;
        const Json *runtime = json::findNoCase(*host, "Runtime");
        const Json *requests = json::findNoCase(*host, "DeviceRequests");
        int count = 0;
        bool gpuRequest = false;
        Json before = Json::object();
        if (requests && requests->is_array()) {
            for (const Json &request : *requests) {
                if (!options::isGpuRequest(request))
                    continue;
                gpuRequest = true;
                const Json *n = json::findNoCase(request, "Count");
                const Json *ids = json::findNoCase(request, "DeviceIDs");
                // Count -1 is every GPU there is; more than a Count parameter takes is that many.
                long long c = n && n->is_number_integer() ? n->get<long long>() : -1;
                if (c <= 0 && ids && ids->is_array() && !ids->empty())
                    c = static_cast<long long>(ids->size());
                count = static_cast<int>(std::min<long long>(count + (c <= 0 ? 1 : c), kMaxCount));
            }
            if (gpuRequest)
                json::append(before, json::keyNoCase(*host, "DeviceRequests"), *requests);
        }
        const bool nvidia = isNvidiaRuntime(runtime);
        if (!nvidia && !gpuRequest)
            return;
        if (nvidia)
            json::append(before, json::keyNoCase(*host, "Runtime"), *runtime);
        count = std::max(count, 1);
        // A count the module already asks Kubernetes for stays what it was, whatever it is; a module
        // that asks for the FPGA too gets its GPU count from fpga-to-gpu (one count, not two that
        // overwrite each other). Docker's GPU request only goes.
        const Json *limits = options::k8sPath(module.options, {"resources", "limits"});
        const Json *gpus = limits ? json::findNoCase(*limits, "nvidia.com/gpu") : nullptr;
        // (Asked for: a positive count, as a number or text, or a placeholder the deployment fills in.)
        const bool limited = gpus && (gpus->is_number_integer() ? gpus->get<long long>() > 0 : askedFor(*gpus));
        const bool fpga = options::requestsFpga(module.options);
        // How Docker was asked: the message that says it, and the keys that go.
        struct Way {
            std::string_view message;
            std::string keys; // (both: a list)
        };
        std::string both = "Runtime nvidia";
        appendListItem(both, "DeviceRequests");
        const Way way = nvidia && gpuRequest ? Way {"docker-gpu.both", both}
            : nvidia                         ? Way {"docker-gpu", "Runtime nvidia"}
                                             : Way {"docker-gpu.device-requests", "DeviceRequests"};
        Finding &f = sink.add("gpu", "/HostConfig",
            fpga          ? "docker-gpu.with-fpga"
                : limited ? "docker-gpu.with-limit"
                          : way.message);
        f.before = json::compact(before);
        f.after = json::compact(fpga || limited ? Json::object() : Json::object({{"nvidia.com/gpu", count}}));
        f.args = {std::to_string(count), way.keys};
        if (!fpga && !limited)
            f.params = {param(kCount, std::to_string(count), 0)};
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        Json &host = options::hostConfig(edit.options);
        if (isNvidiaRuntime(json::findNoCase(host, "Runtime")))
            json::erase(host, json::keyNoCase(host, "Runtime"));
        const std::string requestsKey = json::keyNoCase(host, "DeviceRequests");
        if (Json *requests = json::find(host, requestsKey); requests && requests->is_array()) {
            auto &array = requests->get_ref<Json::array_t &>();
            array.erase(std::remove_if(array.begin(), array.end(), options::isGpuRequest), array.end());
            options::dropIfEmpty(host, requestsKey);
        }
        if (!finding.params.empty())
            requestGpuLimit(edit.options, std::stoi(params.at("count")));
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> dockerGpu()
{
    return std::make_unique<DockerGpu>();
}

} // namespace EdgeShift::rules
