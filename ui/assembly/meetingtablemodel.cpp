// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingtablemodel.h"

#include "i18n/displayformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

namespace {

QString minutesText(const std::optional<Minutes> &minutes)
{
    if (!minutes)
        return u"—"_s;
    if (minutes->version > 1)
        return MeetingTableModel::tr("%1 (version %2)").arg(label(minutes->status)).arg(minutes->version);
    return label(minutes->status);
}

} // namespace

void MeetingTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 MeetingTableModel::meetingIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meeting.id : 0;
}

int MeetingTableModel::rowOfMeeting(qint64 meetingId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).meeting.id == meetingId)
            return row;
    return -1;
}

int MeetingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Meeting &meeting = row.meeting;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn: return i18n::displayDateTime(meeting.startsAt);
        case KindColumn: return label(meeting.kind);
        case TitleColumn: return meeting.title;
        case PlaceColumn: return meeting.place;
        case StatusColumn: return label(meeting.status);
        case AgendaColumn: return meeting.isAssembly() || row.agendaItems > 0 ? QVariant(row.agendaItems) : QVariant(u"—"_s);
        case MinutesColumn: return minutesText(row.minutes);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == AgendaColumn) {
        return int(Qt::AlignCenter);
    } else if (role == Qt::ToolTipRole && index.column() == TitleColumn && !meeting.notes.isEmpty()) {
        return meeting.notes;
    }
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return MeetingTableModel::tr("Date");
    case KindColumn: return MeetingTableModel::tr("Type");
    case TitleColumn: return MeetingTableModel::tr("Intitulé");
    case PlaceColumn: return MeetingTableModel::tr("Lieu");
    case StatusColumn: return MeetingTableModel::tr("Statut");
    case AgendaColumn: return MeetingTableModel::tr("Points");
    case MinutesColumn: return MeetingTableModel::tr("Procès-verbal");
    }
    return {};
}

} // namespace adhera
