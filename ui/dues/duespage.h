// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DuesPage: « Cotisations », the treasurer's page. One financial year at a time: its totals
// always in sight, its calls filtered by status and searched without caring for accents, and
// the actions on them (issue the year's calls, record or reverse a payment, export the year's report).
// It reloads after its own writes and when the member file changes.

#include "dues/duesledger.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace adhera {

class CallTableModel;
class Database;

class DuesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DuesPage(Database &db, QWidget *parent = nullptr);

    // Status filter entries, in the combo's order.
    enum StatusFilter { AllCalls, UnpaidCalls, PartialCalls, PaidCalls, ExemptCalls, CancelledCalls };

    int financialYear() const;
    void setFinancialYear(int year);
    CallTableModel *model() const { return m_model; }
    QTableView *callTable() const { return m_callTable; }
    QLabel *totalsLabel() const { return m_totalsLabel; }
    // The call of the current row, or 0.
    qint64 currentCallId() const;
    void selectCall(qint64 callId);

public slots:
    void refresh();
    void issueCalls();
    void recordPayment();
    void reversePayment();
    void exportReport();
    // Writes the year's report to path: XLSX when it ends in .xlsx, CSV otherwise. Says what
    // went wrong through MessageBox and returns false on failure.
    bool exportReportTo(const QString &path);

signals:
    void countChanged(int shown, int total);

private:
    void fillYears();
    void updateList();
    void updateButtons();
    QDate today() const;

    Database &m_db;
    dues::DuesLedger m_ledger;
    QList<dues::DuesCall> m_calls; // the whole year
    CallTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sortModel = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_issueButton = nullptr;
    QPushButton *m_paymentButton = nullptr;
    QPushButton *m_reverseButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_callTable = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace adhera
