// SPDX-License-Identifier: GPL-3.0-or-later
#include "membercommand.h"

#include "memberundostack.h"

#include <QDebug>

namespace adhera {

MemberCommand::MemberCommand(MemberFile &file, MemberUndoStack *reportTo, QUndoCommand *parent)
    : QUndoCommand(parent), m_file(file), m_reportTo(reportTo)
{ }

void MemberCommand::redo()
{
    ++s_running;
    apply();
    --s_running;
}

void MemberCommand::undo()
{
    ++s_running;
    revert();
    --s_running;
}

bool MemberCommand::succeeded(const Result<void> &result)
{
    return result ? true : report(result.error());
}

bool MemberCommand::report(const Error &error)
{
    m_failed = true;
    setObsolete(true);
    if (m_reportTo)
        m_reportTo->reportFailure(text(), error.message);
    else
        qWarning().noquote() << "A member command failed with nobody to tell:" << text() << error.message;
    return false;
}

} // namespace adhera
