#pragma once

#include "decisions.h"

#include <QUndoCommand>

#include <functional>

namespace EdgeShift {

class Document;

// One change of the operator's decisions: it holds the decisions before and after, so undo and
// redo restore them exactly. Consecutive edits of one parameter merge into one step. Its text is
// made by `describe`, again when the language changes (the Edit menu names the step to undo).
class DecisionCommand : public QUndoCommand {
public:
    enum { ParamEditId = 1, HandEditId = 2 };
    using Describe = std::function<QString()>;

    DecisionCommand(Document *document, Decisions before, Decisions after, Describe describe, int mergeId = -1,
        QString mergeKey = {});

    void retranslate() { setText(m_describe()); }
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Decisions m_before, m_after;
    Describe m_describe;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace EdgeShift
