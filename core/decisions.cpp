#include "decisions.h"

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

// Replaces, in `value`, every string (or number) that reads `from` by `to` (a number stays one when
// `to` is one).
void replaceLeaves(Json &value, std::string_view from, const std::string &to)
{
    if (value.is_structured()) {
        for (Json &child : value)
            replaceLeaves(child, from, to);
    } else if (value.is_string() && value.get_ref<const std::string &>() == from) {
        value = to;
    } else if (value.is_number_integer() && json::compact(value) == from) {
        const Json number = Json::parse(to, nullptr, false);
        value = number.is_number_integer() ? number : Json(to);
    }
}

} // namespace

std::string Decisions::proposal(const Finding &finding) const
{
    if (finding.after.empty() || finding.params.empty())
        return finding.after.str();
    std::optional<Json> after;
    for (const Param &p : finding.params) {
        const std::string value = param(finding, p);
        if (p.defaultValue.empty() || p.defaultValue == value)
            continue;
        if (!after)
            after = Json::parse(finding.after.view());
        replaceLeaves(*after, p.defaultValue, value);
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
