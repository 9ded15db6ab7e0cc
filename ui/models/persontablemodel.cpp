// SPDX-License-Identifier: GPL-3.0-or-later
#include "persontablemodel.h"

#include "db/database.h"
#include "members/phonenumbers.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace adhera {

PersonTableModel::PersonTableModel(PersonDirectory &directory, ChangeNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    connect(&notifier, &ChangeNotifier::membersChanged, this, &PersonTableModel::refresh);
    refresh();
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PersonRow *PersonTableModel::rowAt(int row) const
{
    Error error;
    const PersonRow *found = m_cache.row(
        row, [this](int offset, int limit) { return m_directory.page(m_filter, m_sort, offset, limit); }, &error);
    if (!found && !error.message.isEmpty()) {
        // Not from inside data(): a view may be painting.
        QMetaObject::invokeMethod(
            const_cast<PersonTableModel *>(this), [this, error] { emit const_cast<PersonTableModel *>(this)->loadFailed(error.message); },
            Qt::QueuedConnection);
    }
    return found;
}

QString PersonTableModel::rolesText(const PersonRow &row) const
{
    QStringList roles;
    for (BoardPosition position : row.boardPositions)
        roles << label(position);
    if (row.representative)
        roles << tr("Représentant");
    if (row.individualMember)
        roles << tr("Adhérent individuel");
    return roles.join(u", "_s);
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == PersonIdRole)
        return row->personId;
    if (role == EmployerIdRole)
        return row->employerId;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Name: return row->name;
    case Employer: return row->employer;
    case JobTitle: return row->jobTitle;
    case Roles: return rolesText(*row);
    case City: return row->city;
    case Email: return row->email;
    case Phone: return role == RawValueRole ? row->phone : phone::display(row->phone);
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Nom");
    case Employer: return tr("Employeur");
    case JobTitle: return tr("Fonction");
    case Roles: return tr("Rôle au club");
    case City: return tr("Ville");
    case Email: return tr("E-mail");
    case Phone: return tr("Téléphone");
    }
    return {};
}

void PersonTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, PersonColumn> columns {{Name, PersonColumn::Name}, {Employer, PersonColumn::Employer},
        {JobTitle, PersonColumn::JobTitle}, {City, PersonColumn::City}, {Email, PersonColumn::Email}, {Phone, PersonColumn::Phone}};
    const PersonSort sort {columns.value(column, PersonColumn::Name), order};
    if (sort == m_sort)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = sort;
    m_cache.clear();
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PersonTableModel::setFilter(const PersonFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void PersonTableModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    const Result<int> shown = m_directory.count(m_filter);
    const Result<int> total = m_filter == PersonFilter {} ? shown : m_directory.count(PersonFilter {});
    m_count = shown.value_or(0);
    m_totalCount = total.value_or(0);
    endResetModel();
    if (!shown || !total)
        emit loadFailed(!shown ? shown.error().message : total.error().message);
}

int PersonTableModel::rowOfPerson(qint64 personId, int maxRows) const
{
    for (int row = 0; row < std::min(m_count, maxRows); ++row)
        if (const PersonRow *found = rowAt(row); found && found->personId == personId)
            return row;
    return -1;
}

} // namespace adhera
