#include "rules.h"

namespace EdgeShift::rules {

namespace {

bool isHostChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

struct Reference {
    std::size_t start, end; // the "name:port" span in the value
    std::string module;
    int containerPort;
    int hostPort;
    bool reserved; // the host port is reserved-ports' proposal, not the default decisions'
};

// Every "<module>:<port>" in `value` where that module maps the port to a different host port, as
// `ports` give them or, where they keep the port's number, as `reserved` (reserved-ports'
// proposals) would move it.
std::vector<Reference> references(const std::string &value, const HostPorts &ports, const PortMaps *reserved = nullptr)
{
    std::vector<Reference> out;
    for (std::size_t colon = value.find(':'); colon != std::string::npos; colon = value.find(':', colon + 1)) {
        std::size_t start = colon;
        while (start > 0 && isHostChar(value[start - 1]))
            --start;
        std::size_t end = colon + 1;
        while (end < value.size() && std::isdigit(static_cast<unsigned char>(value[end])))
            ++end;
        if (start == colon || end == colon + 1 || end - colon > 6)
            continue;
        const std::string name = value.substr(start, colon - start);
        const int port = std::stoi(value.substr(colon + 1, end - colon - 1));
        int host = ports.of(name, port);
        bool moved = false;
        if ((host == 0 || host == port) && reserved) {
            host = HostPorts {reserved}.of(name, port);
            moved = host != 0;
        }
        if (host == 0 || host == port)
            continue;
        out.push_back({start, end, name, port, host, moved});
    }
    return out;
}

std::string rewritten(const std::string &value, const std::vector<Reference> &refs)
{
    std::string out = value;
    for (auto it = refs.rbegin(); it != refs.rend(); ++it)
        out.replace(it->start, it->end - it->start, it->module + ':' + std::to_string(it->hostPort));
    return out;
}

// The variable's original value, as `finding` holds it.
std::string original(const Finding &finding)
{
    return Json::parse(finding.before.view()).get<std::string>();
}

// module-port-reference: module-to-module traffic goes through the HostPort, not the container port.
class ModulePortReference final : public Rule {
public:
    RuleInfo info() const override
    {
        return {
            .id = "module-port-reference", .kind = Kind::Advice, .section = Section::Network, .readsHostPorts = true};
    }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const ManifestFacts &facts = module.facts;
        if (facts.portMaps.empty() && facts.proposedPorts.empty())
            return;
        // As the default decisions make the host ports, or reserved-ports' proposals would.
        const HostPorts ports {&facts.portMaps, &facts.proposedPorts};
        const PortMaps *reserved = facts.reservedProposals.empty() ? nullptr : &facts.reservedProposals;
        for (const options::EnvEntry &variable : options::environment(module)) {
            const auto refs = references(variable.value, ports, reserved);
            if (refs.empty())
                continue;
            const Reference &first = refs.front();
            Finding &f = sink.add(variable.name,
                variable.inOptions ? "/Env/" + std::to_string(variable.index) : "#/env/" + variable.name,
                first.reserved ? "module-port-reference.reserved" : "");
            f.before = json::compact(Json(variable.value));
            f.after = json::compact(Json(rewritten(variable.value, refs)));
            f.args = {variable.name, first.module, std::to_string(first.containerPort), std::to_string(first.hostPort)};
        }
    }

    // The host ports the decisions give may not be the ones proposed (another one typed for a
    // reserved port, say), or keep the ports' own numbers (reserved-ports rejected).
    bool needed(const ModuleEdit &edit, const Finding &finding) const override
    {
        return !references(original(finding), edit.hostPorts).empty();
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string value = original(finding);
        options::setVariable(edit, finding.subject.str(), rewritten(value, references(value, edit.hostPorts)),
            options::placeOf(finding.path.str()) == options::EnvPlace::Options);
    }
};

} // namespace

std::unique_ptr<Rule> modulePortReference()
{
    return std::make_unique<ModulePortReference>();
}

} // namespace EdgeShift::rules
