// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FormerClubDuesDialog: « Cotisations réglées aux anciens clubs ». The members who came from
// Connect or Viatis, one per row; the treasurer ticks those who had already paid the year to
// their former club, with the amount and the club's receipt. Saved in one transaction: ticked
// rows are recorded (their L2C call without payment is cancelled), unticked ones that were
// recorded are removed (their call reopened). A member whose L2C call already received money
// cannot be ticked, and the row says why.

#include "dues/formerclubdues.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace adhera {

class Database;

class FormerClubDuesDialog final : public QDialog
{
    Q_OBJECT

public:
    FormerClubDuesDialog(Database &db, int financialYear, const QDate &today, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QDateEdit *paidOnEdit() const { return m_paidOnEdit; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    // What the last save wrote: « 3 cotisations enregistrées… »; empty before.
    QString savedText() const { return m_savedText; }

    void done(int result) override; // asks before dropping unsaved ticks

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // ↓ in the search goes to the list

private:
    enum Column { MemberColumn, CategoryColumn, ClubColumn, AmountColumn, PaidOnColumn, ReferenceColumn, CallColumn, ColumnCount };

    void fillTable();
    void filterRows();
    void rowEdited(QTableWidgetItem *item);
    void updateSummary();
    void save();
    bool hasChanges() const;
    // The records and removals the table describes; false (problem set) when an amount is not read.
    bool collect(QList<dues::FormerClubDues> *records, QList<qint64> *removed, QString *problem) const;
    QString callText(int row) const;

    Database &m_db;
    dues::FormerClubLedger m_ledger;
    int m_financialYear = 0;
    QList<dues::FormerClubCandidate> m_candidates; // one per row
    bool m_filling = false;
    QString m_savedText;

    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_clubFilter = nullptr;
    QDateEdit *m_paidOnEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace adhera
