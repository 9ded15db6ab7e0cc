// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PaymentDialog: « Enregistrer un paiement ». The selected call gets min(amount, balance) until
// the user changes an allocation; « Ajouter un appel » spreads the rest over other open calls of
// the same year (a company paying for two memberships). What stays unallocated is shown as it
// is typed and becomes a credit for the payer, after a question. The ledger checks everything
// again: its refusal is shown in the dialog, which stays open.

#include "dues/duesrecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
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
    // openCalls: the year's calls still owing something; selectedCallId the one paid first.
    PaymentDialog(dues::DuesLedger &ledger, const QList<dues::DuesCall> &openCalls, qint64 selectedCallId, const QDate &today,
        QWidget *parent = nullptr);

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
    QComboBox *m_callChoice = nullptr;
    QPushButton *m_addCallButton = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_cashWarningLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace adhera
