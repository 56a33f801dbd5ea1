#include "rules.h"

#include <array>

namespace EdgeShift::rules {

namespace {

constexpr ParamSpec kType {"type", ParamType::MountType, "/Type"};
constexpr ParamSpec kSource {"source", ParamType::Text, "/Source"};
constexpr std::array kParams {kType, kSource};

// binds-to-mounts: HostConfig.Binds become HostConfig.Mounts (RULES.md, Storage).
class BindsToMounts final : public Rule {
public:
    RuleInfo info() const override { return {"binds-to-mounts", Kind::Fix, Section::Storage, kParams}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *host = options::hostConfig(module.options);
        if (!host)
            return;
        const Json *binds = json::findNoCase(*host, "Binds");
        for (std::size_t i = 0; binds && binds->is_array() && i < binds->size(); ++i) {
            if (!(*binds)[i].is_string())
                continue;
            const std::string entry = (*binds)[i].get<std::string>();
            const options::Bind bind = options::parseBind(entry);
            if (!bind.valid)
                continue;
            const options::MountPlan plan = options::planMount(bind.source);
            const char *variant = !plan.share.empty() && plan.subfolder.empty() ? "binds-to-mounts.share"
                : plan.type == "volume"                                         ? "binds-to-mounts.volume"
                : bind.source.starts_with('$')                                  ? "binds-to-mounts.placeholder"
                                                                                : "binds-to-mounts.bind";
            Finding &f = sink.add(entry, "/HostConfig/Binds/" + std::to_string(i), variant);
            f.before = json::compact((*binds)[i]);
            f.after
                = json::compact(options::mount(bind.target, plan.source, plan.type, options::isReadOnly(bind.mode)));
            f.args = {bind.source, bind.target, plan.source};
            f.params = {param(kType, plan.type), param(kSource, plan.source, 2)};
        }
        // A bind mount of a whole Edge share: the share, as a volume, as for a bind of it. (Its
        // subject is written as a bind's, SOURCE:TARGET.)
        if (!json::findNoCase(*host, "Mounts"))
            return;
        for (const options::MountRef &m : module.mounts()) {
            if (!options::bindMountsWholeShare(m))
                continue;
            const std::string share = options::planMount(m.source).share;
            Finding &f = sink.add(m.source + ':' + m.target, m.path(), "binds-to-mounts.share-mount");
            f.before = json::compact(options::entryOf(module.options, m));
            f.after = json::compact(options::mount(m.target, share, "volume", m.readOnly));
            f.args = {m.source, m.target, share};
            f.params = {param(kType, "volume"), param(kSource, share, 2)};
        }
    }

    // A bind mount's source is a path on the node (or a placeholder the deployment fills in); a
    // volume's is the name of a share or a volume, which holds no '/'.
    ParamError check(const Finding &, const ParamValues &params, std::string_view name) const override
    {
        if (name != "source")
            return ParamError::None;
        const std::string &source = params.at("source");
        if (params.at("type") == "volume")
            return options::checkVolumeSource(source);
        return source.starts_with('/') || source.starts_with('$') ? ParamError::None : ParamError::NotAHostPath;
    }

    // The sentence follows the mount type and source decided.
    std::string_view message(const Finding &finding, const ParamValues &params) const override
    {
        const std::string &type = params.at("type"), &source = params.at("source");
        if (type == "bind") {
            if (source != options::parseBind(finding.subject.str()).source)
                return "binds-to-mounts.bind-source";
            return source.starts_with('$') ? "binds-to-mounts.placeholder" : "binds-to-mounts.bind";
        }
        if ((finding.message == "binds-to-mounts.share" || finding.message == "binds-to-mounts.share-mount")
            && finding.params.back().defaultValue == source)
            return finding.message;
        return "binds-to-mounts.volume";
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const override
    {
        Json &host = options::hostConfig(edit.options);
        if (finding.message == "binds-to-mounts.share-mount") {
            // (The mount is found by its source and target, %1 and %2: a path may hold a ':'.)
            if (Json *m = options::findMount(host, finding.args[0].str(), finding.args[1].str())) {
                json::childNoCase(*m, "Source") = params.at("source");
                options::setMountType(*m, params.at("type"));
                edit.optionsChanged = true;
            }
            return;
        }
        const options::Bind bind = options::parseBind(finding.subject.str());
        const Json *entry = options::findBind(host, bind.source, bind.target);
        if (!entry || !(finding.subject == entry->get<std::string>()))
            return;
        options::replaceBind(host, entry,
            options::mount(bind.target, params.at("source"), params.at("type"), options::isReadOnly(bind.mode)));
        edit.optionsChanged = true;
    }
};

} // namespace

std::unique_ptr<Rule> bindsToMounts()
{
    return std::make_unique<BindsToMounts>();
}

} // namespace EdgeShift::rules
