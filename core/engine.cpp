#include "engine.h"

#include "catalogue.h"
#include "k8snames.h"
#include "rename.h"
#include "textedits.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <charconv>
#include <exception>
#include <iterator>
#include <ostream>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace EdgeShift {

namespace {

std::atomic<unsigned> g_threads {std::max(1u, std::thread::hardware_concurrency())};

// Below this many modules a part is not worth a thread of its own.
constexpr std::size_t kModulesPerPart = 256;

// Into how many parts work on `count` modules is split.
std::size_t partCount(std::size_t count)
{
    return std::clamp<std::size_t>(count / kModulesPerPart, 1, g_threads);
}

// Where part `part` of `parts` contiguous parts of [0, count) starts (part `parts` is the end).
constexpr std::size_t partStart(std::size_t count, std::size_t part, std::size_t parts)
{
    return count * part / parts;
}

// Calls work(part, first, last) for each of `parts` contiguous parts of [0, count), each on a
// thread of its own (the first on the calling one), and returns when all are done; an exception
// thrown by a part is thrown here, once all are done. Modules are edited apart from one another,
// so parts share nothing but what they only read.
template<typename Work> void forEachPart(std::size_t parts, std::size_t count, const Work &work)
{
    std::vector<std::exception_ptr> failures(parts);
    auto run = [&](std::size_t part) {
        try {
            work(part, partStart(count, part, parts), partStart(count, part + 1, parts));
        } catch (...) {
            failures[part] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> threads;
        for (std::size_t part = 1; part < parts; ++part)
            threads.emplace_back(run, part);
        run(0);
    }
    for (const std::exception_ptr &failure : failures) {
        if (failure)
            std::rethrow_exception(failure);
    }
}

// Host ports the modules claim, gathered module by module for proposeHostPorts().
struct PortClaims {
    std::vector<std::string> reserved; // mappings on a reserved host port (replacement keys), in document order
    std::vector<std::string> unboundReserved; // those of them without a host port (an exposed 35000)
    std::vector<std::string> boundReserved; // and those with one: reserved-ports proposes their host port
    std::unordered_set<std::string> bound; // explicit host ports, as replacement keys ("web\n5000/tcp")
    // Exposed ports without a binding (replacement key, and the same key of the port's own number
    // as host port), in document order: each gets its own number as host port from
    // expose-hostport, unless another mapping of its module has it first.
    std::vector<std::pair<std::string, std::string>> exposed;
};

// What the facts need of one module: its name and port mappings.
void addModuleFacts(
    ManifestFacts &facts, std::size_t index, const ModuleState &m, const Json &options, PortClaims &claims)
{
    facts.moduleNames.insert(m.name);
    if (m.invalid())
        return;
    const bool onHost = options::usesHostNetwork(options); // no other host port can stand for a port there
    for (const options::PortMapping &mapping : options::portMappings(options)) {
        const std::string &key = mapping.key;
        const int hostPort = mapping.hostPort;
        const options::Port port = options::parsePort(key);
        const int container = port.number;
        if (hostPort > 0) {
            facts.portMaps[m.name][container] = hostPort;
            for (const int bound : mapping.hostPorts) {
                facts.usedHostPorts.insert(bound);
                facts.boundHostPorts.insert(modulePort(index, bound));
                claims.bound.insert(ManifestFacts::replacementKey(m.name, std::to_string(bound) + '/' + port.protocol));
            }
        } else if (container > 0) {
            // (An exposed port's own number is expose-hostport's proposal, which a port typed
            // elsewhere moves; on the host network it is the host's port.)
            facts.usedHostPorts.insert(container);
            if (onHost)
                facts.boundHostPorts.insert(modulePort(index, container));
        }
        if (onHost)
            continue;
        if (k8s::isReservedHostPort(hostPort != 0 ? hostPort : container)) {
            claims.reserved.push_back(ManifestFacts::replacementKey(m.name, key));
            (hostPort == 0 ? claims.unboundReserved : claims.boundReserved).push_back(claims.reserved.back());
        } else if (hostPort == 0 && container > 0)
            claims.exposed.emplace_back(ManifestFacts::replacementKey(m.name, key),
                ManifestFacts::replacementKey(m.name, std::to_string(container) + '/' + port.protocol));
    }
}

// A free host port for each mapping on a reserved one: the first above them that no module uses
// and no earlier mapping was given (a port proposed counts as used from then on). Then one for
// each exposed port whose number another mapping of its module binds, or exposed first: the first
// free one above it. Each search goes on from where the last one for that number ended, so that many such
// mappings cost no more than one pass. The ports proposed are the modules' port maps from then on.
void proposeHostPorts(ManifestFacts &facts, const PortClaims &claims)
{
    int next = k8s::kFirstFreeHostPort;
    for (const std::string &key : claims.reserved) {
        next = facts.firstFreeHostPort(next);
        facts.replacementPorts.emplace(key, next);
        facts.usedHostPorts.insert(next++);
    }
    std::unordered_set<std::string> claimed;
    std::unordered_map<int, int> searchFrom; // port number → where the search for another goes on
    for (const auto &[key, port] : claims.exposed) {
        if (!claims.bound.count(port) && claimed.insert(port).second)
            continue; // its own number is free
        const int number = options::parsePort(port.substr(port.find('\n') + 1)).number;
        int &from = searchFrom.try_emplace(number, number + 1).first->second;
        from = facts.firstFreeHostPort(from);
        if (from > 65535)
            continue; // none left above it: its own number stays proposed
        facts.replacementPorts.emplace(key, from);
        facts.usedHostPorts.insert(from++);
    }
    // The host ports expose-hostport (a fix) proposes, where the port's own number is not free:
    // by default, other modules reach those ports through them (module-port-reference).
    // The others keep their own number, which the operator may change.
    auto propose = [&](const std::string &key, PortMaps &into, PortMaps *ownNumber = nullptr) {
        const auto newline = key.find('\n');
        const int container = options::parsePort(key.substr(newline + 1)).number;
        if (container <= 0)
            return;
        if (const auto replacement = facts.replacementPorts.find(key); replacement != facts.replacementPorts.end())
            into[key.substr(0, newline)][container] = replacement->second;
        else if (ownNumber)
            (*ownNumber)[key.substr(0, newline)][container] = container;
    };
    for (const auto &[key, port] : claims.exposed) {
        (void)port;
        propose(key, facts.proposedPorts, &facts.ownNumberPorts);
    }
    for (const std::string &key : claims.unboundReserved)
        propose(key, facts.proposedPorts);
    for (const std::string &key : claims.boundReserved)
        propose(key, facts.reservedProposals);
}

// The names proposed for modules whose names Kubernetes refuses, unique in the manifest.
void proposeNames(ManifestFacts &facts, const std::vector<ModuleState> &modules)
{
    if (facts.bare)
        return;
    // Names as Kubernetes names the modules' objects: "edgeHub" takes "edgehub".
    std::unordered_set<std::string> taken;
    auto kept = [](const ModuleState &m) { return m.system || m.invalid() || k8s::isSafeName(m.name); };
    for (const ModuleState &m : modules) {
        if (kept(m))
            taken.insert(k8s::objectName(m.name));
    }
    for (const ModuleState &m : modules) {
        if (kept(m))
            continue;
        std::string proposal = k8s::safeName(m.name);
        if (taken.count(proposal)) {
            int n = 2;
            while (taken.count(proposal + '-' + std::to_string(n)))
                ++n;
            proposal += '-' + std::to_string(n);
        }
        taken.insert(proposal);
        facts.renames.emplace(m.name, proposal);
    }
}

// Whether `finding` renames its module (module-name): the engine makes that change itself, in
// every module that names it.
bool renamesModule(const Finding &finding)
{
    return finding.params.size() == 1 && finding.params.front().type == ParamType::ModuleName;
}

// Whether `finding` gives a mapping its host port (reserved-ports, expose-hostport).
bool setsHostPort(const Finding &finding)
{
    return finding.params.size() == 1 && finding.params.front().type == ParamType::Port;
}

// A host port parameter's value as a number (0 where it is none).
int portNumber(std::string_view text)
{
    int port = 0;
    std::from_chars(text.data(), text.data() + text.size(), port);
    return port;
}

bool paramsValid(const Finding &finding, const Decisions &decisions, ParamValues &values)
{
    for (const Param &param : finding.params) {
        std::string value = decisions.param(finding, param);
        if (validateParam(param.type, value) != ParamError::None)
            return false;
        values.set(param.name, std::move(value));
    }
    if (const Rule *rule = finding.params.empty() ? nullptr : findRule(finding.rule)) {
        for (const Param &param : finding.params) {
            if (rule->check(finding, values, param.name) != ParamError::None)
                return false;
        }
    }
    return true;
}

} // namespace

namespace {

// What every rule finds in one module's createOptions, in catalogue order.
void analyseWithEveryRule(const ModuleContext &context, std::vector<Finding> &out)
{
    for (const Rule *rule : catalogue()) {
        const RuleInfo info = rule->info(); // (the sink keeps a reference)
        FindingSink sink(out, info, &context);
        const std::size_t before = out.size();
        try {
            rule->analyse(context, sink);
        } catch (const Json::exception &) {
            out.resize(before); // a value of a type the rule does not expect: nothing to propose
        }
    }
}

// The findings of one module, in catalogue order.
void analyseModule(const ModuleState &m, const ManifestFacts &facts, const Json &emptyModule, std::vector<Finding> &out)
{
    if (!m.options.strayChunks.empty()) {
        // (Often why the createOptions read are cut short: chunks past createOptions99.)
        const RuleInfo info {kCreateOptionsGap, Kind::Manual, Section::OtherDifferences};
        ModuleContext context {m.name, m.system, facts.bare ? emptyModule : *m.original, m.options.value, facts};
        FindingSink sink(out, info, &context);
        std::string keys;
        for (const std::string &key : m.options.strayChunks)
            appendListItem(keys, key);
        Finding &f = sink.add("stray chunks", "#/settings", "create-options-gap.stray");
        f.args = {keys};
        f.hasProposal = false;
    }
    if (m.invalid()) {
        const RuleInfo info {kInvalidCreateOptions, Kind::Manual, Section::OtherDifferences};
        ModuleContext context {m.name, m.system, *m.original, m.options.value, facts};
        FindingSink sink(out, info, &context);
        const bool tooDeep = m.options.error && m.options.error->code == JsonErrorCode::TooDeep;
        Finding &f = sink.add("createOptions", "#/settings/createOptions",
            tooDeep                           ? "invalid-create-options.too-deep"
                : m.options.error             ? "invalid-create-options"
                : !m.options.badChunk.empty() ? "invalid-create-options.chunk"
                                              : "invalid-create-options.not-object");
        f.hasProposal = false;
        if (m.options.error)
            f.args = {std::to_string(m.options.error->line), std::to_string(m.options.error->column)};
        else if (!m.options.badChunk.empty())
            f.args = {m.options.badChunk};
        return;
    }
    ModuleContext context {m.name, m.system, facts.bare ? emptyModule : *m.original, m.options.value, facts};
    if (m.options.chunkGap) {
        // The agent joins chunks up to the first missing suffix; EdgeShift joins them all
        // and writes them back without gaps.
        const RuleInfo info {kCreateOptionsGap, Kind::Manual, Section::OtherDifferences};
        FindingSink sink(out, info, &context);
        std::string suffixes;
        for (int suffix : m.options.chunkSuffixes)
            appendListItem(suffixes, std::string(suffix < 10 ? "0" : "") + std::to_string(suffix));
        Finding &f = sink.add(
            "createOptions", "#/settings", m.options.noFirstChunk ? "create-options-gap.no-first" : std::string_view());
        f.args = {suffixes};
        f.hasProposal = false;
    }
    for (const DuplicateKey &duplicate : m.options.duplicates) {
        const RuleInfo info {kDuplicateKey, Kind::Info, Section::OtherDifferences};
        FindingSink sink(out, info, &context);
        Finding &f
            = sink.add(duplicate.pointer + '/' + duplicate.key, duplicate.pointer, "duplicate-key.create-options");
        f.args = {duplicate.key, duplicate.pointer.empty() ? "/" : duplicate.pointer};
    }
    analyseWithEveryRule(context, out);
}

} // namespace

namespace {

// Numbers the findings in [first, last) that share a rule, a module name and a subject, so that
// each has its own key. Called per module (keys cannot meet across modules of different names),
// and over everything in the rare manifest where two modules share a name (a system module and a
// module both called edgeHub).
void numberOccurrences(std::vector<Finding> &findings, std::size_t first, std::size_t last)
{
    auto same = [](const Finding &a, const Finding &b) {
        return a.rule == b.rule && a.subject.view() == b.subject.view() && a.module.view() == b.module.view();
    };
    if (last - first <= 32) { // a module's usual handful: no table
        for (std::size_t i = first + 1; i < last; ++i) {
            for (std::size_t j = i; j-- > first;) {
                if (same(findings[j], findings[i])) {
                    findings[i].occurrence = findings[j].occurrence + 1;
                    break;
                }
            }
        }
        return;
    }
    using Key = std::tuple<std::string_view, std::string_view, std::string_view>;
    struct Hash {
        std::size_t operator()(const Key &key) const
        {
            const std::hash<std::string_view> hash;
            return (hash(std::get<0>(key)) * 31 + hash(std::get<1>(key))) * 31 + hash(std::get<2>(key));
        }
    };
    std::unordered_map<Key, int, Hash> seen;
    for (std::size_t i = first; i < last; ++i)
        findings[i].occurrence = ++seen[{findings[i].rule, findings[i].module, findings[i].subject}];
}

} // namespace

std::optional<Analysis> load(std::string text, LoadError &error, AnalysisUse use)
{
    const bool interactive = use == AnalysisUse::Interactive;
    std::optional<Manifest> manifest = Manifest::read(std::move(text), error, interactive);
    if (!manifest)
        return std::nullopt;
    // Not made const: applyInPlace() may take its document.
    return analyse(std::make_shared<Manifest>(std::move(*manifest)), interactive);
}

Analysis analyse(std::shared_ptr<const Manifest> manifest, bool keepOptions)
{
    Analysis analysis;
    analysis.manifest = manifest;
    const bool bare = manifest->form() == ManifestForm::BareOptions;
    ManifestFacts facts;
    facts.bare = bare;
    PortClaims ports;
    if (bare) {
        ModuleState state;
        state.name = "module";
        state.original = &manifest->document();
        state.options.form = OptionsForm::Object;
        state.options.value = manifest->document();
        addModuleFacts(facts, analysis.modules.size(), state, state.options.value, ports);
        analysis.modules.push_back(std::move(state));
    } else {
        analysis.keepsOptions = keepOptions;
        Manifest::forEachModule(manifest->document(), manifest->form(), [&](const ModuleRef &ref, const Json &module) {
            ModuleState state;
            state.name = ref.name;
            state.system = ref.system;
            state.pointer = ref.pointer;
            state.original = &module;
            if (const Json *settings = json::find(module, "settings"))
                state.image = json::string(*settings, "image");
            analysis.modules.push_back(std::move(state));
        });
        // Each part's createOptions are read on the thread that analyses them below, which then
        // frees them: the findings it makes take that memory.
        forEachPart(partCount(analysis.modules.size()), analysis.modules.size(),
            [&](std::size_t, std::size_t first, std::size_t last) {
                for (std::size_t i = first; i < last; ++i)
                    analysis.modules[i].options = Manifest::readOptions(*analysis.modules[i].original);
            });
        for (std::size_t i = 0; i < analysis.modules.size(); ++i)
            addModuleFacts(facts, i, analysis.modules[i], analysis.modules[i].options.value, ports);
    }

    proposeNames(facts, analysis.modules);
    analysis.hostPortsInUse = facts.boundHostPorts;
    proposeHostPorts(facts, ports);
    const Json emptyModule = Json::object();
    // Room for the usual number of findings, so that the vector rarely moves them (pages of it
    // never reached are never touched).
    analysis.findings.reserve(analysis.modules.size() * 16 + 16);
    // The modules of a large manifest are analysed in parts, each on a thread of its own (the
    // rules only read the facts): the first part's findings go straight into the analysis, the
    // others' are moved in after it, in order.
    const std::size_t parts = partCount(analysis.modules.size());
    std::vector<std::vector<Finding>> partFindings(parts);
    forEachPart(parts, analysis.modules.size(), [&](std::size_t part, std::size_t first, std::size_t last) {
        std::vector<Finding> &out = part == 0 ? analysis.findings : partFindings[part];
        if (part != 0)
            out.reserve((last - first) * 16);
        for (std::size_t i = first; i < last; ++i) {
            ModuleState &m = analysis.modules[i];
            const std::size_t begin = out.size();
            analyseModule(m, facts, emptyModule, out);
            if (!analysis.keepsOptions)
                m.options.value = Json(); // apply() reads it again: the findings take the memory it frees
            for (std::size_t f = begin; f < out.size(); ++f)
                out[f].moduleIndex = i;
            m.findings = {begin, out.size()}; // (within the part's findings, until they are moved in)
            numberOccurrences(out, begin, out.size());
        }
    });
    for (std::size_t part = 1; part < parts; ++part) {
        const std::size_t offset = analysis.findings.size();
        const std::size_t count = analysis.modules.size();
        for (std::size_t i = partStart(count, part, parts); i < partStart(count, part + 1, parts); ++i) {
            IndexRange &range = analysis.modules[i].findings;
            range = {range.first + offset, range.last + offset};
        }
        std::move(partFindings[part].begin(), partFindings[part].end(), std::back_inserter(analysis.findings));
        std::vector<Finding>().swap(partFindings[part]);
    }
    // (The rules first: a manifest has hundreds of thousands of findings, and most none of theirs.)
    std::vector<std::string_view> hostPortReaders;
    for (const Rule *rule : catalogue()) {
        if (const RuleInfo info = rule->info(); info.readsHostPorts)
            hostPortReaders.push_back(info.id);
    }
    analysis.readsHostPorts = std::any_of(analysis.findings.begin(), analysis.findings.end(), [&](const Finding &f) {
        return std::find(hostPortReaders.begin(), hostPortReaders.end(), f.rule) != hostPortReaders.end();
    });
    if (analysis.readsHostPorts)
        analysis.portMaps = std::move(facts.portMaps);
    const std::size_t manifestFirst = analysis.findings.size();
    for (const DuplicateKey &duplicate : manifest->duplicateKeys()) {
        const RuleInfo info {kDuplicateKey, Kind::Info, Section::OtherDifferences};
        FindingSink sink(analysis.findings, info, nullptr);
        Finding &f = sink.add(duplicate.pointer + '/' + duplicate.key, duplicate.pointer);
        f.args = {duplicate.key, duplicate.pointer.empty() ? "/" : duplicate.pointer};
    }
    for (const Rule *rule : catalogue()) {
        const RuleInfo info = rule->info();
        FindingSink sink(analysis.findings, info, nullptr);
        rule->analyseManifest(facts, sink);
    }
    numberOccurrences(analysis.findings, manifestFirst, analysis.findings.size());
    if (facts.moduleNames.size() < analysis.modules.size())
        numberOccurrences(analysis.findings, 0, analysis.findings.size());
    return analysis;
}

namespace {

// Where a finding stands when its change is not in the result: a note, open (a manual finding, or
// an accepted change that could not be made), or rejected.
FindingState notApplied(const Finding &finding, bool accepted)
{
    if (finding.kind == Kind::Info)
        return FindingState::Note;
    return accepted || finding.kind == Kind::Manual ? FindingState::Open : FindingState::Rejected;
}

// The rule whose change an accepted finding `f` makes in its own way, where both touch one place
// (share-subfolder's volume for the bind binds-to-mounts would convert), or nullptr.
const char *replacedRule(const Finding &f)
{
    if (f.kind == Kind::Info || !f.hasProposal)
        return nullptr; // a note changes nothing, so replaces nothing
    const Rule *rule = findRule(f.rule);
    return rule ? rule->info().replaces : nullptr;
}

// Whether `f`'s change, accepted and with valid values, replaces `g`'s; `replaced` is
// replacedRule(f), looked up once by the caller.
bool replaces(const Finding &f, const char *replaced, const Finding &g, const Decisions &decisions)
{
    ParamValues values;
    return replaced && g.rule == replaced && g.path.view() == f.path.view() && decisions.accepted(f)
        && paramsValid(f, decisions, values);
}

// Marks the findings of module `m` that an accepted change replaces: they are not made. Returns
// each one with the finding that replaces it.
std::vector<std::pair<std::size_t, std::size_t>> markReplaced(
    const Analysis &analysis, const Decisions &decisions, const ModuleState &m, std::vector<FindingState> &states)
{
    std::vector<std::pair<std::size_t, std::size_t>> replaced;
    for (std::size_t fi : m.findings) {
        const char *rule = replacedRule(analysis.findings[fi]);
        if (!rule)
            continue;
        for (std::size_t other : m.findings) {
            if (replaces(analysis.findings[fi], rule, analysis.findings[other], decisions)) {
                states[other] = FindingState::Replaced;
                replaced.emplace_back(other, fi);
            }
        }
    }
    return replaced;
}

// What the rules would still change in a module's hand edit (the createOptions the operator
// wrote): a manual problem that names them, or none. The converted file's check says the same.
std::optional<Finding> handEditProblem(const ModuleState &m, std::size_t index, const Json &hand)
{
    static const ManifestFacts noFacts; // (what the rules would change in createOptions needs none)
    static const Json noModule = Json::object();
    const ModuleContext context {m.name, m.system, m.original ? *m.original : noModule, hand, noFacts};
    std::vector<Finding> found;
    analyseWithEveryRule(context, found);
    // Made in turn, as the default decisions make them: a change the ones before leave nothing to
    // do for (recreate-strategy, where no host port or volume is left) is not the operator's to make.
    Json options = hand, module = context.module;
    ModuleEdit edit(options, module);
    std::vector<std::string_view> rules;
    for (const Finding &f : found) {
        // (Outside createOptions, the module's own findings still say it.)
        if ((f.kind != Kind::Fix && f.kind != Kind::Manual) || f.path.view().starts_with('#'))
            continue;
        const Rule *rule = findRule(f.rule);
        Wording unused;
        if (rule && !rule->needed(std::as_const(edit.options), HostPorts {}, f, unused))
            continue;
        if (rule && f.kind == Kind::Fix) {
            ParamValues values;
            for (const Param &param : f.params)
                values.set(param.name, param.defaultValue.str());
            try {
                rule->apply(edit, f, values);
            } catch (const Json::exception &) {
                // (a value of a type the change does not expect: the rule is listed all the same)
            }
        }
        if (std::find(rules.begin(), rules.end(), f.rule) == rules.end())
            rules.push_back(f.rule);
    }
    if (rules.empty())
        return std::nullopt;
    Finding problem;
    problem.rule = kHandEditIncomplete;
    problem.message = kHandEditIncomplete;
    problem.subject = "createOptions";
    problem.path = "#/settings/createOptions";
    problem.module = m.name;
    problem.moduleIndex = index;
    problem.kind = Kind::Manual;
    problem.hasProposal = false;
    std::string list;
    for (const std::string_view rule : rules)
        appendListItem(list, rule);
    problem.args = {list};
    return problem;
}

// What the changes made bring about in module `m`'s createOptions, `options` as they leave them,
// that its findings do not say: what a rule asked again (RuleInfo::checksResult) finds there, and
// did not find in the original (by subject), added to `problems`.
void findMadeProblems(const Analysis &analysis, const ModuleState &m, std::size_t index, const Json &options,
    std::vector<Finding> &problems)
{
    static const std::vector<std::pair<const Rule *, RuleInfo>> askedAgain = [] {
        std::vector<std::pair<const Rule *, RuleInfo>> rules;
        for (const Rule *rule : catalogue()) {
            if (const RuleInfo info = rule->info(); info.checksResult)
                rules.emplace_back(rule, info);
        }
        return rules;
    }();
    static const ManifestFacts noFacts;
    static const Json noModule = Json::object();
    const ModuleContext context {m.name, m.system, m.original ? *m.original : noModule, options, noFacts};
    for (const auto &[rule, info] : askedAgain) {
        std::vector<Finding> found;
        FindingSink sink(found, info, &context);
        try {
            rule->analyse(context, sink);
        } catch (const Json::exception &) {
            continue;
        }
        for (Finding &f : found) {
            bool known = false; // the original's (solved or not, as its needed() says)
            for (std::size_t fi : m.findings)
                known = known || (analysis.findings[fi].rule == f.rule && analysis.findings[fi].subject == f.subject);
            if (known)
                continue;
            f.message = rule->madeMessage(f);
            f.moduleIndex = index;
            f.hasProposal = false;
            problems.push_back(std::move(f));
        }
    }
}

// Applies `decisions` to `document`, the original document or its copy.
Result applyTo(const Analysis &analysis, const Decisions &decisions, Json document, bool keepOptions)
{
    const Manifest &manifest = *analysis.manifest;
    Result result;
    result.indentation = manifest.indentation();
    result.document = std::move(document);
    result.states.assign(analysis.findings.size(), FindingState::Open);
    result.options.resize(analysis.modules.size());
    result.names.reserve(analysis.modules.size());
    for (const ModuleState &m : analysis.modules)
        result.names.push_back(m.name);

    // Module names first: references to them are rewritten while each module is edited.
    std::unordered_map<std::string, std::string> renames;
    std::unordered_map<std::string, std::size_t> renameFinding;
    std::unordered_map<std::string, int> finalNames;
    for (const ModuleState &m : analysis.modules) {
        for (std::size_t index : m.findings) {
            const Finding &f = analysis.findings[index];
            ParamValues values;
            if (renamesModule(f) && decisions.accepted(f) && paramsValid(f, decisions, values)
                && values.at("name") != m.name) {
                renames[m.name] = values.at("name");
                renameFinding[m.name] = index;
            }
        }
    }
    if (!renames.empty()) {
        for (const ModuleState &m : analysis.modules) {
            const auto it = renames.find(m.name);
            ++finalNames[k8s::objectName(it == renames.end() ? m.name : it->second)];
        }
        for (auto it = renames.begin(); it != renames.end();) {
            if (finalNames[k8s::objectName(it->second)] > 1) {
                const Finding &f = analysis.findings[renameFinding[it->first]];
                Finding problem = f;
                problem.kind = Kind::Manual;
                problem.message = "module-name.taken";
                problem.args = {it->first, it->second};
                problem.hasProposal = false;
                result.problems.push_back(std::move(problem));
                it = renames.erase(it);
            } else {
                ++it;
            }
        }
    }

    // The host ports the decisions give (reserved-ports, expose-hostport). A GPU device is one
    // node, where a host port is bound once: a port given to two mappings, or typed where another
    // mapping binds it, is neither's until one changes (as validateParam() says).
    struct GivenPort {
        std::size_t finding;
        int port;
    };
    std::vector<GivenPort> given;
    std::unordered_map<std::uint64_t, int> timesGiven; // by modulePort()
    for (std::size_t fi = 0; fi < analysis.findings.size(); ++fi) {
        const Finding &f = analysis.findings[fi];
        ParamValues values;
        if (!setsHostPort(f) || !decisions.accepted(f) || !paramsValid(f, decisions, values))
            continue;
        const std::string &text = values.at("hostPort");
        int port = portNumber(text);
        if (text != f.params.front().defaultValue.view()
            && analysis.hostPortsInUse.count(modulePort(f.moduleIndex, port)))
            port = 0; // typed where another mapping of the module binds it
        given.push_back({fi, port});
        ++timesGiven[modulePort(f.moduleIndex, port)];
    }
    std::vector<bool> portTaken; // by finding: its host port is another mapping's of the module too
    // The ports given, where another module addresses one by its port (reserved-ports moves a
    // port's first binding, the one other modules reach).
    PortMaps decidedPorts;
    for (const auto &[fi, port] : given) {
        if (port == 0 || timesGiven[modulePort(analysis.findings[fi].moduleIndex, port)] > 1) {
            portTaken.resize(analysis.findings.size());
            portTaken[fi] = true;
            continue;
        }
        const Finding &f = analysis.findings[fi];
        const int container = options::parsePort(f.subject.str()).number;
        if (analysis.readsHostPorts && container > 0)
            decidedPorts[f.module.str()][container] = port;
    }
    const HostPorts hostPorts {&analysis.portMaps, &decidedPorts};

    // Applies the accepted findings of module `index` to `edit`; returns whether its createOptions changed.
    // `hostConfigBefore`: the original createOptions had a HostConfig with something in it. How
    // changes were said as made goes to `wordings`, problems they bring about to `problems`.
    using Wordings = std::vector<std::pair<std::size_t, Wording>>;
    auto editModule = [&](std::size_t index, ModuleEdit &edit, bool hostConfigBefore, Wordings &wordings,
                          std::vector<Finding> &problems) {
        const ModuleState &m = analysis.modules[index];
        edit.hostPorts = hostPorts;
        if (m.invalid())
            return false; // left exactly as it was
        const std::size_t firstWording = wordings.size(); // this module's are those from here on
        const Json *hand = decisions.handEdit(m.name);
        // Makes the change of finding `fi`, when accepted and its values are valid.
        auto make = [&](std::size_t fi) {
            const Finding &f = analysis.findings[fi];
            FindingState &state = result.states[fi];
            if (f.kind == Kind::Info || !decisions.accepted(f)) {
                // A problem the other changes solve (a share's sub-folder made a volume of its own)
                // is not the operator's any more.
                Wording unused;
                const Rule *rule = f.kind == Kind::Manual ? findRule(f.rule) : nullptr;
                state = rule && !rule->needed(std::as_const(edit.options), edit.hostPorts, f, unused)
                    ? FindingState::NotNeeded
                    : notApplied(f, false);
                return;
            }
            ParamValues values;
            if (!paramsValid(f, decisions, values) || (!portTaken.empty() && portTaken[fi]))
                return; // stays open: the operator must give a valid value
            if (renamesModule(f)) {
                if (renames.count(m.name)) {
                    state = FindingState::Applied;
                    result.names[index] = renames.at(m.name);
                }
                return;
            }
            if (const Rule *rule = findRule(f.rule)) {
                Wording wording;
                if (rule->needed(std::as_const(edit.options), edit.hostPorts, f, wording)) {
                    rule->apply(edit, f, values);
                    state = FindingState::Applied;
                } else {
                    state = FindingState::NotNeeded;
                }
                if (!wording.message.empty() || !wording.args.empty() || !wording.after.empty())
                    wordings.emplace_back(fi, std::move(wording));
            }
        };
        const std::vector<std::pair<std::size_t, std::size_t>> replaced = hand
            ? std::vector<std::pair<std::size_t, std::size_t>>()
            : markReplaced(analysis, decisions, m, result.states);
        std::vector<std::size_t> madeInPlace; // the findings made in the place of one they replace
        for (std::size_t fi : m.findings) {
            const Finding &f = analysis.findings[fi];
            FindingState &state = result.states[fi];
            // The hand edit is the module's createOptions: what a rule would write there, or leave
            // there when rejected, is the operator's to write (changes outside, '#', still count).
            if (hand && f.kind != Kind::Info && !f.path.view().starts_with('#')) {
                state = FindingState::Superseded;
                continue;
            }
            if (state == FindingState::Replaced) {
                // The change replacing it is made in its place (mounts keep the order of the binds).
                for (const auto &[was, by] : replaced) {
                    if (was == fi && std::find(madeInPlace.begin(), madeInPlace.end(), by) == madeInPlace.end()) {
                        make(by);
                        madeInPlace.push_back(by);
                    }
                }
                continue;
            }
            if (std::find(madeInPlace.begin(), madeInPlace.end(), fi) == madeInPlace.end())
                make(fi); // (not made already in the place of one it replaces)
        }
        if (!renames.empty()) {
            renameReferences(edit, renames);
            // What a change of the environment says it writes, as the renames left it.
            for (std::size_t fi : m.findings) {
                const Finding &f = analysis.findings[fi];
                const std::string_view path = f.path.view();
                if (result.states[fi] != FindingState::Applied
                    || !(path.starts_with("/Env/") || path.starts_with("#/env/")))
                    continue;
                const auto own = wordings.begin() + static_cast<std::ptrdiff_t>(firstWording);
                const auto said = std::find_if(own, wordings.end(), [&](const auto &w) { return w.first == fi; });
                const std::string after
                    = said != wordings.end() && !said->second.after.empty() ? said->second.after : f.after.str();
                if (after.empty())
                    continue;
                std::string renamed = renamedReferences(after, renames);
                if (renamed == after)
                    continue;
                if (said != wordings.end())
                    said->second.after = std::move(renamed);
                else
                    wordings.emplace_back(fi, Wording {{}, {}, std::move(renamed)});
            }
        }
        // A HostConfig the changes emptied (the FPGA devices were all it had) goes too.
        if (const Json *host = json::findNoCase(edit.options, "HostConfig");
            edit.optionsChanged && host && host->is_object() && host->empty() && hostConfigBefore)
            json::eraseNoCase(edit.options, "HostConfig");
        if (hand) {
            edit.options = *hand;
            edit.optionsChanged = true;
        } else if (edit.optionsChanged) {
            findMadeProblems(analysis, m, index, std::as_const(edit.options), problems);
        }
        return edit.optionsChanged;
    };
    // The findings of module `m`, left as it was: none of its changes is made, and they stay for
    // the operator (a rename, made outside its createOptions, still is).
    auto leftAsItWas = [&](const ModuleState &m) {
        for (std::size_t fi : m.findings) {
            const Finding &f = analysis.findings[fi];
            if (!renamesModule(f) || result.states[fi] != FindingState::Applied)
                result.states[fi] = notApplied(f, decisions.accepted(f));
        }
    };
    auto hasHostConfig = [](const Json &options) {
        const Json *host = options::hostConfig(options);
        return host && !host->empty();
    };

    if (manifest.form() == ManifestForm::BareOptions) {
        Json module = Json::object();
        Json options = result.document;
        ModuleEdit edit(options, module);
        try {
            Wordings wordings;
            if (editModule(0, edit, hasHostConfig(analysis.modules[0].options.value), wordings, result.problems)) {
                result.document = std::move(options);
                if (keepOptions)
                    result.options[0] = result.document;
            }
            result.changed = edit.optionsChanged || edit.moduleChanged;
            result.wordings = std::move(wordings);
        } catch (const Json::exception &) {
            leftAsItWas(analysis.modules[0]); // as for a module of a manifest
        }
    } else {
        std::vector<Json *> modules;
        modules.reserve(analysis.modules.size());
        Manifest::forEachModule(
            result.document, manifest.form(), [&](const ModuleRef &, Json &module) { modules.push_back(&module); });
        // Each part of the modules keeps its problems and whether it changed anything apart.
        const std::size_t parts = partCount(modules.size());
        std::vector<std::vector<Finding>> partProblems(parts);
        std::vector<Wordings> partWordings(parts);
        std::vector<char> partChanged(parts, 0);
        forEachPart(parts, modules.size(), [&](std::size_t part, std::size_t first, std::size_t last) {
            for (std::size_t index = first; index < last; ++index) {
                Json &module = *modules[index];
                bool changed = false;
                const ModuleState &m = analysis.modules[index];
                bool touched = !renames.empty() || decisions.handEdit(m.name);
                for (std::size_t fi : m.findings)
                    touched = touched || decisions.accepted(analysis.findings[fi]);
                if (!touched) {
                    // Nothing to change: only the states of its findings.
                    for (std::size_t fi : m.findings)
                        result.states[fi] = notApplied(analysis.findings[fi], false);
                    continue;
                }
                // The original createOptions, changed in place: a copy of the kept ones, or read again.
                Json options
                    = (analysis.keepsOptions || m.invalid()) ? m.options.value : Manifest::readOptions(module).value;
                ModuleEdit edit(options, module);
                bool edited = false;
                Wordings &wordings = partWordings[part];
                const std::size_t wordingsBefore = wordings.size();
                auto leaveAsItWas = [&] {
                    wordings.resize(wordingsBefore);
                    edit.restoreModule();
                    leftAsItWas(m);
                };
                try {
                    edited = editModule(index, edit, hasHostConfig(options), wordings, partProblems[part]);
                    changed = edit.optionsChanged || edit.moduleChanged;
                } catch (const Json::exception &) {
                    // A value of a type a change does not expect where it goes ("HostConfig": "").
                    leaveAsItWas();
                }
                if (edited) {
                    if (Manifest::writeOptions(module, m.options.form, options)) {
                        if (keepOptions)
                            result.options[index] = std::move(options);
                    } else {
                        // More than 100 chunks: the module keeps its original form and the operator is told.
                        leaveAsItWas();
                        Finding problem;
                        problem.rule = kCreateOptionsTooLong;
                        problem.subject = "createOptions";
                        problem.module = m.name;
                        problem.moduleIndex = index;
                        problem.kind = Kind::Manual;
                        problem.message = kCreateOptionsTooLong;
                        problem.hasProposal = false;
                        problem.args = {std::to_string(splitChunks(json::compact(options)).size())};
                        partProblems[part].push_back(std::move(problem));
                    }
                }
                if (changed)
                    partChanged[part] = 1;
            }
        });
        for (std::size_t part = 0; part < parts; ++part) {
            for (Finding &problem : partProblems[part])
                result.problems.push_back(std::move(problem));
            std::move(partWordings[part].begin(), partWordings[part].end(), std::back_inserter(result.wordings));
            result.changed = result.changed || partChanged[part];
        }
        if (!renames.empty()) {
            renameEverywhere(result.document, manifest.form(), renames);
            result.changed = true;
        }
    }
    for (std::size_t fi = 0; fi < analysis.findings.size(); ++fi) {
        if (analysis.findings[fi].kind == Kind::Info)
            result.states[fi] = FindingState::Note;
    }

    // (A change made in the place of the one it replaces may come before findings of lower index.)
    std::sort(
        result.wordings.begin(), result.wordings.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 0; decisions.hasHandEdits() && i < analysis.modules.size(); ++i) {
        const ModuleState &m = analysis.modules[i];
        if (const Json *hand = m.invalid() ? nullptr : decisions.handEdit(m.name)) {
            if (std::optional<Finding> problem = handEditProblem(m, i, *hand))
                result.problems.push_back(std::move(*problem));
        }
    }
    // Problems in module order, as the findings are (names that could not be given come first).
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const Finding &a, const Finding &b) { return a.moduleIndex < b.moduleIndex; });
    result.status.assign(analysis.modules.size(), ModuleStatus::Ready);
    for (std::size_t i = 0; i < analysis.modules.size(); ++i) {
        ModuleStatus &status = result.status[i];
        for (std::size_t fi : analysis.modules[i].findings) {
            const Finding &f = analysis.findings[fi];
            const FindingState state = result.states[fi];
            if (leftForOperator(f.kind, state))
                status = ModuleStatus::NeedsOperator;
            else if (state == FindingState::Applied && status == ModuleStatus::Ready)
                status = ModuleStatus::Changed;
        }
        if (decisions.handEdit(analysis.modules[i].name) && status == ModuleStatus::Ready)
            status = ModuleStatus::Changed;
    }
    for (const Finding &problem : result.problems) {
        if (problem.moduleIndex < result.status.size())
            result.status[problem.moduleIndex] = ModuleStatus::NeedsOperator;
        else
            for (std::size_t i = 0; i < analysis.modules.size(); ++i) {
                if (analysis.modules[i].name == problem.module)
                    result.status[i] = ModuleStatus::NeedsOperator;
            }
    }
    for (ModuleStatus status : result.status)
        result.gpuReady = result.gpuReady && status != ModuleStatus::NeedsOperator;
    return result;
}

} // namespace

void setMaxThreads(unsigned threads)
{
    g_threads = std::max(1u, threads);
}

Result apply(const Analysis &analysis, const Decisions &decisions, bool keepOptions)
{
    return applyTo(analysis, decisions, analysis.manifest->document(), keepOptions);
}

Result applyInPlace(Analysis &analysis, const Decisions &decisions)
{
    // The manifest is shared as const but made mutable by load(); only this takes from it.
    Json document = std::const_pointer_cast<Manifest>(analysis.manifest)->takeDocument();
    Result result = applyTo(analysis, decisions, std::move(document), false);
    // The module objects are the result's now, renamed and moved: none is the original any more.
    for (ModuleState &m : analysis.modules)
        m.original = nullptr;
    return result;
}

std::string Result::text() const
{
    return writeJson(document, indentation);
}

namespace {

// The text the manifest was read from: its own, or `original` when it let its go (empty when
// neither is there).
std::string_view inputText(const Manifest &manifest, std::string_view original)
{
    return manifest.keepsText() ? std::string_view(manifest.text()) : original;
}

} // namespace

std::string outputText(const Analysis &analysis, const Result &result, std::string_view original)
{
    const Manifest &manifest = *analysis.manifest;
    const std::string_view input = inputText(manifest, original);
    if (!result.changed && !input.empty())
        return std::string(input);
    std::string text;
    if (!input.empty() && !manifest.singleQuoted() && writeEdited(input, result.document, result.indentation, text))
        return text;
    return result.text();
}

void writeOutput(const Analysis &analysis, const Result &result, std::ostream &out, std::string_view original,
    const std::function<void(std::size_t)> &passed)
{
    const Manifest &manifest = *analysis.manifest;
    const std::string_view input = inputText(manifest, original);
    if (!result.changed && !input.empty()) {
        out.write(input.data(), std::streamsize(input.size()));
        return;
    }
    std::string buffer;
    buffer.reserve(1 << 17);
    if (!input.empty() && !manifest.singleQuoted()
        && (writeEdited(input, result.document, result.indentation, buffer, &out, passed) || !out))
        return;
    const Indentation &indentation = result.indentation;
    json::write(buffer, result.document, indentation.width, indentation.character, indentation.crlf, &out);
    if (indentation.finalNewline)
        out << indentation.lineEnd();
}

const Json &Result::optionsOf(const Analysis &analysis, std::size_t index) const
{
    assert(analysis.keepsOptions || options[index]);
    return options[index] ? *options[index] : analysis.modules[index].options.value;
}

const Json *Result::moduleOf(const Analysis &analysis, std::size_t index) const
{
    const ModuleState &m = analysis.modules[index];
    if (m.pointer.empty())
        return nullptr;
    const std::string parent = m.pointer.substr(0, m.pointer.rfind('/'));
    try {
        return &document.at(Json::json_pointer(json::pointer(parent, names[index])));
    } catch (const Json::exception &) {
        return nullptr;
    }
}

namespace {

// The values `decisions` gives `finding`'s parameters, valid or not; `value` for the one named `name`.
ParamValues decidedValues(
    const Finding &finding, const Decisions &decisions, std::string_view name = {}, const std::string &value = {})
{
    ParamValues values;
    for (const Param &param : finding.params)
        values.set(param.name, !name.empty() && param.name == name ? value : decisions.param(finding, param));
    return values;
}

// Whether host port `value`, for `finding`'s mapping, is one another mapping of its module binds
// or is given by the decisions: the module's ports are one Kubernetes Service, which has each port
// once. (Each module's Service has an address of its own: other modules may have the port.)
ParamError hostPortTaken(const Analysis &analysis, const Decisions &decisions, const Finding &finding,
    const Param &param, const std::string &value)
{
    const int port = portNumber(value);
    if (port == 0)
        return ParamError::None;
    // The proposal is free of the ports the module binds by construction, not of those typed.
    if (value != param.defaultValue.view() && analysis.hostPortsInUse.count(modulePort(finding.moduleIndex, port)))
        return ParamError::PortTaken;
    // A value being given moves another's proposal off it (proposalsMovedBy()), not a port given
    // there; one given already is taken while the decisions give it to another too.
    const bool giving = value != decisions.param(finding, param);
    for (const std::size_t index : analysis.modules[finding.moduleIndex].findings) {
        const Finding &other = analysis.findings[index];
        if (&other == &finding || !setsHostPort(other) || !decisions.accepted(other))
            continue;
        const Param &given = other.params.front();
        const std::string decided = decisions.param(other, given);
        if (decided == value && !(giving && decided == given.defaultValue.view()))
            return ParamError::PortTaken;
    }
    return ParamError::None;
}

} // namespace

std::vector<std::pair<std::size_t, std::string>> proposalsMovedBy(
    const Analysis &analysis, const Decisions &decisions, const Finding &finding, const std::string &value)
{
    std::vector<std::pair<std::size_t, std::string>> moved;
    if (!setsHostPort(finding) || value.empty() || finding.moduleIndex >= analysis.modules.size())
        return moved;
    // (Of the module's mappings: each module's Service has an address of its own.) The ports the
    // module binds, and those given.
    std::unordered_set<int> taken {portNumber(value)};
    auto isTaken = [&](int port) {
        return taken.count(port) || analysis.hostPortsInUse.count(modulePort(finding.moduleIndex, port));
    };
    std::vector<std::size_t> proposing; // the others whose proposal it is
    for (const std::size_t i : analysis.modules[finding.moduleIndex].findings) {
        const Finding &other = analysis.findings[i];
        if (&other == &finding || !setsHostPort(other))
            continue;
        const Param &param = other.params.front();
        const std::string decided = decisions.param(other, param);
        if (decided == value && decided == param.defaultValue.view())
            proposing.push_back(i);
        else
            taken.insert(portNumber(decided));
    }
    // (The next free port above it: an exposed port's own number moves to the one after it.)
    int next = portNumber(value) + 1;
    for (const std::size_t i : proposing) {
        while (next <= 65535 && (isTaken(next) || k8s::isReservedHostPort(next)))
            ++next;
        if (next > 65535)
            break;
        taken.insert(next);
        moved.emplace_back(i, std::to_string(next));
    }
    return moved;
}

ParamError validateParam(const Analysis &analysis, const Result &result, const Decisions &decisions,
    const Finding &finding, const Param &param, const std::string &value)
{
    const ParamError error = validateParam(param.type, value);
    if (error != ParamError::None)
        return error;
    if (const Rule *rule = findRule(finding.rule)) {
        const ParamValues values = decidedValues(finding, decisions, param.name, value);
        if (const ParamError mismatch = rule->check(finding, values, param.name); mismatch != ParamError::None)
            return mismatch;
    }
    if (param.type == ParamType::Port)
        return hostPortTaken(analysis, decisions, finding, param, value);
    if (param.type != ParamType::ModuleName)
        return ParamError::None;
    const std::string wanted = k8s::objectName(value);
    for (std::size_t i = 0; i < analysis.modules.size() && i < result.names.size(); ++i) {
        if (i != finding.moduleIndex && k8s::objectName(result.names[i]) == wanted)
            return ParamError::NameTaken;
    }
    return ParamError::None;
}

const Finding *replacedBy(const Analysis &analysis, const Decisions &decisions, const Finding &finding)
{
    if (finding.moduleIndex >= analysis.modules.size())
        return nullptr;
    for (std::size_t fi : analysis.modules[finding.moduleIndex].findings) {
        const Finding &f = analysis.findings[fi];
        if (replaces(f, replacedRule(f), finding, decisions))
            return &f;
    }
    return nullptr;
}

std::optional<std::size_t> findingIndex(const Analysis &analysis, const Finding &finding)
{
    const Finding *first = analysis.findings.data(), *end = first + analysis.findings.size();
    // (std::less orders pointers that point into different arrays too.)
    if (std::less<const Finding *>()(&finding, first) || !std::less<const Finding *>()(&finding, end))
        return std::nullopt;
    return static_cast<std::size_t>(&finding - first);
}

const Wording *wordingOf(const Analysis &analysis, const Result &result, const Finding &finding)
{
    const std::optional<std::size_t> index = findingIndex(analysis, finding);
    if (!index)
        return nullptr;
    const auto it = std::lower_bound(result.wordings.begin(), result.wordings.end(), *index,
        [](const auto &wording, std::size_t i) { return wording.first < i; });
    return it != result.wordings.end() && it->first == *index ? &it->second : nullptr;
}

std::string proposalOf(
    const Analysis &analysis, const Result &result, const Decisions &decisions, const Finding &finding)
{
    const Wording *wording = wordingOf(analysis, result, finding);
    return wording && !wording->after.empty() ? wording->after : decisions.proposal(finding);
}

std::string_view messageOf(const Finding &finding, const Decisions &decisions)
{
    const Rule *rule = finding.params.empty() ? nullptr : findRule(finding.rule);
    return rule ? rule->message(finding, decidedValues(finding, decisions)) : finding.message;
}

Summary summarize(const Analysis &analysis, const Result &result)
{
    Summary summary;
    for (std::size_t i = 0; i < analysis.findings.size(); ++i) {
        const FindingState state = result.states[i];
        summary.applied += state == FindingState::Applied;
        summary.rejected += state == FindingState::Rejected;
        summary.notes += state == FindingState::Note;
        summary.open += leftForOperator(analysis.findings[i].kind, state);
    }
    summary.open += static_cast<int>(result.problems.size());
    return summary;
}

} // namespace EdgeShift
