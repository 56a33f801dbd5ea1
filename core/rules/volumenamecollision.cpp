#include "k8snames.h"
#include "rules.h"

#include <map>
#include <set>

namespace EdgeShift::rules {

namespace {

// volume-name-collision: different sources that become the same Kubernetes volume name.
class VolumeNameCollision final : public Rule {
public:
    RuleInfo info() const override { return {"volume-name-collision", Kind::Manual, Section::Storage}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        std::map<std::string, std::set<std::string>> byName; // sorted: stable finding order
        std::vector<std::string> order;
        for (const options::MountRef &m : options::mounts(module.options)) {
            // A Binds entry is judged by the mount binds-to-mounts turns it into.
            const std::string source = m.fromBinds ? options::planMount(m.source).source : m.source;
            const std::string name = k8s::volumeName(source);
            if (name.empty())
                continue;
            auto &sources = byName[name];
            if (sources.empty())
                order.push_back(name);
            sources.insert(source);
        }
        for (const std::string &name : order) {
            const auto &sources = byName[name];
            if (sources.size() < 2)
                continue;
            std::string list;
            for (const std::string &s : sources)
                appendListItem(list, s);
            Finding &f = sink.add(name, "/HostConfig");
            f.args = {name, list};
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
