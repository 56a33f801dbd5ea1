#include "rules.h"

namespace EdgeShift::rules {

namespace {

// unknown-k8s-option: a k8s-experimental key IoT Edge ignores with only a warning (a typo, mostly).
class UnknownK8sOption final : public Rule {
public:
    RuleInfo info() const override { return {"unknown-k8s-option", Kind::Manual, Section::OtherDifferences}; }

    void analyse(const ModuleContext &module, FindingSink &sink) const override
    {
        const Json *section = options::k8s(module.options);
        if (!section)
            return;
        for (const auto &[key, value] : section->get_ref<const Json::object_t &>()) {
            if (options::isKnownK8sKey(key))
                continue;
            const std::string_view nearest = options::nearestK8sKey(key);
            // A proposal must not clash with a key the section already has.
            // Nor be made of a value that is not what the key holds (a list for volumes, else an object).
            const bool clashes = !nearest.empty()
                && (json::findNoCase(*section, nearest) || value.is_array() != (nearest == "volumes")
                    || (!value.is_array() && !value.is_object()));
            Finding &f = sink.add(key, json::pointer("/k8s-experimental", key));
            f.before = json::compact(Json(key)); // the key, which the proposal renames
            f.args = {key, clashes ? std::string_view() : nearest};
            f.hasProposal = !nearest.empty() && !clashes;
            if (f.hasProposal) {
                f.after = json::compact(Json(std::string(nearest)));
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
