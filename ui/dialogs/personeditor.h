// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PersonEditor: the person's record (fiche) — identity, contact details, job and its history,
// individual membership, board roles, RGPD consents, notes. It saves nothing itself: exec()
// returns Accepted only once the record passes validation, and record() gives it normalised,
// for the caller to save through an undo command.

#include "dialogs/membereditor.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QTableWidget;

namespace adhera {

class OptionalDateEdit;

class PersonEditor final : public MemberEditor
{
    Q_OBJECT
public:
    PersonEditor(MemberFile &file, PersonRecord record, QWidget *parent = nullptr);
    ~PersonEditor() override;

    // The record as edited, normalised (phones in E.164, trimmed text...).
    PersonRecord record() const;
    bool isModified() const override;

    // A person taken on by the organisation being edited: the employer is set and cannot be
    // changed here (`name` is shown when the organisation is not stored yet).
    void lockEmployer(qint64 organisationId, const QString &name);

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
    void load() override;
    void rememberLoaded() override;

    PersonRecord collect() const;
    // The selected employer: 0 for none, nothing when the typed name matches no organisation.
    std::optional<qint64> selectedEmployer() const;
    void employerChanged();
    QList<Employment> employmentsFor(qint64 organisationId, const QString &jobTitle, QDate since) const;
    std::optional<Consent> consentFor(const ConsentRow &row) const;
    FieldProblems allProblems() const override;

    void showEmploymentHistory();
    void addBoardRole(const BoardRole &role);
    void removeBoardRole();
    void showConsentDate(const ConsentRow &row);
    QString organisationName(qint64 id) const;

    PersonRecord m_original;
    PersonRecord m_pristine; // record() right after loading, to tell whether anything changed
    QList<OrganisationSummary> m_organisations;

    QComboBox *m_civility = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_mobile = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_letterLanguage = nullptr;

    QComboBox *m_employer = nullptr;
    OptionalDateEdit *m_employedSince = nullptr;
    qint64 m_shownEmployer = 0; // the employer the date was last set for
    QLineEdit *m_jobTitle = nullptr;
    QTableWidget *m_employmentTable = nullptr;

    QTableWidget *m_boardTable = nullptr;
    QList<BoardRow> m_boardRows;

    QList<ConsentRow> m_consents;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace adhera
