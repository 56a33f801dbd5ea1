#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace EdgeShift {

// An immutable text a finding holds: one pointer (8 bytes where std::string takes 32), to its
// length and characters on the heap (none when empty). A large manifest has millions of findings,
// each with half a dozen texts: this keeps them within the memory goal. Reads as a string_view.
class FindingText {
public:
    FindingText() noexcept = default;
    FindingText(std::string_view text);
    FindingText(const std::string &text)
        : FindingText(std::string_view(text))
    {
    }
    FindingText(const char *text)
        : FindingText(std::string_view(text))
    {
    }
    FindingText(const FindingText &other)
        : FindingText(other.view())
    {
    }
    FindingText(FindingText &&other) noexcept = default;
    FindingText &operator=(const FindingText &other) { return *this = FindingText(other); }
    FindingText &operator=(FindingText &&other) noexcept = default;

    std::string_view view() const noexcept;
    operator std::string_view() const noexcept { return view(); }
    std::string str() const { return std::string(view()); }
    bool empty() const noexcept { return !m_data; }
    std::size_t size() const noexcept { return view().size(); }

    friend bool operator==(const FindingText &a, std::string_view b) noexcept { return a.view() == b; }

private:
    std::unique_ptr<char[]> m_data; // a std::uint32_t length, then the characters
};

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
    FindingText defaultValue; // the proposal as the tool made it
};

// Why a parameter value is refused.
enum class ParamError {
    None,
    Empty,
    NotANumber,
    OutOfRange,
    NotAMountType,
    BadName, // not a Kubernetes name
    BadQuantity, // not a Kubernetes quantity of its kind (memory in bytes, CPU in cores or millicores)
    TooLittleMemory, // less than a mebibyte: a number of bytes written without its unit
    ReservedPort, // a host port the IoT Edge proxy uses on Kubernetes
    NameTaken, // a module name another module has, or will have, on Kubernetes
    NotAHostPath, // the source of a bind mount that is not a path on the node
    BelowRequest, // a limit lower than the module's request of that resource
    BadImage,
    FpgaImage, // an image that still names the FPGA (fpga-image would fire on it again)
    NotAVolumeName, // the source of a volume mount that is a path, not a volume's name
    NoVolumeName, // a volume source that leaves Kubernetes no volume name ("123": no letter to start it)
    PortTaken, // a host port another mapping binds, or is given
};

ParamError validateParam(ParamType type, const std::string &value);
inline constexpr int kMaxCount = 64; // the most GPUs a Count parameter asks for

// A message argument that lists several items (ports, rule ids, paths) holds them apart by
// kListSeparator; the text a person reads puts the language's own separator there (", " in
// English, "、" in Chinese and Japanese).
inline constexpr char kListSeparator = '\x1f';
// Adds `item` at the end of the list `list` holds.
void appendListItem(std::string &list, std::string_view item);

// One place that must change (or that the operator must look at), found by one rule.
struct Finding {
    std::string_view rule; // rule id, as in RULES.md (static text)
    std::string_view message; // message id: the rule id, or "<rule>.<variant>" (static text)
    FindingText module; // module name; empty for notes about the whole manifest
    FindingText subject; // what the finding is about (a bind, a variable, an option key…)
    FindingText path; // JSON pointer of what it touches, inside createOptions ("/HostConfig/Binds/0")
                      // or inside the module ("#/env/NAME") when it starts with '#'
    FindingText before; // compact JSON of the value before (may be empty)
    FindingText after; // compact JSON of the proposed value (empty when nothing is proposed, or the
                       // proposal removes the value: see hasProposal)
    std::vector<FindingText> args; // message arguments, in order (%1, %2, …)
    std::vector<Param> params; // editable parameters of the proposal
    std::size_t moduleIndex = static_cast<std::size_t>(-1);
    int occurrence = 1; // its number among findings of one rule on one subject of one module (for key())
    Kind kind = Kind::Fix;
    bool hasProposal = true; // manual findings may have none; info findings never do

    // Stable identity within the document, for decisions: "rule|module|subject", and "#n" for the
    // n-th finding on the same subject. Made when asked: a manifest has hundreds of thousands.
    std::string key() const;
};

// How an accepted finding's change is said as the decisions made it, where they change what it
// says (recreate-strategy's reason, module-port-reference's host port). What is empty stays the
// finding's own.
struct Wording {
    std::string_view message; // message id (static text)
    std::vector<std::string> args;
    std::string after; // compact JSON of the change made
};

} // namespace EdgeShift
