// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdialog.h"

#include "dues/duesledger.h"
#include "i18n/displayformat.h"
#include "messagebox.h"
#include "text/textfold.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

enum AllocationColumn { CallColumn, MemberColumn, BalanceColumn, AmountColumn };

QLabel *messageLabel(const QString &objectName, const QString &colour)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: %1;"_s.arg(colour));
    label->hide();
    return label;
}

} // namespace

PaymentDialog::PaymentDialog(
    DuesLedger &ledger, const QList<DuesCall> &openCalls, const QList<qint64> &selectedCallIds, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_openCalls(openCalls)
{
    setWindowTitle(tr("Enregistrer un paiement"));

    m_dateEdit = new QDateEdit(today);
    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setLocale(i18n::displayLocale());
    m_dateEdit->setDisplayFormat(i18n::dateFormat());
    m_dateEdit->setCalendarPopup(true);

    m_amountEdit = new QLineEdit;
    m_amountEdit->setObjectName(u"amountEdit"_s);
    m_amountEdit->setPlaceholderText(tr("0,00 €"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_amountProblemLabel = messageLabel(u"amountProblemLabel"_s, u"#c0392b"_s);
    connect(m_amountEdit, &QLineEdit::textEdited, this, &PaymentDialog::amountEdited);
    connect(m_amountEdit, &QLineEdit::editingFinished, this, [this] {
        if (const std::optional<Cents> amount = parseEuros(m_amountEdit->text()); amount && *amount > 0)
            m_amountEdit->setText(i18n::displayEuros(*amount));
    });

    m_methodCombo = new QComboBox;
    m_methodCombo->setObjectName(u"methodCombo"_s);
    for (PaymentMethod method : allPaymentMethods())
        m_methodCombo->addItem(label(method), static_cast<int>(method));
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &PaymentDialog::updateState);

    m_chequeNumberEdit = new QLineEdit;
    m_chequeNumberEdit->setObjectName(u"chequeNumberEdit"_s);
    m_bankEdit = new QLineEdit;
    m_bankEdit->setObjectName(u"bankEdit"_s);
    m_referenceEdit = new QLineEdit;
    m_referenceEdit->setObjectName(u"referenceEdit"_s);
    m_referenceEdit->setPlaceholderText(tr("Libellé du virement, n° de transaction…"));
    m_payerEdit = new QLineEdit;
    m_payerEdit->setObjectName(u"payerEdit"_s);
    m_cashWarningLabel = messageLabel(u"cashWarningLabel"_s, u"#d35400"_s);

    // A widget, not a layout, so that the form label gets its buddy (and its mnemonic).
    auto *amountField = new QWidget;
    auto *amountColumn = new QVBoxLayout(amountField);
    amountColumn->setContentsMargins(0, 0, 0, 0);
    amountColumn->setSpacing(2);
    amountColumn->addWidget(m_amountEdit);
    amountColumn->addWidget(m_amountProblemLabel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date\u00a0:"), m_dateEdit);
    auto *amountLabel = new QLabel(tr("&Montant\u00a0:"));
    amountLabel->setBuddy(m_amountEdit);
    form->addRow(amountLabel, amountField);
    form->addRow(tr("Mode de &paiement\u00a0:"), m_methodCombo);
    form->addRow(tr("N° de &chèque\u00a0:"), m_chequeNumberEdit);
    form->addRow(tr("&Banque\u00a0:"), m_bankEdit);
    form->addRow(tr("&Référence\u00a0:"), m_referenceEdit);
    form->addRow(tr("P&ayeur\u00a0:"), m_payerEdit);

    m_allocationTable = new QTableWidget(0, 4);
    m_allocationTable->setObjectName(u"allocationTable"_s);
    m_allocationTable->setHorizontalHeaderLabels({tr("Appel"), tr("Adhérent"), tr("Reste dû"), tr("Montant affecté")});
    m_allocationTable->verticalHeader()->hide();
    m_allocationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allocationTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_allocationTable->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_allocationTable->setMinimumHeight(120);
    connect(m_allocationTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != AmountColumn)
            return;
        m_allocationEdited = true;
        // Typed "1500", read "1 500,00 €", as everywhere else.
        if (const std::optional<Cents> amount = parseEuros(item->text()); amount && *amount > 0) {
            m_filling = true;
            item->setText(i18n::displayEuros(*amount));
            m_filling = false;
        }
        updateState();
    });

    // Another call, of any year, found by what the treasurer reads on the cheque or the transfer.
    m_callSearchEdit = new QLineEdit;
    m_callSearchEdit->setObjectName(u"callSearchEdit"_s);
    m_callSearchEdit->setPlaceholderText(tr("Nom de l'adhérent, n° d'appel, exercice…"));
    m_callSearchEdit->setClearButtonEnabled(true);
    m_callSearchEdit->installEventFilter(this);
    connect(m_callSearchEdit, &QLineEdit::textChanged, this, &PaymentDialog::fillCallChoice);
    auto *callSearchLabel = new QLabel(tr("Autre appel à ré&gler\u00a0:"));
    callSearchLabel->setBuddy(m_callSearchEdit);
    m_callList = new QListWidget;
    m_callList->setObjectName(u"callList"_s);
    m_callList->setMaximumHeight(m_callList->fontMetrics().height() * 5 + 8);
    connect(m_callList, &QListWidget::itemActivated, this, &PaymentDialog::addCall);
    connect(m_callList, &QListWidget::currentRowChanged, this, [this] { m_addCallButton->setEnabled(m_callList->currentItem()); });
    m_addCallButton = new QPushButton(tr("A&jouter"));
    m_addCallButton->setObjectName(u"addCallButton"_s);
    m_addCallButton->setAutoDefault(false);
    connect(m_addCallButton, &QPushButton::clicked, this, &PaymentDialog::addCall);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(callSearchLabel);
    searchRow->addWidget(m_callSearchEdit, 1);
    searchRow->addWidget(m_addCallButton);
    auto *addRow = new QVBoxLayout;
    addRow->addLayout(searchRow);
    addRow->addWidget(m_callList);

    m_remainingLabel = new QLabel;
    m_remainingLabel->setObjectName(u"remainingLabel"_s);
    m_errorLabel = messageLabel(u"errorLabel"_s, u"#c0392b"_s);

    auto *buttons = new QDialogButtonBox;
    m_saveButton = buttons->addButton(tr("Enregistrer"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    buttons->addButton(tr("Annuler"), QDialogButtonBox::RejectRole);
    connect(m_saveButton, &QPushButton::clicked, this, &PaymentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *allocationTitle = new QLabel(tr("Affectation aux appels"));
    QFont bold = allocationTitle->font();
    bold.setBold(true);
    allocationTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cashWarningLabel);
    layout->addSpacing(6);
    layout->addWidget(allocationTitle);
    layout->addWidget(m_allocationTable, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_remainingLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    for (const qint64 id : selectedCallIds)
        for (const DuesCall &call : m_openCalls)
            if (call.id == id) {
                addAllocationRow(call, 0);
                if (m_payerEdit->text().isEmpty())
                    m_payerEdit->setText(call.payerName);
            }
    fillCallChoice();
    resize(fittedToScreen(this, QSize(680, 640)));
    m_amountEdit->setFocus();
    updateState();
}

void PaymentDialog::addAllocationRow(const DuesCall &call, Cents amount)
{
    m_filling = true;
    const int row = m_allocationTable->rowCount();
    m_allocationTable->insertRow(row);
    auto readOnly = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return item;
    };
    m_allocationTable->setItem(row, CallColumn, readOnly(call.number));
    m_allocationTable->setItem(row, MemberColumn, readOnly(call.memberName));
    QTableWidgetItem *balance = readOnly(i18n::displayEuros(call.balance()));
    balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_allocationTable->setItem(row, BalanceColumn, balance);
    auto *amountItem = new QTableWidgetItem(amount > 0 ? i18n::displayEuros(amount) : QString());
    amountItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_allocationTable->setItem(row, AmountColumn, amountItem);
    m_allocationTable->resizeColumnToContents(CallColumn);
    m_allocationTable->resizeColumnToContents(BalanceColumn);
    m_allocationTable->setColumnWidth(AmountColumn, 130);
    m_allocatedIds.append(call.id);
    m_filling = false;
}

void PaymentDialog::fillCallChoice()
{
    const QStringList terms = text::searchTerms(m_callSearchEdit->text());
    // The payer's other calls first (last year's dues, a second membership), then the others.
    QSet<qint64> payers;
    for (const DuesCall &call : std::as_const(m_openCalls))
        if (m_allocatedIds.contains(call.id))
            payers.insert(call.membershipId);
    QList<const DuesCall *> shown;
    for (const DuesCall &call : std::as_const(m_openCalls)) {
        if (m_allocatedIds.contains(call.id))
            continue;
        if (text::containsAll(u"%1 %2 %3 %4"_s.arg(call.number, call.memberName, call.category, call.label), terms))
            shown.append(&call);
    }
    std::stable_sort(shown.begin(), shown.end(),
        [&](const DuesCall *a, const DuesCall *b) { return payers.contains(a->membershipId) && !payers.contains(b->membershipId); });
    m_callList->clear();
    for (const DuesCall *call : std::as_const(shown)) {
        auto *item
            = new QListWidgetItem(tr("%1 — %2 — reste dû %3").arg(call->number, call->memberName, i18n::displayEuros(call->balance())));
        item->setData(Qt::UserRole, call->id);
        item->setToolTip(call->label);
        m_callList->addItem(item);
    }
    if (shown.isEmpty()) {
        // Said in the list, so that an empty list is not taken for a failure.
        auto *none = new QListWidgetItem(terms.isEmpty() ? tr("Aucun autre appel ouvert.") : tr("Aucun appel ouvert ne correspond."));
        none->setFlags(Qt::NoItemFlags);
        m_callList->addItem(none);
    } else {
        m_callList->setCurrentRow(0);
    }
    m_addCallButton->setEnabled(!shown.isEmpty());
}

void PaymentDialog::addCall()
{
    const QListWidgetItem *chosen = m_callList->currentItem();
    if (!chosen)
        return;
    const qint64 id = chosen->data(Qt::UserRole).toLongLong();
    QString ignored;
    const std::optional<Payment> current = payment(&ignored);
    Cents rest = 0;
    if (current) {
        rest = current->amount;
        for (const Allocation &allocation : current->allocations)
            rest -= allocation.amount;
    }
    for (const DuesCall &call : m_openCalls)
        if (call.id == id)
            addAllocationRow(call, qBound(Cents(0), rest, call.balance()));
    m_allocationEdited = true;
    const QSignalBlocker blocker(m_callSearchEdit);
    m_callSearchEdit->clear();
    fillCallChoice();
    updateState();
}

bool PaymentDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Entrée in the search adds the call found rather than saving a payment half allocated; ↓
    // goes to the list.
    if (watched == m_callSearchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_callSearchEdit->text().trimmed().isEmpty())
                addCall();
            return true;
        }
        if (key == Qt::Key_Down && m_callList->currentItem()) {
            m_callList->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PaymentDialog::spreadAmount()
{
    const std::optional<Cents> amount = parseEuros(m_amountEdit->text());
    Cents rest = amount && *amount > 0 ? *amount : 0;
    m_filling = true;
    for (int row = 0; row < m_allocationTable->rowCount(); ++row) {
        Cents balance = 0;
        for (const DuesCall &call : std::as_const(m_openCalls))
            if (call.id == m_allocatedIds.at(row))
                balance = call.balance();
        const Cents given = qMin(rest, balance);
        rest -= given;
        m_allocationTable->item(row, AmountColumn)->setText(given > 0 ? i18n::displayEuros(given) : QString());
    }
    m_filling = false;
}

void PaymentDialog::amountEdited()
{
    // Until the user takes the allocation in hand, the calls get what the amount covers.
    if (!m_allocationEdited)
        spreadAmount();
    m_amountProblemLabel->hide();
    m_errorLabel->hide();
    updateState();
}

std::optional<Payment> PaymentDialog::payment(QString *problem) const
{
    Payment payment;
    const std::optional<Cents> amount = parseEuros(m_amountEdit->text());
    if (!amount || *amount <= 0) {
        *problem = m_amountEdit->text().trimmed().isEmpty() ? tr("Saisissez le montant reçu.")
                                                            : tr("Montant invalide\u00a0: écrivez par exemple 250,00.");
        return std::nullopt;
    }
    payment.amount = *amount;
    payment.receivedOn = m_dateEdit->date();
    payment.method = static_cast<PaymentMethod>(m_methodCombo->currentData().toInt());
    if (payment.method == PaymentMethod::Cheque) {
        payment.chequeNumber = m_chequeNumberEdit->text().trimmed();
        payment.bank = m_bankEdit->text().trimmed();
    }
    payment.reference = m_referenceEdit->text().trimmed();
    payment.payer = m_payerEdit->text().trimmed();
    for (int row = 0; row < m_allocationTable->rowCount(); ++row) {
        const QString text = m_allocationTable->item(row, AmountColumn)->text();
        if (text.trimmed().isEmpty())
            continue;
        const std::optional<Cents> allocated = parseEuros(text);
        if (!allocated || *allocated < 0) {
            *problem
                = tr("Montant affecté à l'appel %1 invalide\u00a0: « %2 ».").arg(m_allocationTable->item(row, CallColumn)->text(), text);
            return std::nullopt;
        }
        if (*allocated > 0)
            payment.allocations.append({m_allocatedIds.at(row), *allocated});
    }
    return payment;
}

void PaymentDialog::updateState()
{
    const auto method = static_cast<PaymentMethod>(m_methodCombo->currentData().toInt());
    m_chequeNumberEdit->setEnabled(method == PaymentMethod::Cheque);
    m_bankEdit->setEnabled(method == PaymentMethod::Cheque);

    QString problem;
    const std::optional<Payment> current = payment(&problem);
    if (!current) {
        m_remainingLabel->setText(tr("Non affecté\u00a0: —"));
        m_cashWarningLabel->hide();
        return;
    }
    Cents rest = current->amount;
    for (const Allocation &allocation : current->allocations)
        rest -= allocation.amount;
    if (rest < 0)
        m_remainingLabel->setText(tr("Affecté au-delà du paiement\u00a0: %1").arg(i18n::displayEuros(-rest)));
    else
        m_remainingLabel->setText(tr("Non affecté\u00a0: %1").arg(i18n::displayEuros(rest)));
    const QString warning = DuesLedger::cashWarning(*current);
    m_cashWarningLabel->setText(warning);
    m_cashWarningLabel->setVisible(!warning.isEmpty());
}

void PaymentDialog::save()
{
    QString problem;
    const std::optional<Payment> current = payment(&problem);
    if (!current) {
        const bool amountProblem = !parseEuros(m_amountEdit->text()) || *parseEuros(m_amountEdit->text()) <= 0;
        QLabel *label = amountProblem ? m_amountProblemLabel : m_errorLabel;
        label->setText(problem);
        label->show();
        (amountProblem ? static_cast<QWidget *>(m_amountEdit) : m_allocationTable)->setFocus();
        return;
    }
    Cents rest = current->amount;
    for (const Allocation &allocation : current->allocations)
        rest -= allocation.amount;
    if (rest > 0
        && MessageBox::question(this, tr("Enregistrer un paiement"),
               tr("%1 ne sont affectés à aucun appel et resteront un avoir pour le payeur.\nEnregistrer quand même\u00a0?")
                   .arg(i18n::displayEuros(rest)))
            != QMessageBox::Yes)
        return;
    const Result<Payment> recorded = m_ledger.recordPayment(*current);
    if (!recorded) {
        m_errorLabel->setText(recorded.error().message);
        m_errorLabel->show();
        return;
    }
    m_recorded = *recorded;
    accept();
}

} // namespace adhera
