#include "k8snames.h"
#include "rules.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
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

// A folder of the container's own system (/etc, /var/run, anything in /usr or in /etc/ssl, …): mounting a host
// folder over it would hide everything the image keeps there.
bool isSystemFolder(const std::string &path)
{
    static const std::array<std::string_view, 8> folders {
        "/", "/etc", "/root", "/run", "/var", "/var/lib", "/var/run", "/opt"};
    static const std::array<std::string_view, 11> trees {
        "/bin", "/boot", "/dev", "/etc/pki", "/etc/ssl", "/lib", "/lib64", "/proc", "/sbin", "/sys", "/usr"};
    return std::find(folders.begin(), folders.end(), path) != folders.end()
        || std::any_of(trees.begin(), trees.end(), [&](std::string_view tree) {
               return path.starts_with(tree) && (path.size() == tree.size() || path[tree.size()] == '/');
           });
}

// The last part of a path: the file's name.
std::string_view nameOf(std::string_view path)
{
    return path.substr(path.rfind('/') + 1);
}

// Whether a finding with this message proposes dropping the mount.
bool dropsMount(std::string_view message)
{
    return message == "bind-file.system-folder" || message == "bind-file.socket" || message == "bind-file.time-zone"
        || message == "bind-file.device" || message == "bind-file.device-unprivileged";
}

// A bind of a file, and the folder mount that could stand in for it.
struct FileBind {
    std::string source, target; // the file's paths, normalised
    std::string sourceFolder, targetFolder;
    options::MountPlan plan; // of the source's folder: an Edge share becomes a volume of that share
    std::string_view message;

    explicit FileBind(const options::MountRef &m, bool privileged = false)
        : source(options::cleanPath(m.source))
        , target(options::cleanPath(m.target))
        , sourceFolder(parentOf(source))
        , targetFolder(parentOf(target))
        , plan(options::planMount(sourceFolder))
        , message(variant(privileged))
    {
    }

    // Whether the mount is a bind of a file. (A whole Edge share, or a named volume, is a folder
    // whatever its name.)
    static bool isFile(const options::MountRef &m)
    {
        return m.type == "bind" && options::planMount(m.source).type == "bind"
            && (options::isFilePath(m.source) || options::isFilePath(m.target));
    }

    // Whether the message proposes the folder's mount.
    bool mountsFolder() const { return message == "bind-file" || message == "bind-file.share"; }

    Json folderMount(bool readOnly) const { return options::mount(targetFolder, plan.source, plan.type, readOnly); }

private:
    std::string_view variant(bool privileged) const
    {
        // A device of the node is no folder either; a privileged module sees every one in its /dev.
        if (options::isDeviceNode(source))
            return privileged ? "bind-file.device" : "bind-file.device-unprivileged";
        // A socket of the node (Docker's) is no file a folder can bring.
        if (source.ends_with(".sock") || target.ends_with(".sock"))
            return "bind-file.socket";
        // No folder where it would hide the container's own (/etc/hosts → /etc): the node's time
        // zone has another way in (TZ),
        if (isSystemFolder(targetFolder))
            return target == "/etc/localtime" || target == "/etc/timezone" ? "bind-file.time-zone"
                                                                           : "bind-file.system-folder";
        // nor where the folder on the node would be its root (or is not a path at all),
        if (sourceFolder == "/" || sourceFolder == kShares
            || (!sourceFolder.starts_with('/') && !sourceFolder.starts_with('$')))
            return "bind-file.no-folder";
        // nor where the file is bound under another name: the folder would show it under its own,
        if (nameOf(source) != nameOf(target))
            return "bind-file.renamed";
        // nor where it is a folder inside a share: a volume mount takes a whole share.
        if (!plan.subfolder.empty())
            return "bind-file.share-subfolder";
        return plan.type == "volume" ? "bind-file.share" : "bind-file";
    }
};

// Where a mount would stand: its target, and its source on the GPU device.
struct Place {
    std::string target, source;
    std::size_t file = kNotAFile; // the index of the file bind whose folder stands there
    static constexpr std::size_t kNotAFile = static_cast<std::size_t>(-1);
};

// bind-file: a bind mount of a file; IoT Edge on Kubernetes binds directories only (hostPath of
// type DirectoryOrCreate).
class BindFile final : public Rule {
public:
    // The folder's mount is how the bind becomes a mount: binds-to-mounts' change is not made.
    RuleInfo info() const override { return {"bind-file", Kind::Manual, Section::Storage, {}, "binds-to-mounts"}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const std::vector<options::MountRef> &mounts = module.mounts();
        std::vector<std::optional<FileBind>> files(mounts.size());
        bool any = false;
        for (std::size_t i = 0; i < mounts.size(); ++i) {
            if (FileBind::isFile(mounts[i])) {
                files[i].emplace(mounts[i], options::isPrivileged(module.options));
                any = true;
            }
        }
        if (!any)
            return; // (as most modules: nothing to plan)
        // Where each mount would stand once the folders proposed are mounted, by the Kubernetes
        // volume name of its source, and by its target.
        std::map<std::string, std::vector<Place>> byVolume;
        std::multimap<std::string, std::string> byTarget;
        // Files of one folder bound at one folder become one mount of it, read-only only if every
        // one of them was: by that folder and its source.
        std::map<std::pair<std::string, std::string>, bool> readOnly;
        auto stand = [&](const std::string &target, const std::string &source, std::size_t file = Place::kNotAFile) {
            byVolume[k8s::volumeName(source)].push_back({target, source, file});
            byTarget.emplace(target, source);
        };
        for (std::size_t i = 0; i < mounts.size(); ++i) {
            if (files[i] && files[i]->mountsFolder()) {
                stand(files[i]->targetFolder, files[i]->plan.source, i);
                bool &ro = readOnly.try_emplace({files[i]->targetFolder, files[i]->plan.source}, true).first->second;
                ro = ro && mounts[i].readOnly;
                continue;
            }
            const std::string target = options::cleanPath(mounts[i].target);
            stand(target, mounts[i].gpuSource());
            // A folder inside a share may become the whole share's mount (share-subfolder).
            if (options::bindsShareSubfolder(mounts[i])) {
                const std::string share = options::planMount(mounts[i].source).share;
                byVolume[k8s::volumeName(share)].push_back({target, share});
            }
        }
        for (std::size_t i = 0; i < mounts.size(); ++i) {
            if (!files[i])
                continue;
            const options::MountRef &m = mounts[i];
            FileBind &file = *files[i];
            // Another folder mounted there too: Kubernetes refuses two mounts at one path. The
            // folder mounted elsewhere too: a second volume of its name, which Kubernetes refuses
            // too; of another source that has that name, a volume that is not this folder.
            const std::string volume = k8s::volumeName(file.plan.source);
            std::string elsewhere;
            const auto [from, to] = byTarget.equal_range(file.targetFolder);
            if (file.mountsFolder()
                && std::any_of(from, to, [&](const auto &other) { return other.second != file.plan.source; }))
                file.message = "bind-file.target-taken";
            if (file.mountsFolder() && !volume.empty()) {
                bool otherSource = false;
                std::set<std::string> targets;
                // (Of two files whose folders would be one volume mounted at two places, the first
                // keeps its proposal, and the other is reached through it.)
                for (const Place &place : byVolume[volume]) {
                    if (place.target == file.targetFolder || (place.file != Place::kNotAFile && place.file > i))
                        continue;
                    otherSource = otherSource || place.source != file.plan.source;
                    if (targets.insert(place.target).second)
                        appendListItem(elsewhere, place.target);
                }
                if (!elsewhere.empty())
                    file.message = otherSource ? "bind-file.volume-name" : "bind-file.source-mounted";
            }
            Finding &f = sink.add(m.source + '>' + m.target, m.path(), file.message);
            f.before = json::compact(options::entryOf(module.options, m));
            f.args = {m.source, m.target, file.plan.share.empty() ? file.sourceFolder : file.plan.share,
                file.plan.subfolder.empty() ? file.targetFolder : file.plan.subfolder};
            if (!elsewhere.empty())
                f.args.insert(f.args.end(), {elsewhere, volume});
            const bool mountsFolder = file.mountsFolder() && !file.targetFolder.empty();
            f.hasProposal = mountsFolder || dropsMount(file.message);
            if (mountsFolder)
                f.after = json::compact(file.folderMount(readOnly.at({file.targetFolder, file.plan.source})));
        }
    }

    // The mount is found by its source and target, %1 and %2 (a subject would have to be split,
    // and a path may hold any character).
    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string source = finding.args[0].str(), target = finding.args[1].str();
        Json &host = options::hostConfig(edit.options);
        const bool drops = dropsMount(finding.message);
        if (Json *m = options::findMount(host, source, target)) {
            if (drops) {
                options::eraseEntry(host, "Mounts", m);
            } else {
                const FileBind file(options::MountRef {source, target, "bind"});
                json::childNoCase(*m, "Source") = file.plan.source;
                json::childNoCase(*m, "Target") = file.targetFolder;
                options::setMountType(*m, file.plan.type);
                // Another file of the folder made this mount already: one is enough.
                auto &list = json::childNoCase(host, "Mounts").get_ref<Json::array_t &>();
                const auto other = std::find_if(
                    list.begin(), list.end(), [&](const Json &o) { return &o != m && options::sameMount(o, *m); });
                if (other != list.end()) {
                    options::mergeMount(*other, *m);
                    options::eraseEntry(host, "Mounts", m);
                }
            }
            edit.optionsChanged = true;
        } else if (Json *bind = options::findBind(host, source, target)) {
            if (drops) {
                options::eraseEntry(host, "Binds", bind);
            } else {
                const bool readOnly = options::isReadOnly(options::parseBind(bind->get<std::string>()).mode);
                options::replaceBind(
                    host, bind, FileBind(options::MountRef {source, target, "bind"}).folderMount(readOnly));
            }
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
