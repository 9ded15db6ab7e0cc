// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Removes an organisation (see membercommand.h for the contract). The organisation's jobs,
// past and present, go with it, so the command also keeps the records of everyone who worked
// there and gives them their jobs back on undo.

#include "commands/membercommand.h"
#include "members/records.h"

#include <memory>

namespace adhera {

class Database;

class RemoveOrganisationCommand final : public MemberCommand
{
public:
    // Takes the snapshots from the file as it is now; call it right before pushing.
    static Result<std::unique_ptr<RemoveOrganisationCommand>> prepare(
        Database &db, MemberFile &file, qint64 organisationId, MemberUndoStack *reportTo = nullptr, QUndoCommand *parent = nullptr);

    void apply() override;
    void revert() override;

    const OrganisationRecord &removed() const { return m_record; }

private:
    RemoveOrganisationCommand(Database &db, MemberFile &file, OrganisationRecord record, QList<PersonRecord> staff,
        MemberUndoStack *reportTo, QUndoCommand *parent);

    Database &m_db;
    OrganisationRecord m_record;
    QList<PersonRecord> m_staff;
};

} // namespace adhera
