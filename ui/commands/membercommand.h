// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Undo commands of the member file. The contract every command here keeps:
// - It is built with snapshots of the records it touches (the "before" and "after" values),
//   taken by the caller; it never reads widgets and never keeps pointers into a model.
// - redo() and undo() each make MemberFile calls only, inside one transaction when there is
//   more than one, so the file is never left half-changed. Views follow through
//   ChangeNotifier::membersChanged, not through the command.
// - The first redo() runs in QUndoStack::push(). A redo() or undo() that fails reports the
//   error through MessageBox (nothing is thrown) and marks the command obsolete, so the stack
//   drops it instead of offering to undo something that did not happen.
// - After a save, the command keeps the record as stored (ids filled in): undoing a creation
//   removes that id, and redoing it re-creates the record with the same id (MemberFile's
//   contract), so later commands that refer to the id stay valid.

#include "common/result.h"

#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

namespace adhera {

class MemberFile;

class MemberCommand : public QUndoCommand
{
public:
    // True once a redo() or undo() has failed (the command is then obsolete).
    bool failed() const { return m_failed; }

protected:
    MemberCommand(MemberFile &file, QWidget *dialogParent, QUndoCommand *parent);

    // Shows the error and marks the command failed and obsolete; returns false on error.
    bool succeeded(const Result<void> &result);
    template <typename T>
    bool succeeded(const Result<T> &result)
    {
        return result ? true : report(result.error());
    }

    MemberFile &m_file;

private:
    bool report(const Error &error);

    QPointer<QWidget> m_dialogParent;
    bool m_failed = false;
};

} // namespace adhera
