// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OrganisationEditor: an organisation's record — identification (SIREN/SIRET), contact details,
// headcount band, notes — and its membership with the representative (titulaire) and the
// alternate (suppléant) chosen among its current staff. Like PersonEditor it saves nothing:
// exec() returns Accepted only for a valid record, and record() gives it normalised.

#include "members/fieldproblem.h"
#include "members/memberfile.h"
#include "members/records.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace adhera {

class FieldFeedback;
class OptionalDateEdit;

class OrganisationEditor final : public QDialog
{
    Q_OBJECT
public:
    OrganisationEditor(MemberFile &file, OrganisationRecord record, QWidget *parent = nullptr);

    // The record as edited, normalised (SIREN/SIRET as bare digits, SIREN taken from a valid
    // SIRET when left empty, phone in E.164...).
    OrganisationRecord record() const;
    // True when record() differs from the record the dialog was opened with.
    bool isModified() const;

    void accept() override;
    void reject() override;

private:
    QWidget *buildOrganisationPage();
    QWidget *buildMembershipPage();
    QWidget *buildNotesPage();
    void load();
    void fillStaff();

    OrganisationRecord collect() const;
    FieldProblems allProblems() const;
    void validate();
    void tidySiren();
    void tidySiret();

    MemberFile &m_file;
    OrganisationRecord m_original;
    OrganisationRecord m_pristine; // record() right after loading, to tell whether anything changed
    QList<PersonSummary> m_staff;

    QTabWidget *m_tabs = nullptr;
    FieldFeedback *m_feedback = nullptr;
    QLabel *m_generalProblems = nullptr;

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

    QGroupBox *m_membershipGroup = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_originClub = nullptr;
    OptionalDateEdit *m_joinedOn = nullptr;
    OptionalDateEdit *m_leftOn = nullptr;
    QComboBox *m_representative = nullptr;
    QComboBox *m_alternate = nullptr;
    QListWidget *m_staffList = nullptr;
};

} // namespace adhera
