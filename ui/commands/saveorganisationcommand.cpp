// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveorganisationcommand.h"

#include "members/memberfile.h"

#include <QCoreApplication>

namespace adhera {

SaveOrganisationCommand::SaveOrganisationCommand(
    MemberFile &file, std::optional<OrganisationRecord> before, OrganisationRecord after, MemberUndoStack *reportTo, QUndoCommand *parent)
    : MemberCommand(file, reportTo, parent), m_before(std::move(before)), m_after(std::move(after))
{
    const QString name = m_after.organisation.name.trimmed();
    setText(m_before ? QCoreApplication::translate("adhera::SaveOrganisationCommand", "la modification de « %1 »").arg(name)
                     : QCoreApplication::translate("adhera::SaveOrganisationCommand", "la création de « %1 »").arg(name));
}

void SaveOrganisationCommand::apply()
{
    Result<OrganisationRecord> saved = m_file.saveOrganisation(m_after);
    if (succeeded(saved))
        m_after = std::move(*saved);
}

void SaveOrganisationCommand::revert()
{
    if (m_before)
        succeeded(m_file.saveOrganisation(*m_before));
    else
        succeeded(m_file.removeOrganisation(m_after.organisation.id));
}

} // namespace adhera
