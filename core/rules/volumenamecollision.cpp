#include "k8snames.h"
#include "rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace EdgeShift::rules {

namespace {

// A Kubernetes volume name that more than one mount would have.
struct Collision {
    std::string name;
    std::set<std::string> sources; // sorted: a stable sentence
    std::string targets; // where its mounts go, listed
    std::size_t mounts = 0;
    bool sameSource() const { return sources.size() < 2; }
    bool collides() const { return sources.size() > 1 || mounts > 1; }
};

// The volume names that collide among a module's mounts, in the order of their first mounts.
std::vector<Collision> collisions(const std::vector<options::MountRef> &mounts)
{
    if (mounts.size() < 2)
        return {}; // (as most modules)
    // A Binds entry is judged by the mount binds-to-mounts turns it into.
    std::vector<std::string> sources, names;
    for (const options::MountRef &m : mounts) {
        sources.push_back(m.gpuSource());
        names.push_back(k8s::volumeName(sources.back()));
    }
    std::vector<std::string_view> sorted(names.begin(), names.end());
    std::sort(sorted.begin(), sorted.end());
    const auto twice = std::adjacent_find(
        sorted.begin(), sorted.end(), [](std::string_view a, std::string_view b) { return a == b && !a.empty(); });
    if (twice == sorted.end())
        return {}; // (as most modules: every name once)
    std::vector<Collision> all;
    std::map<std::string, std::size_t> byName;
    for (std::size_t i = 0; i < mounts.size(); ++i) {
        const options::MountRef &m = mounts[i];
        const std::string &source = sources[i];
        const std::string &name = names[i];
        if (name.empty())
            continue;
        const auto [it, added] = byName.emplace(name, all.size());
        if (added)
            all.push_back({name, {}, {}});
        Collision &c = all[it->second];
        c.sources.insert(source);
        appendListItem(c.targets, m.target);
        ++c.mounts;
    }
    std::erase_if(all, [](const Collision &c) { return !c.collides(); });
    return all;
}

// volume-name-collision: different sources that become the same Kubernetes volume name; or one
// source mounted twice, as IoT Edge on Kubernetes makes a volume, named after its source, of each
// mount.
class VolumeNameCollision final : public Rule {
public:
    RuleInfo info() const override
    {
        return {"volume-name-collision", Kind::Manual, Section::Storage, {}, nullptr, false, true};
    }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        for (const Collision &c : collisions(module.mounts())) {
            Finding &f = sink.add(c.name, "/HostConfig", c.sameSource() ? "volume-name-collision.same-source" : "");
            std::string sources;
            for (const std::string &source : c.sources)
                appendListItem(sources, source);
            f.args = {c.name, sources, c.targets};
            f.hasProposal = false;
        }
    }

    // Mounts the changes made collide: sources given by the operator, two folders of a share each
    // made a mount of the whole share.
    std::string_view madeMessage(const Finding &found) const override
    {
        return found.message == std::string_view("volume-name-collision.same-source")
            ? "volume-name-collision.same-source.made"
            : "volume-name-collision.made";
    }

    // As the other changes leave the mounts: a file's folder mounted once for two files, a mount
    // dropped, may leave one volume of the name.
    bool needed(const Json &options, const HostPorts &, const Finding &finding, Wording &) const override
    {
        const std::vector<Collision> left = collisions(options::mounts(options));
        return std::any_of(left.begin(), left.end(), [&](const Collision &c) { return finding.subject == c.name; });
    }
};

} // namespace

std::unique_ptr<Rule> volumeNameCollision()
{
    return std::make_unique<VolumeNameCollision>();
}

} // namespace EdgeShift::rules
