#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace EdgeShift {

// What kind of change a finding proposes (RULES.md, "kind").
enum class Kind : unsigned char {
    Fix, // a change the tool makes on its own: accepted by default
    Advice, // a change often wanted, not always: rejected by default
    Manual, // a problem the tool cannot solve safely; may carry a proposal, rejected by default
    Info, // a note; changes nothing
};

const char *kindId(Kind kind); // "fix", "advice", "manual", "info"

// The kind of value an editable parameter holds; each is validated as the operator types.
enum class ParamType : unsigned char {
    Count, // a positive integer (GPU count)
    Port, // 1..65535
    MountType, // "bind" or "volume"
    Text, // free text that must not be empty (a mount source)
    Image, // a container image reference
    ModuleName, // a Kubernetes-safe module name
    Memory, // a Kubernetes memory quantity (128Mi)
    Cpu, // a Kubernetes CPU quantity (500m)
};

struct Param {
    std::string_view name; // static text: "count", "type", "source", "name", "memory", "cpu", "hostPort", "image"
    ParamType type = ParamType::Text;
    std::int8_t arg = -1; // the message argument (0 for %1) that shows the value, or -1
    std::string defaultValue; // the proposal as the tool made it
};

// Why a parameter value is refused.
enum class ParamError {
    None,
    Empty,
    NotANumber,
    OutOfRange,
    NotAMountType,
    BadName, // not a Kubernetes name
    BadQuantity, // not a Kubernetes quantity
    BadImage,
};

ParamError validateParam(ParamType type, const std::string &value);
inline constexpr int kMaxCount = 64; // the most GPUs a Count parameter asks for

// One place that must change (or that the operator must look at), found by one rule.
struct Finding {
    std::string_view rule; // rule id, as in RULES.md (static text)
    std::string module; // module name; empty for notes about the whole manifest
    std::size_t moduleIndex = static_cast<std::size_t>(-1);
    Kind kind = Kind::Fix;
    bool hasProposal = true; // manual findings may have none; info findings never do
    int occurrence = 1; // its number among findings of one rule on one subject of one module (for key())
    std::string subject; // what the finding is about (a bind, a variable, an option key…)
    std::string path; // JSON pointer of what it touches, inside createOptions ("/HostConfig/Binds/0")
                      // or inside the module ("#/env/NAME") when it starts with '#'
    std::string before; // compact JSON of the value before (may be empty)
    std::string after; // compact JSON of the proposed value (empty when nothing is proposed)
    std::string_view message; // message id: the rule id, or "<rule>.<variant>" (static text)
    std::vector<std::string> args; // message arguments, in order (%1, %2, …)
    std::vector<Param> params; // editable parameters of the proposal

    // Stable identity within the document, for decisions: "rule|module|subject", and "#n" for the
    // n-th finding on the same subject. Made when asked: a manifest has hundreds of thousands.
    std::string key() const;
};

} // namespace EdgeShift
