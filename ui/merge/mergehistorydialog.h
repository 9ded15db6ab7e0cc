// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MergeHistoryDialog: « Historique des fusions ». Every « Fusionner » of the merge wizard (or
// adhera-cli import), newest first, chosen above; below, the steps it wrote, each one undoable
// on its own — its member goes back to what it was, its import rows wait for review again — or
// the whole import at once. The engine refuses an undo that would lose a later
// change (the member edited since, a later merge built on it); the refusal is shown as is and
// nothing changes. These undos live in the journal, not in the window's undo stack.

#include "merge/mergeapplier.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace adhera {

class Database;
class JournalTableModel;

class MergeHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MergeHistoryDialog(Database &db, QWidget *parent = nullptr);

    JournalTableModel *model() const { return m_model; }
    QTableView *historyTable() const { return m_historyTable; }
    QCheckBox *hideUndoneCheck() const { return m_hideUndoneCheck; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *undoImportButton() const { return m_undoImportButton; }
    QComboBox *importCombo() const { return m_importCombo; }

    // Reads the journal again, keeping the current entry when it is still shown.
    void reload();

signals:
    // A step, or every step of an import (journalId 0), was undone: the member file changed.
    void mergeUndone(qint64 journalId);

private:
    void undoCurrent();
    void undoImport();
    // Says why the engine refused or failed, then reads the journal again.
    void showUndoFailure(const Error &error);
    void showImport();
    void selectEntry(qint64 journalId);
    void updateState();

    Database &m_db;
    JournalTableModel *m_model = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QCheckBox *m_hideUndoneCheck = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_undoImportButton = nullptr;
    QComboBox *m_importCombo = nullptr;
    QList<merge::MergeOperation> m_imports;
    QString m_loadError;
};

} // namespace adhera
