// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DuesPage: « Cotisations », the treasurer's page. One financial year at a time: its totals
// always in sight, its calls filtered by status and searched without caring for accents, and
// the actions on them: issue the year's calls, record or reverse a payment, follow up late
// members, record the dues members paid to their former club, print notices and receipts, export the year's report and the receipts
// journal. A chart shows collected against expected month by month. It reloads after its own writes and when the member file changes.

#include "dues/duesledger.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace adhera {

class CallTableModel;
class Database;
class MonthlyChart;

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
    QList<qint64> selectedCallIds() const; // in the list's order
    void selectCall(qint64 callId);
    MonthlyChart *chart() const { return m_chart; }
    QMenu *documentsMenu() const { return m_documentsMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }

    // The year's calls that get a notice (open ones), and the payments that get a receipt
    // (received, not reversed; those allocated to callId only when it is not 0).
    QList<qint64> noticeCallIds() const;
    QList<qint64> receiptPaymentIds(qint64 callId = 0) const;

public slots:
    void refresh();
    void issueCalls();
    void recordPayment();
    void reversePayment();
    void changeCallState(); // cancel, exempt or reopen the selected call
    void openPayments(); // the list of payments and the cheque remittances
    void openReminders();
    void openFormerClubDues();
    void printNotice(); // the selected call's
    void printYearNotices();
    void printReceipts(); // the selected call's payments'
    void printYearReceipts();
    void exportReport();
    void exportJournal();

public:
    // The actions behind the file dialogs. The format follows the file name (.xlsx, .pdf, else
    // CSV). Each says what went wrong through MessageBox and returns false on failure.
    bool exportReportTo(const QString &path);
    bool exportJournalTo(const QString &path);
    bool writeNoticesTo(const QList<qint64> &callIds, const QString &pdfPath);
    bool writeReceiptsTo(const QList<qint64> &paymentIds, const QString &pdfPath);

signals:
    void countChanged(int shown, int total);
    // What a write just did, for the status bar: « Paiement RE-2026-0004 de 60,00 € enregistré. »
    void statusMessage(const QString &text);

private:
    void fillYears();
    void updateList();
    void updateButtons();
    QDate today() const;
    Result<QList<dues::Payment>> paymentsAround() const; // received the year before, during and after
    // Asks where to save a file, suggesting name in the file's folder; empty when cancelled.

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
    QPushButton *m_remindersButton = nullptr;
    QPushButton *m_formerClubButton = nullptr;
    QPushButton *m_documentsButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QMenu *m_documentsMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_noticeAction = nullptr;
    QAction *m_callStateAction = nullptr;
    QAction *m_receiptAction = nullptr;
    MonthlyChart *m_chart = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_callTable = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace adhera
