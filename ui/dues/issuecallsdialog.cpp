// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuecallsdialog.h"

#include "dues/money.h"
#include "i18n/displayformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

QDateEdit *dateEdit(const QString &name, const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setObjectName(name);
    edit->setLocale(i18n::displayLocale());
    edit->setDisplayFormat(i18n::dateFormat());
    edit->setCalendarPopup(true);
    return edit;
}

QTableWidgetItem *cell(const QString &text, bool muted = false, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    item->setTextAlignment(alignment);
    if (muted)
        item->setForeground(QColor(u"#777777"_s));
    return item;
}

} // namespace

IssueCallsDialog::IssueCallsDialog(DuesLedger &ledger, const QList<int> &years, int year, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ledger(ledger)
{
    setWindowTitle(tr("Émettre les appels"));
    setSizeGripEnabled(true);

    m_yearCombo = new QComboBox;
    m_yearCombo->setObjectName(u"yearCombo"_s);
    for (const int offered : years)
        m_yearCombo->addItem(m_ledger.financialYear(offered).label(), offered);
    m_periodLabel = new QLabel;
    m_periodLabel->setObjectName(u"periodLabel"_s);
    m_issuedOnEdit = dateEdit(u"issuedOnEdit"_s, today);
    m_dueOnEdit = dateEdit(u"dueOnEdit"_s, today.addDays(30));

    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearCombo);
    yearRow->addWidget(m_periodLabel, 1);
    auto *yearLabel = new QLabel(tr("&Exercice\u00a0:"));
    yearLabel->setBuddy(m_yearCombo); // a row holding a layout gives its label no buddy
    auto *form = new QFormLayout;
    form->addRow(yearLabel, yearRow);
    form->addRow(tr("Date d'é&mission\u00a0:"), m_issuedOnEdit);
    form->addRow(tr("É&chéance\u00a0:"), m_dueOnEdit);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"draftTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Adhérent"), tr("Catégorie"), tr("Montant"), tr("Règle appliquée")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c0392b;"_s);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox;
    m_issueButton = buttons->addButton(tr("Émettre les appels"), QDialogButtonBox::AcceptRole);
    m_issueButton->setObjectName(u"issueButton"_s);
    buttons->addButton(tr("Annuler"), QDialogButtonBox::RejectRole);
    connect(m_issueButton, &QPushButton::clicked, this, &IssueCallsDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Seront appelés\u00a0:")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &IssueCallsDialog::refreshPreview);
    connect(m_issuedOnEdit, &QDateEdit::dateChanged, this, &IssueCallsDialog::checkDates);
    connect(m_dueOnEdit, &QDateEdit::dateChanged, this, &IssueCallsDialog::checkDates);
    setFinancialYear(year);
    refreshPreview();
    resize(820, 520);
}

int IssueCallsDialog::financialYear() const
{
    return m_yearCombo->currentData().toInt();
}

void IssueCallsDialog::setFinancialYear(int year)
{
    if (const int index = m_yearCombo->findData(year); index >= 0)
        m_yearCombo->setCurrentIndex(index);
}

QDate IssueCallsDialog::issuedOn() const
{
    return m_issuedOnEdit->date();
}

QDate IssueCallsDialog::dueOn() const
{
    return m_dueOnEdit->date();
}

void IssueCallsDialog::refreshPreview()
{
    const FinancialYear year = m_ledger.financialYear(financialYear());
    m_periodLabel->setText(tr("du %1 au %2").arg(i18n::displayDate(year.first()), i18n::displayDate(year.last())));
    m_errorLabel->hide();
    const auto preview = m_ledger.previewCalls(financialYear());
    m_preview = preview ? *preview : DuesLedger::Preview {};
    if (!preview) {
        m_errorLabel->setText(preview.error().message);
        m_errorLabel->show();
    }

    m_table->setRowCount(int(m_preview.drafts.size() + m_preview.notBilled.size()));
    int row = 0;
    Cents total = 0;
    for (const CallDraft &draft : std::as_const(m_preview.drafts)) {
        total += draft.amount;
        const QString note = draft.note.isEmpty() || !draft.joinedOn.isValid()
            ? draft.note
            : tr("adhésion le %1, %2").arg(i18n::displayDate(draft.joinedOn), draft.note);
        m_table->setItem(row, MemberColumn, cell(draft.memberName));
        m_table->setItem(row, CategoryColumn, cell(draft.category));
        m_table->setItem(row, AmountColumn, cell(i18n::displayEuros(draft.amount), false, Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(row, NoteColumn, cell(note));
        ++row;
    }
    for (const CallDraft &draft : std::as_const(m_preview.notBilled)) {
        m_table->setItem(row, MemberColumn, cell(draft.memberName, true));
        m_table->setItem(row, CategoryColumn, cell(draft.category, true));
        m_table->setItem(row, AmountColumn, cell(tr("sans appel"), true, Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(row, NoteColumn, cell(draft.note, true));
        ++row;
    }

    const int count = int(m_preview.drafts.size());
    QStringList summary;
    summary << (count == 0
            ? tr("Aucun appel à émettre pour %1\u00a0: chaque adhérent actif a déjà le sien.").arg(year.label())
            : tr("%n appel(s) de cotisation %1 pour un total de %2.", nullptr, count).arg(year.label(), i18n::displayEuros(total)));
    if (!m_preview.notBilled.isEmpty())
        summary << tr("%n adhérent(s) sans appel cette année, par la règle d'adhésion ou une cotisation réglée à l'ancien club (voir « "
                      "Règle appliquée »).",
            nullptr, int(m_preview.notBilled.size()));
    if (!m_preview.missingSchedules.isEmpty())
        summary << tr("Sans barème pour %1, donc sans appel\u00a0: %2.").arg(year.label(), m_preview.missingSchedules.join(u", "_s));
    m_summaryLabel->setText(summary.join(u'\n'));
    m_issueButton->setText(count == 0 ? tr("Émettre les appels") : tr("Émettre %n appel(s)", nullptr, count));
    checkDates();
}

void IssueCallsDialog::checkDates()
{
    const bool datesRight = dueOn() >= issuedOn();
    if (!datesRight) {
        m_errorLabel->setText(
            tr("L'échéance (%1) précède la date d'émission (%2).").arg(i18n::displayDate(dueOn()), i18n::displayDate(issuedOn())));
        m_errorLabel->show();
    } else if (m_errorLabel->text().startsWith(tr("L'échéance"))) {
        m_errorLabel->hide();
    }
    m_issueButton->setEnabled(datesRight && !m_preview.drafts.isEmpty());
}

void IssueCallsDialog::issue()
{
    const auto issued = m_ledger.issueCalls(financialYear(), issuedOn(), dueOn());
    if (!issued) {
        m_errorLabel->setText(issued.error().message);
        m_errorLabel->show();
        return;
    }
    m_issued = *issued;
    accept();
}

} // namespace adhera
