// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancemodel.h"

#include "assembly/minutesdraft.h"
#include "sessionsupport.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

AttendanceModel::AttendanceModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void AttendanceModel::setRows(
    const QList<AttendanceRow> &rows, const QHash<qint64, int> &held, const Namer &personName, const Namer &holderName)
{
    beginResetModel();
    m_lines.clear();
    m_lines.reserve(rows.size());
    for (const AttendanceRow &row : rows) {
        Line line {row, personName(row.voterPersonId), label(row.presence), QString()};
        if (row.presence == Presence::Represented)
            line.presence = tr("Représenté par %1").arg(holderName(row.proxyHolderId));
        if (held.contains(row.membershipId))
            line.votes = QString::number(held.value(row.membershipId));
        m_lines.append(line);
    }
    endResetModel();
}

qint64 AttendanceModel::membershipIdAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).row.membershipId : 0;
}

int AttendanceModel::rowOf(qint64 membershipId) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).row.membershipId == membershipId)
            return row;
    return -1;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceModel::text(const Line &line, int column) const
{
    const AttendanceRow &row = line.row;
    switch (column) {
    case NameColumn: return row.name;
    case VoterColumn: return line.voter.isEmpty() ? tr("aucun représentant désigné") : line.voter;
    case RightColumn: return row.entitled ? tr("oui") : row.reason;
    case PresenceColumn: return line.presence;
    case ArrivalColumn: return sessionsupport::timeText(row.arrivedAt);
    case DepartureColumn: return sessionsupport::timeText(row.leftAt);
    case VotesColumn: return line.votes;
    default: return {};
    }
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const AttendanceRow &row = line.row;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return text(line, column);
    case Qt::ToolTipRole:
        return column == RightColumn && !row.rightNote.isEmpty() ? text(line, column) + u" — "_s + row.rightNote : text(line, column);
    case MembershipIdRole: return row.membershipId;
    case Qt::ForegroundRole: {
        const QColor muted = QGuiApplication::palette().color(QPalette::PlaceholderText);
        if ((column == VoterColumn && line.voter.isEmpty()) || (column == RightColumn && !row.entitled))
            return muted;
        if (column == PresenceColumn && row.presence != Presence::Absent)
            return row.leftAt.isValid() ? muted : QColor(sessionsupport::green);
        return {};
    }
    case Qt::FontRole:
        if (column == PresenceColumn && row.presence != Presence::Absent) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole: return column >= ArrivalColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    default: return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Membre");
    case VoterColumn: return tr("Votant");
    case RightColumn: return tr("Droit de vote");
    case PresenceColumn: return tr("Présence");
    case ArrivalColumn: return tr("Arrivée");
    case DepartureColumn: return tr("Départ");
    case VotesColumn: return tr("Voix");
    default: return {};
    }
}

} // namespace adhera
