// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ReversalDialog: « Annuler un paiement ». A payment is never changed nor deleted: cancelling it
// records the opposite payment (DuesLedger::reversePayment) on the date chosen, with a reason,
// so that the history still adds up. Offers the payments allocated to one call that have not
// been reversed yet, and lists every call the chosen payment settled: reversing a cheque that
// paid two calls makes both due again, which is asked before it is done.

#include "dues/duesrecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace adhera {

namespace dues {
class DuesLedger;
}

class ReversalDialog final : public QDialog
{
    Q_OBJECT

public:
    // payments: those that can be reversed, as payments(year) gives them.
    ReversalDialog(dues::DuesLedger &ledger, const dues::DuesCall &call, const QList<dues::Payment> &payments, const QDate &today,
        QWidget *parent = nullptr);

    // The payments of the list allocated to the call, not reversals and not reversed yet.
    static QList<dues::Payment> reversible(const QList<dues::Payment> &payments, qint64 callId);

private:
    void save();
    void showSettledCalls();
    // « AC-2026-0001 (Jean DUPONT) : 60,00 € » for each call the payment settled.
    QStringList settledCalls(const dues::Payment &payment) const;

    dues::DuesLedger &m_ledger;
    QList<dues::Payment> m_payments;
    QComboBox *m_paymentCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_settledLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace adhera
