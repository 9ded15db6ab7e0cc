// SPDX-License-Identifier: GPL-3.0-or-later
#include "feescheduledialog.h"

#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "i18n/displayformat.h"
#include "members/memberfile.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

const QColor badCellColor(0xf8, 0xd7, 0xd7);
constexpr int firstYear = 2000;
constexpr int lastYear = 2200;

const QList<JoiningRule> &joiningRules()
{
    static const QList<JoiningRule> rules {JoiningRule::Full, JoiningRule::ProRataMonth, JoiningRule::NextYearFromSeptember};
    return rules;
}

} // namespace

FeeScheduleDialog::FeeScheduleDialog(Database &db, int financialYear, QWidget *parent) : QDialog(parent), m_db(db), m_ledger(db)
{
    setObjectName(u"feeScheduleDialog"_s);
    setWindowTitle(tr("Barème des cotisations"));
    setStyleSheet(FieldFeedback::styleSheet());

    if (auto categories = MemberFile(m_db).categories())
        m_categories = *categories;
    else
        qWarning("Categories not loaded: %s", qPrintable(categories.error().message));

    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(u"yearCombo"_s);
    m_shownYear = std::clamp(financialYear, firstYear, lastYear);
    for (int year = std::max(firstYear, m_shownYear - 4); year <= std::min(lastYear, m_shownYear + 2); ++year)
        m_yearCombo->addItem(m_ledger.financialYear(year).label(), year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_shownYear));
    auto *yearLabel = new QLabel(tr("E&xercice\u00a0:"), this);
    yearLabel->setBuddy(m_yearCombo);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(u"periodLabel"_s);
    m_periodLabel->setEnabled(false);

    auto *copyButton = new QPushButton(tr("Re&prendre le barème de l'exercice précédent"), this);
    copyButton->setObjectName(u"copyPreviousButton"_s);
    copyButton->setAutoDefault(false);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"scheduleTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Catégorie"), tr("Montant"), tr("Arrivée en cours d'exercice")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AmountColumn, QHeaderView::Fixed);
    header->resizeSection(AmountColumn, 120);
    header->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setProperty("role", u"fieldProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();

    auto *note = new QLabel(tr("Une catégorie sans montant n'a pas de barème pour l'exercice\u00a0: ses adhérents ne reçoivent "
                               "pas d'appel.\nLes appels déjà émis ne changent pas."),
        this);
    note->setObjectName(u"noteLabel"_s);
    note->setWordWrap(true);
    note->setEnabled(false);

    QDialogButtonBox *buttons = EditorSupport::saveButtons(this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Enregistrer le barème (Ctrl+Entrée)"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(yearLabel);
    topRow->addWidget(m_yearCombo);
    topRow->addWidget(m_periodLabel);
    topRow->addStretch(1);
    topRow->addWidget(copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(note);
    layout->addWidget(buttons);

    load();

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &FeeScheduleDialog::yearChosen);
    connect(copyButton, &QPushButton::clicked, this, &FeeScheduleDialog::copyPreviousYear);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { amountEdited(item->row(), item->column()); });

    resize(std::max(sizeHint().width(), 820), std::max(sizeHint().height(), 460));
}

int FeeScheduleDialog::financialYear() const
{
    return m_shownYear;
}

bool FeeScheduleDialog::setFinancialYear(int financialYear)
{
    if (financialYear == m_shownYear)
        return true;
    if (financialYear < firstYear || financialYear > lastYear)
        return false;
    if (isModified()) {
        const auto answer = MessageBox::askToSave(this, windowTitle(),
            tr("Le barème de l'exercice %1 a changé. Enregistrer les changements\u00a0?").arg(m_ledger.financialYear(m_shownYear).label()));
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return false;
    }
    m_shownYear = financialYear;
    {
        const QSignalBlocker blocker(m_yearCombo);
        int index = m_yearCombo->findData(financialYear);
        if (index < 0) {
            index = 0;
            while (index < m_yearCombo->count() && m_yearCombo->itemData(index).toInt() < financialYear)
                ++index;
            m_yearCombo->insertItem(index, m_ledger.financialYear(financialYear).label(), financialYear);
        }
        m_yearCombo->setCurrentIndex(index);
    }
    load();
    return true;
}

void FeeScheduleDialog::yearChosen()
{
    if (setFinancialYear(m_yearCombo->currentData().toInt()))
        return;
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_shownYear));
}

void FeeScheduleDialog::load()
{
    const FinancialYear year = m_ledger.financialYear(m_shownYear);
    m_periodLabel->setText(tr("du %1 au %2").arg(i18n::displayDate(year.first()), i18n::displayDate(year.last())));

    QList<FeeSchedule> schedules;
    if (auto stored = m_ledger.schedules(m_shownYear))
        schedules = *stored;
    else
        MessageBox::critical(this, windowTitle(), stored.error().message);

    m_rows.clear();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_categories.size()));
    for (int row = 0; row < m_categories.size(); ++row) {
        Row entry {m_categories.at(row), std::nullopt};
        const auto found = std::find_if(schedules.cbegin(), schedules.cend(),
            [&entry](const FeeSchedule &schedule) { return schedule.categoryId == entry.category.id; });
        if (found != schedules.cend())
            entry.stored = *found;
        m_rows.append(entry);

        auto *name = new QTableWidgetItem(entry.category.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, CategoryColumn, name);
        auto *rule = new QComboBox(m_table);
        rule->setObjectName(u"ruleCombo"_s);
        for (const JoiningRule joiningRule : joiningRules())
            rule->addItem(label(joiningRule), toCode(joiningRule));
        m_table->setCellWidget(row, RuleColumn, rule);
        fillRow(row, entry.stored ? std::optional(entry.stored->amount) : std::nullopt,
            entry.stored ? entry.stored->joiningRule : JoiningRule::Full);
    }
    m_problemLabel->hide();
    m_table->setProperty("invalid", false);
    m_table->style()->unpolish(m_table);
    m_table->style()->polish(m_table);
}

void FeeScheduleDialog::fillRow(int row, std::optional<Cents> amount, JoiningRule rule)
{
    const QSignalBlocker blocker(m_table);
    auto *item = new QTableWidgetItem(amount ? i18n::displayEuros(*amount) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, AmountColumn, item);
    if (QComboBox *combo = ruleCombo(row))
        combo->setCurrentIndex(std::max(0, combo->findData(toCode(rule))));
}

QComboBox *FeeScheduleDialog::ruleCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, RuleColumn));
}

void FeeScheduleDialog::amountEdited(int row, int column)
{
    if (column != AmountColumn)
        return;
    QTableWidgetItem *item = m_table->item(row, column);
    // A good amount reads the French way at once: "450" becomes "450,00 €".
    if (const auto cents = parseEuros(item->text()); cents && *cents >= 0) {
        const QSignalBlocker blocker(m_table);
        item->setText(i18n::displayEuros(*cents));
    }
    changedSchedules(false);
}

std::optional<QList<FeeSchedule>> FeeScheduleDialog::changedSchedules(bool focusProblem)
{
    const QSignalBlocker blocker(m_table);
    QList<FeeSchedule> changed;
    QStringList problems;
    int firstBadRow = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        QTableWidgetItem *item = m_table->item(row, AmountColumn);
        item->setBackground(QBrush());
        const QString text = item->text().trimmed();
        const JoiningRule rule = joiningRuleFromCode(ruleCombo(row)->currentData().toString()).value_or(JoiningRule::Full);
        QString problem;
        if (text.isEmpty()) {
            if (entry.stored) {
                problem = tr("%1\u00a0: le barème de cet exercice existe déjà et ne peut pas être retiré\u00a0; indiquez un montant "
                             "(0,00 pour une cotisation nulle).")
                              .arg(entry.category.name);
            }
        } else if (const auto cents = parseEuros(text); !cents) {
            problem = tr("%1\u00a0: « %2 » n'est pas un montant.").arg(entry.category.name, text);
        } else if (*cents < 0) {
            problem = tr("%1\u00a0: le montant ne peut pas être négatif (« %2 »).").arg(entry.category.name, text);
        } else if (!entry.stored || entry.stored->amount != *cents || entry.stored->joiningRule != rule) {
            changed.append(FeeSchedule {entry.stored ? entry.stored->id : 0, m_shownYear, entry.category.id, *cents, rule});
        }
        if (!problem.isEmpty()) {
            problems << problem;
            item->setBackground(badCellColor);
            if (firstBadRow < 0)
                firstBadRow = row;
        }
    }
    m_problemLabel->setText(problems.join(u'\n'));
    m_problemLabel->setVisible(!problems.isEmpty());
    m_table->setProperty("invalid", !problems.isEmpty());
    m_table->style()->unpolish(m_table);
    m_table->style()->polish(m_table);
    if (problems.isEmpty())
        return changed;
    if (focusProblem) {
        m_table->setCurrentCell(firstBadRow, AmountColumn);
        m_table->setFocus(Qt::OtherFocusReason);
    }
    return std::nullopt;
}

bool FeeScheduleDialog::isModified() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        const QString text = m_table->item(row, AmountColumn)->text().trimmed();
        if (text.isEmpty()) {
            if (entry.stored)
                return true;
            continue;
        }
        const auto cents = parseEuros(text);
        const auto rule = joiningRuleFromCode(ruleCombo(row)->currentData().toString());
        if (!cents || !entry.stored || entry.stored->amount != *cents || entry.stored->joiningRule != rule)
            return true;
    }
    return false;
}

void FeeScheduleDialog::copyPreviousYear()
{
    const int previousYear = m_shownYear - 1;
    const QString previousLabel = m_ledger.financialYear(previousYear).label();
    const auto previous = m_ledger.schedules(previousYear);
    if (!previous) {
        MessageBox::critical(this, windowTitle(), previous.error().message);
        return;
    }
    if (previous->isEmpty()) {
        MessageBox::information(this, windowTitle(), tr("L'exercice %1 n'a pas de barème à reprendre.").arg(previousLabel));
        return;
    }
    const auto rowOf = [this](qint64 categoryId) {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).category.id == categoryId)
                return row;
        return -1;
    };
    // Amounts already shown that the copy would replace: ask first.
    const bool replaces = std::any_of(previous->cbegin(), previous->cend(), [&](const FeeSchedule &schedule) {
        const int row = rowOf(schedule.categoryId);
        if (row < 0)
            return false;
        const QString text = m_table->item(row, AmountColumn)->text().trimmed();
        return !text.isEmpty() && parseEuros(text) != std::optional(schedule.amount);
    });
    if (replaces
        && MessageBox::question(
               this, windowTitle(), tr("Remplacer les montants affichés par ceux de l'exercice %1\u00a0?").arg(previousLabel))
            != QMessageBox::Yes)
        return;
    for (const FeeSchedule &schedule : *previous) {
        if (const int row = rowOf(schedule.categoryId); row >= 0)
            fillRow(row, schedule.amount, schedule.joiningRule);
    }
    if (m_problemLabel->isVisible())
        changedSchedules(false);
}

bool FeeScheduleDialog::save()
{
    const auto changed = changedSchedules(true);
    if (!changed)
        return false;
    if (changed->isEmpty())
        return true;
    if (auto saved = m_ledger.saveSchedules(*changed); !saved) {
        MessageBox::critical(this, tr("Enregistrement impossible"),
            tr("Le barème de l'exercice %1 n'a pas été enregistré\u00a0: %2")
                .arg(m_ledger.financialYear(m_shownYear).label(), saved.error().message));
        return false;
    }
    load();
    return true;
}

void FeeScheduleDialog::accept()
{
    if (save())
        QDialog::accept();
}

void FeeScheduleDialog::reject()
{
    if (isModified() && !EditorSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace adhera
