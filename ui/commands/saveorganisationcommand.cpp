// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveorganisationcommand.h"

#include "db/database.h"
#include "members/memberfile.h"

#include <algorithm>

#include <QCoreApplication>

namespace adhera {

SaveOrganisationCommand::SaveOrganisationCommand(MemberFile &file, std::optional<OrganisationRecord> before, OrganisationRecord after,
    MemberUndoStack *reportTo, QUndoCommand *parent, QList<PersonRecord> newStaff)
    : MemberCommand(file, reportTo, parent), m_before(std::move(before)), m_after(std::move(after)), m_newStaff(std::move(newStaff))
{
    const QString name = m_after.organisation.name.trimmed();
    setText(m_before ? QCoreApplication::translate("adhera::SaveOrganisationCommand", "la modification de « %1 »").arg(name)
                     : QCoreApplication::translate("adhera::SaveOrganisationCommand", "la création de « %1 »").arg(name));
}

void SaveOrganisationCommand::apply()
{
    if (m_newStaff.isEmpty()) {
        Result<OrganisationRecord> saved = m_file.saveOrganisation(m_after);
        if (succeeded(saved))
            m_after = std::move(*saved);
        return;
    }
    // Ids are kept only once everything is stored: a failure leaves the command as it was.
    OrganisationRecord organisation = m_after;
    QList<PersonRecord> staff = m_newStaff;
    Transaction transaction(m_file.database());
    Result<void> done = transaction.started();
    if (done)
        done = saveWithStaff(organisation, staff);
    if (done)
        done = transaction.commit();
    if (succeeded(done)) {
        m_after = std::move(organisation);
        m_newStaff = std::move(staff);
    }
}

Result<void> SaveOrganisationCommand::saveWithStaff(OrganisationRecord &organisation, QList<PersonRecord> &staff)
{
    // The organisation first, without the holders who do not exist yet; then its new staff; then
    // the holders, now that they have ids (a redo finds them stored under the same ids again).
    const auto isNewStaff = [&staff](qint64 id) {
        return id < 0 || std::any_of(staff.cbegin(), staff.cend(), [id](const PersonRecord &person) { return person.person.id == id; });
    };
    OrganisationRecord first = organisation;
    if (first.membership) {
        if (isNewStaff(first.membership->representativeId))
            first.membership->representativeId = 0;
        if (isNewStaff(first.membership->alternateId))
            first.membership->alternateId = 0;
    }
    Result<OrganisationRecord> stored = m_file.saveOrganisation(first);
    if (!stored)
        return fail(stored.error());
    const qint64 organisationId = stored->organisation.id;

    for (qsizetype i = 0; i < staff.size(); ++i) {
        PersonRecord &person = staff[i];
        for (Employment &employment : person.employments)
            if (employment.organisationId == OrganisationBeingSaved)
                employment.organisationId = organisationId;
        Result<PersonRecord> saved = m_file.savePerson(person);
        if (!saved)
            return fail(saved.error());
        person = std::move(*saved);
        if (organisation.membership) {
            for (qint64 *holder : {&organisation.membership->representativeId, &organisation.membership->alternateId})
                if (*holder == newStaffId(i))
                    *holder = person.person.id;
        }
    }

    organisation.organisation.id = organisationId;
    if (organisation.membership) {
        organisation.membership->id = stored->membership ? stored->membership->id : 0;
        organisation.membership->organisationId = organisationId;
    }
    Result<OrganisationRecord> holders = m_file.saveOrganisation(organisation);
    if (!holders)
        return fail(holders.error());
    organisation = std::move(*holders);
    return {};
}

void SaveOrganisationCommand::revert()
{
    Transaction transaction(m_file.database());
    Result<void> done = transaction.started();
    for (const PersonRecord &person : std::as_const(m_newStaff))
        if (done)
            done = m_file.removePerson(person.person.id);
    if (done && m_before) {
        if (const Result<OrganisationRecord> restored = m_file.saveOrganisation(*m_before); !restored)
            done = fail(restored.error());
    } else if (done) {
        done = m_file.removeOrganisation(m_after.organisation.id);
    }
    if (done)
        done = transaction.commit();
    succeeded(done);
}

} // namespace adhera
