// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creates or changes an organisation (see membercommand.h for the contract), with the people it
// takes on in the same editing: they are created as its staff in the same transaction, and a
// representative or alternate id below zero names one of them (-1 the first, -2 the second…).

#include "commands/membercommand.h"
#include "members/records.h"

#include <optional>

namespace adhera {

class SaveOrganisationCommand final : public MemberCommand
{
public:
    // before: the record as stored, or nullopt for a new organisation.
    SaveOrganisationCommand(MemberFile &file, std::optional<OrganisationRecord> before, OrganisationRecord after,
        MemberUndoStack *reportTo = nullptr, QUndoCommand *parent = nullptr, QList<PersonRecord> newStaff = {});

    void apply() override;
    void revert() override;

    // The record as last saved by redo(), ids filled in.
    const OrganisationRecord &saved() const { return m_after; }

    // The id that stands for the organisation in a new staff member's job before it is stored.
    static constexpr qint64 OrganisationBeingSaved = -1;
    static constexpr qint64 newStaffId(qsizetype index) { return -1 - qint64(index); }

private:
    Result<void> saveWithStaff(OrganisationRecord &organisation, QList<PersonRecord> &staff);

    std::optional<OrganisationRecord> m_before;
    OrganisationRecord m_after;
    QList<PersonRecord> m_newStaff;
};

} // namespace adhera
