#include "k8snames.h"
#include "rules.h"

#include <algorithm>
#include <array>
#include <map>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kSource {"source", ParamType::Text, "/Source"};
constexpr std::array kParams {kSource};

// share-subfolder: a bind of a folder inside an Edge share; a volume mount takes a whole share.
class ShareSubfolder final : public Rule {
public:
    // Mounting the whole share is how the bind becomes a mount: binds-to-mounts' change is not made.
    RuleInfo info() const override
    {
        return {"share-subfolder", Kind::Manual, Section::Storage, kParams, "binds-to-mounts"};
    }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const std::vector<options::MountRef> &mounts = module.mounts();
        if (std::none_of(mounts.begin(), mounts.end(),
                [](const options::MountRef &m) { return bindsAllShares(m) || options::bindsShareSubfolder(m); }))
            return; // (as most modules: no folder of a share)
        // Where each share is mounted whole, as written or as binds-to-mounts makes it by default,
        // by its volume name: mounted again for a folder in it, it would be a second volume of
        // that name, which Kubernetes refuses. (The first folder's proposal stands there too.)
        std::map<std::string, std::string> mountedAt;
        for (const options::MountRef &m : mounts) {
            const bool volume = m.type == "volume"
                || ((m.fromBinds || options::bindMountsWholeShare(m)) && options::planMount(m.source).type == "volume");
            if (volume)
                mountedAt.try_emplace(k8s::volumeName(m.gpuSource()), options::cleanPath(m.target));
        }
        for (const options::MountRef &m : mounts) {
            if (bindsAllShares(m)) {
                // The folder of every share: no one volume stands for it.
                Finding &f = sink.add(m.source + '>' + m.target, m.path(), "share-subfolder.all-shares");
                f.before = json::compact(options::entryOf(module.options, m));
                f.args = {m.source, "", "", m.target};
                f.hasProposal = false;
                continue;
            }
            if (!options::bindsShareSubfolder(m))
                continue;
            const options::MountPlan plan = options::planMount(m.source);
            const auto [at, first] = mountedAt.try_emplace(k8s::volumeName(plan.share), options::cleanPath(m.target));
            Finding &f = sink.add(m.source + '>' + m.target, m.path(), first ? "" : "share-subfolder.share-mounted");
            f.before = json::compact(options::entryOf(module.options, m));
            f.args = {m.source, plan.share, plan.subfolder, m.target};
            if (!first) {
                f.args.push_back(at->second);
                f.hasProposal = false;
                continue;
            }
            f.after = json::compact(options::mount(m.target, plan.share, "volume", m.readOnly));
            // %5: the share mounted, as decided.
            f.args.push_back(plan.share);
            f.params = {param(kSource, plan.share, 4)};
        }
    }

    // Still a problem while a folder inside a share is bound there: not once binds-to-mounts, as
    // decided, makes the bind a volume, or a bind of a host path outside the shares.
    bool needed(const Json &options, const HostPorts &, const Finding &finding, Wording &) const override
    {
        const std::string target = finding.args[3].str();
        const auto mounts = options::mounts(options);
        const bool all = finding.message == std::string_view("share-subfolder.all-shares");
        return std::any_of(mounts.begin(), mounts.end(), [&](const options::MountRef &m) {
            return m.target == target && (all ? bindsAllShares(m) : options::bindsShareSubfolder(m));
        });
    }

    // Another share typed for the mount is the folder provisioned as a share of its own.
    std::string_view message(const Finding &finding, const ParamValues &params) const override
    {
        return params.at("source") == finding.params.front().defaultValue ? finding.message
                                                                          : "share-subfolder.own-share";
    }

    // The volume's source is a share's name.
    ParamError check(const Finding &, const ParamValues &params, std::string_view) const override
    {
        return options::checkVolumeSource(params.at("source"));
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        // The bind is found by its source and target, %1 and %4 (a path may hold any character).
        const std::string source = finding.args[0].str(), target = finding.args[3].str();
        Json &host = options::hostConfig(edit.options);
        if (Json *m = options::findMount(host, source, target)) {
            json::childNoCase(*m, "Source") = params.at("source");
            options::setMountType(*m, "volume");
            edit.optionsChanged = true;
        } else if (const Json *bind = options::findBind(host, source, target)) {
            const bool readOnly = options::isReadOnly(options::parseBind(bind->get<std::string>()).mode);
            options::replaceBind(host, bind, options::mount(target, params.at("source"), "volume", readOnly));
            edit.optionsChanged = true;
        }
    }

private:
    // Whether `m` binds /home/hcsshares itself, where the FPGA device mounts all its Edge shares.
    static bool bindsAllShares(const options::MountRef &m)
    {
        return m.type == "bind" && options::cleanPath(m.source) == "/home/hcsshares";
    }
};

} // namespace

std::unique_ptr<Rule> shareSubfolder()
{
    return std::make_unique<ShareSubfolder>();
}

} // namespace EdgeShift::rules
