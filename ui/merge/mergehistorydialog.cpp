// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergehistorydialog.h"

#include "db/database.h"
#include "merge/journaltablemodel.h"
#include "merge/mergeapplier.h"
#include "messagebox.h"
#include "widgets/listviews.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

MergeHistoryDialog::MergeHistoryDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db), m_model(new JournalTableModel(this))
{
    setWindowTitle(tr("Historique des fusions"));

    auto *intro = new QLabel(tr("Chaque fiche créée ou complétée par une fusion s'annule ici, une à une\u00a0: elle revient à son état "
                                "d'avant et ses lignes importées retournent à la vérification."));
    intro->setWordWrap(true);

    m_hideUndoneCheck = new QCheckBox(tr("Masquer les annulées"));
    m_hideUndoneCheck->setObjectName(u"hideUndoneCheck"_s);
    connect(m_hideUndoneCheck, &QCheckBox::toggled, this, [this](bool hide) {
        const merge::JournalEntry *current = m_model->entryAt(m_historyTable->currentIndex().row());
        const qint64 currentId = current ? current->id : 0;
        m_model->setHideUndone(hide);
        selectEntry(currentId);
        updateState();
    });

    m_historyTable = new QTableView;
    m_historyTable->setObjectName(u"historyTable"_s);
    configureListView(m_historyTable);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setModel(m_model);
    m_historyTable->horizontalHeader()->setSectionResizeMode(JournalTableModel::AppliedAt, QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(JournalTableModel::Kind, QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(JournalTableModel::Summary, QHeaderView::Stretch);
    m_historyTable->horizontalHeader()->setSectionResizeMode(JournalTableModel::State, QHeaderView::ResizeToContents);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MergeHistoryDialog::updateState);

    m_emptyLabel = makeEmptyListLabel(u"emptyHistoryLabel"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_historyTable);
    m_listStack->addWidget(m_emptyLabel);

    m_undoButton = new QPushButton(tr("Annuler cette fusion…"));
    m_undoButton->setObjectName(u"undoButton"_s);
    connect(m_undoButton, &QPushButton::clicked, this, &MergeHistoryDialog::undoCurrent);

    auto *buttons = new QDialogButtonBox;
    QPushButton *closeButton = buttons->addButton(tr("Fermer"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_hideUndoneCheck);
    filterRow->addStretch(1);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_undoButton);
    bottomRow->addStretch(1);
    bottomRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(bottomRow);
    resize(900, 520);

    reload();
}

void MergeHistoryDialog::reload()
{
    const merge::JournalEntry *current = m_model->entryAt(m_historyTable->currentIndex().row());
    const qint64 currentId = current ? current->id : 0;
    const auto history = merge::MergeApplier(m_db).history();
    m_loadError = history ? QString() : history.error().message;
    m_model->setEntries(history.value_or(QList<merge::JournalEntry>()));
    selectEntry(currentId);
    updateState();
}

void MergeHistoryDialog::selectEntry(qint64 journalId)
{
    const int row = std::max(m_model->rowOf(journalId), 0);
    if (row < m_model->rowCount())
        m_historyTable->setCurrentIndex(m_model->index(row, JournalTableModel::Summary));
}

void MergeHistoryDialog::updateState()
{
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_historyTable) : m_emptyLabel);
    if (!m_loadError.isEmpty())
        m_emptyLabel->setText(m_loadError);
    else if (m_model->entryCount() > 0)
        m_emptyLabel->setText(tr("Toutes les fusions ont été annulées."));
    else
        m_emptyLabel->setText(tr("Aucune fusion pour l'instant.\nLes fusions faites avec Adhérents > Importer et fusionner des "
                                 "fichiers… apparaissent ici."));
    const merge::JournalEntry *current = m_model->entryAt(m_historyTable->currentIndex().row());
    m_undoButton->setEnabled(current && !current->undoneAt.isValid());
}

void MergeHistoryDialog::undoCurrent()
{
    const merge::JournalEntry *current = m_model->entryAt(m_historyTable->currentIndex().row());
    if (!current || current->undoneAt.isValid())
        return;
    const merge::JournalEntry entry = *current; // the model is reset below
    const QString consequence = entry.isMerge
        ? tr("La fiche revient à son état d'avant la fusion et les lignes importées dont elle vient retournent à la vérification\u00a0: "
             "elles seront proposées de nouveau par Adhérents > Importer et fusionner des fichiers…")
        : tr("La fiche créée est retirée du fichier et les lignes importées dont elle vient retournent à la vérification\u00a0: "
             "elles seront proposées de nouveau par Adhérents > Importer et fusionner des fichiers…");
    const auto answer = MessageBox::question(this, tr("Annuler cette fusion"),
        tr("Annuler « %1 »\u00a0?\n\n%2\n\nUne sauvegarde du fichier est faite avant l'annulation.").arg(entry.summary, consequence),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    const Result<void> undone = merge::MergeApplier(m_db).undo(entry.id);
    if (!undone) {
        // A conflict is the engine protecting a later change: it says which, and what to undo first.
        if (undone.error().code == ErrorCode::Conflict)
            MessageBox::warning(this, tr("Annulation impossible"), tr("%1\n\nRien n'a été modifié.").arg(undone.error().message));
        else
            MessageBox::critical(this, tr("Annulation impossible"),
                tr("L'annulation a échoué\u00a0:\n%1\n\nRien n'a été modifié.").arg(undone.error().message));
        reload();
        return;
    }
    reload();
    emit mergeUndone(entry.id);
}

} // namespace adhera
