#pragma once

#include "engine.h"
#include "report.h"
#include "rule.h"

#include <QCoreApplication>
#include <QString>

namespace EdgeShift {

// The one place where the core's ids and codes become sentences in the operator's language.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(Messages)

public:
    static QString ruleTitle(const QString &ruleId);
    // A finding's title: its rule's, and what it is about where `subject` is given (where its
    // module has several findings of the rule: "Create option that Kubernetes does not keep: ShmSize").
    static QString findingTitle(const QString &ruleId, const QString &subject = {});
    // What a finding is about, as a title says it (secrets masked; a mount's "source → target").
    static QString subjectText(const Finding &finding);
    static QString ruleExplanation(const QString &ruleId);
    static QString sectionName(Section section);
    static QString kindName(Kind kind);
    // `kind`: a manual finding the other decisions solve is "solved", not "not needed".
    static QString stateName(FindingState state, Kind kind = Kind::Fix);
    static QString statusName(ModuleStatus status);
    // The finding's sentence, with secrets masked; with `decisions`, with the parameter values
    // decided instead of the ones proposed (GPU count 4, not 2); with `wording`, as its change was
    // said as made (wordingOf(): the host port decided for a reference).
    static QString message(
        const Finding &finding, const Decisions *decisions = nullptr, const Wording *wording = nullptr);
    // The same, as `result` made the change: what the window, the CLI and reports say.
    static QString message(
        const Analysis &analysis, const Result &result, const Decisions &decisions, const Finding &finding);
    // Why the change of a finding, in state `state` in `result`, is not made (a hand edit decides,
    // another change replaces it, a parameter value is not valid, the other decisions leave it
    // nothing to do or solve its problem) and what to do; else empty.
    static QString notMadeBecause(const Analysis &analysis, const Result &result, const Decisions &decisions,
        const Finding &finding, FindingState state);
    // What stands between the items of a list in the current language (", ", "、").
    static QString listSeparator();
    static QString paramLabel(const QString &name);
    // Why a parameter value is refused, and what to enter instead.
    static QString paramError(ParamError error, ParamType type);
    // A refusal to load `file`, naming the file and, where known, the line and column or the JSON path.
    static QString loadError(const LoadError &error, const QString &file);
    // Why text typed on the GPU side is not taken, and what to do.
    static QString handEditError(const JsonError &error);
    static QString jsonTypeName(const std::string &type);
    // The texts of a report in the current language.
    static ReportStrings reportStrings(
        const Analysis &analysis, const Result &result, const Decisions &decisions, const QString &file);
    // The title of a report on these manifests: a single one's name, or how many there are.
    static QString reportTitle(const QStringList &files);
};

} // namespace EdgeShift
