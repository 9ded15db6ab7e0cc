// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedatadialog.h"

#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

constexpr int IdRole = Qt::UserRole;
const QColor badCellColor(0xf8, 0xd7, 0xd7);

bool sameCategory(const Category &a, const Category &b)
{
    return a.id == b.id && a.code == b.code && a.name == b.name && a.memberKind == b.memberKind;
}

bool sameClub(const OriginClub &a, const OriginClub &b)
{
    return a.id == b.id && a.code == b.code && a.name == b.name;
}

template <typename T, typename Same>
bool sameLists(const QList<T> &a, const QList<T> &b, Same same)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), same);
}

QTableWidget *newTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(90);
    return table;
}

QLabel *newProblemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setProperty("role", u"fieldProblem"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

qint64 rowId(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = table->item(row, 0);
    return item ? item->data(IdRole).toLongLong() : 0;
}

} // namespace

ReferenceDataDialog::ReferenceDataDialog(MemberFile &file, QWidget *parent) : QDialog(parent), m_file(file)
{
    setObjectName(u"referenceDataDialog"_s);
    setWindowTitle(tr("Catégories d'adhésion et clubs d'origine"));
    setStyleSheet(FieldFeedback::styleSheet());

    if (auto categories = m_file.categories())
        m_originalCategories = *categories;
    else
        qWarning("Categories not loaded: %s", qPrintable(categories.error().message));
    if (auto clubs = m_file.originClubs())
        m_originalClubs = *clubs;
    else
        qWarning("Origin clubs not loaded: %s", qPrintable(clubs.error().message));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->addTab(buildCategoryPage(), tr("&Catégories d'adhésion"));
    m_tabs->addTab(buildClubPage(), tr("Clubs d'&origine"));

    auto *hint = new QLabel(tr("Rien ne se supprime ici : une catégorie ou un club reste attaché aux adhésions "
                               "qui l'utilisent. Renommez-le au besoin."),
        this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    QDialogButtonBox *buttons = EditorSupport::saveButtons(this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Enregistrer les listes (Ctrl+Entrée)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    for (const Category &category : std::as_const(m_originalCategories))
        addCategoryRow(category);
    for (const OriginClub &club : std::as_const(m_originalClubs))
        addClubRow(club);

    // Once a save has shown problems, they follow the edits.
    connect(m_categoryTable, &QTableWidget::itemChanged, this, [this] {
        if (m_categoryProblems->isVisible())
            checkTable(m_categoryTable, m_categoryProblems);
    });
    connect(m_clubTable, &QTableWidget::itemChanged, this, [this] {
        if (m_clubProblems->isVisible())
            checkTable(m_clubTable, m_clubProblems);
    });
    resize(680, 500);
}

QWidget *ReferenceDataDialog::buildCategoryPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"categoryPage"_s);
    m_categoryTable = newTable(u"categoryTable"_s, {tr("Code"), tr("Nom"), tr("Peut être détenue par")}, page);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_categoryProblems = newProblemLabel(u"categoryProblemLabel"_s, page);
    auto *add = new QPushButton(tr("&Ajouter une catégorie"), page);
    add->setObjectName(u"addCategoryButton"_s);
    add->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_categoryTable, 1);
    layout->addWidget(m_categoryProblems);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        Category category;
        category.memberKind = u"organisation"_s;
        addCategoryRow(category);
        const int row = m_categoryTable->rowCount() - 1;
        m_categoryTable->setCurrentCell(row, CodeColumn);
        m_categoryTable->editItem(m_categoryTable->item(row, CodeColumn));
    });
    return page;
}

QWidget *ReferenceDataDialog::buildClubPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"clubPage"_s);
    m_clubTable = newTable(u"originClubTable"_s, {tr("Code"), tr("Nom")}, page);
    m_clubProblems = newProblemLabel(u"originClubProblemLabel"_s, page);
    auto *add = new QPushButton(tr("A&jouter un club"), page);
    add->setObjectName(u"addOriginClubButton"_s);
    add->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_clubTable, 1);
    layout->addWidget(m_clubProblems);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addClubRow(OriginClub {});
        const int row = m_clubTable->rowCount() - 1;
        m_clubTable->setCurrentCell(row, CodeColumn);
        m_clubTable->editItem(m_clubTable->item(row, CodeColumn));
    });
    return page;
}

void ReferenceDataDialog::addCategoryRow(const Category &category)
{
    const QSignalBlocker blocker(m_categoryTable);
    const int row = m_categoryTable->rowCount();
    m_categoryTable->insertRow(row);
    auto *code = new QTableWidgetItem(category.code);
    code->setData(IdRole, category.id);
    m_categoryTable->setItem(row, CodeColumn, code);
    m_categoryTable->setItem(row, NameColumn, new QTableWidgetItem(category.name));

    auto *kind = new QComboBox(m_categoryTable);
    kind->setObjectName(u"memberKindCombo"_s);
    kind->addItem(tr("Organisation"), u"organisation"_s);
    kind->addItem(tr("Personne"), u"person"_s);
    kind->addItem(tr("Les deux"), u"any"_s);
    kind->setCurrentIndex(std::max(0, kind->findData(category.memberKind)));
    m_categoryTable->setCellWidget(row, KindColumn, kind);
}

void ReferenceDataDialog::addClubRow(const OriginClub &club)
{
    const QSignalBlocker blocker(m_clubTable);
    const int row = m_clubTable->rowCount();
    m_clubTable->insertRow(row);
    auto *code = new QTableWidgetItem(club.code);
    code->setData(IdRole, club.id);
    m_clubTable->setItem(row, CodeColumn, code);
    m_clubTable->setItem(row, NameColumn, new QTableWidgetItem(club.name));
}

QList<Category> ReferenceDataDialog::categories() const
{
    QList<Category> list;
    for (int row = 0; row < m_categoryTable->rowCount(); ++row) {
        Category category;
        category.id = rowId(m_categoryTable, row);
        category.code = cellText(m_categoryTable, row, CodeColumn);
        category.name = cellText(m_categoryTable, row, NameColumn);
        if (const auto *kind = qobject_cast<const QComboBox *>(m_categoryTable->cellWidget(row, KindColumn)))
            category.memberKind = kind->currentData().toString();
        list.append(category);
    }
    return list;
}

QList<OriginClub> ReferenceDataDialog::originClubs() const
{
    QList<OriginClub> list;
    for (int row = 0; row < m_clubTable->rowCount(); ++row) {
        OriginClub club;
        club.id = rowId(m_clubTable, row);
        club.code = cellText(m_clubTable, row, CodeColumn);
        club.name = cellText(m_clubTable, row, NameColumn);
        list.append(club);
    }
    return list;
}

bool ReferenceDataDialog::isModified() const
{
    return !sameLists(categories(), m_originalCategories, sameCategory) || !sameLists(originClubs(), m_originalClubs, sameClub);
}

bool ReferenceDataDialog::checkTable(QTableWidget *table, QLabel *problems)
{
    const QSignalBlocker blocker(table);
    QStringList messages;
    QHash<QString, int> rowOfCode;
    const auto flag = [&](int row, int column, const QString &message) {
        messages << message;
        table->item(row, column)->setBackground(badCellColor);
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        for (const int column : {CodeColumn, NameColumn}) {
            if (!table->item(row, column))
                table->setItem(row, column, new QTableWidgetItem);
            table->item(row, column)->setBackground(QBrush());
        }
        const QString code = cellText(table, row, CodeColumn);
        if (code.isEmpty()) {
            flag(row, CodeColumn, tr("Ligne %1\u00a0: le code est obligatoire.").arg(row + 1));
        } else {
            const QString key = code.toCaseFolded();
            if (rowOfCode.contains(key)) {
                flag(row, CodeColumn,
                    tr("Le code « %1 » figure deux fois (lignes %2 et %3).").arg(code).arg(rowOfCode.value(key) + 1).arg(row + 1));
            } else {
                rowOfCode.insert(key, row);
            }
        }
        if (cellText(table, row, NameColumn).isEmpty())
            flag(row, NameColumn, tr("Ligne %1\u00a0: le nom est obligatoire.").arg(row + 1));
    }
    problems->setText(messages.join(u'\n'));
    problems->setVisible(!messages.isEmpty());
    table->setProperty("invalid", !messages.isEmpty());
    table->style()->unpolish(table);
    table->style()->polish(table);
    return messages.isEmpty();
}

void ReferenceDataDialog::accept()
{
    const bool categoriesOk = checkTable(m_categoryTable, m_categoryProblems);
    const bool clubsOk = checkTable(m_clubTable, m_clubProblems);
    if (!categoriesOk || !clubsOk) {
        QTableWidget *bad = categoriesOk ? m_clubTable : m_categoryTable;
        m_tabs->setCurrentWidget(bad->parentWidget());
        for (int row = 0; row < bad->rowCount(); ++row) {
            for (const int column : {CodeColumn, NameColumn}) {
                if (bad->item(row, column)->background().style() != Qt::NoBrush) {
                    bad->setCurrentCell(row, column);
                    bad->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
        }
        return;
    }
    if (save())
        QDialog::accept();
}

bool ReferenceDataDialog::save()
{
    const QList<Category> categories = this->categories();
    for (int row = 0; row < categories.size(); ++row) {
        const Category &category = categories.at(row);
        const auto original = std::find_if(
            m_originalCategories.cbegin(), m_originalCategories.cend(), [&category](const Category &c) { return c.id == category.id; });
        if (category.id != 0 && original != m_originalCategories.cend() && sameCategory(*original, category))
            continue;
        const Result<qint64> saved = m_file.saveCategory(category);
        if (!saved) {
            m_tabs->setCurrentWidget(m_categoryTable->parentWidget());
            m_categoryTable->setCurrentCell(row, CodeColumn);
            MessageBox::critical(this, tr("Enregistrement impossible"),
                tr("La catégorie « %1 » n'a pas pu être enregistrée\u00a0: %2").arg(category.name, saved.error().message));
            return false;
        }
        // A retry must update this row, not add it a second time.
        const QSignalBlocker blocker(m_categoryTable);
        m_categoryTable->item(row, CodeColumn)->setData(IdRole, *saved);
        Category stored = category;
        stored.id = *saved;
        if (original != m_originalCategories.cend())
            m_originalCategories[original - m_originalCategories.cbegin()] = stored;
        else
            m_originalCategories.append(stored);
    }

    const QList<OriginClub> clubs = originClubs();
    for (int row = 0; row < clubs.size(); ++row) {
        const OriginClub &club = clubs.at(row);
        const auto original
            = std::find_if(m_originalClubs.cbegin(), m_originalClubs.cend(), [&club](const OriginClub &c) { return c.id == club.id; });
        if (club.id != 0 && original != m_originalClubs.cend() && sameClub(*original, club))
            continue;
        const Result<qint64> saved = m_file.saveOriginClub(club);
        if (!saved) {
            m_tabs->setCurrentWidget(m_clubTable->parentWidget());
            m_clubTable->setCurrentCell(row, CodeColumn);
            MessageBox::critical(this, tr("Enregistrement impossible"),
                tr("Le club « %1 » n'a pas pu être enregistré\u00a0: %2").arg(club.name, saved.error().message));
            return false;
        }
        const QSignalBlocker blocker(m_clubTable);
        m_clubTable->item(row, CodeColumn)->setData(IdRole, *saved);
        OriginClub stored = club;
        stored.id = *saved;
        if (original != m_originalClubs.cend())
            m_originalClubs[original - m_originalClubs.cbegin()] = stored;
        else
            m_originalClubs.append(stored);
    }
    return true;
}

void ReferenceDataDialog::reject()
{
    if (isModified() && !EditorSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace adhera
