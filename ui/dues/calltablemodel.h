// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallTableModel: the calls for dues of one financial year as the treasurer reads them. The page
// hands it the calls already filtered; a QSortFilterProxyModel sorts on SortRole (raw values:
// cents for amounts, the status' order, the reminder level).

#include "dues/duesrecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace adhera {

class CallTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Member, Category, OriginClub, Amount, Paid, Balance, Status, Reminder, ColumnCount };
    enum Role { CallIdRole = Qt::UserRole + 1, SortRole, StatusRole };

    explicit CallTableModel(QObject *parent = nullptr);

    void setCalls(const QList<dues::DuesCall> &calls);
    const QList<dues::DuesCall> &calls() const { return m_calls; }
    // The row showing the call, or -1.
    int rowOfCall(qint64 callId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<dues::DuesCall> m_calls;
};

} // namespace adhera
