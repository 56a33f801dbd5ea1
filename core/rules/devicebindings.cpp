#include "rules.h"

namespace EdgeShift::rules {

namespace {

// device-bindings: FPGA device bindings go; the GPU is requested through resources.
class DeviceBindings final : public Rule {
public:
    RuleInfo info() const override { return {"device-bindings", Kind::Fix, Section::ComputeAcceleration}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *host = options::hostConfig(module.options);
        const Json *devices = host ? json::findNoCase(*host, "Devices") : nullptr;
        if (!devices || !devices->is_array())
            return;
        Json fpga = Json::array();
        std::string list;
        for (const Json &device : *devices) {
            if (options::isCatapultDevice(device)) {
                fpga.push_back(device);
                appendListItem(list, json::stringNoCase(device, "PathOnHost"));
            }
        }
        if (fpga.empty())
            return;
        Finding &f = sink.add("Devices", "/HostConfig/Devices");
        f.before = json::compact(fpga);
        f.args = {list};
    }

    void apply(ModuleEdit &edit, const Finding &, const ParamValues &) const override
    {
        Json &host = options::hostConfig(edit.options);
        Json *devices = json::findNoCase(host, "Devices");
        if (!devices || !devices->is_array())
            return;
        auto &array = devices->get_ref<Json::array_t &>();
        array.erase(std::remove_if(array.begin(), array.end(), options::isCatapultDevice), array.end());
        options::dropIfEmpty(host, "Devices");
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> deviceBindings()
{
    return std::make_unique<DeviceBindings>();
}

} // namespace EdgeShift::rules
