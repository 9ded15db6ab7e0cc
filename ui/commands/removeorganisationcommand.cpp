// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeorganisationcommand.h"

#include "db/database.h"
#include "members/memberfile.h"

#include <QCoreApplication>

namespace adhera {

Result<std::unique_ptr<RemoveOrganisationCommand>> RemoveOrganisationCommand::prepare(
    Database &db, MemberFile &file, qint64 organisationId, MemberUndoStack *reportTo, QUndoCommand *parent)
{
    Result<OrganisationRecord> record = file.loadOrganisation(organisationId);
    if (!record)
        return fail(record.error());
    // Removing the organisation deletes every job there, past ones too: keep those people whole.
    Result<QList<qint64>> staff = file.everEmployedAt(organisationId);
    if (!staff)
        return fail(staff.error());
    QList<PersonRecord> people;
    for (const qint64 personId : std::as_const(*staff)) {
        Result<PersonRecord> person = file.loadPerson(personId);
        if (!person)
            return fail(person.error());
        people.append(std::move(*person));
    }
    return std::unique_ptr<RemoveOrganisationCommand>(
        new RemoveOrganisationCommand(db, file, std::move(*record), std::move(people), reportTo, parent));
}

RemoveOrganisationCommand::RemoveOrganisationCommand(
    Database &db, MemberFile &file, OrganisationRecord record, QList<PersonRecord> staff, MemberUndoStack *reportTo, QUndoCommand *parent)
    : MemberCommand(file, reportTo, parent), m_db(db), m_record(std::move(record)), m_staff(std::move(staff))
{
    setText(QCoreApplication::translate("adhera::RemoveOrganisationCommand", "la suppression de « %1 »").arg(m_record.organisation.name));
}

void RemoveOrganisationCommand::apply()
{
    succeeded(m_file.removeOrganisation(m_record.organisation.id));
}

void RemoveOrganisationCommand::revert()
{
    Transaction transaction(m_db);
    if (!succeeded(transaction.started()))
        return;
    if (!succeeded(m_file.saveOrganisation(m_record)))
        return;
    for (const PersonRecord &person : std::as_const(m_staff))
        if (!succeeded(m_file.savePerson(person)))
            return;
    succeeded(transaction.commit());
}

} // namespace adhera
