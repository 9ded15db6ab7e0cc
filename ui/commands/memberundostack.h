// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoStack>

namespace adhera {

// The undo stack of the member file. Its commands report a failed redo or undo here rather
// than opening a dialog themselves: the window that owns the stack decides how to show it
// (and a test can read what failed).
class MemberUndoStack : public QUndoStack
{
    Q_OBJECT

public:
    using QUndoStack::QUndoStack;

    // `action` is the command's text (« la modification de MARTIN Léa »).
    void reportFailure(const QString &action, const QString &reason) { emit commandFailed(action, reason); }

signals:
    void commandFailed(const QString &action, const QString &reason);
};

} // namespace adhera
