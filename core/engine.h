#pragma once

#include "decisions.h"
#include "finding.h"
#include "manifest.h"

#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace EdgeShift {

// Indices [first, last) into a vector, for range-for. (std::views::iota would do, but clang 14,
// which builds the fuzzer, cannot compile it against libstdc++ 12.)
struct IndexRange {
    struct Iterator {
        std::size_t index;
        std::size_t operator*() const { return index; }
        Iterator &operator++()
        {
            ++index;
            return *this;
        }
        bool operator==(const Iterator &) const = default;
    };
    std::size_t first = 0, last = 0;
    Iterator begin() const { return {first}; }
    Iterator end() const { return {last}; }
    std::size_t size() const { return last - first; }
    bool empty() const { return first == last; }
    std::size_t operator[](std::size_t i) const { return first + i; }
};

// One module of the manifest as read.
struct ModuleState {
    std::string name;
    bool system = false;
    std::string pointer; // JSON pointer of the module object
    const Json *original = nullptr; // the module object inside the manifest (none after applyInPlace())
    ModuleOptions options; // its createOptions, parsed (the value only when Analysis::keepsOptions)
    std::string image;
    // Indices into Analysis::findings: a module's findings are next to each other.
    IndexRange findings;
    bool invalid() const { return options.error.has_value() || options.notAnObject; }
};

// A manifest and everything the rules found in it. Immutable once made; the window and the CLI
// both read it, and apply() turns it and a set of decisions into a result.
struct Analysis {
    std::shared_ptr<const Manifest> manifest;
    std::vector<ModuleState> modules;
    std::vector<Finding> findings; // module by module in document order, rules in catalogue order
    // Module name → container port → explicit host port, kept where another module addresses a
    // module by its port (module-port-reference): what the decisions make of them is applied there.
    std::unordered_map<std::string, std::map<int, int>> portMaps;
    bool readsHostPorts = false; // a finding's change depends on the host ports decided
    // The host ports each module binds (PortBindings, and the ports of a module in the host's
    // network), by modulePort(): a host port typed for another mapping of the module must not be
    // one of them (Kubernetes refuses a Service with one port twice).
    std::unordered_set<std::uint64_t> hostPortsInUse;
    // Whether each ModuleState::options holds its parsed value. A single conversion (the command
    // line, a batch) lets each module's go once its findings are made, and apply() reads it again, one
    // module at a time: the findings reuse that memory rather than adding to it.
    bool keepsOptions = true;
};

// What an analysis is for, and so what it keeps.
enum class AnalysisUse {
    // The window: decisions applied again and again, createOptions shown, the input given back
    // byte for byte when nothing changes. Keeps everything.
    Interactive,
    // One conversion (the command line, a batch): keeps neither the text (Manifest::keepsText) nor
    // each module's parsed createOptions (Analysis::keepsOptions), so that a large manifest needs
    // less memory: apply() reads each module's createOptions again from the document.
    SingleConversion,
};

// Reads and analyses a manifest. On failure returns std::nullopt and fills `error`.
std::optional<Analysis> load(std::string text, LoadError &error, AnalysisUse use = AnalysisUse::Interactive);
inline std::optional<Analysis> load(std::string_view text, LoadError &error, AnalysisUse use = AnalysisUse::Interactive)
{
    return load(std::string(text), error, use);
}
inline std::optional<Analysis> load(const char *text, LoadError &error, AnalysisUse use = AnalysisUse::Interactive)
{
    return load(std::string(text), error, use);
}
Analysis analyse(std::shared_ptr<const Manifest> manifest, bool keepOptions = true);

// Where a finding stands once decisions are applied.
enum class FindingState {
    Applied, // its change is in the result
    Rejected, // a fix or advice the operator rejected (a rejected fix leaves the module not GPU-ready)
    Open, // a manual finding not solved by its proposal, or a proposal that could not be applied
    Note, // info
    Superseded, // a change to the createOptions of a module the operator edited by hand: not made
    Replaced, // a change another accepted finding makes its own way (see replacedBy()): not made
    // Accepted, but the other decisions leave nothing for it to do; or a manual finding they solve
    // (Rule::needed()): not made, nothing left for the operator
    NotNeeded,
};

// Whether a finding in `state` is left for the operator: open, or a fix rejected (the module is
// not GPU-ready without it).
constexpr bool leftForOperator(Kind kind, FindingState state)
{
    return state == FindingState::Open || (state == FindingState::Rejected && kind == Kind::Fix);
}

enum class ModuleStatus {
    Ready, // nothing to change
    Changed, // GPU-ready once the accepted changes are saved
    NeedsOperator, // manual findings open or fixes rejected
};

// The converted manifest. A pure function of the analysis and the decisions: a toggle applies
// the decisions to the original document again.
struct Result {
    Json document;
    Indentation indentation;
    std::vector<std::string> names; // resulting name of each module
    std::vector<std::optional<Json>> options; // resulting createOptions of changed modules
    std::vector<FindingState> states; // one per Analysis::findings
    std::vector<Finding> problems; // found while applying (too long, names taken)
    std::vector<ModuleStatus> status; // one per module
    // How accepted changes were said as made, where the decisions changed that: few findings
    // have one. By finding index, in order.
    std::vector<std::pair<std::size_t, Wording>> wordings;
    bool gpuReady = true;
    bool changed = false; // anything differs from the original document

    // The text of the resulting manifest, indented as the input was.
    std::string text() const;
    // The resulting createOptions of module `index` (an analysis that keeps its options).
    const Json &optionsOf(const Analysis &analysis, std::size_t index) const;
    // The resulting module object of module `index` (renamed, maybe), or nullptr (bare createOptions).
    const Json *moduleOf(const Analysis &analysis, std::size_t index) const;
};

// How many threads apply() may use on the modules of a large manifest (the machine's cores by
// default; 1 keeps it on the calling thread). For tests, which compare the two.
void setMaxThreads(unsigned threads);

// `keepOptions` false leaves Result::options empty (the command line needs only the document).
Result apply(const Analysis &analysis, const Decisions &decisions, bool keepOptions = true);
// As apply(), but edits the analysis' own document instead of a copy, for a single conversion
// (the command line): no second document in memory. Afterwards the analysis keeps its findings
// (and the original text, when it kept it), but no longer its document; it cannot be applied again.
Result applyInPlace(Analysis &analysis, const Decisions &decisions);

// What to save: the input byte for byte when nothing changed, else the input with the result's
// changes made in it (writeEdited(): its comments and layout kept, changed values indented as the
// input). A manifest that did not keep its text is given `original`, the text it was read from
// (its file read again); without one, the result is written whole, indented as the input.
std::string outputText(const Analysis &analysis, const Result &result, std::string_view original = {});
// The same, written to a stream without holding the whole text in memory; `passed` as writeEdited()
// has it.
void writeOutput(const Analysis &analysis, const Result &result, std::ostream &out, std::string_view original = {},
    const std::function<void(std::size_t)> &passed = {});

// The findings whose proposed host port `value`, given to `finding`'s, takes: each (by index) with
// the next host port above `value` free for it instead, that nothing of its module binds or is
// given. A port typed for one
// mapping moves the proposals it takes off it, rather than leave them to clash.
std::vector<std::pair<std::size_t, std::string>> proposalsMovedBy(
    const Analysis &analysis, const Decisions &decisions, const Finding &finding, const std::string &value);

// validateParam() for a value the operator gives `finding`'s parameter `param` in this manifest:
// a new module name must also be free, no other module called so, now or once renamed (as
// Kubernetes names objects, lower-cased).
// With the other parameters as `decisions` has them, the value must go with theirs (a bind mount's
// source is a host path).
ParamError validateParam(const Analysis &analysis, const Result &result, const Decisions &decisions,
    const Finding &finding, const Param &param, const std::string &value);

// The message id of `finding` under `decisions` (a sentence may depend on the values decided).
std::string_view messageOf(const Finding &finding, const Decisions &decisions);
// The index of `finding` in analysis.findings, or nothing for one that is not there (a problem
// found while applying).
std::optional<std::size_t> findingIndex(const Analysis &analysis, const Finding &finding);
// How `finding`'s change was said as made, where the decisions changed that (Rule::needed()), or nullptr.
const Wording *wordingOf(const Analysis &analysis, const Result &result, const Finding &finding);
// The change `finding` proposes, as the decisions make it (compact JSON): as made, where its
// wording says, else Decisions::proposal().
std::string proposalOf(
    const Analysis &analysis, const Result &result, const Decisions &decisions, const Finding &finding);
// The accepted finding whose change replaces `finding`'s (FindingState::Replaced), or nullptr.
const Finding *replacedBy(const Analysis &analysis, const Decisions &decisions, const Finding &finding);

// Counts for a status line.
struct Summary {
    int applied = 0; // changes in the result
    int rejected = 0; // fixes and advice rejected
    int open = 0; // items left for the operator: open manual findings, rejected fixes, problems
    int notes = 0;
};
Summary summarize(const Analysis &analysis, const Result &result);

} // namespace EdgeShift
