// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PersonTableModel: the people list (representatives, contacts, individual members) over
// PersonDirectory, fetched by pages like MemberTableModel so it stays fluid on large files.

#include "members/persondirectory.h"
#include "models/pagecache.h"

#include <QAbstractTableModel>

namespace adhera {

class ChangeNotifier;

class PersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Employer, JobTitle, Roles, City, Email, Phone, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole,
        PersonIdRole,
        EmployerIdRole,
    };
    Q_ENUM(Role)

    PersonTableModel(PersonDirectory &directory, ChangeNotifier &notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PersonFilter filter() const { return m_filter; }
    void setFilter(const PersonFilter &filter);
    int totalCount() const { return m_totalCount; }
    // The row showing that person among the first rows of the list, or -1.
    int rowOfPerson(qint64 personId, int maxRows = 4000) const;

    void refresh();

signals:
    void loadFailed(const QString &message);

private:
    const PersonRow *rowAt(int row) const;
    QString rolesText(const PersonRow &row) const;

    PersonDirectory &m_directory;
    PersonFilter m_filter;
    PersonSort m_sort;
    int m_count = 0;
    int m_totalCount = 0;
    mutable PageCache<PersonRow> m_cache {200, 16};
};

} // namespace adhera
