#include "commands.h"

#include "document.h"

namespace EdgeShift {

DecisionCommand::DecisionCommand(
    Document *document, Decisions before, Decisions after, Describe describe, int mergeId, QString mergeKey)
    : QUndoCommand(describe())
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_describe(std::move(describe))
    , m_mergeId(mergeId)
    , m_mergeKey(std::move(mergeKey))
{
}

void DecisionCommand::undo()
{
    m_document->setDecisions(m_before);
}

void DecisionCommand::redo()
{
    m_document->setDecisions(m_after);
}

bool DecisionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DecisionCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_describe = next->m_describe;
    setText(next->text()); // "Set GPU count to 4", not to the first keystroke's value
    // Typing a value back to what it was leaves nothing to undo (and the document clean).
    setObsolete(m_after == m_before);
    return true;
}

} // namespace EdgeShift
