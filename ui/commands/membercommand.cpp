// SPDX-License-Identifier: GPL-3.0-or-later
#include "membercommand.h"

#include "messagebox.h"

#include <QCoreApplication>

namespace adhera {

MemberCommand::MemberCommand(MemberFile &file, QWidget *dialogParent, QUndoCommand *parent)
    : QUndoCommand(parent), m_file(file), m_dialogParent(dialogParent)
{ }

bool MemberCommand::succeeded(const Result<void> &result)
{
    return result ? true : report(result.error());
}

bool MemberCommand::report(const Error &error)
{
    m_failed = true;
    setObsolete(true);
    MessageBox::critical(m_dialogParent, QCoreApplication::translate("adhera::MemberCommand", "Modification impossible"),
        QCoreApplication::translate("adhera::MemberCommand", "Impossible d'effectuer %1\u00a0:\n%2").arg(text(), error.message));
    return false;
}

} // namespace adhera
