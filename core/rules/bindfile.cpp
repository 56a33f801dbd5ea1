#include "k8snames.h"
#include "rules.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <vector>

namespace EdgeShift::rules {

namespace {

constexpr std::string_view kShares = "/home/hcsshares"; // where the FPGA device mounts its Edge shares

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
    static const std::array<std::string_view, 16> folders {"/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64",
        "/proc", "/root", "/run", "/sbin", "/sys", "/usr", "/var", "/var/run", "/var/lib"};
    return std::find(folders.begin(), folders.end(), path) != folders.end();
}

// The message of a bind of a file in `source` to one in `target` (the folders), planned as `plan`.
std::string_view variant(const std::string &source, const std::string &target, const options::MountPlan &plan)
{
    // No proposal where the folder would hide the container's own (/etc/hosts → /etc),
    if (isSystemFolder(target))
        return "bind-file.system-folder";
    // nor where the folder on the node would be its root (or is not a path at all),
    if (source == "/" || source == kShares || (!source.starts_with('/') && !source.starts_with('$')))
        return "bind-file.no-folder";
    // nor where it is a folder inside a share: a volume mount takes a whole share.
    if (!plan.subfolder.empty())
        return "bind-file.share-subfolder";
    return plan.type == "volume" ? "bind-file.share" : "bind-file";
}

// Whether a finding with this message proposes a folder's mount.
bool proposes(std::string_view message)
{
    return message == "bind-file" || message == "bind-file.share";
}

// Whether it proposes dropping the mount: no folder can stand in for the file.
bool drops(std::string_view message)
{
    return message == "bind-file.system-folder";
}

// bind-file: a bind mount of a file; IoT Edge on Kubernetes binds directories only (hostPath of
// type DirectoryOrCreate).
class BindFile final : public Rule {
public:
    // The folder's mount is how the bind becomes a mount: binds-to-mounts' change is not made.
    RuleInfo info() const override { return {"bind-file", Kind::Manual, Section::Storage, {}, "binds-to-mounts"}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const std::vector<options::MountRef> mounts = options::mounts(module.options);
        // (A whole Edge share, or a named volume, is a folder whatever its name.)
        auto isFile = [](const options::MountRef &m) {
            return m.type == "bind" && options::planMount(m.source).type == "bind"
                && (options::isFilePath(m.source) || options::isFilePath(m.target));
        };
        // Where each mount would stand once the folders proposed are mounted: target → sources,
        // and the targets of each Kubernetes volume (named after its source).
        std::multimap<std::string, std::string> sources;
        std::map<std::string, std::set<std::string>> targetsOf;
        for (const options::MountRef &m : mounts) {
            const std::string source = parentOf(m.source), target = parentOf(m.target);
            const options::MountPlan plan = options::planMount(source);
            const bool moves = isFile(m) && proposes(variant(source, target, plan)) && !target.empty();
            const std::string &gpuSource = moves ? plan.source : m.gpuSource();
            sources.emplace(moves ? target : m.target, gpuSource);
            targetsOf[k8s::volumeName(gpuSource)].insert(moves ? target : m.target);
        }
        for (const options::MountRef &m : mounts) {
            if (!isFile(m))
                continue;
            const std::string source = parentOf(m.source), target = parentOf(m.target);
            // The folder on the GPU device: an Edge share becomes a volume of that share.
            const options::MountPlan plan = options::planMount(source);
            std::string_view message = variant(source, target, plan);
            // Another folder mounted there too: Kubernetes refuses two mounts at one path.
            const auto [from, to] = sources.equal_range(target);
            if (proposes(message)
                && std::any_of(from, to, [&](const auto &other) { return other.second != plan.source; }))
                message = "bind-file.target-taken";
            // The folder mounted elsewhere too: a second volume of its name, which Kubernetes refuses.
            const std::string volume = k8s::volumeName(plan.source);
            std::string elsewhere;
            if (proposes(message) && !volume.empty()) {
                for (const std::string &at : targetsOf[volume]) {
                    if (at != target)
                        appendListItem(elsewhere, at);
                }
                if (!elsewhere.empty())
                    message = "bind-file.source-mounted";
            }
            Finding &f = sink.add(m.source + '>' + m.target, m.path(), message);
            f.before = json::compact(options::entryOf(module.options, m));
            f.args = {m.source, m.target, plan.share.empty() ? source : plan.share,
                plan.subfolder.empty() ? target : plan.subfolder};
            if (!elsewhere.empty())
                f.args.insert(f.args.end(), {elsewhere, volume});
            f.hasProposal = (proposes(message) && !target.empty()) || drops(message);
            if (f.hasProposal && !drops(message))
                f.after = json::compact(options::mount(target, plan.source, plan.type, m.readOnly));
        }
    }

    // The mount is found by its source and target, %1 and %2 (a subject would have to be split,
    // and a path may hold any character).
    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string source = finding.args[0].str(), target = finding.args[1].str();
        const options::MountPlan plan = options::planMount(parentOf(source));
        Json &host = options::hostConfig(edit.options);
        if (drops(finding.message)) {
            if (const Json *m = options::findMount(host, source, target))
                options::eraseEntry(host, "Mounts", m);
            else if (const Json *bind = options::findBind(host, source, target))
                options::eraseEntry(host, "Binds", bind);
            else
                return;
            edit.optionsChanged = true;
            return;
        }
        if (Json *m = options::findMount(host, source, target)) {
            json::childNoCase(*m, "Source") = plan.source;
            json::childNoCase(*m, "Target") = parentOf(target);
            json::childNoCase(*m, "Type") = plan.type;
            // Another file of the folder made this mount already: one is enough.
            auto &list = json::childNoCase(host, "Mounts").get_ref<Json::array_t &>();
            const auto other = std::find_if(
                list.begin(), list.end(), [&](const Json &o) { return &o != m && options::sameMount(o, *m); });
            if (other != list.end()) {
                options::mergeMount(*other, *m);
                options::eraseEntry(host, "Mounts", m);
            }
            edit.optionsChanged = true;
        } else if (Json *bind = options::findBind(host, source, target)) {
            const bool readOnly = options::isReadOnly(options::parseBind(bind->get<std::string>()).mode);
            options::replaceBind(host, bind, options::mount(parentOf(target), plan.source, plan.type, readOnly));
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
