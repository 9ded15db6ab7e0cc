// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PaymentDialog: « Enregistrer un paiement ». The selected calls get what the amount covers, in
// their order, until the user changes an allocation; « Ajouter » gives the rest to another open
// call, of any year, found by typing a name or a number (a company paying for two memberships, or
// last year's dues with this year's). What stays unallocated is shown as it
// is typed and becomes a credit for the payer, after a question. The ledger checks everything
// again: its refusal is shown in the dialog, which stays open.

#include "dues/duesrecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace adhera {

namespace dues {
class DuesLedger;
}

class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    // openCalls: the calls still owing something (DuesLedger::openCalls); selectedCallIds those
    // paid, in this order.
    PaymentDialog(dues::DuesLedger &ledger, const QList<dues::DuesCall> &openCalls, const QList<qint64> &selectedCallIds,
        const QDate &today, QWidget *parent = nullptr);

    // The payment recorded (with its number), once accepted.
    const dues::Payment &recorded() const { return m_recorded; }

private:
    void addAllocationRow(const dues::DuesCall &call, dues::Cents amount);
    void addCall();
    void amountEdited();
    void updateState();
    void save();
    std::optional<dues::Payment> payment(QString *problem) const;
    void fillCallChoice();
    void spreadAmount(); // the amount over the allocation rows, in their order

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Entrée in the call search adds the call

    dues::DuesLedger &m_ledger;
    QList<dues::DuesCall> m_openCalls;
    QList<qint64> m_allocatedIds;
    bool m_allocationEdited = false;
    bool m_filling = false;
    dues::Payment m_recorded;

    QDateEdit *m_dateEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_amountProblemLabel = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QLineEdit *m_chequeNumberEdit = nullptr;
    QLineEdit *m_bankEdit = nullptr;
    QLineEdit *m_referenceEdit = nullptr;
    QLineEdit *m_payerEdit = nullptr;
    QTableWidget *m_allocationTable = nullptr;
    QLineEdit *m_callSearchEdit = nullptr;
    QListWidget *m_callList = nullptr;
    QPushButton *m_addCallButton = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_cashWarningLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace adhera
