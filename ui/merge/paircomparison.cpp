// SPDX-License-Identifier: GPL-3.0-or-later
#include "paircomparison.h"

#include "importing/importfile.h"
#include "members/phonenumbers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using importing::ImportField;

namespace {

enum Column { FieldColumn, FirstColumn, SecondColumn, ReasonColumn };
constexpr int ValueRole = Qt::UserRole;
const QColor differingColour(0xff, 0xf1, 0xc7);
const QString checkMark = u"✔ "_s;

// A value as a person reads it: phones and dates the French way, whatever the source wrote.
QString displayed(ImportField field, const QString &value)
{
    switch (field) {
    case ImportField::Phone:
    case ImportField::Mobile:
        if (const phone::Parsed parsed = phone::normalise(value); parsed.valid && !parsed.e164.isEmpty())
            return phone::display(parsed.e164);
        return value;
    case ImportField::JoinedOn:
    case ImportField::BirthDate:
        if (const QDate date = importing::parseDate(value); date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
        return value;
    default: return value;
    }
}

} // namespace

PairComparison::PairComparison(QWidget *parent) : QWidget(parent)
{
    m_comparisonTable = new QTableWidget(0, 4, this);
    m_comparisonTable->setObjectName(u"comparisonTable"_s);
    m_comparisonTable->verticalHeader()->hide();
    m_comparisonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparisonTable->setFocusPolicy(Qt::NoFocus);
    m_comparisonTable->setWordWrap(false);
    m_comparisonTable->verticalHeader()->setDefaultSectionSize(m_comparisonTable->fontMetrics().height() + 6);
    QHeaderView *header = m_comparisonTable->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FirstColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SecondColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_comparisonTable->setToolTip(tr("Cliquez sur une valeur pour la garder dans la fiche fusionnée."));

    m_keepBothEmailsCheck = new QCheckBox(tr("Garder les deux e-mails"), this);
    m_keepBothEmailsCheck->setObjectName(u"keepBothEmailsCheck"_s);
    m_keepBothPhonesCheck = new QCheckBox(tr("Garder les deux téléphones"), this);
    m_keepBothPhonesCheck->setObjectName(u"keepBothPhonesCheck"_s);

    auto *checks = new QHBoxLayout;
    checks->addWidget(m_keepBothEmailsCheck);
    checks->addWidget(m_keepBothPhonesCheck);
    checks->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_comparisonTable, 1);
    layout->addLayout(checks);

    connect(m_comparisonTable, &QTableWidget::cellClicked, this, &PairComparison::valueClicked);
    connect(m_keepBothEmailsCheck, &QCheckBox::toggled, this, [this](bool keep) {
        if (auto *current = pair(); current && current->keepBothEmails != keep) {
            current->keepBothEmails = keep;
            emit pairEdited(m_pairIndex);
        }
    });
    connect(m_keepBothPhonesCheck, &QCheckBox::toggled, this, [this](bool keep) {
        if (auto *current = pair(); current && current->keepBothPhones != keep) {
            current->keepBothPhones = keep;
            emit pairEdited(m_pairIndex);
        }
    });
    showPair(nullptr, -1);
}

merge::ReviewPair *PairComparison::pair() const
{
    return m_session && m_pairIndex >= 0 ? &m_session->pairs()[m_pairIndex] : nullptr;
}

void PairComparison::showPair(merge::ReviewSession *session, int pairIndex)
{
    m_session = session;
    m_pairIndex = session ? pairIndex : -1;
    m_fields.clear();
    const merge::ReviewPair *current = pair();
    m_comparisonTable->setRowCount(0);
    m_keepBothEmailsCheck->setEnabled(current);
    m_keepBothPhonesCheck->setEnabled(current);
    if (!current) {
        m_comparisonTable->setHorizontalHeaderLabels({tr("Champ"), tr("Fiche A"), tr("Fiche B"), tr("Pourquoi")});
        return;
    }
    m_comparisonTable->setHorizontalHeaderLabels(
        {tr("Champ"), m_session->sourceName(current->a), m_session->sourceName(current->b), tr("Pourquoi")});
    const importing::FieldValues &a = m_session->values(current->a);
    const importing::FieldValues &b = m_session->values(current->b);
    const QList<ImportField> conflicts = m_session->conflicts(*current);
    QFont bold = m_comparisonTable->font();
    bold.setBold(true);
    for (ImportField field : importing::allImportFields()) {
        const QString &left = a[std::size_t(field)];
        const QString &right = b[std::size_t(field)];
        if (left.isEmpty() && right.isEmpty())
            continue;
        const int row = m_comparisonTable->rowCount();
        m_comparisonTable->insertRow(row);
        m_fields << field;
        m_comparisonTable->setItem(row, FieldColumn, new QTableWidgetItem(importing::label(field)));
        int column = FirstColumn;
        for (const QString &value : {left, right}) {
            auto *item = new QTableWidgetItem;
            item->setData(ValueRole, value);
            if (conflicts.contains(field)) {
                item->setBackground(differingColour);
                item->setFont(bold);
            }
            m_comparisonTable->setItem(row, column++, item);
        }
        auto *reason = new QTableWidgetItem;
        reason->setForeground(palette().placeholderText());
        m_comparisonTable->setItem(row, ReasonColumn, reason);
    }
    {
        const QSignalBlocker emails(m_keepBothEmailsCheck);
        const QSignalBlocker phones(m_keepBothPhonesCheck);
        m_keepBothEmailsCheck->setChecked(current->keepBothEmails);
        m_keepBothPhonesCheck->setChecked(current->keepBothPhones);
    }
    m_keepBothEmailsCheck->setEnabled(conflicts.contains(ImportField::Email));
    m_keepBothPhonesCheck->setEnabled(conflicts.contains(ImportField::Phone) || conflicts.contains(ImportField::Mobile));
    refreshChoices();
}

// The value each field keeps: the side clicked, else the one proposed, else A's, else B's
// (ReviewSession::takesB), and why.
void PairComparison::refreshChoices()
{
    const merge::ReviewPair *current = pair();
    for (int row = 0; row < m_fields.size(); ++row) {
        const ImportField field = m_fields[row];
        QTableWidgetItem *first = m_comparisonTable->item(row, FirstColumn);
        QTableWidgetItem *second = m_comparisonTable->item(row, SecondColumn);
        const bool takeB = m_session->takesB(*current, field);
        // A mark only where there is a choice to make: two values that read differently (two ways
        // of writing one phone number are no choice).
        const QString shownA = displayed(field, first->data(ValueRole).toString());
        const QString shownB = displayed(field, second->data(ValueRole).toString());
        const bool choice = !shownA.isEmpty() && !shownB.isEmpty() && shownA != shownB;
        for (QTableWidgetItem *item : {first, second}) {
            const QString value = displayed(field, item->data(ValueRole).toString());
            const bool chosen = choice && (item == second) == takeB;
            item->setText(chosen ? checkMark + value : value);
            item->setToolTip(chosen ? tr("Valeur gardée") : QString());
        }
        QString reason;
        if (choice) {
            if (current->takeB.contains(field))
                reason = tr("votre choix");
            else if (const auto proposed = current->proposals.constFind(field); proposed != current->proposals.cend())
                reason = proposed->reason;
            else if (merge::comparableValue(field, shownA) != merge::comparableValue(field, shownB))
                reason = tr("à vous de choisir\u00a0: deux valeurs valides");
        }
        QTableWidgetItem *why = m_comparisonTable->item(row, ReasonColumn);
        why->setText(reason);
        why->setToolTip(reason);
    }
}

void PairComparison::valueClicked(int row, int column)
{
    merge::ReviewPair *current = pair();
    if (!current || row < 0 || row >= m_fields.size() || column == FieldColumn)
        return;
    if (m_comparisonTable->item(row, column)->data(ValueRole).toString().isEmpty())
        return;
    current->takeB[m_fields[row]] = column == SecondColumn;
    refreshChoices();
    emit pairEdited(m_pairIndex);
}

} // namespace adhera
