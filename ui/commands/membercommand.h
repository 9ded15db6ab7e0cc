// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Undo commands of the member file. The contract every command here keeps:
// - It is built with snapshots of the records it touches (the "before" and "after" values),
//   taken by the caller; it never reads widgets and never keeps pointers into a model.
// - redo() and undo() each make MemberFile calls only, inside one transaction when there is
//   more than one, so the file is never left half-changed. Views follow through
//   ChangeNotifier::membersChanged, not through the command.
// - The first redo() runs in QUndoStack::push(). A redo() or undo() that fails reports the
//   error to the MemberUndoStack given at construction (nothing is thrown, no dialog is opened
//   here: the window shows it) and marks the command obsolete, so the stack drops it instead
//   of offering to undo something that did not happen.
// - After a save, the command keeps the record as stored (ids filled in): undoing a creation
//   removes that id, and redoing it re-creates the record with the same id (MemberFile's
//   contract), so later commands that refer to the id stay valid.
// - Undo is fenced against other writes: while a command runs, isRunning() is true, so that the
//   window can tell its writes from every other write to the file (a board election, a merge, a
//   payment…) and clear the history those make stale (UndoFence), instead of letting an undo
//   restore rows that a later write changed.

#include "common/result.h"

#include <QPointer>
#include <QUndoCommand>

namespace adhera {

class MemberFile;
class MemberUndoStack;

class MemberCommand : public QUndoCommand
{
public:
    // True once a redo() or undo() has failed (the command is then obsolete).
    bool failed() const { return m_failed; }
    // A member command's redo() or undo() is writing.
    static bool isRunning() { return s_running > 0; }

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0; // redo()
    virtual void revert() = 0; // undo()

    MemberCommand(MemberFile &file, MemberUndoStack *reportTo, QUndoCommand *parent);

    // Reports the error and marks the command failed and obsolete; returns false on error.
    bool succeeded(const Result<void> &result);
    template <typename T>
    bool succeeded(const Result<T> &result)
    {
        return result ? true : report(result.error());
    }

    MemberFile &m_file;

private:
    bool report(const Error &error);

    QPointer<MemberUndoStack> m_reportTo;
    bool m_failed = false;
    static inline int s_running = 0;
};

} // namespace adhera
