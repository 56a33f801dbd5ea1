#include "rules.h"

namespace EdgeShift::rules {

namespace {

// backoff-note: a pod in ContainerCreating shows as Backoff in IoT Hub.
class BackoffNote final : public Rule {
public:
    RuleInfo info() const override { return {"backoff-note", Kind::Info, Section::OtherDifferences}; }

    void analyse(const ModuleContext &, FindingSink &) const override { }

    void analyseManifest(const ManifestFacts &, FindingSink &sink) const override { sink.add("manifest", ""); }
};

} // namespace

std::unique_ptr<Rule> backoffNote()
{
    return std::make_unique<BackoffNote>();
}

} // namespace EdgeShift::rules
