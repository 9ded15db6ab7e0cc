// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creates or changes a person (see membercommand.h for the contract).

#include "commands/membercommand.h"
#include "members/records.h"

#include <optional>

namespace adhera {

class SavePersonCommand final : public MemberCommand
{
public:
    // before: the record as stored, or nullopt for a new person.
    SavePersonCommand(MemberFile &file, std::optional<PersonRecord> before, PersonRecord after, MemberUndoStack *reportTo = nullptr,
        QUndoCommand *parent = nullptr);

    void apply() override;
    void revert() override;

    // The record as last saved by redo(), ids filled in.
    const PersonRecord &saved() const { return m_after; }

private:
    std::optional<PersonRecord> m_before;
    PersonRecord m_after;
};

// "Prénom NOM" (last name in capitals), for command texts and messages.
QString displayName(const Person &person);

} // namespace adhera
