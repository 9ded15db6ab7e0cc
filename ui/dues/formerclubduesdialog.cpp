// SPDX-License-Identifier: GPL-3.0-or-later
#include "formerclubduesdialog.h"

#include "db/database.h"
#include "dues/financialyear.h"
#include "i18n/displayformat.h"
#include "messagebox.h"
#include "text/textfold.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

FormerClubDuesDialog::FormerClubDuesDialog(Database &db, int financialYear, const QDate &today, QWidget *parent)
    : QDialog(parent), m_db(db), m_ledger(db), m_financialYear(financialYear)
{
    const QString year = FinancialYear(financialYear, FinancialYear::startMonthOf(db)).label();
    setWindowTitle(tr("Cotisations réglées aux anciens clubs — exercice %1").arg(year));

    auto *intro = new QLabel(tr("Cochez les adhérents venus des clubs fondateurs qui avaient déjà réglé leur cotisation %1 à leur ancien "
                                "club. Ils sont alors à jour pour voter et ne reçoivent pas d'appel de L2C (un appel sans paiement est "
                                "annulé). Ces sommes ne sont pas des recettes de L2C\u00a0: les états les montrent à part.")
                                 .arg(year));
    intro->setWordWrap(true);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"formerClubSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Rechercher un adhérent…"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &FormerClubDuesDialog::filterRows);
    m_searchEdit->installEventFilter(this);
    auto *searchLabel = new QLabel(tr("&Rechercher\u00a0:"));
    searchLabel->setBuddy(m_searchEdit);

    m_clubFilter = new QComboBox;
    m_clubFilter->setObjectName(u"formerClubFilter"_s);
    connect(m_clubFilter, &QComboBox::currentIndexChanged, this, &FormerClubDuesDialog::filterRows);
    auto *clubLabel = new QLabel(tr("&Club\u00a0:"));
    clubLabel->setBuddy(m_clubFilter);

    // Paid to the former club before the merger, as a rule: the year's first day unless later than today.
    const QDate yearStart = FinancialYear(financialYear, FinancialYear::startMonthOf(db)).first();
    m_paidOnEdit = new QDateEdit(std::min(yearStart, today));
    m_paidOnEdit->setObjectName(u"formerClubPaidOnEdit"_s);
    m_paidOnEdit->setDisplayFormat(i18n::dateFormat());
    m_paidOnEdit->setCalendarPopup(true);
    m_paidOnEdit->setToolTip(tr("La date donnée aux adhérents que vous cochez"));
    auto *paidOnLabel = new QLabel(tr("Réglée &le\u00a0:"));
    paidOnLabel->setBuddy(m_paidOnEdit);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"formerClubTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Adhérent"), tr("Catégorie"), tr("Ancien club"), tr("Montant réglé"), tr("Réglée le"), tr("Reçu du club"), tr("Appel L2C")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair {CategoryColumn, 130}, {ClubColumn, 95}, {AmountColumn, 100}, {PaidOnColumn, 80},
             {ReferenceColumn, 100}, {CallColumn, 200}})
        header->resizeSection(column, width);
    connect(m_table, &QTableWidget::itemChanged, this, &FormerClubDuesDialog::rowEdited);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(u"formerClubSummary"_s);
    m_summaryLabel->setWordWrap(true);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(u"formerClubError"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormerClubDuesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(12);
    filters->addWidget(clubLabel);
    filters->addWidget(m_clubFilter);
    filters->addSpacing(12);
    filters->addWidget(paidOnLabel);
    filters->addWidget(m_paidOnEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(980, 560)));

    fillTable();
    m_searchEdit->setFocus();
}

void FormerClubDuesDialog::fillTable()
{
    auto candidates = m_ledger.candidates(m_financialYear);
    if (!candidates) {
        m_errorLabel->setText(candidates.error().message);
        m_errorLabel->show();
        m_candidates.clear();
    } else {
        m_candidates = *candidates;
    }

    m_filling = true;
    m_table->setRowCount(int(m_candidates.size()));
    QStringList clubs;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const FormerClubCandidate &candidate = m_candidates.at(row);
        const QString club = candidate.recorded ? candidate.recorded->clubName : candidate.clubName;
        if (!club.isEmpty() && !clubs.contains(club))
            clubs.append(club);

        auto *member = readOnly(candidate.memberName);
        // Recorded rows stay tickable (to untick them) even if their call has money on it since.
        if (candidate.recordable() || candidate.recorded)
            member->setFlags(member->flags() | Qt::ItemIsUserCheckable);
        else
            member->setFlags(Qt::ItemIsSelectable);
        member->setCheckState(candidate.recorded ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, MemberColumn, member);
        m_table->setItem(row, CategoryColumn, readOnly(candidate.category));
        m_table->setItem(row, ClubColumn, readOnly(club));
        auto *amount = new QTableWidgetItem(i18n::displayEuros(candidate.recorded ? candidate.recorded->amount : candidate.scheduleAmount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
        m_table->setItem(row, PaidOnColumn, readOnly(candidate.recorded ? i18n::displayDate(candidate.recorded->paidOn) : QString()));
        m_table->setItem(row, ReferenceColumn, new QTableWidgetItem(candidate.recorded ? candidate.recorded->reference : QString()));
        m_table->setItem(row, CallColumn, readOnly(callText(row)));
    }
    m_filling = false;

    const QSignalBlocker blocker(m_clubFilter);
    m_clubFilter->clear();
    m_clubFilter->addItem(tr("Tous"));
    for (const QString &club : std::as_const(clubs))
        m_clubFilter->addItem(club, club);
    filterRows();
    updateSummary();
}

QString FormerClubDuesDialog::callText(int row) const
{
    const FormerClubCandidate &candidate = m_candidates.at(row);
    const QTableWidgetItem *member = m_table->item(row, MemberColumn);
    const bool ticked = member && member->checkState() == Qt::Checked;
    if (candidate.callId == 0)
        return tr("aucun");
    if (candidate.callPaid != 0)
        return tr("%1\u00a0: %2 déjà payés").arg(candidate.callNumber, i18n::displayEuros(candidate.callPaid));
    if (candidate.recorded && candidate.recorded->cancelledCallId == candidate.callId)
        return ticked ? tr("%1 annulé").arg(candidate.callNumber) : tr("%1 sera rouvert").arg(candidate.callNumber);
    switch (candidate.callState) {
    case CallState::Open: return ticked ? tr("%1 sera annulé").arg(candidate.callNumber) : candidate.callNumber;
    case CallState::Exempt: return tr("%1 exonéré").arg(candidate.callNumber);
    case CallState::Cancelled: return tr("%1 annulé").arg(candidate.callNumber);
    }
    return candidate.callNumber;
}

void FormerClubDuesDialog::filterRows()
{
    const QStringList terms = text::searchTerms(m_searchEdit->text());
    const QString club = m_clubFilter->currentData().toString();
    for (int row = 0; row < m_candidates.size(); ++row) {
        const FormerClubCandidate &candidate = m_candidates.at(row);
        const bool shown = (club.isEmpty() || m_table->item(row, ClubColumn)->text() == club)
            && text::containsAll(candidate.memberName + u' ' + candidate.category, terms);
        m_table->setRowHidden(row, !shown);
    }
}

void FormerClubDuesDialog::rowEdited(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = item->row();
    m_filling = true;
    if (item->column() == MemberColumn) {
        const FormerClubCandidate &candidate = m_candidates.at(row);
        const bool ticked = item->checkState() == Qt::Checked;
        // A row ticked now takes the date above; a recorded one keeps its own.
        QString paidOn;
        if (ticked)
            paidOn = i18n::displayDate(candidate.recorded ? candidate.recorded->paidOn : m_paidOnEdit->date());
        m_table->item(row, PaidOnColumn)->setText(paidOn);
        m_table->item(row, CallColumn)->setText(callText(row));
    }
    if (item->column() == AmountColumn)
        if (const auto amount = parseEuros(item->text()); amount && *amount >= 0)
            item->setText(i18n::displayEuros(*amount));
    m_filling = false;
    m_errorLabel->hide();
    updateSummary();
}

bool FormerClubDuesDialog::collect(QList<FormerClubDues> *records, QList<qint64> *removed, QString *problem) const
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        const FormerClubCandidate &candidate = m_candidates.at(row);
        const bool ticked = m_table->item(row, MemberColumn)->checkState() == Qt::Checked;
        if (!ticked) {
            if (candidate.recorded)
                removed->append(candidate.recorded->id);
            continue;
        }
        const auto amount = parseEuros(m_table->item(row, AmountColumn)->text());
        if (!amount || *amount < 0) {
            *problem = tr("Le montant réglé par %1 n'est pas un montant en euros («\u00a0%2\u00a0»).")
                           .arg(candidate.memberName, m_table->item(row, AmountColumn)->text());
            return false;
        }
        FormerClubDues record = candidate.recorded.value_or(FormerClubDues {});
        record.financialYear = m_financialYear;
        record.membershipId = candidate.membershipId;
        if (!candidate.recorded) {
            record.clubId = candidate.clubId;
            record.paidOn = m_paidOnEdit->date();
        }
        record.amount = *amount;
        record.reference = m_table->item(row, ReferenceColumn)->text().trimmed();
        const bool unchanged
            = candidate.recorded && candidate.recorded->amount == record.amount && candidate.recorded->reference == record.reference;
        if (!unchanged)
            records->append(record);
    }
    return true;
}

bool FormerClubDuesDialog::hasChanges() const
{
    QList<FormerClubDues> records;
    QList<qint64> removed;
    QString problem;
    return !collect(&records, &removed, &problem) || !records.isEmpty() || !removed.isEmpty();
}

void FormerClubDuesDialog::updateSummary()
{
    int ticked = 0;
    int cancelled = 0;
    int reopened = 0;
    Cents total = 0;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const FormerClubCandidate &candidate = m_candidates.at(row);
        const bool isTicked = m_table->item(row, MemberColumn)->checkState() == Qt::Checked;
        const bool cancelledByRecord = candidate.recorded && candidate.recorded->cancelledCallId == candidate.callId && candidate.callId;
        if (isTicked) {
            ++ticked;
            total += parseEuros(m_table->item(row, AmountColumn)->text()).value_or(0);
            if (!candidate.recorded && candidate.callId && candidate.callPaid == 0 && candidate.callState == CallState::Open)
                ++cancelled;
        } else if (cancelledByRecord) {
            ++reopened;
        }
    }
    QStringList lines;
    lines << tr("%n adhérent(s) à jour par leur ancien club, %1 réglés hors des recettes de L2C.", nullptr, ticked)
                 .arg(i18n::displayEuros(total));
    if (cancelled > 0)
        lines << tr("%n appel(s) L2C sans paiement sera(ont) annulé(s).", nullptr, cancelled);
    if (reopened > 0)
        lines << tr("%n appel(s) L2C sera(ont) rouvert(s).", nullptr, reopened);
    m_summaryLabel->setText(lines.join(u' '));
}

void FormerClubDuesDialog::save()
{
    QList<FormerClubDues> records;
    QList<qint64> removed;
    QString problem;
    if (!collect(&records, &removed, &problem)) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return;
    }
    if (records.isEmpty() && removed.isEmpty()) {
        QDialog::done(Rejected);
        return;
    }
    if (auto saved = m_ledger.save(m_financialYear, records, removed); !saved) {
        m_errorLabel->setText(saved.error().message);
        m_errorLabel->show();
        return;
    }
    QStringList said;
    if (!records.isEmpty())
        said << tr("%n cotisation(s) réglée(s) à l'ancien club enregistrée(s)", nullptr, int(records.size()));
    if (!removed.isEmpty())
        said << tr("%n retirée(s)", nullptr, int(removed.size()));
    m_savedText = said.join(u", "_s) + u'.';
    QDialog::done(Accepted);
}

bool FormerClubDuesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Found by typing, then ↓ and Espace to tick: the hands stay on the keyboard.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (!m_table->isRowHidden(row)) {
                m_table->setFocus();
                m_table->setCurrentCell(row, MemberColumn);
                return true;
            }
    }
    return QDialog::eventFilter(watched, event);
}

void FormerClubDuesDialog::done(int result)
{
    if (result != Accepted && hasChanges()
        && !MessageBox::confirmDiscard(
            this, windowTitle(), tr("Les adhérents cochés ou décochés ne sont pas enregistrés. Les abandonner\u00a0?")))
        return;
    QDialog::done(result);
}

} // namespace adhera
