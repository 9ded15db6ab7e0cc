// SPDX-License-Identifier: GPL-3.0-or-later
#include "calltablemodel.h"

#include "dues/duescsv.h"
#include "i18n/displayformat.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

CallTableModel::CallTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void CallTableModel::setCalls(const QList<DuesCall> &calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int CallTableModel::rowOfCall(qint64 callId) const
{
    for (int row = 0; row < m_calls.size(); ++row)
        if (m_calls.at(row).id == callId)
            return row;
    return -1;
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuesCall &call = m_calls.at(index.row());
    switch (role) {
    case CallIdRole: return call.id;
    case StatusRole: return static_cast<int>(call.status());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Paid || index.column() == Balance)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Cancelled and exempt calls owe nothing: greyed, so that the eye goes to the rest.
        if (call.state != CallState::Open)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case SortRole:
        switch (index.column()) {
        case Amount: return call.amount;
        case Paid: return call.paid;
        case Balance: return call.balance();
        case Status: return static_cast<int>(call.status());
        case Reminder: return call.reminderLevel;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return call.number;
        case Member: return call.memberName;
        case Category: return call.category;
        case OriginClub: return call.originClub;
        case Amount: return i18n::displayEuros(call.amount);
        case Paid: return i18n::displayEuros(call.paid);
        case Balance: return i18n::displayEuros(call.balance());
        case Status: return label(call.status());
        case Reminder: return reminderText(call);
        default: return {};
        }
    default: return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Paid || section == Balance))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("N°");
    case Member: return tr("Adhérent");
    case Category: return tr("Catégorie");
    case OriginClub: return tr("Club d'origine");
    case Amount: return tr("Montant");
    case Paid: return tr("Payé");
    case Balance: return tr("Reste dû");
    case Status: return tr("Statut");
    case Reminder: return tr("Relance");
    default: return {};
    }
}

} // namespace adhera
