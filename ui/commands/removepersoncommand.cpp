// SPDX-License-Identifier: GPL-3.0-or-later
#include "removepersoncommand.h"

#include "commands/savepersoncommand.h"
#include "db/database.h"
#include "members/memberfile.h"

#include <QCoreApplication>

namespace adhera {

Result<std::unique_ptr<RemovePersonCommand>> RemovePersonCommand::prepare(
    Database &db, MemberFile &file, qint64 personId, MemberUndoStack *reportTo, QUndoCommand *parent)
{
    Result<PersonRecord> record = file.loadPerson(personId);
    if (!record)
        return fail(record.error());

    Result<QList<qint64>> organisations = file.organisationsRepresentedBy(personId);
    if (!organisations)
        return fail(organisations.error());
    QList<OrganisationRecord> represented;
    for (const qint64 organisationId : std::as_const(*organisations)) {
        Result<OrganisationRecord> organisation = file.loadOrganisation(organisationId);
        if (!organisation)
            return fail(organisation.error());
        represented.append(std::move(*organisation));
    }
    return std::unique_ptr<RemovePersonCommand>(
        new RemovePersonCommand(db, file, std::move(*record), std::move(represented), reportTo, parent));
}

RemovePersonCommand::RemovePersonCommand(Database &db, MemberFile &file, PersonRecord record, QList<OrganisationRecord> represented,
    MemberUndoStack *reportTo, QUndoCommand *parent)
    : MemberCommand(file, reportTo, parent), m_db(db), m_record(std::move(record)), m_represented(std::move(represented))
{
    setText(QCoreApplication::translate("adhera::RemovePersonCommand", "la suppression de « %1 »").arg(displayName(m_record.person)));
}

void RemovePersonCommand::apply()
{
    succeeded(m_file.removePerson(m_record.person.id));
}

void RemovePersonCommand::revert()
{
    Transaction transaction(m_db);
    if (!succeeded(transaction.started()))
        return;
    if (!succeeded(m_file.savePerson(m_record)))
        return;
    for (const OrganisationRecord &organisation : std::as_const(m_represented))
        if (!succeeded(m_file.saveOrganisation(organisation)))
            return;
    succeeded(transaction.commit());
}

} // namespace adhera
