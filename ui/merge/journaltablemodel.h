// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JournalTableModel: the merge journal (MergeApplier::history()), newest first, one row per
// step: when, what kind, which member from which source lines, and whether it is still in force.
// Undone steps can be hidden, and the steps of one import shown alone; the model keeps every
// step and only stops showing some.

#include "merge/mergeapplier.h"

#include <QAbstractTableModel>

namespace adhera {

class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AppliedAt, Kind, Summary, State, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        RawValueRole, // QDateTime for the dates, bool isMerge for the kind, the text otherwise
        UndoneRole,
    };

    explicit JournalTableModel(QObject *parent = nullptr);

    void setEntries(const QList<merge::JournalEntry> &entries);
    void setHideUndone(bool hide);
    // Only the steps of one « Fusionner » (0: every step).
    void setOperation(qint64 operationId);
    bool hidesUndone() const { return m_hideUndone; }
    int entryCount() const { return int(m_entries.size()); } // hidden ones too

    // The entry shown at row, or null.
    const merge::JournalEntry *entryAt(int row) const;
    // The row showing that entry, or -1.
    int rowOf(qint64 journalId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString dateText(const QDateTime &dateTime); // "28/11/2026 14:05", local time

private:
    void updateShown();

    QList<merge::JournalEntry> m_entries;
    QList<int> m_shown; // indexes into m_entries
    bool m_hideUndone = false;
    qint64 m_operationId = 0;
};

} // namespace adhera
