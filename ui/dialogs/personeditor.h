// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PersonEditor: the person's record (fiche) — identity, contact details, job and its history,
// individual membership, board roles, RGPD consents, notes. It saves nothing itself: exec()
// returns Accepted only once the record passes validation, and record() gives it normalised,
// for the caller to save through an undo command.

#include "members/fieldproblem.h"
#include "members/memberfile.h"
#include "members/records.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QTableWidget;
class QTabWidget;

namespace adhera {

class FieldFeedback;
class OptionalDateEdit;

class PersonEditor final : public QDialog
{
    Q_OBJECT
public:
    PersonEditor(MemberFile &file, PersonRecord record, QWidget *parent = nullptr);

    // The record as edited, normalised (phones in E.164, trimmed text...).
    PersonRecord record() const;
    // True when record() differs from the record the dialog was opened with.
    bool isModified() const;

    void accept() override;
    void reject() override;

private:
    struct BoardRow {
        qint64 id = 0;
        QComboBox *position = nullptr;
        QDateEdit *start = nullptr;
        OptionalDateEdit *end = nullptr;
    };
    struct ConsentRow {
        ConsentPurpose purpose;
        QCheckBox *check = nullptr;
        QLabel *date = nullptr;
    };

    QWidget *buildIdentityPage();
    QWidget *buildJobPage();
    QWidget *buildMembershipPage();
    QWidget *buildConsentPage();
    void load();

    PersonRecord collect() const;
    // The selected employer: 0 for none, -1 when the typed name matches no organisation.
    qint64 selectedEmployer() const;
    QList<Employment> employmentsFor(qint64 organisationId, const QString &jobTitle) const;
    std::optional<Consent> consentFor(const ConsentRow &row) const;
    FieldProblems allProblems() const;

    void validate();
    void showEmploymentHistory();
    void addBoardRole(const BoardRole &role);
    void removeBoardRole();
    void showConsentDate(const ConsentRow &row);
    QString organisationName(qint64 id) const;

    MemberFile &m_file;
    PersonRecord m_original;
    PersonRecord m_pristine; // record() right after loading, to tell whether anything changed
    QList<OrganisationSummary> m_organisations;
    QDate m_today;

    QTabWidget *m_tabs = nullptr;
    FieldFeedback *m_feedback = nullptr;
    QLabel *m_generalProblems = nullptr;

    QComboBox *m_civility = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_mobile = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;

    QComboBox *m_employer = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QTableWidget *m_employmentTable = nullptr;

    QGroupBox *m_membershipGroup = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_originClub = nullptr;
    OptionalDateEdit *m_joinedOn = nullptr;
    OptionalDateEdit *m_leftOn = nullptr;

    QTableWidget *m_boardTable = nullptr;
    QList<BoardRow> m_boardRows;

    QList<ConsentRow> m_consents;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace adhera
