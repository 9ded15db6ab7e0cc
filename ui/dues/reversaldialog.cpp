// SPDX-License-Identifier: GPL-3.0-or-later
#include "reversaldialog.h"

#include "dues/duesledger.h"
#include "i18n/displayformat.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

QList<Payment> ReversalDialog::reversible(const QList<Payment> &payments, qint64 callId)
{
    QSet<qint64> reversed;
    for (const Payment &payment : payments)
        if (payment.reversesPaymentId != 0)
            reversed.insert(payment.reversesPaymentId);
    QList<Payment> found;
    for (const Payment &payment : payments) {
        if (payment.reversesPaymentId != 0 || reversed.contains(payment.id))
            continue;
        for (const Allocation &allocation : payment.allocations)
            if (allocation.callId == callId) {
                found.append(payment);
                break;
            }
    }
    return found;
}

ReversalDialog::ReversalDialog(
    DuesLedger &ledger, const DuesCall &call, const QList<Payment> &payments, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_payments(payments)
{
    setWindowTitle(tr("Annuler un paiement"));

    auto *intro = new QLabel(tr("Le paiement n'est pas effacé\u00a0: une écriture inverse est enregistrée à la date choisie, "
                                "et chaque appel qu'il a réglé redevient dû d'autant (paiements de l'appel %1, %2).")
                                 .arg(call.number, call.memberName));
    intro->setWordWrap(true);

    m_paymentCombo = new QComboBox;
    m_paymentCombo->setObjectName(u"paymentCombo"_s);
    for (const Payment &payment : payments)
        m_paymentCombo->addItem(
            tr("%1 du %2 — %3, %4")
                .arg(payment.number, i18n::displayDate(payment.receivedOn), i18n::displayEuros(payment.amount), label(payment.method)),
            payment.id);

    m_dateEdit = new QDateEdit(today);
    m_dateEdit->setObjectName(u"reversalDateEdit"_s);
    m_dateEdit->setLocale(i18n::displayLocale());
    m_dateEdit->setDisplayFormat(i18n::dateFormat());
    m_dateEdit->setCalendarPopup(true);

    m_reasonEdit = new QLineEdit;
    m_reasonEdit->setObjectName(u"reasonEdit"_s);
    m_reasonEdit->setPlaceholderText(tr("Chèque impayé, erreur de saisie…"));

    m_settledLabel = new QLabel;
    m_settledLabel->setObjectName(u"settledLabel"_s);
    m_settledLabel->setWordWrap(true);
    connect(m_paymentCombo, &QComboBox::currentIndexChanged, this, &ReversalDialog::showSettledCalls);

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c0392b;"_s);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Paiement\u00a0:"), m_paymentCombo);
    form->addRow(tr("Appels réglés\u00a0:"), m_settledLabel);
    form->addRow(tr("&Date\u00a0:"), m_dateEdit);
    form->addRow(tr("&Motif\u00a0:"), m_reasonEdit);

    auto *buttons = new QDialogButtonBox;
    QPushButton *saveButton = buttons->addButton(tr("Annuler le paiement"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(u"saveButton"_s);
    buttons->addButton(tr("Fermer"), QDialogButtonBox::RejectRole);
    connect(saveButton, &QPushButton::clicked, this, &ReversalDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    showSettledCalls();
    resize(560, sizeHint().height());
}

QStringList ReversalDialog::settledCalls(const Payment &payment) const
{
    QStringList lines;
    for (const Allocation &allocation : payment.allocations) {
        const auto settled = m_ledger.call(allocation.callId);
        lines.append(settled ? tr("%1 (%2)\u00a0: %3").arg(settled->number, settled->memberName, i18n::displayEuros(allocation.amount))
                             : tr("appel n°%1\u00a0: %2").arg(allocation.callId).arg(i18n::displayEuros(allocation.amount)));
    }
    return lines;
}

void ReversalDialog::showSettledCalls()
{
    const qint64 id = m_paymentCombo->currentData().toLongLong();
    const auto payment = std::find_if(m_payments.cbegin(), m_payments.cend(), [id](const Payment &p) { return p.id == id; });
    m_settledLabel->setText(payment == m_payments.cend() ? QString() : settledCalls(*payment).join(u'\n'));
}

void ReversalDialog::save()
{
    if (m_reasonEdit->text().trimmed().isEmpty()) {
        m_errorLabel->setText(tr("Indiquez le motif de l'annulation."));
        m_errorLabel->show();
        m_reasonEdit->setFocus();
        return;
    }
    const qint64 id = m_paymentCombo->currentData().toLongLong();
    const auto payment = std::find_if(m_payments.cbegin(), m_payments.cend(), [id](const Payment &p) { return p.id == id; });
    if (payment != m_payments.cend() && payment->allocations.size() > 1
        && MessageBox::question(this, windowTitle(),
               tr("Le paiement %1 (%2) a réglé %n appel(s)\u00a0:\n\n%3\n\nL'annuler les rend tous dus à nouveau. Annuler ce "
                  "paiement\u00a0?",
                   nullptr, int(payment->allocations.size()))
                   .arg(payment->number, i18n::displayEuros(payment->amount), settledCalls(*payment).join(u'\n')))
            != QMessageBox::Yes)
        return;
    const auto reversed
        = m_ledger.reversePayment(m_paymentCombo->currentData().toLongLong(), m_dateEdit->date(), m_reasonEdit->text().trimmed());
    if (!reversed) {
        m_errorLabel->setText(reversed.error().message);
        m_errorLabel->show();
        return;
    }
    accept();
}

} // namespace adhera
