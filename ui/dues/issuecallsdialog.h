// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IssueCallsDialog: « Émettre les appels ». The financial year, the issue and due dates, and the
// list of who will be billed before anything is written: each member with the category, the
// amount and the joining rule applied (pro rata), the active members the rule leaves without a
// call this year (joined late), and the categories without a fee schedule. « Émettre » issues
// them through DuesLedger::issueCalls, one transaction; a refusal is said in the dialog, which
// stays open.

#include "dues/duesledger.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace adhera {

class IssueCallsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { MemberColumn, CategoryColumn, AmountColumn, NoteColumn, ColumnCount };

    // years: those offered, most recent first; year: the one shown first.
    IssueCallsDialog(dues::DuesLedger &ledger, const QList<int> &years, int year, const QDate &today, QWidget *parent = nullptr);

    int financialYear() const;
    void setFinancialYear(int year);
    QDate issuedOn() const;
    QDate dueOn() const;
    // How many calls the last « Émettre » wrote.
    int issuedCount() const { return m_issued; }

private:
    void refreshPreview();
    void checkDates();
    void issue();

    dues::DuesLedger &m_ledger;
    dues::DuesLedger::Preview m_preview;
    int m_issued = 0;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_periodLabel = nullptr;
    QDateEdit *m_issuedOnEdit = nullptr;
    QDateEdit *m_dueOnEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_issueButton = nullptr;
};

} // namespace adhera
