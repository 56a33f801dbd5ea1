#pragma once

#include "finding.h"
#include "json.h"

#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace EdgeShift {

// The article section a rule comes from.
enum class Section { Storage, Network, ComputeAcceleration, MemoryAndCpu, WebProxy, OtherDifferences };

const char *sectionId(Section section); // "storage", "network", …

// An editable parameter of a rule's proposals: its name ("count"), the kind of value it holds, and
// where the value stands in a finding's proposal (Finding::after): a JSON pointer, empty when the
// proposal is the value itself.
struct ParamSpec {
    std::string_view name;
    ParamType type;
    std::string_view at = {};
};

// What a rule is, independent of any document.
struct RuleInfo {
    const char *id;
    Kind kind;
    Section section;
    std::span<const ParamSpec> params = {}; // what its findings' proposals let the operator change
    // A rule whose finding on the same place (Finding::path) an accepted finding of this one
    // replaces: that change is not made (its state is FindingState::Replaced).
    const char *replaces = nullptr;
    bool readsHostPorts = false; // needed() and apply() read the host ports as decided
    // The rule is asked again about a module's createOptions as the changes leave them: what it
    // finds there and did not find in the original (two mounts the changes make volumes of one
    // name) is a problem the decisions bring about (Result::problems; Rule::madeMessage()).
    bool checksResult = false;
};

// A finding's parameter `spec`, proposed as `value`; its message shows the value as argument `arg`
// (0 for %1), when it does.
inline Param param(const ParamSpec &spec, std::string value, std::int8_t arg = -1)
{
    return {spec.name, spec.type, arg, std::move(value)};
}

// Module name → container port → host port.
using PortMaps = std::unordered_map<std::string, std::map<int, int>>;

// The host port each module's container port is reached on: `changed`'s where it has the port,
// else `written`'s (0 where neither maps it).
struct HostPorts {
    const PortMaps *written = nullptr;
    const PortMaps *changed = nullptr;
    int of(const std::string &module, int port) const;
};

// Facts about the whole manifest that some rules need while they look at one module.
struct ManifestFacts {
    PortMaps portMaps; // the explicit host ports of every module that maps ports
    // The host ports the default decisions give mappings without one (expose-hostport: a fix, where
    // the port's own number is taken or reserved): reserved-ports' proposals are manual.
    PortMaps proposedPorts;
    // The host ports reserved-ports proposes for explicit HostPorts 35000 and 35001: taken only
    // when the operator accepts them, which module-port-reference must then follow.
    PortMaps reservedProposals;
    // The exposed ports expose-hostport binds to their own number: the operator may give another.
    PortMaps ownNumberPorts;
    std::unordered_set<int> usedHostPorts; // bound, exposed (their own numbers) or proposed: no proposal takes them
    // Bound, by module (modulePort()): PortBindings, and the ports of modules on the host network.
    // Each module's ports are a Service of its own, with an address of its own: a host port is
    // one per module, not one per device.
    std::unordered_set<std::uint64_t> boundHostPorts;
    // The host port proposed for each mapping whose host port the IoT Edge proxy reserves (an
    // explicit HostPort 35000 or 35001, or an exposed 35000 without one), unique in the manifest.
    std::unordered_map<std::string, int> replacementPorts; // keyed by replacementKey()
    static std::string replacementKey(const std::string &module, const std::string &portKey)
    {
        return module + '\n' + portKey;
    }
    // The host port proposed for port `portKey` of `module` (for a mapping the facts did not see,
    // such as one typed by hand, the first free one).
    int replacementPort(const std::string &module, const std::string &portKey) const;
    // The first host port from `from` on that nothing uses.
    int firstFreeHostPort(int from) const;
    std::unordered_set<std::string> moduleNames;
    // module name → the safe name proposed for it, unique in the manifest (module-name)
    std::unordered_map<std::string, std::string> renames;
    bool bare = false; // a bare createOptions document: there is no module name to change
};

// Module index `module`'s host port `port` as one number (a port is below 2^17).
constexpr std::uint64_t modulePort(std::size_t module, int port)
{
    return (static_cast<std::uint64_t>(module) << 17) | static_cast<std::uint32_t>(port);
}

// What several rules read of a module's createOptions (options::environment(), portMappings(),
// mounts() below make them).
namespace options {

// createOptions Env entries and the module's env section, as name → value.
struct EnvEntry {
    std::string name;
    std::string value;
    bool inOptions = false; // createOptions Env, else the env section
    std::size_t index = 0; // index in Env when inOptions
};

// One container port the module binds or exposes.
struct PortMapping {
    std::string key; // as written: "80/tcp", "80"
    int hostPort = 0; // the host port of its first binding that has a valid one; 0 when none
    // The host ports of its bindings that have a valid one, in order: IoT Edge on Kubernetes makes
    // a Service port of every one.
    std::vector<int> hostPorts;
};

// The mounts of a module, from Binds and Mounts alike.
struct MountRef {
    std::string source, target, type; // type "bind" or "volume" ("bind" for every Binds entry)
    bool fromBinds = false;
    std::size_t index = 0;
    bool readOnly = false; // a Binds entry's "ro", a mount's ReadOnly

    // The JSON pointer of its entry in createOptions ("/HostConfig/Binds/0").
    std::string path() const;
    // Its source on the GPU device, which names its Kubernetes volume: a Binds entry's (or a bind
    // mount's of a whole Edge share) as binds-to-mounts makes it, its path written plainly
    // (cleanPath()).
    std::string gpuSource() const;
};

} // namespace options

// What a rule sees of one module.
struct ModuleContext {
    ModuleContext(
        const std::string &name, bool system, const Json &module, const Json &options, const ManifestFacts &facts)
        : name(name)
        , system(system)
        , module(module)
        , options(options)
        , facts(facts)
    {
    }

    const std::string &name;
    bool system;
    const Json &module; // the module object (settings, env, …)
    const Json &options; // its createOptions, parsed (an empty object when there are none)
    const ManifestFacts &facts;

    // What most rules read, read once, when first asked: as options::environment(options, module),
    // options::portMappings(options) and options::mounts(options). (A context is one module's, on
    // one thread.)
    const std::vector<options::EnvEntry> &environment() const;
    const std::vector<options::PortMapping> &portMappings() const;
    const std::vector<options::MountRef> &mounts() const;

private:
    mutable std::optional<std::vector<options::EnvEntry>> m_environment;
    mutable std::optional<std::vector<options::PortMapping>> m_portMappings;
    mutable std::optional<std::vector<options::MountRef>> m_mounts;
};

// Collects the findings of one rule on one module.
class FindingSink {
public:
    FindingSink(std::vector<Finding> &out, const RuleInfo &rule, const ModuleContext *module)
        : m_out(out)
        , m_rule(rule)
        , m_module(module)
    {
    }
    // (It keeps the rule's info: Rule::info()'s temporary would not live long enough.)
    FindingSink(std::vector<Finding> &, RuleInfo &&, const ModuleContext *) = delete;
    // A finding of the rule's own kind about `subject`, with message id `message`.
    // `message` is static text; empty means the rule id.
    Finding &add(std::string subject, std::string path, std::string_view message = {});
    Finding &add(Kind kind, std::string subject, std::string path, std::string_view message = {});

private:
    std::vector<Finding> &m_out;
    const RuleInfo &m_rule;
    const ModuleContext *m_module;
};

// A module being changed while decisions are applied.
class ModuleEdit {
public:
    ModuleEdit(Json &options, Json &module)
        : options(options)
        , module(module)
        , m_module(module)
    {
    }
    Json &options; // its createOptions, being changed
    const Json &module; // the module object (settings, env, …)
    HostPorts hostPorts; // the modules' host ports, as the decisions make them
    bool optionsChanged = false;
    bool moduleChanged = false;

    // The module object, to change. The first call keeps a copy of it for restoreModule():
    // most conversions change only createOptions, and copy nothing.
    Json &changeModule()
    {
        if (!m_before)
            m_before = m_module;
        return m_module;
    }
    // The module object as it was before this conversion changed it.
    const Json &moduleBefore() const { return m_before ? *m_before : m_module; }
    // Puts the module object back as it was before changeModule().
    void restoreModule()
    {
        if (m_before)
            m_module = std::move(*m_before);
        m_before.reset();
        moduleChanged = false;
    }

private:
    Json &m_module;
    std::optional<Json> m_before;
};

// The values of a finding's parameters, by name (a finding has at most a few).
class ParamValues {
public:
    void set(std::string_view name, std::string value) { m_values.emplace_back(name, std::move(value)); }
    // The value of `name`; throws std::out_of_range when the finding has no such parameter.
    const std::string &at(std::string_view name) const
    {
        for (const auto &[key, value] : m_values) {
            if (key == name)
                return value;
        }
        throw std::out_of_range("no parameter " + std::string(name));
    }

private:
    std::vector<std::pair<std::string_view, std::string>> m_values; // names are the finding's Param names
};

// One rule of RULES.md. Rules are stateless: analyse() looks at the original module, apply()
// makes one accepted finding's change on the module being edited, locating its subject by
// content (earlier changes may have moved it).
class Rule {
public:
    virtual ~Rule() = default;
    virtual RuleInfo info() const = 0;
    virtual void analyse(const ModuleContext &module, FindingSink &sink) const = 0;
    virtual void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &params) const;
    // Whether the accepted `finding` still has something to do in `options`, the module's
    // createOptions as its earlier changes leave them, with the host ports as decided:
    // recreate-strategy is not needed once a rejected expose-hostport leaves the module no host
    // port. A change not needed is not made (FindingState::NotNeeded). `wording` is how the change
    // is said, where the decisions change that. Asked of a manual finding not accepted too: whether
    // the problem is still there (a share's sub-folder bound no more is solved).
    virtual bool needed(
        const Json &options, const HostPorts &hostPorts, const Finding &finding, Wording &wording) const;
    // Whether the value of parameter `name` goes with the others' in `params` (each valid alone).
    virtual ParamError check(const Finding &finding, const ParamValues &params, std::string_view name) const;
    // The message id of `finding` with its parameters `params`: its own, unless the values
    // decided call for another sentence.
    virtual std::string_view message(const Finding &finding, const ParamValues &params) const;
    // The message of `found`, found in createOptions as the changes leave them but not in the
    // original (RuleInfo::checksResult): how the decisions brought it about.
    virtual std::string_view madeMessage(const Finding &found) const;
    // Notes about the whole manifest (backoff-note); most rules have none.
    virtual void analyseManifest(const ManifestFacts &facts, FindingSink &sink) const;
};

// Helpers the rules share, over Docker's createOptions.
namespace options {

const Json *hostConfig(const Json &options);
Json &hostConfig(Json &options);
// The k8s-experimental section (matched case-insensitively), or nullptr.
const Json *k8s(const Json &options);
Json &k8s(Json &options);
// Whether IoT Edge on Kubernetes knows this k8s-experimental key (in any case).
bool isKnownK8sKey(std::string_view key);
// For a key it does not know, the known one it most resembles (a typo: "resource"), or empty.
std::string_view nearestK8sKey(std::string_view key);
// k8s-experimental.<section>.<key> where each level is matched case-insensitively. A section not
// written stands in for a misspelt one that means it ("resource" for "resources"): the rules see what
// the module asks for, and unknown-k8s-option proposes the correction.
const Json *k8sPath(const Json &options, std::initializer_list<std::string_view> path);
Json *k8sPath(Json &options, std::initializer_list<std::string_view> path);
// The same object, created where missing (new keys take the spelling given here).
Json &k8sChild(Json &options, std::initializer_list<std::string_view> path);

// A bind "SRC:DST[:OPTS]".
struct Bind {
    std::string source, target, mode;
    bool valid = false;
};
Bind parseBind(const std::string &text);

// createOptions Env entries and the module's env section (EnvEntry), in that order.
std::vector<EnvEntry> environment(const Json &options, const Json &module);

// Where a variable is: createOptions Env, the module's env section, or both.
enum class EnvPlace { Options, Section, Both };
// The place a finding's path names: "/Env/…" is createOptions Env, "#/env/…" the env section.
EnvPlace placeOf(const std::string &path);
// Removes a variable named `name` from the given place.
bool removeVariable(ModuleEdit &edit, const std::string &name, EnvPlace place = EnvPlace::Both);
// Sets a variable in the env section (creating it), or in createOptions Env when `inOptions`.
void setVariable(ModuleEdit &edit, const std::string &name, const std::string &value, bool inOptions);
// A variable as it is written there (compact JSON), for a finding's before or after:
// "NAME=value" in createOptions Env, {"NAME":{"value":"value"}} in the env section.
std::string variableText(const std::string &name, const std::string &value, bool inOptions);

// Ports "80/tcp" → number and protocol ("tcp" when absent).
struct Port {
    int number = 0;
    std::string protocol;
};
Port parsePort(const std::string &key);

// The valid host port (1…65535, as a number or a string) of one PortBindings entry, or 0.
int hostPortOf(const Json &binding);
// The module's port bindings, then the exposed ports that have none.
std::vector<PortMapping> portMappings(const Json &options);

// How a bind's host path becomes a mount on the GPU device (RULES.md, binds-to-mounts).
struct MountPlan {
    std::string type; // "bind" or "volume"
    std::string source; // the share name for Edge shares, else the source as written
    std::string share; // the Edge share when the source is one or lies inside one
    std::string subfolder; // the path inside the share, when there is one
};
MountPlan planMount(const std::string &source);

// Whether `source` can be a volume mount's: a name (no '/') that Kubernetes makes a volume name of.
ParamError checkVolumeSource(const std::string &source);

// A HostConfig.Mounts entry as the article writes it.
Json mount(const std::string &target, const std::string &source, const std::string &type, bool readOnly);
bool isReadOnly(const std::string &mode);

std::vector<MountRef> mounts(const Json &options);
// The entry `mount` stands for in `options`, as written (a Binds string, a Mounts object).
const Json &entryOf(const Json &options, const MountRef &mount);

// The HostConfig.Mounts entry with this source and target, or nullptr.
Json *findMount(Json &hostConfig, const std::string &source, const std::string &target);
// The HostConfig.Binds entry (a string) with this source and target, or nullptr.
Json *findBind(Json &hostConfig, const std::string &source, const std::string &target);
// Removes `entry` from the list `key` of HostConfig (Binds, Mounts), and the list when it empties.
void eraseEntry(Json &hostConfig, std::string_view key, const Json *entry);
// Removes the Binds entry `bind` (Binds goes when it empties) and appends `mount` to Mounts, unless
// Mounts has that mount already (two files bound from one folder become one mount of it).
void replaceBind(Json &hostConfig, const Json *bind, Json mount);
// Makes the HostConfig.Mounts entry `mount` one of `type` ("bind", "volume"), in the spelling of
// its Type key; the options of the other type go (Docker refuses BindOptions on a volume).
void setMountType(Json &mount, const std::string &type);
// Whether two HostConfig.Mounts entries mount the same source, of the same type, at the same target.
bool sameMount(const Json &a, const Json &b);
// Makes `kept` the one mount of itself and `other`, the same mount (read-only only if both are).
void mergeMount(Json &kept, const Json &other);

// Whether `m` binds a folder inside an Edge share, which share-subfolder may mount as the whole
// share (a file there is bind-file's: a volume would stand where the file was).
bool bindsShareSubfolder(const MountRef &m);
// Whether `m` is a HostConfig.Mounts entry of type bind of a whole Edge share, which
// binds-to-mounts makes a volume of the share (the GPU device has no /home/hcsshares).
bool bindMountsWholeShare(const MountRef &m);

// An absolute path written plainly: no "//", "." or ".." parts, no trailing '/' ("/etc//x/../hosts/"
// is "/etc/hosts"). Any other path (a placeholder's, a name) only loses its trailing '/'.
std::string cleanPath(std::string_view path);

// Whether a host path names a file, a socket or a device, not a directory (which a trailing '/'
// says).
bool isFilePath(const std::string &path);

// Whether a path names a device node in /dev (/dev/ttyUSB0, /dev/video0, /dev/bus/usb/001/002), not
// one of its folders (/dev/bus/usb, /dev/serial/by-id, /dev/shm and what is in it).
bool isDeviceNode(std::string_view path);

// Whether a HostConfig.DeviceRequests entry asks for a GPU: the "gpu" capability (docker run
// --gpus), or NVIDIA's driver.
bool isGpuRequest(const Json &request);

// Whether a HostConfig.Devices entry binds the FPGA (/dev/catapult*).
bool isCatapultDevice(const Json &device);

// Whether the module runs in the host's network (HostConfig.NetworkMode "host", in any case).
bool usesHostNetwork(const Json &options);

// Whether the module runs privileged (HostConfig.Privileged true), which Kubernetes keeps.
bool isPrivileged(const Json &options);

// Whether the module asks for the FPGA: microsoft.com/fpga_catapult resources or its devices
// (what fpga-to-gpu turns into a GPU request).
bool requestsFpga(const Json &options);

// Whether the module asks for an accelerator, in any form.
bool usesAccelerator(const Json &options);
// Whether it asks Kubernetes for one (k8s-experimental resources): Docker's ways mean nothing there.
bool requestsAccelerator(const Json &options);

// Whether an environment variable name is `lowerName`, ignoring case (https_proxy, HTTPS_PROXY).
bool sameNameNoCase(const std::string &name, std::string_view lowerName);

// Drops an empty member (an Env that lost its last entry, an empty Binds).
void dropIfEmpty(Json &object, std::string_view key);

} // namespace options

} // namespace EdgeShift
