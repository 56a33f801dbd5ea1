#include "decisions.h"

#include "catalogue.h"
#include "json.h"

#include <optional>

namespace EdgeShift {

void Decisions::setRule(const std::string &rule, bool accepted)
{
    m_rules[rule] = accepted;
    const std::string prefix = rule + '|';
    for (auto it = m_findings.lower_bound(prefix); it != m_findings.end() && it->first.rfind(prefix, 0) == 0;)
        it = m_findings.erase(it);
}

std::optional<bool> Decisions::rule(std::string_view rule) const
{
    const auto it = m_rules.find(rule);
    return it == m_rules.end() ? std::nullopt : std::optional<bool>(it->second);
}

void Decisions::setFinding(const std::string &key, bool accepted)
{
    m_findings[key] = accepted;
}

std::optional<bool> Decisions::finding(const std::string &key) const
{
    const auto it = m_findings.find(key);
    return it == m_findings.end() ? std::nullopt : std::optional<bool>(it->second);
}

void Decisions::setParam(const std::string &findingKey, const std::string &name, const std::string &value)
{
    m_params[findingKey][name] = value;
}

void Decisions::restoreParam(const Decisions &other, const std::string &findingKey, const std::string &name)
{
    if (const auto own = other.m_params.find(findingKey); own != other.m_params.end()) {
        if (const auto value = own->second.find(name); value != own->second.end()) {
            m_params[findingKey][name] = value->second;
            return;
        }
    }
    if (const auto own = m_params.find(findingKey); own != m_params.end()) {
        own->second.erase(name);
        if (own->second.empty())
            m_params.erase(own);
    }
}

void Decisions::setRuleParam(
    const std::string &rule, const std::string &module, const std::string &name, const std::string &value)
{
    m_ruleParams[rule + '|' + module + '|' + name] = value;
}

void Decisions::setHandEdit(const std::string &module, Json options)
{
    m_handEdits[module] = std::move(options);
}

void Decisions::clearHandEdit(const std::string &module)
{
    m_handEdits.erase(module);
}

const Json *Decisions::handEdit(const std::string &module) const
{
    const auto it = m_handEdits.find(module);
    return it == m_handEdits.end() ? nullptr : &it->second;
}

bool Decisions::defaultAccepted(const Finding &finding)
{
    return finding.kind == Kind::Fix;
}

bool Decisions::accepted(const Finding &finding) const
{
    if (finding.kind == Kind::Info || !finding.hasProposal)
        return false;
    if (!m_findings.empty()) {
        if (const auto decided = this->finding(finding.key()))
            return *decided;
    }
    if (const auto decided = rule(finding.rule))
        return *decided;
    return defaultAccepted(finding);
}

namespace {

// Where parameter `name` of `rule` stands in its findings' proposals (ParamSpec::at).
std::string_view placeOf(std::string_view rule, std::string_view name)
{
    if (const Rule *r = findRule(rule)) {
        for (const ParamSpec &spec : r->info().params) {
            if (spec.name == name)
                return spec.at;
        }
    }
    return {};
}

// Writes `to` in the place of `leaf`, a number where the leaf is one and `to` reads as one.
void replaceLeaf(Json &leaf, const std::string &to)
{
    const Json number = leaf.is_number_integer() ? Json::parse(to, nullptr, false) : Json();
    leaf = number.is_number_integer() ? number : Json(to);
}

} // namespace

std::string Decisions::proposal(const Finding &finding) const
{
    if (finding.params.empty())
        return finding.after.str();
    // A proposal that only the operator's value makes (fpga-image's image): that value, once given.
    if (finding.after.empty()) {
        const Param &only = finding.params.front();
        const std::string value = finding.params.size() == 1 && placeOf(finding.rule, only.name).empty()
            ? param(finding, only)
            : std::string();
        return value.empty() ? std::string() : json::compact(Json(value));
    }
    std::optional<Json> after;
    for (const Param &p : finding.params) {
        const std::string value = param(finding, p);
        if (p.defaultValue.empty() || p.defaultValue == value)
            continue;
        if (!after)
            after = Json::parse(finding.after.view());
        const std::string_view at = placeOf(finding.rule, p.name);
        Json *leaf = &*after;
        if (!at.empty()) {
            const nlohmann::json_pointer<std::string> pointer {std::string(at)};
            leaf = after->contains(pointer) ? &(*after)[pointer] : nullptr;
        }
        if (leaf && !leaf->is_structured())
            replaceLeaf(*leaf, value);
    }
    return after ? json::compact(*after) : finding.after.str();
}

std::string Decisions::param(const Finding &finding, const Param &param) const
{
    if (const auto own = m_params.empty() ? m_params.end() : m_params.find(finding.key()); own != m_params.end()) {
        if (const auto value = own->second.find(param.name); value != own->second.end())
            return value->second;
    }
    if (m_ruleParams.empty())
        return param.defaultValue.str();
    for (const std::string_view module : {finding.module.view(), std::string_view()}) {
        const auto value = m_ruleParams.find(
            std::string(finding.rule).append(1, '|').append(module).append(1, '|').append(param.name));
        if (value != m_ruleParams.end())
            return value->second;
    }
    return param.defaultValue.str();
}

} // namespace EdgeShift
