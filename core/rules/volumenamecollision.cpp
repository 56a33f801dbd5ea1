#include "k8snames.h"
#include "rules.h"

#include <map>
#include <set>

namespace EdgeShift::rules {

namespace {

// volume-name-collision: different sources that become the same Kubernetes volume name; or one
// source mounted twice, as IoT Edge on Kubernetes makes a volume, named after its source, of each
// mount.
class VolumeNameCollision final : public Rule {
public:
    RuleInfo info() const override { return {"volume-name-collision", Kind::Manual, Section::Storage}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        std::map<std::string, std::set<std::string>> byName; // sorted: stable finding order
        std::map<std::string, std::string> targets; // by volume name: where its mounts go, listed
        std::vector<std::string> order;
        for (const options::MountRef &m : options::mounts(module.options)) {
            // A Binds entry is judged by the mount binds-to-mounts turns it into.
            const std::string source = m.gpuSource();
            const std::string name = k8s::volumeName(source);
            if (name.empty())
                continue;
            auto &sources = byName[name];
            if (sources.empty())
                order.push_back(name);
            sources.insert(source);
            appendListItem(targets[name], m.target);
        }
        for (const std::string &name : order) {
            const auto &sources = byName[name];
            const std::string &mountedAt = targets[name];
            if (sources.size() < 2 && mountedAt.find(kListSeparator) == std::string::npos)
                continue;
            std::string list;
            for (const std::string &s : sources)
                appendListItem(list, s);
            Finding &f = sink.add(name, "/HostConfig", sources.size() < 2 ? "volume-name-collision.same-source" : "");
            f.args = {name, list, mountedAt};
            f.hasProposal = false;
        }
    }
};

} // namespace

std::unique_ptr<Rule> volumeNameCollision()
{
    return std::make_unique<VolumeNameCollision>();
}

} // namespace EdgeShift::rules
