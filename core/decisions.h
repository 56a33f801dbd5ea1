#pragma once

#include "finding.h"
#include "json.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace EdgeShift {

// The operator's decisions: accept or reject a finding or a whole rule, parameter values, and
// hand edits of a module's resulting createOptions. Anything not decided takes RULES.md's default.
class Decisions {
public:
    // Accepts or rejects `rule` for every module; earlier decisions on its findings are dropped.
    void setRule(const std::string &rule, bool accepted);
    std::optional<bool> rule(std::string_view rule) const;

    void setFinding(const std::string &key, bool accepted);
    std::optional<bool> finding(const std::string &key) const;

    // A parameter for one finding, or for every finding of a rule (and, optionally, one module).
    void setParam(const std::string &findingKey, const std::string &name, const std::string &value);
    void setRuleParam(
        const std::string &rule, const std::string &module, const std::string &name, const std::string &value);
    // Makes a finding's own parameter what it is in `other` (its value there, or none).
    void restoreParam(const Decisions &other, const std::string &findingKey, const std::string &name);

    // A hand edit replaces the module's resulting createOptions.
    void setHandEdit(const std::string &module, Json options);
    void clearHandEdit(const std::string &module);
    const Json *handEdit(const std::string &module) const;
    bool hasHandEdits() const { return !m_handEdits.empty(); }

    // Whether `finding` is accepted. Info findings and manual findings without a proposal never are.
    bool accepted(const Finding &finding) const;
    static bool defaultAccepted(const Finding &finding);
    // The value of `param` for `finding`: its own, else its rule's, else the proposal's.
    std::string param(const Finding &finding, const Param &param) const;
    // The finding's proposal (compact JSON, as Finding::after) with the values decided for its
    // parameters in it where it holds their defaults: what the change writes.
    std::string proposal(const Finding &finding) const;

    bool operator==(const Decisions &) const = default;

private:
    std::map<std::string, bool, std::less<>> m_rules;
    std::map<std::string, bool> m_findings;
    std::map<std::string, std::map<std::string, std::string, std::less<>>> m_params; // finding key → name → value
    std::map<std::string, std::string> m_ruleParams; // "rule|module|name" → value
    std::map<std::string, Json> m_handEdits;
};

} // namespace EdgeShift
