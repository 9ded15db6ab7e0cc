// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentsdialog.h"

#include "documentfiles.h"
#include "dues/duesledger.h"
#include "i18n/displayformat.h"
#include "io/filenames.h"
#include "messagebox.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

enum Column { ReceivedColumn, NumberColumn, PayerColumn, MethodColumn, ChequeColumn, BankColumn, AmountColumn, SlipColumn, ColumnCount };

// Amounts line up on the right, the rest reads from the left.
QTableWidgetItem *cell(const QString &text, int column)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment((column == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

} // namespace

QString PaymentsDialog::slipTitle()
{
    return tr("Bordereau de remise de chèques");
}

PaymentsDialog::PaymentsDialog(Database &db, int financialYear, const QDate &today, QWidget *parent)
    : QDialog(parent), m_db(db), m_financialYear(financialYear), m_remittances(db)
{
    setObjectName(u"paymentsDialog"_s);
    const QString yearLabel = DuesLedger(db).financialYear(financialYear).label();
    setWindowTitle(tr("Paiements reçus — exercice %1").arg(yearLabel));

    m_pendingOnly = new QCheckBox(tr("Seulement les &chèques à remettre en banque (tous exercices)"));
    m_pendingOnly->setObjectName(u"pendingOnlyCheck"_s);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"paymentsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Reçu le"), tr("Pièce"), tr("Payeur"), tr("Mode"), tr("N° de chèque"), tr("Banque"), tr("Montant"), tr("Remise")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(PayerColumn, QHeaderView::Stretch);
    m_summary = new QLabel;
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);

    m_remittedOn = new QDateEdit(today);
    m_remittedOn->setObjectName(u"remittedOnEdit"_s);
    m_remittedOn->setDisplayFormat(i18n::dateFormat());
    m_remittedOn->setCalendarPopup(true);
    auto *dateLabel = new QLabel(tr("Remis en banque &le\u00a0:"));
    dateLabel->setBuddy(m_remittedOn);
    m_remitButton = new QPushButton(tr("&Bordereau de remise…"));
    m_remitButton->setObjectName(u"remitButton"_s);
    m_remitButton->setToolTip(tr("Inscrire les chèques cochés sur un bordereau, l'enregistrer en PDF pour la banque"));
    m_withoutSlipButton = new QPushButton(tr("Déjà remis &sans bordereau…"));
    m_withoutSlipButton->setObjectName(u"withoutSlipButton"_s);
    m_withoutSlipButton->setToolTip(tr("Les chèques cochés ont déjà été portés à la banque sans bordereau d'Adhera (avant qu'Adhera "
                                       "ne fasse les bordereaux, ou sur le formulaire de la banque)\u00a0: ils ne sont plus proposés"));
    m_slips = new QComboBox;
    m_slips->setObjectName(u"slipsCombo"_s);
    m_reprintButton = new QPushButton(tr("&Réimprimer…"));
    m_reprintButton->setObjectName(u"reprintButton"_s);
    auto *slipsLabel = new QLabel(tr("Bordereaux &faits\u00a0:"));
    slipsLabel->setBuddy(m_slips);

    // Two rows: at 1024 pixels one would not hold the remittance and the slips made.
    auto *remitRow = new QHBoxLayout;
    remitRow->addWidget(dateLabel);
    remitRow->addWidget(m_remittedOn);
    remitRow->addWidget(m_remitButton);
    remitRow->addWidget(m_withoutSlipButton);
    remitRow->addStretch(1);
    auto *slipsRow = new QHBoxLayout;
    slipsRow->addWidget(slipsLabel);
    slipsRow->addWidget(m_slips);
    slipsRow->addWidget(m_reprintButton);
    slipsRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pendingOnly);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(remitRow);
    layout->addLayout(slipsRow);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(960, 560)));

    // The cheques to take to the bank first, when there are some: the treasurer's usual errand.
    const auto pending = m_remittances.pending();
    m_pendingOnly->setChecked(pending && !pending->isEmpty());
    refresh();
    connect(m_pendingOnly, &QCheckBox::toggled, this, &PaymentsDialog::refresh);
    connect(m_table, &QTableWidget::itemChanged, this, &PaymentsDialog::updateSummary);
    connect(m_remitButton, &QPushButton::clicked, this, &PaymentsDialog::remit);
    connect(m_withoutSlipButton, &QPushButton::clicked, this, &PaymentsDialog::markRemittedWithoutSlip);
    connect(m_reprintButton, &QPushButton::clicked, this, &PaymentsDialog::reprint);
}

QList<qint64> PaymentsDialog::tickedPaymentIds() const
{
    QList<qint64> ids;
    if (!m_pendingOnly->isChecked())
        return ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_table->item(row, ReceivedColumn); item && item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    return ids;
}

Cents PaymentsDialog::tickedTotal() const
{
    const QList<qint64> ids = tickedPaymentIds();
    Cents total = 0;
    for (const RemittedCheque &cheque : std::as_const(m_pending))
        if (ids.contains(cheque.paymentId))
            total += cheque.amount;
    return total;
}

void PaymentsDialog::refresh()
{
    m_slips->clear();
    if (const auto slips = m_remittances.all()) {
        for (const ChequeRemittance &slip : *slips)
            m_slips->addItem(
                tr("%1 du %2 (%3)").arg(slip.number, i18n::displayDate(slip.remittedOn), i18n::displayEuros(slip.total())), slip.id);
    }
    m_reprintButton->setEnabled(m_slips->count() > 0);
    m_slips->setEnabled(m_slips->count() > 0);
    if (m_pendingOnly->isChecked())
        showPendingCheques();
    else
        showPayments();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PayerColumn, QHeaderView::Stretch);
    updateSummary();
}

void PaymentsDialog::showPayments()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    const auto payments = DuesLedger(m_db).payments(m_financialYear);
    const auto slips = m_remittances.slipNumbers();
    if (!payments || !slips) {
        m_summary->setText(!payments ? payments.error().message : slips.error().message);
        return;
    }
    m_payments = *payments;
    m_table->setRowCount(int(m_payments.size()));
    for (int row = 0; row < m_payments.size(); ++row) {
        const Payment &payment = m_payments.at(row);
        const QStringList texts {i18n::displayDate(payment.receivedOn), payment.number, payment.payer, label(payment.method),
            payment.chequeNumber, payment.bank, i18n::displayEuros(payment.amount), slips->value(payment.id)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, cell(texts.at(column), column));
    }
}

void PaymentsDialog::showPendingCheques()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    const auto pending = m_remittances.pending();
    if (!pending) {
        m_summary->setText(pending.error().message);
        return;
    }
    m_pending = *pending;
    m_table->setRowCount(int(m_pending.size()));
    for (int row = 0; row < m_pending.size(); ++row) {
        const RemittedCheque &cheque = m_pending.at(row);
        const QStringList texts {i18n::displayDate(cheque.receivedOn), cheque.paymentNumber, cheque.drawer, label(PaymentMethod::Cheque),
            cheque.chequeNumber, cheque.bank, i18n::displayEuros(cheque.amount), QString()};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, cell(texts.at(column), column));
        QTableWidgetItem *tick = m_table->item(row, ReceivedColumn);
        tick->setFlags(tick->flags() | Qt::ItemIsUserCheckable);
        tick->setCheckState(Qt::Checked);
        tick->setData(Qt::UserRole, cheque.paymentId);
    }
}

void PaymentsDialog::updateSummary()
{
    if (m_pendingOnly->isChecked()) {
        const QList<qint64> ids = tickedPaymentIds();
        const Cents ticked = tickedTotal();
        m_summary->setText(m_pending.isEmpty()
                ? tr("Aucun chèque à remettre en banque.")
                : tr("%n chèque(s) coché(s) sur %1, total %2 (Espace coche ou décoche la ligne).", "", int(ids.size()))
                      .arg(m_pending.size())
                      .arg(i18n::displayEuros(ticked)));
        m_remitButton->setEnabled(!ids.isEmpty());
        m_withoutSlipButton->setEnabled(!ids.isEmpty());
        return;
    }
    Cents total = 0;
    for (const Payment &payment : std::as_const(m_payments))
        total += payment.amount;
    m_summary->setText(tr("%n paiement(s) reçu(s) sur l'exercice, total %1.", "", m_table->rowCount()).arg(i18n::displayEuros(total)));
    m_remitButton->setEnabled(false);
    m_withoutSlipButton->setEnabled(false);
}

void PaymentsDialog::markRemittedWithoutSlip()
{
    const QList<qint64> ids = tickedPaymentIds();
    if (ids.isEmpty())
        return;
    const Cents total = tickedTotal();
    const QString title = tr("Chèques déjà remis");
    const auto answer = MessageBox::question(this, title,
        tr("Marquer %n chèque(s), total %1, comme déjà remis en banque sans bordereau d'Adhera\u00a0?\n\nIls ne seront plus proposés "
           "pour un bordereau, et aucun bordereau n'est créé pour eux\u00a0: la liste des paiements les dit « sans bordereau ».",
            "", int(ids.size()))
            .arg(i18n::displayEuros(total)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto marked = m_remittances.markRemittedWithoutSlip(ids); !marked) {
        MessageBox::warning(this, title, marked.error().message);
        return;
    }
    refresh();
    m_summary->setText(tr("%n chèque(s) marqué(s) comme déjà remis.", "", int(ids.size())) + u' ' + m_summary->text());
}

bool PaymentsDialog::remitTo(const QDate &on, const QString &path)
{
    const QString title = slipTitle();
    const auto slip = m_remittances.remit(tickedPaymentIds(), on);
    if (!slip) {
        MessageBox::warning(this, title, slip.error().message);
        return false;
    }
    refresh();
    if (const auto written = writeRemittancePdf(m_db, *slip, path); !written) {
        MessageBox::critical(this, title,
            tr("La remise %1 est enregistrée, mais son bordereau n'a pas pu être écrit\u00a0: %2\nRéimprimez-le depuis « Bordereaux faits "
               "».")
                .arg(slip->number, written.error().message));
        return false;
    }
    return true;
}

void PaymentsDialog::remit()
{
    const QString title = slipTitle();
    const QString path = documents::askSavePath(
        this, title, tr("bordereau-remise-%1.pdf").arg(m_remittedOn->date().toString(u"yyyy-MM-dd"_s)), tr("Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const int count = int(tickedPaymentIds().size());
    if (remitTo(m_remittedOn->date(), path))
        documents::offerToOpen(this, title,
            tr("%n chèque(s) inscrit(s) sur le bordereau enregistré dans « %1 ».", "", count).arg(QDir::toNativeSeparators(path)), path);
}

void PaymentsDialog::reprint()
{
    const qint64 id = m_slips->currentData().toLongLong();
    const auto slip = m_remittances.remittance(id);
    const QString title = slipTitle();
    if (!slip) {
        MessageBox::critical(this, title, slip.error().message);
        return;
    }
    const QString path = documents::askSavePath(
        this, title, io::portableFileName(tr("bordereau %1").arg(slip->number), u"pdf"_s), tr("Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto written = writeRemittancePdf(m_db, *slip, path); !written)
        MessageBox::critical(this, title, written.error().message);
    else
        documents::offerToOpen(
            this, title, tr("Le bordereau %1 est enregistré dans « %2 ».").arg(slip->number, QDir::toNativeSeparators(path)), path);
}

} // namespace adhera
