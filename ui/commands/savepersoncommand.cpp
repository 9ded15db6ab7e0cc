// SPDX-License-Identifier: GPL-3.0-or-later
#include "savepersoncommand.h"

#include "members/memberfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

QString displayName(const Person &person)
{
    return QStringList {person.firstName.trimmed(), person.lastName.trimmed().toUpper()}.join(u' ').trimmed();
}

SavePersonCommand::SavePersonCommand(
    MemberFile &file, std::optional<PersonRecord> before, PersonRecord after, MemberUndoStack *reportTo, QUndoCommand *parent)
    : MemberCommand(file, reportTo, parent), m_before(std::move(before)), m_after(std::move(after))
{
    const QString name = displayName(m_after.person);
    setText(m_before ? QCoreApplication::translate("adhera::SavePersonCommand", "la modification de « %1 »").arg(name)
                     : QCoreApplication::translate("adhera::SavePersonCommand", "la création de « %1 »").arg(name));
}

void SavePersonCommand::apply()
{
    Result<PersonRecord> saved = m_file.savePerson(m_after);
    if (succeeded(saved))
        m_after = std::move(*saved);
}

void SavePersonCommand::revert()
{
    if (m_before)
        succeeded(m_file.savePerson(*m_before));
    else
        succeeded(m_file.removePerson(m_after.person.id));
}

} // namespace adhera
