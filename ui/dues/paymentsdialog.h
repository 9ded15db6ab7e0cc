// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PaymentsDialog: « Paiements reçus et remise de chèques ». The year's payments as the treasurer
// checks them against the bank statement (date, receipt number, payer, means, cheque, bank,
// amount, the slip a cheque went on), and the cheques still to take to the bank, every one ticked:
// « Bordereau de remise… » puts the ticked cheques on one slip dated as chosen, writes it as a
// PDF and offers to open it. A slip already made prints again as it was.

#include "dues/chequeremittance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace adhera {

class Database;

class PaymentsDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentsDialog(Database &db, int financialYear, const QDate &today, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *pendingOnlyCheck() const { return m_pendingOnly; }
    // The cheques ticked on the list of cheques to remit.
    QList<qint64> tickedPaymentIds() const;
    dues::Cents tickedTotal() const; // of the ticked cheques

    // Records the slip of the ticked cheques on `on` and writes it to path; says what went wrong
    // and returns false (nothing recorded) on failure.
    bool remitTo(const QDate &on, const QString &path);

private:
    static QString slipTitle(); // the title of every message about a slip
    void refresh();
    void showPayments();
    void showPendingCheques();
    void updateSummary();
    void remit(); // asks where, then remitTo
    // The ticked cheques were taken to the bank without an Adhera slip: asks, then marks them.
    void markRemittedWithoutSlip();
    void reprint();

    Database &m_db;
    int m_financialYear;
    dues::ChequeRemittances m_remittances;
    QList<dues::RemittedCheque> m_pending;
    QList<dues::Payment> m_payments;

    QCheckBox *m_pendingOnly = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QDateEdit *m_remittedOn = nullptr;
    QPushButton *m_remitButton = nullptr;
    QPushButton *m_withoutSlipButton = nullptr;
    QComboBox *m_slips = nullptr;
    QPushButton *m_reprintButton = nullptr;
};

} // namespace adhera
