#include "catalogue.h"

#include "rules/rules.h"

#include <memory>

namespace EdgeShift {

namespace {

std::vector<std::unique_ptr<Rule>> makeRules()
{
    std::vector<std::unique_ptr<Rule>> list;
    // Storage
    list.push_back(rules::bindsToMounts());
    list.push_back(rules::shareSubfolder());
    list.push_back(rules::bindFile());
    list.push_back(rules::volumeNameCollision());
    // Network
    list.push_back(rules::exposeHostPort());
    list.push_back(rules::tcpUdpMix());
    list.push_back(rules::reservedPorts());
    list.push_back(rules::hostNetwork());
    list.push_back(rules::modulePortReference());
    list.push_back(rules::clusterOnlyService());
    // Resources
    list.push_back(rules::fpgaToGpu());
    list.push_back(rules::deviceBindings());
    list.push_back(rules::fpgaImage());
    list.push_back(rules::dockerGpu());
    list.push_back(rules::wireserverEnv());
    list.push_back(rules::resourceLimits());
    list.push_back(rules::hostIpc());
    // Web proxy
    list.push_back(rules::noProxy());
    list.push_back(rules::upstreamProtocol());
    // Other differences
    list.push_back(rules::recreateStrategy());
    list.push_back(rules::moduleName());
    list.push_back(rules::unsupportedOption());
    list.push_back(rules::unknownK8sOption());
    list.push_back(rules::envValueEquals());
    list.push_back(rules::envColon());
    list.push_back(rules::backoffNote());
    return list;
}

} // namespace

const std::vector<const Rule *> &catalogue()
{
    static const std::vector<std::unique_ptr<Rule>> owned = makeRules();
    static const std::vector<const Rule *> view = [] {
        std::vector<const Rule *> v;
        for (const auto &rule : owned)
            v.push_back(rule.get());
        return v;
    }();
    return view;
}

const Rule *findRule(std::string_view id)
{
    for (const Rule *rule : catalogue()) {
        if (rule->info().id == id)
            return rule;
    }
    return nullptr;
}

std::vector<RuleInfo> allRuleInfos()
{
    std::vector<RuleInfo> out;
    for (const Rule *rule : catalogue())
        out.push_back(rule->info());
    out.push_back({kInvalidCreateOptions, Kind::Manual, Section::OtherDifferences});
    out.push_back({kCreateOptionsTooLong, Kind::Manual, Section::OtherDifferences});
    out.push_back({kCreateOptionsGap, Kind::Manual, Section::OtherDifferences});
    out.push_back({kDuplicateKey, Kind::Info, Section::OtherDifferences});
    out.push_back({kHandEditIncomplete, Kind::Manual, Section::OtherDifferences});
    return out;
}

bool isKnownId(std::string_view id)
{
    for (const RuleInfo &info : allRuleInfos()) {
        if (info.id == id)
            return true;
    }
    return false;
}

} // namespace EdgeShift
