// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaltablemodel.h"

#include "i18n/displayformat.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace adhera {

JournalTableModel::JournalTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

QString JournalTableModel::dateText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? i18n::displayDateTime(dateTime.toLocalTime()) : QString();
}

void JournalTableModel::setEntries(const QList<merge::JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    updateShown();
    endResetModel();
}

void JournalTableModel::setHideUndone(bool hide)
{
    if (hide == m_hideUndone)
        return;
    beginResetModel();
    m_hideUndone = hide;
    updateShown();
    endResetModel();
}

void JournalTableModel::setOperation(qint64 operationId)
{
    if (operationId == m_operationId)
        return;
    beginResetModel();
    m_operationId = operationId;
    updateShown();
    endResetModel();
}

void JournalTableModel::updateShown()
{
    m_shown.clear();
    for (int index = 0; index < m_entries.size(); ++index)
        if ((!m_hideUndone || !m_entries[index].undoneAt.isValid())
            && (m_operationId == 0 || m_entries[index].operationId == m_operationId))
            m_shown << index;
}

const merge::JournalEntry *JournalTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_entries[m_shown[row]] : nullptr;
}

int JournalTableModel::rowOf(qint64 journalId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_entries[m_shown[row]].id == journalId)
            return row;
    return -1;
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    const merge::JournalEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    const bool undone = entry->undoneAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AppliedAt: return dateText(entry->appliedAt);
        case Kind: return entry->isMerge ? tr("Fusion") : tr("Création");
        case Summary: return entry->summary;
        case State: return undone ? tr("Annulée le %1").arg(dateText(entry->undoneAt)) : tr("En vigueur");
        default: return {};
        }
    case Qt::ToolTipRole: return index.column() == Summary ? QVariant(entry->summary) : QVariant();
    case Qt::ForegroundRole:
        // Undone steps stay listed, greyed: they no longer shape the member file.
        return undone ? QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText)) : QVariant();
    case EntryIdRole: return entry->id;
    case UndoneRole: return undone;
    case RawValueRole:
        switch (index.column()) {
        case AppliedAt: return entry->appliedAt;
        case Kind: return entry->isMerge;
        case Summary: return entry->summary;
        case State: return entry->undoneAt;
        default: return {};
        }
    default: return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AppliedAt: return tr("Date");
    case Kind: return tr("Type");
    case Summary: return tr("Fiche et lignes d'origine");
    case State: return tr("État");
    default: return {};
    }
}

} // namespace adhera
