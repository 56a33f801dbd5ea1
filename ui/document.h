#pragma once

#include "engine.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace EdgeShift {

// The open manifest: its analysis, the operator's decisions, and the result of applying them.
// Every change of a decision goes through the undo stack; the result is recomputed from the
// original document each time: at once, or, where that takes a while (a large manifest), in the
// background, the window staying responsive meanwhile; decisions made while it runs are applied
// together once it is done.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    void open(const QString &filePath, std::shared_ptr<const Analysis> analysis);
    bool isOpen() const { return m_analysis != nullptr; }
    QString filePath() const { return m_filePath; }
    const Analysis &analysis() const { return *m_analysis; }
    const Result &result() const { return m_result; }
    const Decisions &decisions() const { return m_decisions; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }
    // Makes the undo steps' texts again, in the language now loaded.
    void retranslateUndoSteps();
    // Whether applying the decisions took long enough the last time (a large manifest) that a
    // value being typed is better taken once the typing pauses than at every key.
    bool isSlowToApply() const { return m_applyMilliseconds >= s_slowApplyMilliseconds; }
    // For tests: from how many milliseconds on applying counts as slow (50 by default).
    static void setSlowApplyMilliseconds(qint64 milliseconds) { s_slowApplyMilliseconds = milliseconds; }
    // Whether the result lags the decisions, being applied in the background (resultChanged()
    // tells when it is there).
    bool isApplying() const { return !m_appliedTaken || m_applyAgain; }
    // Waits for the result of the decisions made: what is saved or reported must be theirs.
    void finishApplying();

    // Operator decisions; each pushes an undoable command.
    void setAccepted(const Finding &finding, bool accepted);
    void setRuleAccepted(const QString &rule, bool accepted);
    void setParam(const Finding &finding, const QString &name, const QString &value);
    // Gives a finding's parameter back the value it has in `earlier` (merged with the edit that
    // changed it, as one undo step, or none when that makes no change).
    void restoreParam(const Finding &finding, const QString &name, const Decisions &earlier);
    void setHandEdit(std::size_t module, const Json &options);
    void clearHandEdit(std::size_t module);

    // Applies `decisions` to the original document (the undo commands call this).
    void setDecisions(const Decisions &decisions);
    // Tells the views to show the same result again (in another language): nothing is applied.
    void showAgain() { emit resultChanged(); }

    // The findings of module `index` (SIZE_MAX: those about the whole manifest), and the problems
    // found while applying.
    std::vector<const Finding *> findingsOf(std::size_t index) const;
    FindingState stateOf(const Finding &finding) const;
    // Whether a hand edit or another accepted change decides the finding: its check box and its
    // values are not the operator's until that is undone or rejected.
    bool isDecidedElsewhere(const Finding &finding) const;
    // Why an accepted finding's change is not made (a hand edit, another change), or empty.
    QString notMadeBecause(const Finding &finding) const;
    // The finding's sentence, with the values decided, as its change was made.
    QString message(const Finding &finding) const;
    // The pretty-printed createOptions of a module before and after, secrets masked.
    std::string originalText(std::size_t module) const;
    std::string resultText(std::size_t module) const;
    // The rest of the module (its env section, image, …) before and after, masked: empty for a
    // bare createOptions document.
    std::string originalSettingsText(std::size_t module) const;
    std::string resultSettingsText(std::size_t module) const;

signals:
    void opened();
    void resultChanged();
    void applyingChanged(bool applying);

private:
    struct Applied {
        std::shared_ptr<Result> result;
        qint64 milliseconds = 0;
    };
    void startApplying();
    void takeApplied(); // the background result, once finished: shown, or applied again
    void pushParamEdit(const Finding &finding, const QString &name, const Decisions &after, const QString &value);
    QString m_filePath;
    std::shared_ptr<const Analysis> m_analysis;
    Decisions m_decisions;
    Result m_result;
    QUndoStack m_undoStack;
    qint64 m_applyMilliseconds = 0; // how long the last change of decisions took to apply and show
    QFutureWatcher<Applied> m_applying;
    bool m_applyAgain = false; // decisions changed while applying
    bool m_appliedTaken = true; // the background result was taken (or is another document's)
    static inline qint64 s_slowApplyMilliseconds = 50;
};

} // namespace EdgeShift
