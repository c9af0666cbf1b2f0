#pragma once
// One undo step of the Edit menu: a QUndoCommand around a core Edit (core/edit/edit.h).
// redo() applies the edit to the project, undo() reverts it; both go through core, which
// checks that the project is in the state the edit expects. Consecutive edits with the same
// Edit::mergeKey (the steps of one drag) merge into one command until the merge is closed
// (the drag ended, or the command was undone or saved past).

#include <functional>

#include <QUndoCommand>

#include "core/edit/edit.h"
#include "core/scene/project.h"

namespace murnau {

class EditCommand : public QUndoCommand {
public:
    // The QUndoCommand id shared by every mergeable EditCommand; mergeWith() compares the keys.
    static constexpr int kMergeableId = 0x4d524e;   // "MRN"

    // Called after the project changed (redo or undo) with the edit whose changes were applied
    // or reverted, so the document can refresh what the edit touched.
    using ChangedCallback = std::function<void(const Edit&)>;

    // A command for `edit`, already applied to `project` by the caller (ProjectDocument::perform
    // applies first, so a refused edit never reaches the stack): the first redo() only reports.
    EditCommand(Project& project, Edit edit, ChangedCallback changed);

    void redo() override;
    void undo() override;
    // kMergeableId while the edit has a merge key and the merge is open, else -1 (never merges).
    int id() const override;
    // Takes `other` into this command when both have the same merge key (core's mergeEdits);
    // a merge that brings every item back to where it was makes the command obsolete.
    bool mergeWith(const QUndoCommand* other) override;

    // Ends merging: the next edit with the same key starts a new undo step (a drag ended).
    void closeMerge() { m_mergeOpen = false; }
    bool isMergeOpen() const { return m_mergeOpen; }
    // The edit this command stands for (the merged one after merges).
    const Edit& edit() const { return m_edit; }

private:
    Project& m_project;
    Edit m_edit;
    ChangedCallback m_changed;
    bool m_alreadyApplied = true;   // the caller applied the edit before pushing
    bool m_mergeOpen = true;
};

} // namespace murnau
