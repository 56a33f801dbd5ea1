#include "rules.h"

#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kImage {"image", ParamType::Image};
constexpr std::array kParams {kImage};

// The repository and tag of an image reference, without the registry host.
std::string repositoryAndTag(const std::string &image)
{
    const auto slash = image.find('/');
    if (slash == std::string::npos)
        return image;
    const std::string first = image.substr(0, slash);
    const bool registry
        = first.find('.') != std::string::npos || first.find(':') != std::string::npos || first == "localhost";
    return registry ? image.substr(slash + 1) : image;
}

bool namesFpga(const std::string &image)
{
    const std::string lower = json::lower(repositoryAndTag(image));
    for (const char *word : {"fpga", "brainwave", "catapult"}) {
        if (lower.find(word) != std::string::npos)
            return true;
    }
    return false;
}

// fpga-image: an image built for the FPGA does not use the GPU. One that names it is such a
// build; so, most likely, is the image of a module that asks for the FPGA, whatever its name (a
// placeholder, as Data Box Edge solutions had): the operator says which image runs on the GPU
// (the same one, if it does).
class FpgaImage final : public Rule {
public:
    RuleInfo info() const override { return {"fpga-image", Kind::Manual, Section::ComputeAcceleration, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *settings = json::find(module.module, "settings");
        const std::string image = settings ? json::string(*settings, "image") : std::string();
        const bool named = namesFpga(image);
        if (image.empty() || (!named && !options::requestsFpga(module.options)))
            return;
        Finding &f = sink.add("image", "#/settings/image", named ? "" : "fpga-image.used-fpga");
        f.before = json::compact(Json(image));
        f.args = {image, ""};
        f.params = {param(kImage, "", 1)};
    }

    // The image given replaces the FPGA build: one that still names the FPGA would be found again.
    ParamError check(const Finding &, const ParamValues &params, std::string_view name) const override
    {
        return name == "image" && namesFpga(params.at("image")) ? ParamError::FpgaImage : ParamError::None;
    }

    // Once an image is given, the sentence names it.
    std::string_view message(const Finding &finding, const ParamValues &params) const override
    {
        if (params.at("image").empty())
            return finding.message;
        return finding.message == info().id ? "fpga-image.given" : "fpga-image.used-fpga.given";
    }

    void apply(ModuleEdit &edit, const Finding &, const ParamValues &params) const override
    {
        json::child(json::child(edit.changeModule(), "settings"), "image") = params.at("image");
        edit.moduleChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> fpgaImage()
{
    return std::make_unique<FpgaImage>();
}

} // namespace EdgeShift::rules
