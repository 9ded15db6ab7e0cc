// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pairs of a review session as a table, filtered by band and kind: probability, band, kind,
// the two records with their sources, the decision and whether a person once said « pas un
// doublon ». Rows are indexes into ReviewSession::pairs().

#include "merge/reviewsession.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace adhera {

class PairTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProbabilityColumn, BandColumn, KindColumn, FirstColumn, SecondColumn, DecisionColumn, RememberedColumn, ColumnCount };
    static constexpr int PairIndexRole = Qt::UserRole; // the pair's index in the session
    static constexpr int RawValueRole = Qt::UserRole + 1; // probability, enums as ints

    explicit PairTableModel(QObject *parent = nullptr);

    void setSession(merge::ReviewSession *session);
    // The pairs of these bands (every band when empty) and of this kind (every kind when none).
    void setFilter(QList<merge::Band> bands, std::optional<merge::PairKind> kind);

    int pairIndex(int row) const { return m_rows[std::size_t(row)]; }
    int rowOf(int pairIndex) const; // -1 when filtered out
    void pairChanged(int pairIndex);
    void allChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString bandLabel(merge::Band band);
    static QString kindLabel(merge::PairKind kind);
    static QString decisionLabel(merge::Decision decision);

private:
    QString recordText(const merge::RecordRef &record) const;
    void rebuild();

    merge::ReviewSession *m_session = nullptr;
    QList<merge::Band> m_bands;
    std::optional<merge::PairKind> m_kind;
    std::vector<int> m_rows;
};

} // namespace adhera
