// SPDX-License-Identifier: GPL-3.0-or-later
#include "filespage.h"

#include "documentfiles.h"
#include "importing/importstore.h"
#include "members/memberfile.h"
#include "merge/mergestate.h"
#include "merge/reviewdraft.h"
#include "messagebox.h"
#include "text/textfold.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

enum Column { FileColumn, ClubColumn, EncodingColumn, RowsColumn, WarningsColumn, ColumnCount };

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = readOnlyItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

FilesPage::FilesPage(MergeState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"filesPage"_s);
    setTitle(tr("Fichiers"));
    setSubTitle(tr("Les fichiers des clubs à importer. Choisissez le club d'origine de chaque nouveau fichier ; "
                   "les imports en attente peuvent être repris."));

    m_fileTable = new QTableWidget(0, ColumnCount, this);
    m_fileTable->setObjectName(u"fileTable"_s);
    m_fileTable->setHorizontalHeaderLabels({tr("Fichier"), tr("Club d'origine"), tr("Encodage"), tr("Lignes"), tr("Avertissements")});
    m_fileTable->verticalHeader()->hide();
    m_fileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileTable->setWordWrap(false);
    QHeaderView *header = m_fileTable->horizontalHeader();
    header->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClubColumn, QHeaderView::Fixed);
    header->resizeSection(ClubColumn, 170);
    header->setSectionResizeMode(EncodingColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WarningsColumn, QHeaderView::Stretch);

    m_addButton = new QPushButton(tr("Ajouter un fichier…"), this);
    m_addButton->setObjectName(u"addFileButton"_s);
    m_removeButton = new QPushButton(tr("Retirer"), this);
    m_removeButton->setObjectName(u"removeFileButton"_s);
    m_pendingHintLabel = new QLabel(tr("Les imports en attente cochés sont repris avec les nouveaux fichiers."), this);
    m_pendingHintLabel->setObjectName(u"pendingHintLabel"_s);
    m_pendingHintLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileTable, 1);
    layout->addWidget(m_pendingHintLabel);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(m_fileTable, &QTableWidget::itemSelectionChanged, this, &FilesPage::updateButtons);
    connect(m_fileTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int pendingIndex = item->row() - int(m_state.newFiles.size());
        if (item->column() != FileColumn || pendingIndex < 0 || pendingIndex >= m_state.pending.size())
            return;
        m_state.pending[pendingIndex].included = item->checkState() == Qt::Checked;
        emit completeChanged();
    });
    loadClubs();
    loadPending();
    refresh();
}

void FilesPage::loadClubs()
{
    auto clubs = MemberFile(m_state.db).originClubs();
    if (clubs)
        m_clubs = *clubs;
    else
        MessageBox::warning(this, tr("Clubs d'origine"), clubs.error().message);
}

void FilesPage::loadPending()
{
    auto pending = importing::ImportStore(m_state.db).pendingFiles();
    if (!pending) {
        MessageBox::warning(this, tr("Imports en attente"), pending.error().message);
        return;
    }
    for (importing::ImportFile &file : *pending)
        m_state.pending << PendingImport {std::move(file), true};
    // A review closed before its merge: its files wait here, its decisions in the file.
    const auto draft = merge::ReviewDraft(m_state.db).summary();
    if (draft && draft->decisions > 0 && !m_state.pending.isEmpty()) {
        const QDateTime at = draft->lastDecidedAt.toLocalTime();
        m_pendingHintLabel->setText(
            tr("Une revue interrompue le %1 à %2 a gardé %n décision(s)\u00a0: cliquez sur « Suivant » pour "
               "la reprendre avec les imports en attente cochés.",
                nullptr, draft->decisions)
                .arg(QLocale().toString(at.date(), QLocale::ShortFormat), QLocale().toString(at.time(), QLocale::ShortFormat)));
    }
}

void FilesPage::initializePage()
{
    refresh();
}

qint64 FilesPage::guessClub(const QString &fileName) const
{
    const QString folded = text::fold(fileName);
    for (const OriginClub &club : m_clubs) {
        for (const QString &word : {u"connect"_s, u"viatis"_s}) {
            if (folded.contains(word) && (text::fold(club.code).contains(word) || text::fold(club.name).contains(word)))
                return club.id;
        }
    }
    return 0;
}

void FilesPage::addFile(const QString &path, qint64 originClubId)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const NewImport &import : std::as_const(m_state.newFiles)) {
        if (import.path == absolute) {
            MessageBox::information(this, tr("Ajouter un fichier"), tr("« %1 » est déjà dans la liste.").arg(import.file.fileName));
            return;
        }
    }
    auto file = importing::ImportFile::read(absolute);
    if (!file) {
        MessageBox::warning(this, tr("Fichier illisible"), file.error().message);
        return;
    }
    m_state.newFiles << NewImport {absolute, std::move(*file), -1, {}};
    setClub(int(m_state.newFiles.size()) - 1, originClubId != 0 ? originClubId : guessClub(QFileInfo(path).fileName()));
    refresh();
    m_fileTable->selectRow(int(m_state.newFiles.size()) - 1);
}

void FilesPage::setClub(int fileIndex, qint64 clubId)
{
    importing::ImportFile &file = m_state.newFiles[fileIndex].file;
    file.originClubId = clubId;
    file.clubName.clear();
    for (const OriginClub &club : std::as_const(m_clubs))
        if (club.id == clubId)
            file.clubName = club.name;
    emit completeChanged();
}

void FilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Ajouter un fichier"), documents::startFolder(),
        tr("Fichiers de membres (*.csv *.xlsx);;CSV (*.csv *.txt);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)"));
    if (!paths.isEmpty())
        documents::rememberFolder(paths.constFirst());
    for (const QString &path : paths)
        addFile(path, 0);
}

void FilesPage::removeSelected()
{
    const int row = m_fileTable->currentRow();
    if (row < 0 || row >= m_state.newFiles.size() + m_state.pending.size())
        return;
    const bool isNew = row < m_state.newFiles.size();
    const importing::ImportFile &file = isNew ? m_state.newFiles[row].file : m_state.pending[row - m_state.newFiles.size()].file;
    // A file stored for an earlier review (or since the search began) goes from the file too.
    if (file.batchId != 0) {
        if (!isNew
            && MessageBox::question(this, tr("Retirer l'import en attente"),
                   tr("Retirer «\u00a0%1\u00a0» des imports en attente\u00a0? Ses lignes et les décisions prises sur elles seront "
                      "oubliées\u00a0; le fichier d'origine n'est pas touché.")
                       .arg(file.fileName))
                != QMessageBox::Yes)
            return;
        if (auto discarded = importing::ImportStore(m_state.db).discardPending(file.batchId); !discarded) {
            MessageBox::warning(this, tr("Retirer l'import en attente"), discarded.error().message);
            return;
        }
    }
    if (isNew)
        m_state.newFiles.removeAt(row);
    else
        m_state.pending.removeAt(row - m_state.newFiles.size());
    refresh();
    emit completeChanged();
}

void FilesPage::refresh()
{
    const QSignalBlocker blocker(m_fileTable);
    const QLocale locale(QLocale::French, QLocale::France);
    m_fileTable->clearContents();
    m_fileTable->setRowCount(int(m_state.newFiles.size() + m_state.pending.size()));
    int row = 0;
    for (const NewImport &import : std::as_const(m_state.newFiles)) {
        const importing::ImportFile &file = import.file;
        auto *name = readOnlyItem(file.fileName);
        name->setToolTip(import.path);
        m_fileTable->setItem(row, FileColumn, name);
        auto *club = new QComboBox;
        club->setObjectName(u"clubCombo%1"_s.arg(row));
        club->addItem(tr("— à choisir —"), 0);
        for (const OriginClub &origin : std::as_const(m_clubs))
            club->addItem(origin.name, origin.id);
        club->setCurrentIndex(std::max(0, club->findData(file.originClubId)));
        connect(club, &QComboBox::currentIndexChanged, this, [this, row, club] { setClub(row, club->currentData().toLongLong()); });
        m_fileTable->setCellWidget(row, ClubColumn, club);
        m_fileTable->setItem(row, EncodingColumn, readOnlyItem(file.encoding.isEmpty() ? tr("classeur") : file.encoding));
        m_fileTable->setItem(row, RowsColumn, numberItem(locale.toString(file.rows.size())));
        auto *warnings = readOnlyItem(file.warnings.join(u" ; "_s));
        warnings->setToolTip(file.warnings.join(u'\n'));
        m_fileTable->setItem(row, WarningsColumn, warnings);
        ++row;
    }
    for (const PendingImport &import : std::as_const(m_state.pending)) {
        const importing::ImportFile &file = import.file;
        auto *name = new QTableWidgetItem(tr("%1 (import en attente)").arg(file.fileName));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(import.included ? Qt::Checked : Qt::Unchecked);
        name->setToolTip(tr("Déjà enregistré ; décochez pour le laisser en attente."));
        m_fileTable->setItem(row, FileColumn, name);
        m_fileTable->setItem(row, ClubColumn, readOnlyItem(file.clubName));
        m_fileTable->setItem(row, EncodingColumn, readOnlyItem(file.encoding.isEmpty() ? tr("classeur") : file.encoding));
        m_fileTable->setItem(row, RowsColumn, numberItem(locale.toString(file.rows.size())));
        m_fileTable->setItem(row, WarningsColumn, readOnlyItem(file.warnings.join(u" ; "_s)));
        ++row;
    }
    m_pendingHintLabel->setVisible(!m_state.pending.isEmpty());
    updateButtons();
}

void FilesPage::updateButtons()
{
    const int row = m_fileTable->currentRow();
    m_removeButton->setEnabled(row >= 0 && m_fileTable->selectionModel()->hasSelection());
}

bool FilesPage::isComplete() const
{
    const bool anyPending = std::any_of(m_state.pending.cbegin(), m_state.pending.cend(), [](const auto &p) { return p.included; });
    if (m_state.newFiles.isEmpty() && !anyPending)
        return false;
    return std::all_of(m_state.newFiles.cbegin(), m_state.newFiles.cend(), [](const auto &n) { return n.file.originClubId != 0; });
}

int FilesPage::nextId() const
{
    return m_state.newFiles.isEmpty() ? SearchPageId : ColumnsPageId;
}

} // namespace adhera
