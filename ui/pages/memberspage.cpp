// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberspage.h"

#include "commands/memberundostack.h"
#include "commands/removeorganisationcommand.h"
#include "commands/removepersoncommand.h"
#include "db/database.h"
#include "documentfiles.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "models/membertablemodel.h"
#include "recordediting.h"
#include "widgets/listviews.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

constexpr int AllValue = -1;
const QString HeaderStateKey = u"membersPage/headerState"_s;

QComboBox *makeFilterCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    // A long category name widens the popup, not the page: the filters fit 1024 px.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}

// Selects the combo item whose data is value, or the first item ("Tous") when it is gone.
void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

MembersPage::MembersPage(Database &db, MemberFile &file, MemberDirectory &directory, MemberUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_db(db), m_file(file), m_undoStack(undoStack), m_model(new MemberTableModel(directory, db.notifier(), this))
{
    buildInterface();
    reloadReferenceData();

    connect(&db.notifier(), &ChangeNotifier::referenceDataChanged, this, &MembersPage::reloadReferenceData);
    connect(m_model, &MemberTableModel::loadFailed, this, [this](const QString &message) {
        MessageBox::critical(this, tr("Liste des adhérents"), tr("La liste des adhérents n'a pas pu être lue\u00a0:\n%1").arg(message));
    });

    // Keep the current member across resets (an edit, an undo) and sorts.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MembersPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &MembersPage::rememberCurrent);
    // Looking further would cost a sorted query per page on a large file: the member is looked
    // for around where it was, which is where it stays after most edits.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreCurrent((m_filtering ? 1 : 3) * MemberTableModel::PageSize);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        restoreCurrent(MemberTableModel::PageSize);
        updateState();
    });
    updateState();
}

MembersPage::~MembersPage()
{
    QSettings().setValue(HeaderStateKey, m_memberTable->horizontalHeader()->saveState());
}

void MembersPage::buildInterface()
{
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"searchEdit"_s);
    // Short enough to be read whole in the narrowest window.
    m_searchEdit->setPlaceholderText(tr("Nom, ville, e-mail…"));
    m_searchEdit->setToolTip(tr("Rechercher un adhérent par son nom, sa ville, son e-mail… (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(140);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MembersPage::updateFilter);

    m_newOrganisationButton = new QPushButton(tr("Nouvelle organisation"));
    m_newOrganisationButton->setObjectName(u"newOrganisationButton"_s);
    m_newOrganisationButton->setToolTip(tr("Ajouter une organisation adhérente (personne morale)"));
    connect(m_newOrganisationButton, &QPushButton::clicked, this, &MembersPage::newOrganisation);

    m_newPersonButton = new QPushButton(tr("Nouvel adhérent individuel"));
    m_newPersonButton->setObjectName(u"newPersonButton"_s);
    m_newPersonButton->setToolTip(tr("Ajouter une personne qui adhère à titre individuel. Le salarié d'une organisation "
                                     "se saisit depuis la fiche de l'organisation (« Nouveau salarié… ») ou dans « Personnes »."));
    connect(m_newPersonButton, &QPushButton::clicked, this, &MembersPage::newPerson);

    m_removeButton = new QPushButton(tr("Supprimer"));
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setToolTip(tr("Supprimer les adhérents sélectionnés (Suppr)"));
    connect(m_removeButton, &QPushButton::clicked, this, &MembersPage::removeSelected);

    m_exportButton = new QPushButton(tr("E&xporter…"));
    m_exportButton->setObjectName(u"exportListButton"_s);
    m_exportButton->setToolTip(tr("Enregistrer la liste affichée (colonnes visibles, filtres appliqués) pour un tableur, "
                                  "en XLSX ou en CSV"));
    connect(m_exportButton, &QPushButton::clicked, this, &MembersPage::exportList);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(makePageTitle(tr("Adhérents")));
    topRow->addSpacing(12);
    topRow->addWidget(m_searchEdit, 1);
    topRow->addSpacing(12);
    topRow->addWidget(m_newOrganisationButton);
    topRow->addWidget(m_newPersonButton);
    topRow->addSpacing(12);
    topRow->addWidget(m_removeButton);
    topRow->addWidget(m_exportButton);

    m_statusFilter = makeFilterCombo(u"statusFilter"_s);
    m_statusFilter->addItem(tr("Tous"), AllValue);
    for (MembershipStatus status : allMembershipStatuses())
        m_statusFilter->addItem(label(status), static_cast<int>(status));
    m_categoryFilter = makeFilterCombo(u"categoryFilter"_s);
    m_originClubFilter = makeFilterCombo(u"originClubFilter"_s);
    m_kindFilter = makeFilterCombo(u"kindFilter"_s);
    m_kindFilter->addItem(tr("Tous"), AllValue);
    m_kindFilter->addItem(tr("Organisations"), static_cast<int>(MemberKind::Organisation));
    m_kindFilter->addItem(tr("Personnes"), static_cast<int>(MemberKind::Person));

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    const auto addFilter = [filterRow](const QString &text, QComboBox *combo) {
        auto *caption = new QLabel(text);
        caption->setBuddy(combo);
        filterRow->addWidget(caption);
        filterRow->addWidget(combo);
        filterRow->addSpacing(8);
    };
    addFilter(tr("&Statut\u00a0:"), m_statusFilter);
    addFilter(tr("&Catégorie\u00a0:"), m_categoryFilter);
    addFilter(tr("C&lub d'origine\u00a0:"), m_originClubFilter);
    addFilter(tr("T&ype\u00a0:"), m_kindFilter);
    for (QComboBox *combo : {m_statusFilter, m_categoryFilter, m_originClubFilter, m_kindFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MembersPage::updateFilter);

    m_clearFiltersButton = new QToolButton;
    m_clearFiltersButton->setObjectName(u"clearFiltersButton"_s);
    m_clearFiltersButton->setText(tr("Tout afficher"));
    m_clearFiltersButton->setToolTip(tr("Vider la recherche et remettre tous les filtres à « Tous »"));
    m_clearFiltersButton->setAutoRaise(true);
    // Keeps its place while hidden, so that the filters do not move when it appears.
    QSizePolicy keepPlace = m_clearFiltersButton->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_clearFiltersButton->setSizePolicy(keepPlace);
    connect(m_clearFiltersButton, &QToolButton::clicked, this, &MembersPage::clearFilters);
    filterRow->addStretch(1);
    filterRow->addWidget(m_clearFiltersButton);

    m_memberTable = new QTableView;
    m_memberTable->setObjectName(u"memberTable"_s);
    m_memberTable->setModel(m_model);
    configureListView(m_memberTable);
    m_memberTable->installEventFilter(this);

    QHeaderView *header = m_memberTable->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MembersPage::showHeaderMenu);
    const QList<std::pair<int, int>> widths {{MemberTableModel::Name, 240}, {MemberTableModel::Kind, 95}, {MemberTableModel::Category, 185},
        {MemberTableModel::Status, 100}, {MemberTableModel::OriginClub, 150}, {MemberTableModel::City, 135},
        {MemberTableModel::Representative, 160}, {MemberTableModel::Email, 240}, {MemberTableModel::Phone, 120},
        {MemberTableModel::JoinedOn, 110}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setSortIndicator(MemberTableModel::Name, Qt::AscendingOrder);
    const QByteArray savedHeader = QSettings().value(HeaderStateKey).toByteArray();
    if (!savedHeader.isEmpty())
        header->restoreState(savedHeader);
    m_memberTable->setSortingEnabled(true);

    connect(m_memberTable, &QTableView::doubleClicked, this, &MembersPage::editMember);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateState);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MembersPage::updateState);

    m_emptyLabel = makeEmptyListLabel(u"emptyLabel"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_memberTable);
    m_listStack->addWidget(m_emptyLabel);
    layOutListPage(this, topRow, filterRow, m_listStack);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WindowShortcut);
    connect(findShortcut, &QShortcut::activated, this, &MembersPage::focusSearch);

    setFocusProxy(m_searchEdit);
}

void MembersPage::reloadReferenceData()
{
    const QVariant category = m_categoryFilter->currentData();
    const QVariant club = m_originClubFilter->currentData();
    {
        const QSignalBlocker blockCategories(m_categoryFilter);
        const QSignalBlocker blockClubs(m_originClubFilter);
        m_categoryFilter->clear();
        m_categoryFilter->addItem(tr("Toutes"), qint64(0));
        if (const Result<QList<Category>> categories = m_file.categories())
            for (const Category &entry : *categories)
                m_categoryFilter->addItem(entry.name, entry.id);
        m_originClubFilter->clear();
        m_originClubFilter->addItem(tr("Tous"), qint64(0));
        if (const Result<QList<OriginClub>> clubs = m_file.originClubs())
            for (const OriginClub &entry : *clubs)
                m_originClubFilter->addItem(entry.name, entry.id);
        selectData(m_categoryFilter, category.isValid() ? category : QVariant(qint64(0)));
        selectData(m_originClubFilter, club.isValid() ? club : QVariant(qint64(0)));
    }
    // A deleted category or club falls back to "all".
    updateFilter();
}

void MembersPage::updateFilter()
{
    MemberFilter filter;
    filter.search = m_searchEdit->text();
    if (const int status = m_statusFilter->currentData().toInt(); status != AllValue)
        filter.status = static_cast<MembershipStatus>(status);
    filter.categoryId = m_categoryFilter->currentData().toLongLong();
    filter.originClubId = m_originClubFilter->currentData().toLongLong();
    if (const int kind = m_kindFilter->currentData().toInt(); kind != AllValue)
        filter.kind = static_cast<MemberKind>(kind);

    m_filtering = true;
    m_model->setFilter(filter);
    m_filtering = false;
    updateState();
}

void MembersPage::clearFilters()
{
    const QSignalBlocker blockSearch(m_searchEdit);
    const QSignalBlocker blockStatus(m_statusFilter);
    const QSignalBlocker blockCategory(m_categoryFilter);
    const QSignalBlocker blockClub(m_originClubFilter);
    const QSignalBlocker blockKind(m_kindFilter);
    m_searchEdit->clear();
    for (QComboBox *combo : {m_statusFilter, m_categoryFilter, m_originClubFilter, m_kindFilter})
        combo->setCurrentIndex(0);
    updateFilter();
}

void MembersPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool MembersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);

    if (watched == m_searchEdit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // From the search box straight into the results.
        if (m_model->rowCount() == 0)
            return true;
        m_memberTable->setFocus(Qt::OtherFocusReason);
        if (!m_memberTable->currentIndex().isValid() || !m_memberTable->selectionModel()->hasSelection())
            m_memberTable->selectRow(0);
        return true;
    }
    if (watched == m_memberTable && key->modifiers() == Qt::NoModifier) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: editCurrent(); return true;
        case Qt::Key_Delete: removeSelected(); return true;
        case Qt::Key_Up:
            // Up from the first row goes back to the search box.
            if (m_memberTable->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<MemberRow> MembersPage::selectedMembers() const
{
    QList<MemberRow> members;
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (std::optional<MemberRow> row = m_model->rowAt(index.row()))
            members.append(std::move(*row));
    return members;
}

bool MembersPage::hasSelection() const
{
    return m_memberTable->selectionModel()->hasSelection();
}

bool MembersPage::selectMembership(qint64 membershipId)
{
    const int row = m_model->rowOfMembership(membershipId, std::max(0, m_memberTable->currentIndex().row()));
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, MemberTableModel::Name);
    m_memberTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_memberTable->scrollTo(index);
    return true;
}

void MembersPage::rememberCurrent()
{
    const QModelIndex current = m_memberTable->currentIndex();
    m_currentRow = current.isValid() ? current.row() : -1;
    m_currentMembershipId = current.isValid() ? current.data(MemberTableModel::MembershipIdRole).toLongLong() : 0;
}

void MembersPage::restoreCurrent(int maxRows)
{
    if (m_currentMembershipId == 0)
        return;
    const int row = m_model->rowOfMembership(m_currentMembershipId, std::max(0, m_currentRow), maxRows);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, MemberTableModel::Name);
    m_memberTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_memberTable->scrollTo(index);
}

void MembersPage::updateState()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    const bool filtered = m_model->filter() != MemberFilter {};

    m_removeButton->setEnabled(hasSelection());
    m_exportButton->setEnabled(m_model->rowCount() > 0);
    m_clearFiltersButton->setVisible(filtered);

    if (shown > 0) {
        m_listStack->setCurrentWidget(m_memberTable);
    } else {
        m_emptyLabel->setText(total == 0 ? tr("Aucun adhérent pour l'instant.\n"
                                              "Ajoutez-en un avec « Nouvelle organisation » ou « Nouvel adhérent individuel ».")
                                         : tr("Aucun adhérent ne correspond à la recherche et aux filtres."));
        m_listStack->setCurrentWidget(m_emptyLabel);
    }
    emit countChanged(shown, total);
    emit selectionChanged();
}

qint64 MembersPage::defaultCategory(const QString &memberKind) const
{
    const Result<QList<Category>> categories = m_file.categories();
    if (!categories)
        return 0;
    for (const Category &category : *categories)
        if (category.memberKind == memberKind)
            return category.id;
    for (const Category &category : *categories)
        if (category.memberKind == u"any"_s)
            return category.id;
    return 0;
}

void MembersPage::newPerson()
{
    // From the member list, a new person is a new individual member.
    PersonRecord record;
    record.membership = newMembership(u"person"_s);
    if (const auto saved = createPerson({m_file, m_undoStack, this}, record); saved && saved->membership)
        selectSaved(saved->membership->id);
}

void MembersPage::newOrganisation()
{
    OrganisationRecord record;
    record.membership = newMembership(u"organisation"_s);
    if (const auto saved = createOrganisation({m_file, m_undoStack, this}, record); saved && saved->membership)
        selectSaved(saved->membership->id);
}

Membership MembersPage::newMembership(const QString &memberKind) const
{
    Membership membership;
    membership.status = MembershipStatus::Active;
    membership.joinedOn = m_file.today();
    membership.categoryId = defaultCategory(memberKind);
    // Since the merger, a new member joins L2C itself: the founding clubs take no new members.
    if (const auto clubs = m_file.originClubs())
        for (const OriginClub &club : *clubs)
            if (club.code == DirectMembershipClubCode)
                membership.originClubId = club.id;
    return membership;
}

void MembersPage::editCurrent()
{
    editMember(m_memberTable->currentIndex());
}

void MembersPage::editMember(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const EditingContext context {m_file, m_undoStack, this};
    if (static_cast<MemberKind>(index.data(MemberTableModel::KindRole).toInt()) == MemberKind::Organisation)
        editOrganisation(context, index.data(MemberTableModel::OrganisationIdRole).toLongLong());
    else
        editPerson(context, index.data(MemberTableModel::PersonIdRole).toLongLong());
}

void MembersPage::selectSaved(qint64 membershipId)
{
    // A new member may be hidden by the filters: show everything rather than lose it.
    if (!selectMembership(membershipId)) {
        clearFilters();
        selectMembership(membershipId);
    }
    m_memberTable->setFocus(Qt::OtherFocusReason);
}

void MembersPage::removeSelected()
{
    QList<MemberRow> members = selectedMembers();
    if (members.isEmpty())
        return;

    const QString question = members.size() == 1
        ? tr("Supprimer « %1 » du fichier des adhérents\u00a0?\n\n"
             "Sa fiche et son adhésion seront supprimées. Vous pourrez annuler avec Édition > Annuler.")
              .arg(members.constFirst().name)
        : tr("Supprimer les %1 adhérents sélectionnés du fichier\u00a0?\n\n"
             "Leurs fiches et leurs adhésions seront supprimées. Vous pourrez annuler avec Édition > Annuler.")
              .arg(QLocale().toString(members.size()));
    if (MessageBox::question(this, tr("Supprimer"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    // People first: an organisation removed later then keeps none of them among its staff, so
    // undo (in reverse order) brings the organisation back before the people who work there.
    std::stable_partition(members.begin(), members.end(), [](const MemberRow &member) { return member.kind == MemberKind::Person; });
    if (members.size() > 1)
        m_undoStack.beginMacro(tr("la suppression de %1 adhérents").arg(QLocale().toString(members.size())));
    for (const MemberRow &member : members) {
        if (member.kind == MemberKind::Organisation) {
            auto command = RemoveOrganisationCommand::prepare(m_db, m_file, member.organisationId, &m_undoStack);
            if (!command) {
                MessageBox::critical(this, tr("Supprimer"), command.error().message);
                break;
            }
            m_undoStack.push(command->release());
        } else {
            auto command = RemovePersonCommand::prepare(m_db, m_file, member.personId, &m_undoStack);
            if (!command) {
                MessageBox::critical(this, tr("Supprimer"), command.error().message);
                break;
            }
            m_undoStack.push(command->release());
        }
    }
    if (members.size() > 1)
        m_undoStack.endMacro();
}

Result<io::Table> MembersPage::listAsShown() const
{
    const auto rows = m_model->allShownRows();
    if (!rows)
        return tl::unexpected(rows.error());
    const QHeaderView *header = m_memberTable->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual)
        if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
            columns.append(column);
    io::Table table;
    table.sheetName = tr("Adhérents");
    for (const int column : std::as_const(columns))
        table.headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    table.rows.reserve(rows->size());
    for (const MemberRow &row : *rows) {
        QVariantList cells;
        cells.reserve(columns.size());
        for (const int column : std::as_const(columns))
            cells.append(m_model->exportValue(row, column));
        table.rows.append(cells);
    }
    return table;
}

bool MembersPage::exportListTo(const QString &path)
{
    const QString title = tr("Exporter la liste des adhérents");
    auto table = listAsShown();
    Result<void> written = table ? io::writeTableFile(*table, path) : Result<void>(tl::unexpected(table.error()));
    if (!written) {
        MessageBox::critical(this, title, written.error().message);
        return false;
    }
    return true;
}

void MembersPage::exportList()
{
    const QString title = tr("Exporter la liste des adhérents");
    const QString path = documents::askSavePath(this, title, tr("adherents.xlsx"), tr("Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)"));
    if (path.isEmpty() || !exportListTo(path))
        return;
    const int shown = m_model->rowCount();
    const QString filtered = shown < m_model->totalCount()
        ? tr(" (filtres appliqués, sur %1 au total)").arg(QLocale().toString(m_model->totalCount()))
        : QString();
    documents::offerToOpen(
        this, title, tr("%n adhérent(s) enregistré(s) dans « %1 »%2.", "", shown).arg(QDir::toNativeSeparators(path), filtered), path);
}

void MembersPage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_memberTable->horizontalHeader();
    QMenu menu(this);
    menu.addSection(tr("Colonnes affichées"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies the row: it always stays.
        action->setEnabled(column != MemberTableModel::Name);
        connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

} // namespace adhera
