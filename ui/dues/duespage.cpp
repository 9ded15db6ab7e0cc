// SPDX-License-Identifier: GPL-3.0-or-later
#include "duespage.h"

#include "calltablemodel.h"
#include "db/database.h"
#include "dues/duescsv.h"
#include "dues/duesreport.h"
#include "dues/duesxlsx.h"
#include "messagebox.h"
#include "paymentdialog.h"
#include "reversaldialog.h"
#include "text/textfold.h"
#include "widgets/listviews.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
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
    m_exportButton = new QPushButton(tr("Exporter…"));
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setToolTip(tr("Enregistrer l'état des cotisations de l'exercice en CSV ou XLSX"));
    connect(m_exportButton, &QPushButton::clicked, this, &DuesPage::exportReport);

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

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(makePageTitle(tr("Cotisations")));
    topRow->addSpacing(16);
    topRow->addWidget(yearLabel);
    topRow->addWidget(m_yearCombo);
    topRow->addStretch(1);
    topRow->addWidget(m_issueButton);
    topRow->addWidget(m_paymentButton);
    topRow->addWidget(m_reverseButton);
    topRow->addWidget(m_exportButton);

    // The totals get a line of their own, so that they stay in sight at any window width.
    auto *totalsStrip = new QFrame;
    totalsStrip->setObjectName(u"totalsStrip"_s);
    totalsStrip->setAutoFillBackground(true);
    QPalette stripPalette = totalsStrip->palette();
    stripPalette.setColor(QPalette::Window, stripPalette.color(QPalette::AlternateBase));
    totalsStrip->setPalette(stripPalette);
    auto *stripLayout = new QHBoxLayout(totalsStrip);
    stripLayout->setContentsMargins(10, 6, 10, 6);
    stripLayout->addWidget(m_totalsLabel, 1);

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
    m_callTable->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_callTable->horizontalHeader();
    const QList<std::pair<int, int>> widths {{CallTableModel::Number, 100}, {CallTableModel::Category, 150},
        {CallTableModel::OriginClub, 125}, {CallTableModel::Amount, 85}, {CallTableModel::Paid, 85}, {CallTableModel::Balance, 85},
        {CallTableModel::Status, 65}, {CallTableModel::Reminder, 110}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // The member's name takes what is left, so that every column fits in the window.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CallTableModel::Member, QHeaderView::Stretch);
    header->setSortIndicator(CallTableModel::Number, Qt::AscendingOrder);
    m_callTable->setSortingEnabled(true);
    connect(m_callTable, &QTableView::doubleClicked, this, &DuesPage::recordPayment);
    connect(m_callTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuesPage::updateButtons);

    m_emptyLabel = makeEmptyListLabel(u"duesEmptyLabel"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_callTable);
    m_listStack->addWidget(m_emptyLabel);
    layOutListPage(this, topRow, filterRow, m_listStack);

    connect(&m_db.notifier(), &ChangeNotifier::membersChanged, this, &DuesPage::refresh);
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
        m_totalsLabel->setText(
            tr("Attendu %1 · Encaissé %2 · Reste dû %3 · Exonéré %4")
                .arg(formatEuros(total.expected), formatEuros(total.collected), formatEuros(total.outstanding), formatEuros(total.exempt)));
    } else {
        m_totalsLabel->setText(report.error().message);
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
        const QString haystack = text::fold(u"%1 %2 %3 %4"_s.arg(call.number, call.memberName, call.category, call.originClub));
        bool all = true;
        for (const QString &term : terms)
            all = all && haystack.contains(term);
        if (all)
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
    const int year = financialYear();
    const QString title = tr("Émettre les appels");
    const auto preview = m_ledger.previewCalls(year);
    if (!preview) {
        MessageBox::critical(this, title, preview.error().message);
        return;
    }
    QString missing;
    if (!preview->missingSchedules.isEmpty())
        missing = tr("\n\nSans barème pour %1, donc sans appel\u00a0: %2.")
                      .arg(m_ledger.financialYear(year).label(), preview->missingSchedules.join(u", "_s));
    if (preview->drafts.isEmpty()) {
        MessageBox::information(this, title,
            tr("Aucun appel à émettre pour %1\u00a0: chaque adhérent actif a déjà le sien.%2")
                .arg(m_ledger.financialYear(year).label(), missing));
        return;
    }
    Cents total = 0;
    for (const CallDraft &draft : preview->drafts)
        total += draft.amount;
    const QDate issuedOn = today();
    const QDate dueOn = issuedOn.addDays(30);
    const QString count
        = preview->drafts.size() == 1 ? tr("1 appel") : tr("%1 appels").arg(QLocale().toString(int(preview->drafts.size())));
    const QString question = tr("Émettre %1 de cotisation %2 pour un total de %3\u00a0?\nDate d'émission\u00a0: %4, échéance\u00a0: %5.%6")
                                 .arg(count, m_ledger.financialYear(year).label(), formatEuros(total), issuedOn.toString(u"dd/MM/yyyy"_s),
                                     dueOn.toString(u"dd/MM/yyyy"_s), missing);
    if (MessageBox::question(this, title, question) != QMessageBox::Yes)
        return;
    const auto issued = m_ledger.issueCalls(year, issuedOn, dueOn);
    if (!issued) {
        MessageBox::critical(this, title, issued.error().message);
        return;
    }
    fillYears();
    refresh();
}

void DuesPage::recordPayment()
{
    const qint64 id = currentCallId();
    QList<DuesCall> open;
    for (const DuesCall &call : std::as_const(m_calls))
        if (call.balance() > 0)
            open.append(call);
    const bool selectedIsOpen = std::any_of(open.cbegin(), open.cend(), [id](const DuesCall &call) { return call.id == id; });
    if (!selectedIsOpen)
        return;
    PaymentDialog dialog(m_ledger, open, id, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
}

void DuesPage::reversePayment()
{
    const qint64 id = currentCallId();
    const auto found = std::find_if(m_calls.cbegin(), m_calls.cend(), [id](const DuesCall &call) { return call.id == id; });
    if (found == m_calls.cend())
        return;
    const QString title = tr("Annuler un paiement");
    // payments() goes by the date received: a call's payments may come the year before (paid in
    // advance) or after (paid late), and so may their reversals.
    QList<Payment> payments;
    for (int year = financialYear() - 1; year <= financialYear() + 1; ++year) {
        const auto received = m_ledger.payments(year);
        if (!received) {
            MessageBox::critical(this, title, received.error().message);
            return;
        }
        payments += *received;
    }
    const QList<Payment> reversible = ReversalDialog::reversible(payments, id);
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
    const int year = financialYear();
    const QString title = tr("Exporter l'état des cotisations");
    const QString folder = QFileInfo(m_db.path()).absolutePath();
    const QString csvFilter = tr("CSV pour Excel (*.csv)");
    const QString xlsxFilter = tr("Classeur Excel (*.xlsx)");
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(this, title,
        QDir(folder).filePath(tr("cotisations-%1.csv").arg(m_ledger.financialYear(year).label())), csvFilter + u";;"_s + xlsxFilter,
        &chosenFilter);
    if (path.isEmpty())
        return;
    const bool xlsx
        = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) || (chosenFilter == xlsxFilter && !path.endsWith(u".csv"_s, Qt::CaseInsensitive));
    if (QFileInfo(path).suffix().isEmpty())
        path += xlsx ? u".xlsx"_s : u".csv"_s;
    if (exportReportTo(path))
        MessageBox::information(this, title,
            tr("L'état des cotisations %1 est enregistré dans « %2 ».")
                .arg(m_ledger.financialYear(year).label(), QDir::toNativeSeparators(path)));
}

bool DuesPage::exportReportTo(const QString &path)
{
    const QString title = tr("Exporter l'état des cotisations");
    const auto report = duesReport(m_db, financialYear());
    if (!report) {
        MessageBox::critical(this, title, report.error().message);
        return false;
    }
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        if (const auto written = writeDuesReportXlsx(*report, path); !written) {
            MessageBox::critical(this, title, written.error().message);
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(duesReportCsv(*report)) < 0 || !file.commit()) {
        MessageBox::critical(
            this, title, tr("Le fichier « %1 » n'a pas pu être écrit\u00a0: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace adhera
