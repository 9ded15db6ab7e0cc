// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AttendanceModel: the attendance sheet as the session shows it, one row per member in sheet
// order: the member, who votes for it, its right, its presence (with the proxy holder), arrival,
// departure and the voices it holds at the pointing time. Set whole after each change (a sheet
// holds a hundred rows); the names are resolved by the session, which caches them.

#include "assembly/meetingrecords.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace adhera {

class AttendanceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VoterColumn, RightColumn, PresenceColumn, ArrivalColumn, DepartureColumn, VotesColumn, ColumnCount };
    static constexpr int MembershipIdRole = Qt::UserRole;

    // The person who votes for a member, and the holder of a proxy, by id.
    using Namer = std::function<QString(qint64)>;

    explicit AttendanceModel(QObject *parent = nullptr);

    // held: the voices each present member holds (its own and the proxies it carries).
    void setRows(
        const QList<assembly::AttendanceRow> &rows, const QHash<qint64, int> &held, const Namer &personName, const Namer &holderName);
    qint64 membershipIdAt(int row) const;
    int rowOf(qint64 membershipId) const; // -1 when not on the sheet

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        assembly::AttendanceRow row;
        QString voter; // empty: no representative designated
        QString presence;
        QString votes;
    };
    QString text(const Line &line, int column) const;

    QList<Line> m_lines;
};

} // namespace adhera
