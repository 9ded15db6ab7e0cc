// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordediting.h"

#include "commands/memberundostack.h"
#include "commands/saveorganisationcommand.h"
#include "commands/savepersoncommand.h"
#include "dialogs/organisationeditor.h"
#include "dialogs/personeditor.h"
#include "members/memberfile.h"
#include "messagebox.h"

#include <QCoreApplication>

namespace adhera {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::RecordEditing)
};

template <typename Record>
void reportUnreadable(const EditingContext &context, const Result<Record> &record)
{
    MessageBox::critical(context.parent, Tr::tr("Fiche"), Tr::tr("La fiche n'a pas pu être lue\u00a0:\n%1").arg(record.error().message));
}

// Pushes the command; the stack deletes a command whose first redo failed, so success is
// "the stack grew by one".
template <typename Command, typename Record, typename... Extra>
std::optional<Record> push(const EditingContext &context, std::optional<Record> before, const Record &after, Extra &&...extra)
{
    const int index = context.undoStack.index();
    auto *command = new Command(context.file, std::move(before), after, &context.undoStack, nullptr, std::forward<Extra>(extra)...);
    context.undoStack.push(command);
    if (context.undoStack.index() != index + 1)
        return std::nullopt;
    return command->saved();
}

} // namespace

std::optional<PersonRecord> createPerson(const EditingContext &context, const PersonRecord &initial)
{
    PersonEditor editor(context.file, initial, context.parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    return push<SavePersonCommand, PersonRecord>(context, std::nullopt, editor.record());
}

std::optional<OrganisationRecord> createOrganisation(const EditingContext &context, const OrganisationRecord &initial)
{
    OrganisationEditor editor(context.file, initial, context.parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    return push<SaveOrganisationCommand, OrganisationRecord>(context, std::nullopt, editor.record(), editor.newStaff());
}

bool editPerson(const EditingContext &context, qint64 personId)
{
    const Result<PersonRecord> before = context.file.loadPerson(personId);
    if (!before) {
        reportUnreadable(context, before);
        return false;
    }
    PersonEditor editor(context.file, *before, context.parent);
    if (editor.exec() != QDialog::Accepted || editor.record() == *before)
        return false;
    return push<SavePersonCommand, PersonRecord>(context, *before, editor.record()).has_value();
}

bool editOrganisation(const EditingContext &context, qint64 organisationId)
{
    const Result<OrganisationRecord> before = context.file.loadOrganisation(organisationId);
    if (!before) {
        reportUnreadable(context, before);
        return false;
    }
    OrganisationEditor editor(context.file, *before, context.parent);
    if (editor.exec() != QDialog::Accepted || (editor.record() == *before && editor.newStaff().isEmpty()))
        return false;
    return push<SaveOrganisationCommand, OrganisationRecord>(context, *before, editor.record(), editor.newStaff()).has_value();
}

} // namespace adhera
