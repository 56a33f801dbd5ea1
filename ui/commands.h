#pragma once

#include "decisions.h"

#include <QUndoCommand>

namespace EdgeShift {

class Document;

// One change of the operator's decisions: it holds the decisions before and after, so undo and
// redo restore them exactly. Consecutive edits of one parameter merge into one step.
class DecisionCommand : public QUndoCommand {
public:
    enum { ParamEditId = 1, HandEditId = 2 };

    DecisionCommand(Document *document, Decisions before, Decisions after, const QString &text, int mergeId = -1,
        QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Decisions m_before, m_after;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace EdgeShift
