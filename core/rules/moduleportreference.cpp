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
};

// Every "<module>:<port>" in `value` where that module maps the port to a different host port.
std::vector<Reference> references(const std::string &value, const HostPorts &ports)
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
        const int host = ports.of(name, port);
        if (host == 0 || host == port)
            continue;
        out.push_back({start, end, name, port, host});
    }
    return out;
}

std::string rewritten(const std::string &value, const HostPorts &ports)
{
    std::string out = value;
    const auto refs = references(value, ports);
    for (auto it = refs.rbegin(); it != refs.rend(); ++it)
        out.replace(it->start, it->end - it->start, it->module + ':' + std::to_string(it->hostPort));
    return out;
}

// module-port-reference: module-to-module traffic goes through the HostPort, not the container port.
class ModulePortReference final : public Rule {
public:
    RuleInfo info() const override { return {"module-port-reference", Kind::Advice, Section::Network}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        if (module.facts.portMaps.empty() && module.facts.proposedPorts.empty())
            return;
        // As the default decisions make the host ports.
        const HostPorts ports {&module.facts.portMaps, &module.facts.proposedPorts};
        for (const options::EnvEntry &variable : options::environment(module)) {
            const auto refs = references(variable.value, ports);
            if (refs.empty())
                continue;
            Finding &f = sink.add(variable.name,
                variable.inOptions ? "/Env/" + std::to_string(variable.index) : "#/env/" + variable.name);
            f.before = json::compact(Json(variable.value));
            f.after = json::compact(Json(rewritten(variable.value, ports)));
            const Reference &first = refs.front();
            f.args = {variable.name, first.module, std::to_string(first.containerPort), std::to_string(first.hostPort)};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        // The original value, rewritten to the host ports the decisions give (which may not be the
        // ones proposed: another host port typed for a reserved one, say).
        const std::string value = rewritten(Json::parse(finding.before.view()).get<std::string>(), edit.hostPorts);
        options::setVariable(
            edit, finding.subject.str(), value, options::placeOf(finding.path.str()) == options::EnvPlace::Options);
    }
};

} // namespace

std::unique_ptr<Rule> modulePortReference()
{
    return std::make_unique<ModulePortReference>();
}

} // namespace EdgeShift::rules
