// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Removes a person (see membercommand.h for the contract). Removing a person unlinks them from
// the organisations they represent, so the command also keeps those organisations' records and
// restores the links on undo.

#include "commands/membercommand.h"
#include "members/records.h"

#include <memory>

namespace adhera {

class Database;

class RemovePersonCommand final : public MemberCommand
{
public:
    // Takes the snapshots from the file as it is now; call it right before pushing.
    static Result<std::unique_ptr<RemovePersonCommand>> prepare(
        Database &db, MemberFile &file, qint64 personId, MemberUndoStack *reportTo = nullptr, QUndoCommand *parent = nullptr);

    void apply() override;
    void revert() override;

    const PersonRecord &removed() const { return m_record; }

private:
    RemovePersonCommand(Database &db, MemberFile &file, PersonRecord record, QList<OrganisationRecord> represented,
        MemberUndoStack *reportTo, QUndoCommand *parent);

    Database &m_db;
    PersonRecord m_record;
    QList<OrganisationRecord> m_represented;
};

} // namespace adhera
