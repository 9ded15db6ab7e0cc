// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creates or changes an organisation (see membercommand.h for the contract).

#include "commands/membercommand.h"
#include "members/records.h"

#include <optional>

namespace adhera {

class SaveOrganisationCommand final : public MemberCommand
{
public:
    // before: the record as stored, or nullopt for a new organisation.
    SaveOrganisationCommand(MemberFile &file, std::optional<OrganisationRecord> before, OrganisationRecord after,
        MemberUndoStack *reportTo = nullptr, QUndoCommand *parent = nullptr);

    void apply() override;
    void revert() override;

    // The record as last saved by redo(), ids filled in.
    const OrganisationRecord &saved() const { return m_after; }

private:
    std::optional<OrganisationRecord> m_before;
    OrganisationRecord m_after;
};

} // namespace adhera
