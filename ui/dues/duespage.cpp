// SPDX-License-Identifier: GPL-3.0-or-later
#include "duespage.h"

#include "callstatedialog.h"
#include "calltablemodel.h"
#include "db/database.h"
#include "documentfiles.h"
#include "dues/duesdocuments.h"
#include "dues/duesexport.h"
#include "dues/duesreport.h"
#include "formerclubduesdialog.h"
#include "i18n/displayformat.h"
#include "issuecallsdialog.h"
#include "messagebox.h"
#include "monthlychart.h"
#include "paymentdialog.h"
#include "paymentsdialog.h"
#include "remindersdialog.h"
#include "reversaldialog.h"
#include "text/textfold.h"
#include "widgets/listviews.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

bool matchesStatus(const DuesCall &call, int filter)
{
    switch (filter) {
    case DuesPage::UnpaidCalls: return call.status() == CallStatus::Unpaid;
    case DuesPage::PartialCalls: return call.status() == CallStatus::Partial;
    case DuesPage::PaidCalls: return call.status() == CallStatus::Paid;
    case DuesPage::ExemptCalls: return call.status() == CallStatus::Exempt;
    case DuesPage::CancelledCalls: return call.status() == CallStatus::Cancelled;
    default: return true;
    }
}

} // namespace

DuesPage::DuesPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_ledger(db)
{
    m_yearCombo = new QComboBox;
    m_yearCombo->setObjectName(u"yearCombo"_s);
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *yearLabel = new QLabel(tr("E&xercice\u00a0:"));
    yearLabel->setBuddy(m_yearCombo);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"duesSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Rechercher un adhérent, un n° d'appel, une catégorie…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &DuesPage::updateList);

    m_issueButton = new QPushButton(tr("Émettre les appels…"));
    m_issueButton->setObjectName(u"issueCallsButton"_s);
    m_issueButton->setToolTip(tr("Créer les appels de cotisation de l'exercice pour les adhérents actifs qui n'en ont pas"));
    connect(m_issueButton, &QPushButton::clicked, this, &DuesPage::issueCalls);
    m_paymentButton = new QPushButton(tr("Enregistrer un paiement…"));
    m_paymentButton->setObjectName(u"recordPaymentButton"_s);
    connect(m_paymentButton, &QPushButton::clicked, this, &DuesPage::recordPayment);
    m_reverseButton = new QPushButton(tr("Annuler un paiement…"));
    m_reverseButton->setObjectName(u"reversePaymentButton"_s);
    m_reverseButton->setToolTip(tr("Enregistrer l'écriture inverse d'un paiement de l'appel sélectionné"));
    connect(m_reverseButton, &QPushButton::clicked, this, &DuesPage::reversePayment);
    m_remindersButton = new QPushButton(tr("Relances…"));
    m_remindersButton->setObjectName(u"remindersButton"_s);
    m_remindersButton->setToolTip(tr("Les adhérents en retard, leurs lettres de relance et la liste d'envoi"));
    connect(m_remindersButton, &QPushButton::clicked, this, &DuesPage::openReminders);
    m_formerClubButton = new QPushButton(tr("Anciens clubs…"));
    m_formerClubButton->setObjectName(u"formerClubButton"_s);
    m_formerClubButton->setToolTip(tr("Les adhérents venus de Connect ou de Viatis qui avaient déjà réglé l'exercice à leur ancien club"));
    connect(m_formerClubButton, &QPushButton::clicked, this, &DuesPage::openFormerClubDues);

    m_documentsMenu = new QMenu(this);
    m_documentsMenu->setObjectName(u"documentsMenu"_s);
    m_noticeAction = m_documentsMenu->addAction(tr("Avis d'appel de l'adhérent sélectionné…"), this, &DuesPage::printNotice);
    m_documentsMenu->addAction(tr("Avis d'appel de tous les appels ouverts…"), this, &DuesPage::printYearNotices);
    m_documentsMenu->addSeparator();
    m_receiptAction = m_documentsMenu->addAction(tr("Attestation de paiement de l'adhérent sélectionné…"), this, &DuesPage::printReceipts);
    m_documentsMenu->addAction(tr("Attestations de tous les paiements de l'exercice…"), this, &DuesPage::printYearReceipts);
    m_documentsMenu->addSeparator();
    m_documentsMenu->addAction(tr("Bordereau de remise de chèques…"), this, &DuesPage::openPayments);
    m_documentsButton = new QPushButton(tr("Documents"));
    m_documentsButton->setObjectName(u"documentsButton"_s);
    m_documentsButton->setMenu(m_documentsMenu);

    m_exportMenu = new QMenu(this);
    m_exportMenu->setObjectName(u"exportMenu"_s);
    m_exportMenu->addAction(tr("État des cotisations (CSV, XLSX, PDF)…"), this, &DuesPage::exportReport);
    m_exportMenu->addAction(tr("Journal des recettes pour le comptable (CSV, XLSX)…"), this, &DuesPage::exportJournal);
    m_exportButton = new QPushButton(tr("Exporter"));
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setMenu(m_exportMenu);

    m_totalsLabel = new QLabel;
    m_totalsLabel->setObjectName(u"totalsLabel"_s);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont totalsFont = m_totalsLabel->font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 1.1);
    totalsFont.setBold(true);
    m_totalsLabel->setFont(totalsFont);

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItems({tr("Tous"), tr("Impayés"), tr("Partiels"), tr("Payés"), tr("Exonérés"), tr("Annulés")});
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &DuesPage::updateList);
    auto *statusLabel = new QLabel(tr("&Statut\u00a0:"));
    statusLabel->setBuddy(m_statusFilter);

    // Title and year, then the actions on a line of their own: the page fits 1024 px.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(makePageTitle(tr("Cotisations")));
    titleRow->addSpacing(16);
    titleRow->addWidget(yearLabel);
    titleRow->addWidget(m_yearCombo);
    titleRow->addStretch(1);
    titleRow->addWidget(m_documentsButton);
    titleRow->addWidget(m_exportButton);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_issueButton);
    actionRow->addWidget(m_paymentButton);
    actionRow->addWidget(m_reverseButton);
    actionRow->addWidget(m_remindersButton);
    actionRow->addWidget(m_formerClubButton);
    actionRow->addStretch(1);
    auto *topRow = new QVBoxLayout;
    topRow->setSpacing(8);
    topRow->addLayout(titleRow);
    topRow->addLayout(actionRow);

    // The totals get a line of their own, so that they stay in sight at any window width.
    auto *totalsStrip = new QFrame;
    totalsStrip->setObjectName(u"totalsStrip"_s);
    totalsStrip->setAutoFillBackground(true);
    QPalette stripPalette = totalsStrip->palette();
    stripPalette.setColor(QPalette::Window, stripPalette.color(QPalette::AlternateBase));
    totalsStrip->setPalette(stripPalette);
    m_chart = new MonthlyChart;
    auto *stripLayout = new QVBoxLayout(totalsStrip);
    stripLayout->setContentsMargins(10, 6, 10, 6);
    stripLayout->addWidget(m_totalsLabel);
    stripLayout->addWidget(m_chart);

    auto *filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(16);
    filters->addWidget(m_searchEdit, 1);

    auto *filterRow = new QVBoxLayout;
    filterRow->setSpacing(10);
    filterRow->addWidget(totalsStrip);
    filterRow->addLayout(filters);

    m_model = new CallTableModel(this);
    m_sortModel = new QSortFilterProxyModel(this);
    m_sortModel->setSourceModel(m_model);
    m_sortModel->setSortRole(CallTableModel::SortRole);
    m_sortModel->setSortLocaleAware(true);
    m_callTable = new QTableView;
    m_callTable->setObjectName(u"callTable"_s);
    m_callTable->setModel(m_sortModel);
    configureListView(m_callTable);
    // Several calls selected are paid together (Ctrl+clic, Maj+clic).
    m_callTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_callTable->horizontalHeader();
    const QList<std::pair<int, int>> widths {{CallTableModel::Number, 95}, {CallTableModel::Amount, 80}, {CallTableModel::Paid, 80},
        {CallTableModel::Balance, 80}, {CallTableModel::Status, 65}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // The member's name first, then the category, the club and the reminders, in what the window
    // leaves: at 1024 px every column is in sight.
    shareWidth(m_callTable,
        {{CallTableModel::Member, 5, 150}, {CallTableModel::Category, 3, 80}, {CallTableModel::OriginClub, 2, 70},
            {CallTableModel::Reminder, 2, 80}});
    header->setSortIndicator(CallTableModel::Number, Qt::AscendingOrder);
    m_callTable->setSortingEnabled(true);
    connect(m_callTable, &QTableView::doubleClicked, this, &DuesPage::recordPayment);
    // What can be done to the call under the mouse (or the Menu key), without hunting for it.
    m_callStateAction = new QAction(tr("Annuler ou e&xonérer l'appel…"), this);
    m_callStateAction->setObjectName(u"callStateAction"_s);
    connect(m_callStateAction, &QAction::triggered, this, &DuesPage::changeCallState);
    m_callTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_callTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(tr("Enregistrer un &paiement…"), this, &DuesPage::recordPayment)->setEnabled(m_paymentButton->isEnabled());
        menu.addAction(tr("Annuler un pai&ement…"), this, &DuesPage::reversePayment)->setEnabled(m_reverseButton->isEnabled());
        menu.addAction(m_callStateAction);
        menu.addSeparator();
        menu.addAction(m_noticeAction);
        menu.addAction(m_receiptAction);
        menu.exec(m_callTable->viewport()->mapToGlobal(at));
    });
    connect(m_callTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuesPage::updateButtons);

    m_emptyLabel = makeEmptyListLabel(u"duesEmptyLabel"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_callTable);
    m_listStack->addWidget(m_emptyLabel);
    layOutListPage(this, topRow, filterRow, m_listStack);

    // New members and names come with the member file; calls and payments with the ledger.
    connect(&m_db.notifier(), &ChangeNotifier::membersChanged, this, &DuesPage::refresh);
    // A fee schedule saved for a new year makes that year one to choose.
    connect(&m_db.notifier(), &ChangeNotifier::duesChanged, this, [this] {
        fillYears();
        refresh();
    });
    fillYears();
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &DuesPage::refresh);
    setFocusProxy(m_searchEdit);
    refresh();
}

QDate DuesPage::today() const
{
    return m_db.now().toLocalTime().date();
}

void DuesPage::fillYears()
{
    // Years with calls or schedules around today's, and the current one even when empty.
    const int current = FinancialYear::containing(today(), FinancialYear::startMonthOf(m_db)).startYear();
    QList<int> years {current};
    for (int year = current - 6; year <= current + 1; ++year) {
        if (year == current)
            continue;
        const auto calls = m_ledger.calls(year);
        const auto schedules = m_ledger.schedules(year);
        if ((calls && !calls->isEmpty()) || (schedules && !schedules->isEmpty()))
            years.append(year);
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    const int shown = m_yearCombo->count() > 0 ? financialYear() : current;
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (int year : years)
        m_yearCombo->addItem(m_ledger.financialYear(year).label(), year);
    const int index = m_yearCombo->findData(years.contains(shown) ? shown : current);
    m_yearCombo->setCurrentIndex(qMax(0, index));
}

int DuesPage::financialYear() const
{
    return m_yearCombo->currentData().toInt();
}

void DuesPage::setFinancialYear(int year)
{
    const int index = m_yearCombo->findData(year);
    if (index >= 0)
        m_yearCombo->setCurrentIndex(index);
}

void DuesPage::refresh()
{
    const int year = financialYear();
    const auto calls = m_ledger.calls(year);
    if (!calls) {
        MessageBox::critical(this, tr("Cotisations"), calls.error().message);
        m_calls.clear();
    } else {
        m_calls = *calls;
    }
    const auto report = duesReport(m_db, year);
    if (report) {
        const DuesTotals &total = report->total;
        QString totals = tr("Attendu %1 · Encaissé %2 · Reste dû %3 · Exonéré %4")
                             .arg(i18n::displayEuros(total.expected), i18n::displayEuros(total.collected),
                                 i18n::displayEuros(total.outstanding), i18n::displayEuros(total.exempt));
        // Not L2C's money: said beside the totals, never added to them.
        if (!report->formerClubDues.isEmpty())
            totals += u'\n'
                + tr("Hors recettes\u00a0: %n cotisation(s) réglée(s) aux anciens clubs (%1)", nullptr, int(report->formerClubDues.size()))
                      .arg(i18n::displayEuros(report->formerClubTotal()));
        m_totalsLabel->setText(totals);
        m_chart->setMonths(report->months);
    } else {
        m_totalsLabel->setText(report.error().message);
        m_chart->setMonths({});
    }
    updateList();
}

void DuesPage::updateList()
{
    const qint64 selected = currentCallId();
    const QStringList terms = text::searchTerms(m_searchEdit->text());
    const int status = m_statusFilter->currentIndex();
    QList<DuesCall> shown;
    for (const DuesCall &call : std::as_const(m_calls)) {
        if (!matchesStatus(call, status))
            continue;
        if (text::containsAll(u"%1 %2 %3 %4"_s.arg(call.number, call.memberName, call.category, call.originClub), terms))
            shown.append(call);
    }
    m_model->setCalls(shown);
    if (shown.isEmpty()) {
        m_emptyLabel->setText(m_calls.isEmpty()
                ? tr("Aucun appel de cotisation pour cet exercice.\nCréez-les avec « Émettre les appels… ».")
                : tr("Aucun appel ne correspond au filtre."));
        m_listStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_listStack->setCurrentWidget(m_callTable);
    }
    if (selected)
        selectCall(selected);
    updateButtons();
    emit countChanged(int(shown.size()), int(m_calls.size()));
}

void DuesPage::updateButtons()
{
    const qint64 id = currentCallId();
    bool open = false;
    bool paid = false;
    for (const DuesCall &call : std::as_const(m_calls))
        if (call.id == id) {
            open = call.balance() > 0;
            paid = call.paid > 0;
        }
    m_paymentButton->setEnabled(open);
    m_reverseButton->setEnabled(paid);
    m_callStateAction->setEnabled(id != 0);
    m_noticeAction->setEnabled(noticeCallIds().contains(id));
    m_receiptAction->setEnabled(paid);
}

QList<qint64> DuesPage::selectedCallIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_callTable->selectionModel()->selectedRows())
        ids << index.data(CallTableModel::CallIdRole).toLongLong();
    // In the list's order, as the treasurer reads them.
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) { return m_model->rowOfCall(a) < m_model->rowOfCall(b); });
    return ids;
}

qint64 DuesPage::currentCallId() const
{
    const QModelIndex current = m_callTable->currentIndex();
    return current.isValid() ? current.data(CallTableModel::CallIdRole).toLongLong() : 0;
}

void DuesPage::selectCall(qint64 callId)
{
    const int row = m_model->rowOfCall(callId);
    if (row < 0)
        return;
    const QModelIndex index = m_sortModel->mapFromSource(m_model->index(row, 0));
    m_callTable->setCurrentIndex(index);
    m_callTable->selectRow(index.row());
    m_callTable->scrollTo(index);
}

void DuesPage::issueCalls()
{
    // The years shown on the page and the next one, whose calls go out in its first weeks.
    QList<int> years;
    for (int index = 0; index < m_yearCombo->count(); ++index)
        years.append(m_yearCombo->itemData(index).toInt());
    const int next = FinancialYear::containing(today(), FinancialYear::startMonthOf(m_db)).startYear() + 1;
    if (!years.contains(next))
        years.prepend(next);
    IssueCallsDialog dialog(m_ledger, years, financialYear(), today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillYears();
    setFinancialYear(dialog.financialYear());
    refresh();
    MessageBox::information(this, tr("Émettre les appels"),
        tr("%n appel(s) de cotisation %1 émis.", nullptr, dialog.issuedCount())
            .arg(m_ledger.financialYear(dialog.financialYear()).label()));
}

void DuesPage::recordPayment()
{
    // Every year's open calls: a payment may settle last year's dues with this year's.
    const auto open = m_ledger.openCalls();
    if (!open) {
        MessageBox::critical(this, tr("Enregistrer un paiement"), open.error().message);
        return;
    }
    // The calls selected in the list (a company's two memberships), in its order.
    QList<qint64> chosen;
    QList<qint64> selected = selectedCallIds();
    if (selected.isEmpty())
        selected << currentCallId();
    for (const qint64 id : std::as_const(selected))
        if (std::any_of(open->cbegin(), open->cend(), [id](const DuesCall &call) { return call.id == id; }))
            chosen.append(id);
    if (chosen.isEmpty())
        return;
    PaymentDialog dialog(m_ledger, *open, chosen, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("Paiement %1 de %2 enregistré.").arg(dialog.recorded().number, i18n::displayEuros(dialog.recorded().amount)));
}

void DuesPage::openFormerClubDues()
{
    FormerClubDuesDialog dialog(m_db, financialYear(), today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(dialog.savedText());
}

void DuesPage::openPayments()
{
    PaymentsDialog dialog(m_db, financialYear(), today(), this);
    dialog.exec();
    refresh();
}

void DuesPage::changeCallState()
{
    const qint64 id = currentCallId();
    const auto found = std::find_if(m_calls.cbegin(), m_calls.cend(), [id](const DuesCall &call) { return call.id == id; });
    if (found == m_calls.cend())
        return;
    CallStateDialog dialog(m_ledger, *found, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCall(id);
    const QString done = dialog.chosenState() == CallState::Cancelled ? tr("L'appel %1 (%2) est annulé.")
        : dialog.chosenState() == CallState::Exempt                   ? tr("L'appel %1 (%2) est exonéré.")
                                                                      : tr("L'appel %1 (%2) est rétabli.");
    emit statusMessage(done.arg(found->number, found->memberName));
}

void DuesPage::reversePayment()
{
    const qint64 id = currentCallId();
    const auto found = std::find_if(m_calls.cbegin(), m_calls.cend(), [id](const DuesCall &call) { return call.id == id; });
    if (found == m_calls.cend())
        return;
    const QString title = tr("Annuler un paiement");
    const auto payments = paymentsAround();
    if (!payments) {
        MessageBox::critical(this, title, payments.error().message);
        return;
    }
    const QList<Payment> reversible = ReversalDialog::reversible(*payments, id);
    if (reversible.isEmpty()) {
        MessageBox::information(this, title, tr("L'appel %1 n'a aucun paiement à annuler.").arg(found->number));
        return;
    }
    ReversalDialog dialog(m_ledger, *found, reversible, today(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DuesPage::exportReport()
{
    const QString yearLabel = m_ledger.financialYear(financialYear()).label();
    const QString title = tr("Exporter l'état des cotisations");
    const QString path = documents::askSavePath(
        this, title, tr("cotisations-%1.csv").arg(yearLabel), tr("CSV pour Excel (*.csv);;Classeur Excel (*.xlsx);;Document PDF (*.pdf)"));
    if (!path.isEmpty() && exportReportTo(path))
        documents::offerToOpen(
            this, title, tr("L'état des cotisations %1 est enregistré dans « %2 ».").arg(yearLabel, QDir::toNativeSeparators(path)), path);
}

bool DuesPage::exportReportTo(const QString &path)
{
    const auto written = exportDuesReport(m_db, financialYear(), exportFormatOf(path), path);
    if (!written)
        MessageBox::critical(this, tr("Exporter l'état des cotisations"), written.error().message);
    return written.has_value();
}

void DuesPage::exportJournal()
{
    const QString yearLabel = m_ledger.financialYear(financialYear()).label();
    const QString title = tr("Exporter le journal des recettes");
    const QString path = documents::askSavePath(
        this, title, tr("journal-recettes-%1.xlsx").arg(yearLabel), tr("Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)"));
    if (!path.isEmpty() && exportJournalTo(path))
        documents::offerToOpen(
            this, title, tr("Le journal des recettes %1 est enregistré dans « %2 ».").arg(yearLabel, QDir::toNativeSeparators(path)), path);
}

bool DuesPage::exportJournalTo(const QString &path)
{
    const auto written = exportReceiptsJournal(m_db, financialYear(), exportFormatOf(path), path);
    if (!written)
        MessageBox::critical(this, tr("Exporter le journal des recettes"), written.error().message);
    return written.has_value();
}

QList<qint64> DuesPage::noticeCallIds() const
{
    QList<qint64> ids;
    for (const DuesCall &call : std::as_const(m_calls))
        if (call.state == CallState::Open)
            ids.append(call.id);
    return ids;
}

Result<QList<Payment>> DuesPage::paymentsAround() const
{
    // payments() goes by the date received: a call's payments may come the year before (paid in
    // advance) or after (paid late), and so may their reversals.
    QList<Payment> payments;
    for (int year = financialYear() - 1; year <= financialYear() + 1; ++year) {
        const auto received = m_ledger.payments(year);
        if (!received)
            return received;
        payments += *received;
    }
    return payments;
}

QList<qint64> DuesPage::receiptPaymentIds(qint64 callId) const
{
    QSet<qint64> yearCalls;
    for (const DuesCall &call : std::as_const(m_calls))
        if (callId == 0 || call.id == callId)
            yearCalls.insert(call.id);
    const auto found = paymentsAround();
    const QList<Payment> payments = found.value_or(QList<Payment>());
    QSet<qint64> reversed;
    for (const Payment &payment : payments)
        if (payment.reversesPaymentId)
            reversed.insert(payment.reversesPaymentId);
    QList<qint64> ids;
    for (const Payment &payment : payments) {
        if (payment.amount <= 0 || reversed.contains(payment.id))
            continue;
        const bool concerned = std::any_of(payment.allocations.cbegin(), payment.allocations.cend(),
            [&](const Allocation &allocation) { return yearCalls.contains(allocation.callId); });
        if (concerned)
            ids.append(payment.id);
    }
    return ids;
}

bool DuesPage::writeNoticesTo(const QList<qint64> &callIds, const QString &pdfPath)
{
    const auto notices = noticesFor(m_db, callIds, today());
    const auto written = notices ? writeDocumentsPdf(*notices, clubHeader(m_db), pdfPath) : Result<void>(tl::unexpected(notices.error()));
    if (!written)
        MessageBox::critical(this, tr("Avis d'appel de cotisation"), written.error().message);
    return written.has_value();
}

bool DuesPage::writeReceiptsTo(const QList<qint64> &paymentIds, const QString &pdfPath)
{
    const auto receipts = receiptsFor(m_db, paymentIds, today());
    const auto written
        = receipts ? writeDocumentsPdf(*receipts, clubHeader(m_db), pdfPath) : Result<void>(tl::unexpected(receipts.error()));
    if (!written)
        MessageBox::critical(this, tr("Attestations de paiement"), written.error().message);
    return written.has_value();
}

void DuesPage::printNotice()
{
    const qint64 id = currentCallId();
    const auto found = std::find_if(m_calls.cbegin(), m_calls.cend(), [id](const DuesCall &call) { return call.id == id; });
    if (found == m_calls.cend() || found->state != CallState::Open)
        return;
    const QString path
        = documents::askSavePath(this, tr("Avis d'appel de cotisation"), tr("%1.pdf").arg(found->number), tr("Document PDF (*.pdf)"));
    if (!path.isEmpty() && writeNoticesTo({id}, path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DuesPage::printYearNotices()
{
    const QString title = tr("Avis d'appel de cotisation");
    const QList<qint64> ids = noticeCallIds();
    if (ids.isEmpty()) {
        MessageBox::information(this, title, tr("Aucun appel ouvert pour cet exercice."));
        return;
    }
    const QString yearLabel = m_ledger.financialYear(financialYear()).label();
    const QString path = documents::askSavePath(this, title, tr("appels-%1.pdf").arg(yearLabel), tr("Document PDF (*.pdf)"));
    if (!path.isEmpty() && writeNoticesTo(ids, path))
        documents::offerToOpen(this, title,
            tr("%n avis d'appel enregistré(s) dans « %1 », un par page.", "", int(ids.size())).arg(QDir::toNativeSeparators(path)), path);
}

void DuesPage::printReceipts()
{
    const QString title = tr("Attestations de paiement");
    const qint64 id = currentCallId();
    const QList<qint64> ids = receiptPaymentIds(id);
    if (id == 0 || ids.isEmpty()) {
        MessageBox::information(this, title, tr("Aucun paiement enregistré pour cet appel."));
        return;
    }
    const auto found = std::find_if(m_calls.cbegin(), m_calls.cend(), [id](const DuesCall &call) { return call.id == id; });
    const QString path = documents::askSavePath(this, title, tr("attestation-%1.pdf").arg(found->number), tr("Document PDF (*.pdf)"));
    if (!path.isEmpty() && writeReceiptsTo(ids, path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DuesPage::printYearReceipts()
{
    const QString title = tr("Attestations de paiement");
    const QList<qint64> ids = receiptPaymentIds();
    if (ids.isEmpty()) {
        MessageBox::information(this, title, tr("Aucun paiement enregistré pour cet exercice."));
        return;
    }
    const QString yearLabel = m_ledger.financialYear(financialYear()).label();
    const QString path = documents::askSavePath(this, title, tr("attestations-%1.pdf").arg(yearLabel), tr("Document PDF (*.pdf)"));
    if (!path.isEmpty() && writeReceiptsTo(ids, path))
        documents::offerToOpen(this, title,
            tr("%n attestation(s) enregistrée(s) dans « %1 », une par page.", "", int(ids.size())).arg(QDir::toNativeSeparators(path)),
            path);
}

void DuesPage::openReminders()
{
    RemindersDialog dialog(m_db, financialYear(), today(), this);
    dialog.exec();
    refresh();
}

} // namespace adhera
