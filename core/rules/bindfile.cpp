#include "rules.h"

namespace EdgeShift::rules {

namespace {

std::string parentOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos || slash == 0)
        return {};
    return path.substr(0, slash);
}

// bind-file: a bind mount of a file; IoT Edge on Kubernetes binds directories only (hostPath of
// type DirectoryOrCreate).
class BindFile final : public Rule {
public:
    RuleInfo info() const override { return {"bind-file", Kind::Manual, Section::Storage}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const options::MountRef &m : options::mounts(module.options)) {
            if (m.type != "bind" || (!options::isFilePath(m.source) && !options::isFilePath(m.target)))
                continue;
            const std::string source = parentOf(m.source), target = parentOf(m.target);
            Finding &f = sink.add(m.source + '>' + m.target,
                (m.fromBinds ? "/HostConfig/Binds/" : "/HostConfig/Mounts/") + std::to_string(m.index));
            f.before = json::compact(Json(m.source + ':' + m.target));
            f.args = {m.source, m.target, source, target};
            f.hasProposal = !source.empty() && !target.empty();
            if (f.hasProposal)
                f.after = json::compact(Json(source + ':' + target));
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const auto gt = finding.subject.find('>');
        const std::string source = finding.subject.substr(0, gt), target = finding.subject.substr(gt + 1);
        Json &host = options::hostConfig(edit.options);
        if (Json *m = options::findMount(host, source, target)) {
            json::child(*m, "Source") = parentOf(source);
            json::child(*m, "Target") = parentOf(target);
            edit.optionsChanged = true;
        } else if (Json *bind = options::findBind(host, source, target)) {
            const std::string mode = options::parseBind(bind->get<std::string>()).mode;
            *bind = parentOf(source) + ':' + parentOf(target) + (mode.empty() ? "" : ':' + mode);
            edit.optionsChanged = true;
        }
    }
};

} // namespace

std::unique_ptr<Rule> bindFile()
{
    return std::make_unique<BindFile>();
}

} // namespace EdgeShift::rules
