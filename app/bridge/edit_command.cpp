#include "app/bridge/edit_command.h"

#include <utility>

#include <spdlog/spdlog.h>

namespace murnau {

EditCommand::EditCommand(Project& project, Edit edit, ChangedCallback changed)
    : QUndoCommand(QString::fromStdString(edit.name)), m_project(project), m_edit(std::move(edit)),
      m_changed(std::move(changed))
{
}

void EditCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
    } else if (const Result<bool> applied = applyEdit(m_project, m_edit); !applied) {
        // The stack only redoes an edit on the state its undo left: core refusing it means a
        // change bypassed the stack. Nothing was changed; say so rather than corrupt the project.
        spdlog::error("cannot redo '{}': {}", m_edit.name, applied.error().describe());
        return;
    }
    if (m_changed)
        m_changed(m_edit);
}

void EditCommand::undo()
{
    m_mergeOpen = false;   // an undone step is never continued by the next drag step
    if (const Result<bool> reverted = revertEdit(m_project, m_edit); !reverted) {
        spdlog::error("cannot undo '{}': {}", m_edit.name, reverted.error().describe());
        return;
    }
    if (m_changed)
        m_changed(m_edit);
}

int EditCommand::id() const
{
    return m_mergeOpen && !m_edit.mergeKey.empty() ? kMergeableId : -1;
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (!next || !m_mergeOpen || m_edit.mergeKey.empty() || next->m_edit.mergeKey != m_edit.mergeKey)
        return false;
    m_edit = mergeEdits(m_edit, next->m_edit);
    setText(QString::fromStdString(m_edit.name));
    // A drag that came back to where it started is no step at all: the stack drops it.
    setObsolete(changesNothing(m_edit));
    return true;
}

} // namespace murnau
