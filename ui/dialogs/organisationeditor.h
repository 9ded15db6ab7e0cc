// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OrganisationEditor: an organisation's record — identification (SIREN/SIRET), contact details,
// headcount band, notes — and its membership with the representative (titulaire) and the
// alternate (suppléant) chosen among its current staff. Like PersonEditor it saves nothing:
// exec() returns Accepted only for a valid record, and record() gives it normalised.

#include "dialogs/membereditor.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace adhera {

class OrganisationEditor final : public MemberEditor
{
    Q_OBJECT
public:
    OrganisationEditor(MemberFile &file, OrganisationRecord record, QWidget *parent = nullptr);
    ~OrganisationEditor() override;

    // The record as edited, normalised (SIREN/SIRET as bare digits, SIREN taken from a valid
    // SIRET when left empty, phone in E.164...).
    OrganisationRecord record() const;
    // The people taken on with « Nouveau salarié… », to create with the organisation; a
    // representative or alternate id below zero in record() names one of them
    // (SaveOrganisationCommand::newStaffId).
    const QList<PersonRecord> &newStaff() const { return m_newStaff; }
    bool isModified() const override;

private:
    QWidget *buildOrganisationPage();
    QWidget *buildMembershipPage();
    QWidget *buildNotesPage();
    void load() override;
    void rememberLoaded() override;
    void fillStaff();
    void takeOnNewStaff();

    OrganisationRecord collect() const;
    FieldProblems allProblems() const override;
    void tidySiren();
    void tidySiret();

    OrganisationRecord m_original;
    OrganisationRecord m_pristine; // record() right after loading, to tell whether anything changed
    QList<PersonSummary> m_staff;
    QList<PersonRecord> m_newStaff;

    QLineEdit *m_name = nullptr;
    QComboBox *m_legalForm = nullptr;
    QLineEdit *m_siren = nullptr;
    QLineEdit *m_siret = nullptr;
    QComboBox *m_headcount = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_notes = nullptr;

    QComboBox *m_representative = nullptr;
    QComboBox *m_alternate = nullptr;
    QListWidget *m_staffList = nullptr;
};

} // namespace adhera
