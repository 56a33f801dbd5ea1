#include "document.h"

#include "commands.h"
#include "messages.h"
#include "secrets.h"

#include <QElapsedTimer>
#include <QtConcurrent>

#include <utility>

namespace EdgeShift {

namespace {

// A result nothing shows any more, freed away from the window's thread: a large manifest's takes
// a while.
void discard(std::shared_ptr<Result> result)
{
    if (result)
        (void)QtConcurrent::run([](std::shared_ptr<Result> old) { old.reset(); }, std::move(result));
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_applying, &QFutureWatcherBase::finished, this, [this] {
        if (m_applying.isFinished()) // (not a future since replaced)
            takeApplied();
    });
}

// The views point into the analysis and the result they show until they have reset: the ones a
// change replaces live on until every view has heard of the new ones.
void Document::open(const QString &filePath, std::shared_ptr<const Analysis> analysis)
{
    if (isApplying()) { // the document before's: nobody's now
        m_applying.waitForFinished();
        m_applyAgain = false;
        m_appliedTaken = true;
        if (m_applying.future().isResultReadyAt(0))
            discard(m_applying.future().takeResult().result);
        emit applyingChanged(false);
    }
    m_undoStack.clear();
    m_filePath = filePath;
    const std::shared_ptr<const Analysis> previous = std::exchange(m_analysis, std::move(analysis));
    m_decisions = Decisions();
    QElapsedTimer timer;
    timer.start();
    const Result previousResult = std::exchange(m_result, apply(*m_analysis, m_decisions));
    m_applyMilliseconds = timer.elapsed(); // what every change will cost, about
    m_undoStack.setClean();
    emit opened();
    emit resultChanged();
}

void Document::setDecisions(const Decisions &decisions)
{
    m_decisions = decisions;
    if (isSlowToApply()) {
        if (isApplying()) {
            m_applyAgain = true; // with every decision made meanwhile, once this one is done
        } else {
            startApplying();
            emit applyingChanged(true);
        }
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const Result previous = std::exchange(m_result, apply(*m_analysis, m_decisions));
    emit resultChanged();
    m_applyMilliseconds = timer.elapsed();
}

void Document::startApplying()
{
    m_applyAgain = false;
    m_appliedTaken = false;
    m_applying.setFuture(QtConcurrent::run([analysis = m_analysis, decisions = m_decisions] {
        QElapsedTimer timer;
        timer.start();
        Applied applied {std::make_shared<Result>(apply(*analysis, decisions))};
        applied.milliseconds = timer.elapsed();
        return applied;
    }));
}

void Document::takeApplied()
{
    if (std::exchange(m_appliedTaken, true)) {
        if (m_applyAgain)
            startApplying();
        return;
    }
    Applied applied = m_applying.future().takeResult();
    if (m_applyAgain) { // the decisions are not those any more
        discard(std::move(applied.result));
        startApplying();
        return;
    }
    m_applyMilliseconds = applied.milliseconds;
    // The views point into the result they show until they have reset.
    std::swap(m_result, *applied.result);
    emit resultChanged();
    discard(std::move(applied.result));
    emit applyingChanged(false);
}

void Document::finishApplying()
{
    while (isApplying()) {
        m_applying.waitForFinished();
        takeApplied();
    }
}

void Document::setAccepted(const Finding &finding, bool accepted)
{
    Decisions after = m_decisions;
    after.setFinding(finding.key(), accepted);
    const QString module = QString::fromStdString(finding.module.str());
    // As the findings table names it: what it is about too, where its module has more of its rule
    // (a module's findings stand together).
    int ofRule = 0;
    if (finding.moduleIndex < m_analysis->modules.size()) {
        for (const std::size_t i : m_analysis->modules[finding.moduleIndex].findings)
            ofRule += m_analysis->findings[i].rule == finding.rule;
    }
    const bool shared = ofRule > 1;
    const QString rule = QString::fromUtf8(finding.rule);
    const QString subject = shared ? Messages::subjectText(finding) : QString();
    m_undoStack.push(new DecisionCommand(this, m_decisions, after, [rule, subject, module, accepted] {
        const QString title = Messages::findingTitle(rule, subject);
        if (module.isEmpty())
            return accepted ? tr("Accept \"%1\"").arg(title) : tr("Reject \"%1\"").arg(title);
        //: %1 a rule's title, %2 the module
        return accepted ? tr("Accept \"%1\" in %2").arg(title, module) : tr("Reject \"%1\" in %2").arg(title, module);
    }));
}

void Document::setRuleAccepted(const QString &rule, bool accepted)
{
    Decisions after = m_decisions;
    after.setRule(rule.toStdString(), accepted);
    m_undoStack.push(new DecisionCommand(this, m_decisions, after, [rule, accepted] {
        const QString title = Messages::ruleTitle(rule);
        return accepted ? tr("Accept \"%1\" everywhere").arg(title) : tr("Reject \"%1\" everywhere").arg(title);
    }));
}

void Document::setParam(const Finding &finding, const QString &name, const QString &value)
{
    Decisions after = m_decisions;
    after.setParam(finding.key(), name.toStdString(), value.toStdString());
    // Giving a value is wanting the change: a change not accepted yet is accepted with it, in the same step.
    if (finding.kind != Kind::Info && finding.hasProposal && !after.accepted(finding))
        after.setFinding(finding.key(), true);
    // A host port typed that another mapping's proposal has: that one moves to a free port.
    for (const auto &[index, port] : proposalsMovedBy(*m_analysis, after, finding, value.toStdString())) {
        const Finding &moved = m_analysis->findings[index];
        after.setParam(moved.key(), std::string(moved.params.front().name), port);
    }
    pushParamEdit(finding, name, after, value);
}

void Document::restoreParam(const Finding &finding, const QString &name, const Decisions &earlier)
{
    Decisions after = m_decisions;
    after.restoreParam(earlier, finding.key(), name.toStdString());
    for (const Param &param : finding.params) {
        if (QLatin1String(param.name.data(), qsizetype(param.name.size())) == name)
            pushParamEdit(finding, name, after, QString::fromStdString(after.param(finding, param)));
    }
}

void Document::pushParamEdit(const Finding &finding, const QString &name, const Decisions &after, const QString &value)
{
    if (after == m_decisions)
        return;
    // Keystrokes in one parameter merge into one undo step.
    const QString module = QString::fromStdString(finding.module.str());
    m_undoStack.push(new DecisionCommand(
        this, m_decisions, after,
        [name, value, module] {
            //: %1 a parameter's label ("GPU count"), %2 its value, %3 the module
            return tr("Set %1 to %2 in %3").arg(Messages::paramLabel(name), value, module);
        },
        DecisionCommand::ParamEditId, QString::fromStdString(finding.key()) + QLatin1Char('|') + name));
}

void Document::setHandEdit(std::size_t module, const Json &options)
{
    Decisions after = m_decisions;
    const std::string &name = m_analysis->modules[module].name;
    after.setHandEdit(name, options);
    if (after == m_decisions)
        return;
    m_undoStack.push(new DecisionCommand(
        this, m_decisions, after,
        [moduleName = QString::fromStdString(name)] { return tr("Edit %1 by hand").arg(moduleName); },
        DecisionCommand::HandEditId, QString::fromStdString(name)));
}

void Document::clearHandEdit(std::size_t module)
{
    Decisions after = m_decisions;
    const std::string &name = m_analysis->modules[module].name;
    if (!after.handEdit(name))
        return;
    after.clearHandEdit(name);
    m_undoStack.push(new DecisionCommand(this, m_decisions, after,
        [moduleName = QString::fromStdString(name)] { return tr("Revert the hand edit of %1").arg(moduleName); }));
}

void Document::retranslateUndoSteps()
{
    // Every step on the stack is a DecisionCommand (QUndoStack hands them out const only).
    for (int i = 0; i < m_undoStack.count(); ++i)
        static_cast<DecisionCommand *>(const_cast<QUndoCommand *>(m_undoStack.command(i)))->retranslate();
}

std::vector<const Finding *> Document::findingsOf(std::size_t index) const
{
    std::vector<const Finding *> out;
    if (!m_analysis)
        return out;
    if (index < m_analysis->modules.size()) {
        for (std::size_t fi : m_analysis->modules[index].findings)
            out.push_back(&m_analysis->findings[fi]);
    } else {
        for (const Finding &f : m_analysis->findings) {
            if (f.module.empty())
                out.push_back(&f);
        }
    }
    for (const Finding &problem : m_result.problems) {
        if (problem.moduleIndex == index)
            out.push_back(&problem);
    }
    return out;
}

FindingState Document::stateOf(const Finding &finding) const
{
    if (const std::optional<std::size_t> index = findingIndex(*m_analysis, finding))
        return m_result.states[*index];
    return FindingState::Open; // a problem found while applying
}

bool Document::isDecidedElsewhere(const Finding &finding) const
{
    const FindingState state = stateOf(finding);
    return state == FindingState::Superseded || state == FindingState::Replaced;
}

QString Document::message(const Finding &finding) const
{
    return Messages::message(*m_analysis, m_result, m_decisions, finding);
}

QString Document::notMadeBecause(const Finding &finding) const
{
    return Messages::notMadeBecause(*m_analysis, m_result, m_decisions, finding, stateOf(finding));
}

std::string Document::originalText(std::size_t module) const
{
    const ModuleState &m = m_analysis->modules[module];
    if (m.invalid())
        return maskSecrets(m.options.text);
    return json::pretty(maskSecrets(m.options.value));
}

std::string Document::resultText(std::size_t module) const
{
    const ModuleState &m = m_analysis->modules[module];
    if (m.invalid())
        return maskSecrets(m.options.text);
    return json::pretty(maskSecrets(m_result.optionsOf(*m_analysis, module)));
}

std::string Document::originalSettingsText(std::size_t module) const
{
    const ModuleState &m = m_analysis->modules[module];
    if (m.pointer.empty() || !m.original)
        return {};
    return json::pretty(maskSecrets(Manifest::withoutOptions(*m.original)));
}

std::string Document::resultSettingsText(std::size_t module) const
{
    const Json *result = m_result.moduleOf(*m_analysis, module);
    return result ? json::pretty(maskSecrets(Manifest::withoutOptions(*result))) : std::string();
}

} // namespace EdgeShift
