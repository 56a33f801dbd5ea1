#include "rules.h"

#include <algorithm>
#include <array>

namespace EdgeShift::rules {

namespace {

std::string parentOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return {};
    return slash == 0 ? std::string("/") : path.substr(0, slash);
}

// A folder of the container's own system (/etc, /var/run, …): mounting a host folder over it would
// hide everything the image keeps there.
bool isSystemFolder(const std::string &path)
{
    static const std::array<std::string_view, 16> folders {"/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc",
        "/root", "/run", "/sbin", "/sys", "/usr", "/var", "/var/run", "/var/lib"};
    return std::find(folders.begin(), folders.end(), path) != folders.end();
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
            // No proposal where the folder would hide the container's own (/etc/hosts → /etc).
            const bool hides = isSystemFolder(target);
            // Nor where the folder on the node would be its root (or is not a path at all).
            const bool wholeNode
                = !hides && (source == "/" || (!source.starts_with('/') && !source.starts_with('$')));
            Finding &f = sink.add(m.source + '>' + m.target,
                (m.fromBinds ? "/HostConfig/Binds/" : "/HostConfig/Mounts/") + std::to_string(m.index),
                hides           ? "bind-file.system-folder"
                    : wholeNode ? "bind-file.no-folder"
                                : "bind-file");
            f.before = json::compact(Json(m.source + ':' + m.target));
            f.args = {m.source, m.target, source, target};
            f.hasProposal = !hides && !wholeNode && !target.empty();
            if (f.hasProposal)
                f.after = json::compact(Json(source + ':' + target));
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string_view subject = finding.subject;
        const auto gt = subject.find('>');
        const std::string source(subject.substr(0, gt)), target(subject.substr(gt + 1));
        Json &host = options::hostConfig(edit.options);
        if (Json *m = options::findMount(host, source, target)) {
            json::childNoCase(*m, "Source") = parentOf(source);
            json::childNoCase(*m, "Target") = parentOf(target);
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
