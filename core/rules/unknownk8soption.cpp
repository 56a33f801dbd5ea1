#include "rules.h"

#include <algorithm>
#include <array>

namespace EdgeShift::rules {

namespace {

constexpr std::array kKnown = {"nodeSelector", "resources", "volumes", "securityContext", "serviceOptions", "strategy"};

std::size_t distance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// unknown-k8s-option: a k8s-experimental key IoT Edge ignores with only a warning (a typo, mostly).
class UnknownK8sOption final : public Rule {
public:
    RuleInfo info() const override { return {"unknown-k8s-option", Kind::Manual, Section::OtherDifferences}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *section = options::k8s(module.options);
        if (!section)
            return;
        for (const auto &[key, value] : section->items()) {
            (void)value;
            const std::string name = json::lower(key);
            if (std::any_of(kKnown.begin(), kKnown.end(), [&](const char *k) { return json::lower(k) == name; }))
                continue;
            const char *nearest = nullptr;
            std::size_t best = std::max<std::size_t>(2, name.size() / 3) + 1;
            for (const char *known : kKnown) {
                const std::size_t d = distance(name, json::lower(known));
                if (d < best) {
                    best = d;
                    nearest = known;
                }
            }
            // A proposal must not clash with a key the section already has.
            if (nearest && json::findNoCase(*section, nearest))
                nearest = nullptr;
            Finding &f = sink.add(key, "/k8s-experimental/" + key);
            f.args = {key, nearest ? nearest : ""};
            f.hasProposal = nearest != nullptr;
            if (nearest) {
                f.after = json::compact(Json(nearest));
                f.message = "unknown-k8s-option.typo";
            }
        }
    }

    void apply(ModuleEdit &edit, const Finding &finding, const ParamValues &) const override
    {
        if (finding.after.empty())
            return;
        const std::string to = Json::parse(finding.after.view()).get<std::string>();
        Json &k8s = options::k8s(edit.options);
        Json *typo = json::find(k8s, finding.subject);
        Json *existing = json::findNoCase(k8s, to);
        if (typo && existing && typo->is_object() && existing->is_object()) {
            // The section is there already (written as well, or added by another change, such as
            // resource-limits): what was written under the misspelt name goes into it, and wins.
            mergeInto(*existing, std::move(*typo));
            json::erase(k8s, finding.subject);
        } else {
            json::renameKey(k8s, finding.subject, to);
        }
        edit.optionsChanged = true;
    }

private:
    static void mergeInto(Json &target, Json source)
    {
        for (auto &[key, value] : source.items()) {
            Json *into = json::findNoCase(target, key);
            if (into && into->is_object() && value.is_object())
                mergeInto(*into, std::move(value));
            else if (into)
                *into = std::move(value);
            else
                json::append(target, key, std::move(value));
        }
    }
};

} // namespace

std::unique_ptr<Rule> unknownK8sOption()
{
    return std::make_unique<UnknownK8sOption>();
}

} // namespace EdgeShift::rules
