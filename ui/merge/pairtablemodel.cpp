// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairtablemodel.h"

#include "i18n/displayformat.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace adhera {

using importing::ImportField;

PairTableModel::PairTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void PairTableModel::setSession(merge::ReviewSession *session)
{
    beginResetModel();
    m_session = session;
    rebuild();
    endResetModel();
}

void PairTableModel::setFilter(QList<merge::Band> bands, std::optional<merge::PairKind> kind)
{
    beginResetModel();
    m_bands = std::move(bands);
    m_kind = kind;
    rebuild();
    endResetModel();
}

void PairTableModel::rebuild()
{
    m_rows.clear();
    if (!m_session)
        return;
    const QList<merge::ReviewPair> &pairs = m_session->pairs();
    for (int index = 0; index < pairs.size(); ++index) {
        if ((m_bands.isEmpty() || m_bands.contains(pairs[index].band)) && (!m_kind || pairs[index].kind == *m_kind))
            m_rows.push_back(index);
    }
}

int PairTableModel::rowOf(int pairIndex) const
{
    const auto found = std::find(m_rows.begin(), m_rows.end(), pairIndex);
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

void PairTableModel::pairChanged(int pairIndex)
{
    const int row = rowOf(pairIndex);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PairTableModel::allChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PairTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PairTableModel::bandLabel(merge::Band band)
{
    switch (band) {
    case merge::Band::Sure: return tr("Sûr");
    case merge::Band::Review: return tr("À vérifier");
    case merge::Band::Rejected: return tr("Rejeté");
    }
    return {};
}

QString PairTableModel::kindLabel(merge::PairKind kind)
{
    switch (kind) {
    case merge::PairKind::CrossFile: return tr("Entre fichiers");
    case merge::PairKind::InFile: return tr("Dans un fichier");
    case merge::PairKind::Existing: return tr("Déjà adhérent");
    }
    return {};
}

QString PairTableModel::decisionLabel(merge::Decision decision)
{
    switch (decision) {
    case merge::Decision::Undecided: return tr("À décider");
    case merge::Decision::Accepted: return tr("Acceptée");
    case merge::Decision::Rejected: return tr("Rejetée");
    }
    return {};
}

// "Jean-Pierre DUPONT (Connect, ligne 2)", or the organisation for a row without a name.
QString PairTableModel::recordText(const merge::RecordRef &record) const
{
    const importing::FieldValues &values = m_session->values(record);
    QString name = QStringList {values[std::size_t(ImportField::FirstName)], values[std::size_t(ImportField::LastName)].toUpper()}
                       .join(u' ')
                       .trimmed();
    if (name.isEmpty())
        name = values[std::size_t(ImportField::Organisation)];
    return tr("%1 (%2)").arg(name, m_session->sourceName(record));
}

QVariant PairTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pairIndex = m_rows[std::size_t(index.row())];
    const merge::ReviewPair &pair = m_session->pairs()[pairIndex];
    if (role == PairIndexRole)
        return pairIndex;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case ProbabilityColumn: return pair.probability;
        case BandColumn: return int(pair.band);
        case KindColumn: return int(pair.kind);
        case DecisionColumn: return int(pair.decision);
        case RememberedColumn: return pair.rememberedDistinct;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ProbabilityColumn: return tr("%1\u00a0%").arg(i18n::displayLocale().toString(std::lround(pair.probability * 100)));
        case BandColumn: return bandLabel(pair.band);
        case KindColumn: return kindLabel(pair.kind);
        case FirstColumn: return recordText(pair.a);
        case SecondColumn: return recordText(pair.b);
        case DecisionColumn: return decisionLabel(pair.decision);
        case RememberedColumn: return pair.rememberedDistinct ? u"≠"_s : QString();
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RememberedColumn && pair.rememberedDistinct)
        return tr("Déjà déclarée « pas un doublon » lors d'une fusion précédente");
    if (role == Qt::TextAlignmentRole && (index.column() == ProbabilityColumn || index.column() == RememberedColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == DecisionColumn && pair.decision == merge::Decision::Accepted)
            return QColor(0x1b, 0x7f, 0x3a);
        if (index.column() == DecisionColumn && pair.decision == merge::Decision::Rejected)
            return QColor(0xa9, 0x1b, 0x0d);
        if (index.column() == BandColumn && pair.band == merge::Band::Rejected)
            return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QVariant PairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == RememberedColumn)
        return tr("Déjà déclarée « pas un doublon » lors d'une fusion précédente");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ProbabilityColumn: return tr("Prob.");
    case BandColumn: return tr("Niveau");
    case KindColumn: return tr("Type");
    case FirstColumn: return tr("Fiche A");
    case SecondColumn: return tr("Fiche B");
    case DecisionColumn: return tr("Décision");
    case RememberedColumn: return u"≠"_s;
    case ColumnCount: break;
    }
    return {};
}

} // namespace adhera
