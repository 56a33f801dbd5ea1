#include "rules.h"

#include <algorithm>
#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kCount {"count", ParamType::Count, "/nvidia.com~1gpu"};
constexpr std::array kParams {kCount};

constexpr const char *kCatapult = "microsoft.com/fpga_catapult";

int countOf(const Json *value)
{
    if (!value)
        return 0;
    if (value->is_number_integer())
        return std::max(0, value->get<int>());
    if (value->is_string()) {
        try {
            return std::max(0, std::stoi(value->get<std::string>()));
        } catch (...) {
            return 0;
        }
    }
    return 0;
}

// fpga-to-gpu: the module asks for the FPGA; on the GPU device it asks for nvidia.com/gpu.
class FpgaToGpu final : public Rule {
public:
    RuleInfo info() const override { return {"fpga-to-gpu", Kind::Fix, Section::ComputeAcceleration, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *limits = options::k8sPath(module.options, {"resources", "limits"});
        const Json *requests = options::k8sPath(module.options, {"resources", "requests"});
        const Json *limit = limits ? json::find(*limits, kCatapult) : nullptr;
        const Json *request = requests ? json::find(*requests, kCatapult) : nullptr;
        // The FPGA devices bound, by their paths on the host.
        Json devices = Json::array();
        if (const Json *host = options::hostConfig(module.options)) {
            if (const Json *list = json::findNoCase(*host, "Devices"); list && list->is_array()) {
                for (const Json &device : *list) {
                    if (options::isCatapultDevice(device))
                        devices.push_back(json::stringNoCase(device, "PathOnHost"));
                }
            }
        }
        if (!options::requestsFpga(module.options))
            return;
        int count = limit ? countOf(limit) : request ? countOf(request) : static_cast<int>(devices.size());
        count = std::clamp(count, 1, kMaxCount); // a proposal the count parameter takes
        // Where the GPU is asked for, and what asked for the FPGA there (or the devices that did).
        Finding &f = sink.add(
            "fpga", "/k8s-experimental/resources/limits", limit || request ? "fpga-to-gpu" : "fpga-to-gpu.devices");
        f.before = json::compact(limit || request ? Json::object({{kCatapult, limit ? *limit : *request}}) : devices);
        f.after = json::compact(Json::object({{"nvidia.com/gpu", count}}));
        f.args = {std::to_string(count)};
        f.params = {param(kCount, std::to_string(count), 0)};
    }

    void apply(ModuleEdit &edit, const Finding &, const ParamValues &params) const override
    {
        const int count = std::stoi(params.at("count"));
        // The FPGA goes from where it was asked for (a misspelt "resource" too: unknown-k8s-option
        // corrects the name), and the GPU is asked for as much in k8s-experimental.resources.
        // (Requests first: once resources is written, a misspelt one no longer stands for it.)
        Json *requests = options::k8sPath(edit.options, {"resources", "requests"});
        const bool requested = requests && json::erase(*requests, kCatapult);
        requestGpuLimit(edit.options, count);
        if (requested)
            json::child(options::k8sChild(edit.options, {"resources", "requests"}), "nvidia.com/gpu") = count;
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> fpgaToGpu()
{
    return std::make_unique<FpgaToGpu>();
}

void requestGpuLimit(Json &options, int count)
{
    if (Json *limits = options::k8sPath(options, {"resources", "limits"}))
        json::erase(*limits, kCatapult);
    json::child(options::k8sChild(options, {"resources", "limits"}), "nvidia.com/gpu") = count;
}

} // namespace EdgeShift::rules
