// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening a record's editor and saving what it returns through the undo stack: one place for
// the member list, the people list and anything else that opens a fiche.

#include "members/records.h"

#include <optional>

class QWidget;

namespace adhera {

class MemberFile;
class MemberUndoStack;

struct EditingContext {
    MemberFile &file;
    MemberUndoStack &undoStack;
    QWidget *parent = nullptr;
};

// The editor on a new record; when accepted, saved by an undoable command. Returns the record
// as stored, or nothing when the user cancelled or the save failed (already reported).
std::optional<PersonRecord> createPerson(const EditingContext &context, const PersonRecord &initial);
std::optional<OrganisationRecord> createOrganisation(const EditingContext &context, const OrganisationRecord &initial);

// The editor on a stored record; returns whether a change was saved.
bool editPerson(const EditingContext &context, qint64 personId);
bool editOrganisation(const EditingContext &context, qint64 organisationId);

} // namespace adhera
