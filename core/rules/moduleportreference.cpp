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
std::vector<Reference> references(const std::string &value, const ManifestFacts &facts)
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
        const auto maps = facts.portMaps.find(value.substr(start, colon - start));
        if (maps == facts.portMaps.end())
            continue;
        const int port = std::stoi(value.substr(colon + 1, end - colon - 1));
        const auto mapped = maps->second.find(port);
        if (mapped == maps->second.end() || mapped->second == port)
            continue;
        out.push_back({start, end, maps->first, port, mapped->second});
    }
    return out;
}

std::string rewritten(const std::string &value, const ManifestFacts &facts)
{
    std::string out = value;
    const auto refs = references(value, facts);
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
        if (module.facts.portMaps.empty())
            return;
        for (const options::EnvEntry &variable : options::environment(module)) {
            const auto refs = references(variable.value, module.facts);
            if (refs.empty())
                continue;
            Finding &f = sink.add(variable.name,
                variable.inOptions ? "/Env/" + std::to_string(variable.index) : "#/env/" + variable.name);
            f.before = json::compact(Json(variable.value));
            f.after = json::compact(Json(rewritten(variable.value, module.facts)));
            const Reference &first = refs.front();
            f.args = {variable.name, first.module, std::to_string(first.containerPort), std::to_string(first.hostPort)};
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        // The proposal was computed on the original value; a variable is rewritten as proposed.
        const std::string value = Json::parse(finding.after.view()).get<std::string>();
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
