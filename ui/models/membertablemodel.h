// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MemberTableModel: the member list (one row per membership) over MemberDirectory.
// It stays fluid at 100,000 members by never holding the whole list: rowCount() is the
// database's count for the filter, and rows are fetched by pages of PageSize when a view asks
// for them, keeping the last few pages. Filtering and sorting happen in the database, so
// sort() re-queries instead of sorting in memory. The cache is dropped (a model reset) when the
// filter or sort changes and when ChangeNotifier says the members or reference data changed.

#include "members/memberdirectory.h"
#include "models/pagecache.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace adhera {

class ChangeNotifier;

class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Category, Status, OriginClub, City, Representative, Email, Phone, JoinedOn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // the stored value: E.164 phone, QDate, status code, ...
        MembershipIdRole,
        OrganisationIdRole, // 0 for an individual member
        PersonIdRole, // 0 for an organisation member
        KindRole, // MemberKind as int
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    MemberTableModel(MemberDirectory &directory, ChangeNotifier &notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    MemberFilter filter() const { return m_filter; }
    void setFilter(const MemberFilter &filter);
    MemberSort memberSort() const { return m_sort; }
    void setSort(const MemberSort &sort);

    // The member shown at row, fetching its page if needed.
    std::optional<MemberRow> rowAt(int row) const;
    // The row showing that membership, looked for from hintRow outwards over at most
    // maxRows rows (the list may be long); -1 when not found.
    int rowOfMembership(qint64 membershipId, int hintRow = 0, int maxRows = 20 * PageSize) const;

    // Every member the filter lets through, in the order shown: what an export writes.
    Result<QList<MemberRow>> allShownRows() const;
    // The value of a column as exported: the text shown, dates as QDate.
    QVariant exportValue(const MemberRow &row, int column) const;

    // Members in the whole file, whatever the filter.
    int totalCount() const { return m_totalCount; }

    // Re-reads the counts and drops the cached pages.
    void refresh();

signals:
    // A database read failed; the list shows what it could. Emitted once per failing reset.
    void loadFailed(const QString &message);

private:
    void recount();
    const QList<MemberRow> *pageAt(int pageIndex) const;
    QVariant displayValue(const MemberRow &row, int column) const;
    QVariant rawValue(const MemberRow &row, int column) const;

    MemberDirectory &m_directory;
    MemberFilter m_filter;
    MemberSort m_sort;
    int m_count = 0;
    int m_totalCount = 0;
    bool m_totalStale = true;
    // Filled from data(), which is const: a cache, not state.
    mutable PageCache<MemberRow> m_cache {PageSize, CachedPages};
    mutable bool m_reportedFailure = false;
};

} // namespace adhera
