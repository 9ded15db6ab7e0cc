// SPDX-License-Identifier: GPL-3.0-or-later
#include "membertablemodel.h"

#include "db/database.h"
#include "i18n/displayformat.h"
#include "members/phonenumbers.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

MemberColumn memberColumn(int column)
{
    switch (column) {
    case MemberTableModel::Name: return MemberColumn::Name;
    case MemberTableModel::Kind: return MemberColumn::Kind;
    case MemberTableModel::Category: return MemberColumn::Category;
    case MemberTableModel::Status: return MemberColumn::Status;
    case MemberTableModel::OriginClub: return MemberColumn::OriginClub;
    case MemberTableModel::City: return MemberColumn::City;
    case MemberTableModel::Representative: return MemberColumn::Representative;
    case MemberTableModel::Email: return MemberColumn::Email;
    case MemberTableModel::Phone: return MemberColumn::Phone;
    case MemberTableModel::JoinedOn: return MemberColumn::JoinedOn;
    }
    return MemberColumn::Name;
}

} // namespace

MemberTableModel::MemberTableModel(MemberDirectory &directory, ChangeNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    const auto fileChanged = [this] {
        m_totalStale = true;
        refresh();
    };
    connect(&notifier, &ChangeNotifier::membersChanged, this, fileChanged);
    // Category and club names are shown in the rows.
    connect(&notifier, &ChangeNotifier::referenceDataChanged, this, fileChanged);
    recount();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<MemberRow> *rows = pageAt(index.row() / PageSize);
    const int offset = index.row() % PageSize;
    if (!rows || offset >= rows->size())
        return {};
    const MemberRow &row = rows->at(offset);

    switch (role) {
    case Qt::DisplayRole: return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !row.representative.isEmpty())
            return tr("%1 — représenté(e) par %2").arg(row.name, row.representative);
        if (index.column() == Status && row.leftOn.isValid())
            return tr("Sorti(e) le %1").arg(i18n::displayDate(row.leftOn));
        return {};
    case Qt::ForegroundRole:
        // Former members stay listed but should not catch the eye.
        if (row.status == MembershipStatus::Resigned || row.status == MembershipStatus::Excluded)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case RawValueRole: return rawValue(row, index.column());
    case MembershipIdRole: return row.membershipId;
    case OrganisationIdRole: return row.organisationId;
    case PersonIdRole: return row.personId;
    case KindRole: return static_cast<int>(row.kind);
    default: return {};
    }
}

Result<QList<MemberRow>> MemberTableModel::allShownRows() const
{
    const auto counted = m_directory.count(m_filter);
    if (!counted)
        return tl::unexpected(counted.error());
    return m_directory.page(m_filter, m_sort, 0, *counted);
}

QVariant MemberTableModel::exportValue(const MemberRow &row, int column) const
{
    if (column == JoinedOn)
        return row.joinedOn;
    return displayValue(row, column);
}

QVariant MemberTableModel::displayValue(const MemberRow &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Kind: return row.kind == MemberKind::Organisation ? tr("Organisation") : tr("Personne");
    case Category: return row.category;
    case Status: return label(row.status);
    case OriginClub: return row.originClub;
    case City: return row.city;
    case Representative: return row.representative;
    case Email: return row.email;
    case Phone: return phone::display(row.phone);
    case JoinedOn: return row.joinedOn.isValid() ? i18n::displayDate(row.joinedOn) : QString();
    }
    return {};
}

QVariant MemberTableModel::rawValue(const MemberRow &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Kind: return static_cast<int>(row.kind);
    case Category: return row.category;
    case Status: return toCode(row.status);
    case OriginClub: return row.originClub;
    case City: return row.city;
    case Representative: return row.representative;
    case Email: return row.email;
    case Phone: return row.phone;
    case JoinedOn: return row.joinedOn;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Nom");
    case Kind: return tr("Type");
    case Category: return tr("Catégorie");
    case Status: return tr("Statut");
    case OriginClub: return tr("Club d'origine");
    case City: return tr("Ville");
    case Representative: return tr("Représentant");
    case Email: return tr("E-mail");
    case Phone: return tr("Téléphone");
    case JoinedOn: return tr("Adhésion");
    }
    return {};
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    setSort(MemberSort {memberColumn(column), order});
}

void MemberTableModel::setFilter(const MemberFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void MemberTableModel::setSort(const MemberSort &sort)
{
    if (sort == m_sort)
        return;
    // Same rows, another order: views keep their columns but not their row mapping.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = sort;
    m_cache.clear();
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MemberTableModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    m_reportedFailure = false;
    recount();
    endResetModel();
}

void MemberTableModel::recount()
{
    const Result<int> shown = m_directory.count(m_filter);
    m_count = shown.value_or(0);
    // The whole file's count changes only with the file, not with each keystroke.
    Result<int> total = m_totalCount;
    if (m_totalStale) {
        total = m_filter == MemberFilter {} ? shown : m_directory.count(MemberFilter {});
        m_totalCount = total.value_or(0);
        m_totalStale = !total;
    }
    if (!shown || !total) {
        m_reportedFailure = true;
        emit loadFailed(!shown ? shown.error().message : total.error().message);
    }
}

const QList<MemberRow> *MemberTableModel::pageAt(int pageIndex) const
{
    Error error;
    const QList<MemberRow> *rows = m_cache.page(
        pageIndex, [this](int offset, int limit) { return m_directory.page(m_filter, m_sort, offset, limit); }, &error);
    if (!rows && !m_reportedFailure) {
        m_reportedFailure = true;
        // Not from inside data(): a view may be painting.
        QMetaObject::invokeMethod(
            const_cast<MemberTableModel *>(this),
            [this, message = error.message] { emit const_cast<MemberTableModel *>(this)->loadFailed(message); }, Qt::QueuedConnection);
    }
    return rows;
}

std::optional<MemberRow> MemberTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const QList<MemberRow> *rows = pageAt(row / PageSize);
    const int offset = row % PageSize;
    if (!rows || offset >= rows->size())
        return std::nullopt;
    return rows->at(offset);
}

int MemberTableModel::rowOfMembership(qint64 membershipId, int hintRow, int maxRows) const
{
    if (m_count == 0 || membershipId == 0)
        return -1;
    const int hintPage = std::clamp(hintRow, 0, m_count - 1) / PageSize;
    const int lastPage = (m_count - 1) / PageSize;
    const int pagesToScan = std::max(1, maxRows / PageSize);
    // hintPage, hintPage+1, hintPage-1, hintPage+2, ...
    for (int step = 0, scanned = 0; scanned < pagesToScan && step <= 2 * (lastPage + 1); ++step) {
        const int pageIndex = hintPage + ((step % 2) ? (step + 1) / 2 : -(step / 2));
        if (pageIndex < 0 || pageIndex > lastPage)
            continue;
        ++scanned;
        const QList<MemberRow> *rows = pageAt(pageIndex);
        if (!rows)
            return -1;
        for (int i = 0; i < rows->size(); ++i)
            if (rows->at(i).membershipId == membershipId)
                return pageIndex * PageSize + i;
    }
    return -1;
}

} // namespace adhera
