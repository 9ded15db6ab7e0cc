// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepage.h"

#include "db/database.h"
#include "members/persondirectory.h"
#include "messagebox.h"
#include "models/persontablemodel.h"
#include "recordediting.h"
#include "widgets/listviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace adhera {

PeoplePage::PeoplePage(Database &db, MemberFile &file, MemberUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_file(file), m_undoStack(undoStack), m_directory(std::make_unique<PersonDirectory>(db))
{
    m_model = new PersonTableModel(*m_directory, db.notifier(), this);
    connect(m_model, &PersonTableModel::loadFailed, this,
        [this](const QString &message) { MessageBox::critical(this, tr("Personnes"), message); });

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"peopleSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Rechercher une personne (nom, employeur, fonction, ville…)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(320);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &PeoplePage::updateFilter);

    m_scopeFilter = new QComboBox;
    m_scopeFilter->setObjectName(u"scopeFilter"_s);
    m_scopeFilter->addItem(tr("Toutes les personnes"), static_cast<int>(PersonScope::Everyone));
    m_scopeFilter->addItem(tr("Représentants des adhérents"), static_cast<int>(PersonScope::Representatives));
    m_scopeFilter->addItem(tr("Bureau et conseil d'administration"), static_cast<int>(PersonScope::Board));
    m_scopeFilter->addItem(tr("Adhérents à titre individuel"), static_cast<int>(PersonScope::IndividualMembers));
    connect(m_scopeFilter, &QComboBox::currentIndexChanged, this, &PeoplePage::updateFilter);
    auto *scopeLabel = new QLabel(tr("&Afficher\u00a0:"));
    scopeLabel->setBuddy(m_scopeFilter);

    m_newPersonButton = new QPushButton(tr("Nouvelle personne"));
    m_newPersonButton->setObjectName(u"peopleNewPersonButton"_s);
    m_newPersonButton->setToolTip(tr("Ajouter un contact, un représentant ou un adhérent individuel"));
    connect(m_newPersonButton, &QPushButton::clicked, this, &PeoplePage::newPerson);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(makePageTitle(tr("Personnes")));
    topRow->addSpacing(24);
    topRow->addWidget(m_searchEdit, 1);
    topRow->addSpacing(12);
    topRow->addWidget(m_newPersonButton);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(scopeLabel);
    filterRow->addWidget(m_scopeFilter);
    filterRow->addStretch(1);

    m_personTable = new QTableView;
    m_personTable->setObjectName(u"personTable"_s);
    m_personTable->setModel(m_model);
    configureListView(m_personTable);
    m_personTable->installEventFilter(this);
    QHeaderView *header = m_personTable->horizontalHeader();
    const QList<std::pair<int, int>> widths {{PersonTableModel::Name, 220}, {PersonTableModel::Employer, 260},
        {PersonTableModel::JobTitle, 200}, {PersonTableModel::Roles, 170}, {PersonTableModel::City, 140}, {PersonTableModel::Email, 260}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setSortIndicator(PersonTableModel::Name, Qt::AscendingOrder);
    m_personTable->setSortingEnabled(true);
    connect(m_personTable, &QTableView::doubleClicked, this, &PeoplePage::editCurrent);

    m_emptyLabel = makeEmptyListLabel(u"peopleEmptyLabel"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_personTable);
    m_listStack->addWidget(m_emptyLabel);
    layOutListPage(this, topRow, filterRow, m_listStack);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &PeoplePage::focusSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateState);
    setFocusProxy(m_searchEdit);
    updateState();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::updateFilter()
{
    PersonFilter filter;
    filter.search = m_searchEdit->text();
    filter.scope = static_cast<PersonScope>(m_scopeFilter->currentData().toInt());
    m_model->setFilter(filter);
}

void PeoplePage::updateState()
{
    const int shown = m_model->rowCount();
    if (shown == 0) {
        m_emptyLabel->setText(m_model->totalCount() == 0
                ? tr("Aucune personne dans ce fichier.\nAjoutez-en une avec « Nouvelle personne ».")
                : tr("Aucune personne ne correspond à la recherche."));
        m_listStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_listStack->setCurrentWidget(m_personTable);
    }
    emit countChanged(shown, m_model->totalCount());
}

void PeoplePage::newPerson()
{
    const auto saved = createPerson({m_file, m_undoStack, this}, PersonRecord {});
    if (!saved)
        return;
    const int row = m_model->rowOfPerson(saved->person.id);
    if (row >= 0)
        m_personTable->selectRow(row);
}

void PeoplePage::editCurrent()
{
    const QModelIndex current = m_personTable->currentIndex();
    if (current.isValid())
        editPerson({m_file, m_undoStack, this}, current.data(PersonTableModel::PersonIdRole).toLongLong());
}

void PeoplePage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool PeoplePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchEdit && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_personTable->setFocus(Qt::TabFocusReason);
            if (!m_personTable->currentIndex().isValid())
                m_personTable->selectRow(0);
            return true;
        }
        if (watched == m_personTable && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            editCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace adhera
