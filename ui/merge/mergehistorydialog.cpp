// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergehistorydialog.h"

#include "db/database.h"
#include "merge/journaltablemodel.h"
#include "merge/mergeapplier.h"
#include "messagebox.h"
#include "widgets/listviews.h"

#include <QCheckBox>
#include <QComboBox>
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

    auto *intro = new QLabel(tr("Chaque import fusionné s'annule ici, en entier ou fiche par fiche\u00a0: les fiches créées ou complétées "
                                "reviennent à leur état d'avant et leurs lignes importées retournent à la vérification."));
    intro->setWordWrap(true);

    m_importCombo = new QComboBox;
    m_importCombo->setObjectName(u"importCombo"_s);
    m_importCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *importLabel = new QLabel(tr("&Import\u00a0:"));
    importLabel->setBuddy(m_importCombo);
    connect(m_importCombo, &QComboBox::currentIndexChanged, this, &MergeHistoryDialog::showImport);

    m_hideUndoneCheck = new QCheckBox(tr("Ma&squer les fiches annulées"));
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

    m_undoButton = new QPushButton(tr("Annuler cette &fiche…"));
    m_undoButton->setObjectName(u"undoButton"_s);
    connect(m_undoButton, &QPushButton::clicked, this, &MergeHistoryDialog::undoCurrent);
    m_undoImportButton = new QPushButton(tr("Annuler &tout cet import…"));
    m_undoImportButton->setObjectName(u"undoImportButton"_s);
    connect(m_undoImportButton, &QPushButton::clicked, this, &MergeHistoryDialog::undoImport);

    auto *buttons = new QDialogButtonBox;
    QPushButton *closeButton = buttons->addButton(tr("Fer&mer"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(importLabel);
    filterRow->addWidget(m_importCombo, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_hideUndoneCheck);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_undoImportButton);
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
    const merge::MergeApplier applier(m_db);
    const auto history = applier.history();
    const auto imports = applier.operations();
    m_loadError = !history ? history.error().message : !imports ? imports.error().message : QString();
    m_model->setEntries(history.value_or(QList<merge::JournalEntry>()));
    m_imports = imports.value_or(QList<merge::MergeOperation>());

    const qint64 currentImport = m_importCombo->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_importCombo);
        m_importCombo->clear();
        for (const merge::MergeOperation &import : std::as_const(m_imports)) {
            QString text = tr("%1 — %2 — %n fiche(s)", nullptr, import.steps)
                               .arg(JournalTableModel::dateText(import.appliedAt),
                                   import.fileNames.isEmpty() ? tr("fichiers inconnus") : import.fileNames.join(u", "_s));
            if (import.undoneSteps == import.steps)
                text += tr(" (annulé)");
            else if (import.undoneSteps > 0)
                text += tr(" (dont %n annulée(s))", nullptr, import.undoneSteps);
            m_importCombo->addItem(text, import.id);
        }
        m_importCombo->setCurrentIndex(std::max(m_importCombo->findData(currentImport), 0));
    }
    m_model->setOperation(m_importCombo->currentData().toLongLong());
    selectEntry(currentId);
    updateState();
}

void MergeHistoryDialog::showImport()
{
    m_model->setOperation(m_importCombo->currentData().toLongLong());
    selectEntry(0);
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
    const int import = m_importCombo->currentIndex();
    m_importCombo->setEnabled(m_importCombo->count() > 1);
    m_undoImportButton->setEnabled(import >= 0 && m_imports[import].undoneSteps < m_imports[import].steps);
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
    const auto answer = MessageBox::question(this, tr("Annuler cette fiche"),
        tr("Annuler « %1 »\u00a0?\n\n%2\n\nUne sauvegarde du fichier est faite avant l'annulation.").arg(entry.summary, consequence),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    const Result<void> undone = merge::MergeApplier(m_db).undo(entry.id);
    if (!undone)
        return showUndoFailure(undone.error());
    reload();
    emit mergeUndone(entry.id);
}

void MergeHistoryDialog::undoImport()
{
    const int index = m_importCombo->currentIndex();
    if (index < 0)
        return;
    const merge::MergeOperation import = m_imports[index]; // the list is read again below
    const int inForce = import.steps - import.undoneSteps;
    const auto answer = MessageBox::question(this, tr("Annuler tout cet import"),
        tr("Annuler tout l'import du %1 (%2)\u00a0?\n\n%n fiche(s) encore en vigueur revien(nen)t à leur état d'avant la fusion, ou "
           "disparaissent si la fusion les a créées\u00a0; toutes les lignes importées retournent à la vérification.\n\nUne "
           "sauvegarde du fichier est faite avant l'annulation.",
            nullptr, inForce)
            .arg(JournalTableModel::dateText(import.appliedAt), import.fileNames.join(u", "_s)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> undone = merge::MergeApplier(m_db).undoOperation(import.id);
    if (!undone)
        return showUndoFailure(undone.error());
    reload();
    emit mergeUndone(0);
}

void MergeHistoryDialog::showUndoFailure(const Error &error)
{
    // A conflict is the engine protecting a later change: it says which, and what to undo first.
    if (error.code == ErrorCode::Conflict)
        MessageBox::warning(this, tr("Annulation impossible"), tr("%1\n\nRien n'a été modifié.").arg(error.message));
    else
        MessageBox::critical(
            this, tr("Annulation impossible"), tr("L'annulation a échoué\u00a0:\n%1\n\nRien n'a été modifié.").arg(error.message));
    reload();
}

} // namespace adhera
