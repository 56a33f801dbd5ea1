#include "rules.h"

namespace EdgeShift::rules {

namespace {

// (A byte of a UTF-8 sequence is part of a name: "Zähler".)
bool isHostChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) || byte >= 0x80 || c == '-' || c == '_' || c == '.';
}

// Why a reference is found: its module maps the port to another host port, or would once
// reserved-ports' move is accepted, or may once the operator gives it another host port.
enum class Because { Mapped, Reserved, OwnNumber };

struct Reference {
    std::size_t start, end; // the "name:port" span in the value
    std::string module;
    int containerPort;
    int hostPort;
    Because because = Because::Mapped;
};

// Where the host ports of the modules may stand apart from the default decisions: reserved-ports'
// proposals, and the ports expose-hostport binds to their own number.
struct Alternatives {
    const PortMaps *reserved = nullptr;
    const PortMaps *ownNumber = nullptr;
};

// Every "<module>:<port>" in `value`, another module than `self`, where that module maps the port
// to a different host port, as `ports` give them; with `alternatives`, also where the decisions
// may give another.
std::vector<Reference> references(
    const std::string &value, const std::string &self, const HostPorts &ports, const Alternatives &alternatives = {})
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
        if (name == self)
            continue; // a module reaches itself on its own ports
        const int port = std::stoi(value.substr(colon + 1, end - colon - 1));
        int host = ports.of(name, port);
        Because because = Because::Mapped;
        if (host == 0 || host == port) {
            if (const int moved = HostPorts {alternatives.reserved}.of(name, port)) {
                host = moved;
                because = Because::Reserved;
            } else if (HostPorts {alternatives.ownNumber}.of(name, port)) {
                host = port;
                because = Because::OwnNumber;
            }
        }
        if (host == 0 || (host == port && because != Because::OwnNumber))
            continue;
        out.push_back({start, end, name, port, host, because});
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

// The message arguments for a variable's first reference.
std::vector<std::string> argsOf(const std::string &variable, const Reference &first)
{
    return {variable, first.module, std::to_string(first.containerPort), std::to_string(first.hostPort)};
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
        if (facts.portMaps.empty() && facts.proposedPorts.empty() && facts.ownNumberPorts.empty())
            return;
        // As the default decisions make the host ports, or as others may.
        const HostPorts ports {&facts.portMaps, &facts.proposedPorts};
        const Alternatives alternatives {&facts.reservedProposals, &facts.ownNumberPorts};
        for (const options::EnvEntry &variable : module.environment()) {
            const auto refs = references(variable.value, module.name, ports, alternatives);
            if (refs.empty())
                continue;
            const Reference &first = refs.front();
            Finding &f = sink.add(variable.name,
                variable.inOptions ? "/Env/" + std::to_string(variable.index) : json::pointer("#/env", variable.name),
                first.because == Because::Reserved        ? "module-port-reference.reserved"
                    : first.because == Because::OwnNumber ? "module-port-reference.own-number"
                                                          : "");
            f.before = json::compact(Json(variable.value));
            f.after = json::compact(Json(rewritten(variable.value, refs)));
            for (const std::string &arg : argsOf(variable.name, first))
                f.args.emplace_back(arg);
        }
    }

    // The host ports the decisions give may not be the ones proposed (another one typed for a
    // reserved or an exposed port), or keep the ports' own numbers (reserved-ports rejected).
    bool needed(const Json &, const HostPorts &hostPorts, const Finding &finding, Wording &wording) const override
    {
        const std::string value = original(finding);
        const auto refs = references(value, finding.module.str(), hostPorts);
        if (refs.empty()) {
            // As decided, the module it addresses keeps the port's own number as its host port.
            wording.message = "module-port-reference.not-needed";
            wording.args = {finding.args[0].str(), finding.args[1].str(), finding.args[2].str()};
            wording.after = finding.before.str();
            return false;
        }
        const std::string after = json::compact(Json(rewritten(value, refs)));
        if (after != finding.after.view() || finding.message != info().id) {
            wording.message = "module-port-reference";
            wording.args = argsOf(finding.subject.str(), refs.front());
            wording.after = after;
        }
        return true;
    }

    // (needed() said there are references to rewrite, with these host ports.)
    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        const std::string value = original(finding);
        options::setVariable(edit, finding.subject.str(),
            rewritten(value, references(value, finding.module.str(), edit.hostPorts)),
            options::placeOf(finding.path.str()) == options::EnvPlace::Options);
    }
};

} // namespace

std::unique_ptr<Rule> modulePortReference()
{
    return std::make_unique<ModulePortReference>();
}

} // namespace EdgeShift::rules
