// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MeetingTableModel: the rows of « Réunions et assemblées », one meeting each with the number of
// points on its agenda and the state of its procès-verbal. The page fills it from MeetingStore.

#include "assembly/meetingrecords.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

namespace adhera {

class MeetingTableModel final : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(MeetingTableModel)

public:
    enum Column { DateColumn, KindColumn, TitleColumn, PlaceColumn, StatusColumn, AgendaColumn, MinutesColumn, ColumnCount };

    struct Row {
        assembly::Meeting meeting;
        int agendaItems = 0;
        // The latest version of the procès-verbal, if one was written.
        std::optional<assembly::Minutes> minutes;
        bool minutesLocked = false; // some version is locked: the meeting is kept with it
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    qint64 meetingIdAt(int row) const;
    int rowOfMeeting(qint64 meetingId) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace adhera
