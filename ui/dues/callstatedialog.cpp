// SPDX-License-Identifier: GPL-3.0-or-later
#include "callstatedialog.h"

#include "dialogs/fieldfeedback.h"
#include "dues/duesledger.h"
#include "i18n/displayformat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

CallStateDialog::CallStateDialog(DuesLedger &ledger, const DuesCall &call, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_call(call)
{
    setObjectName(u"callStateDialog"_s);
    setWindowTitle(tr("Annuler ou exonérer l'appel %1").arg(call.number));
    setStyleSheet(FieldFeedback::styleSheet());

    auto *intro = new QLabel(tr("Appel %1 — %2 — %3.").arg(call.number, call.memberName, i18n::displayEuros(call.amount)));
    intro->setWordWrap(true);
    auto *explanation = new QLabel(tr("L'appel n'est pas effacé\u00a0: il reste dans la liste avec son état et la raison donnée, "
                                      "son numéro n'est pas réutilisé, et il peut être rétabli."));
    explanation->setWordWrap(true);
    explanation->setEnabled(false);

    m_cancelChoice = new QRadioButton(tr("A&nnuler l'appel\u00a0: émis par erreur (adhérent parti, doublon, mauvaise catégorie…)"));
    m_cancelChoice->setObjectName(u"cancelChoice"_s);
    m_exemptChoice = new QRadioButton(tr("E&xonérer\u00a0: l'adhérent est dispensé de cette cotisation"));
    m_exemptChoice->setObjectName(u"exemptChoice"_s);
    m_reopenChoice = new QRadioButton(tr("&Rétablir l'appel\u00a0: la cotisation est de nouveau due"));
    m_reopenChoice->setObjectName(u"reopenChoice"_s);

    m_reasonEdit = new QLineEdit;
    m_reasonEdit->setObjectName(u"reasonEdit"_s);
    m_reasonEdit->setPlaceholderText(tr("ex. adhérent parti avant l'appel"));
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setProperty("role", u"fieldProblem"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_saveButton = buttons->button(QDialogButtonBox::Ok);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CallStateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (call.paid != 0) {
        // Said before anything is tried: the ledger refuses to cancel a call that holds money.
        auto *paid = new QLabel(tr("Cet appel a déjà reçu %1\u00a0: annulez d'abord ses paiements (« Annuler un paiement… »), "
                                   "puis revenez ici.")
                                    .arg(i18n::displayEuros(call.paid)));
        paid->setObjectName(u"paidLabel"_s);
        paid->setWordWrap(true);
        layout->addWidget(paid);
        for (QWidget *off : std::initializer_list<QWidget *> {m_cancelChoice, m_exemptChoice, m_reopenChoice, m_reasonEdit})
            off->setEnabled(false);
    }
    if (call.state == CallState::Open) {
        layout->addWidget(m_cancelChoice);
        layout->addWidget(m_exemptChoice);
        m_reopenChoice->hide();
        m_cancelChoice->setChecked(call.paid == 0);
    } else {
        auto *now = new QLabel(call.state == CallState::Cancelled ? tr("Cet appel est annulé\u00a0: %1").arg(call.stateReason)
                                                                  : tr("Cet appel est exonéré\u00a0: %1").arg(call.stateReason));
        now->setWordWrap(true);
        layout->addWidget(now);
        layout->addWidget(m_reopenChoice);
        m_cancelChoice->hide();
        m_exemptChoice->hide();
        m_reopenChoice->setChecked(true);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Rai&son\u00a0:"), m_reasonEdit);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_reasonEdit, &QLineEdit::textChanged, this, &CallStateDialog::updateSaveButton);
    updateSaveButton();
    m_reasonEdit->setFocus();
}

CallState CallStateDialog::chosenState() const
{
    if (m_exemptChoice->isChecked())
        return CallState::Exempt;
    if (m_cancelChoice->isChecked())
        return CallState::Cancelled;
    return CallState::Open;
}

void CallStateDialog::updateSaveButton()
{
    // The reason is the trace left in the ledger: no change without one.
    m_saveButton->setEnabled(m_call.paid == 0 && !m_reasonEdit->text().trimmed().isEmpty());
}

void CallStateDialog::accept()
{
    if (!m_saveButton->isEnabled())
        return;
    const auto changed = m_ledger.setCallState(m_call.id, chosenState(), m_reasonEdit->text());
    if (!changed) {
        m_errorLabel->setText(changed.error().message);
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace adhera
