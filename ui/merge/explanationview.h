// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Why the matcher scored a pair as it did: each compared field with its agreement level and its
// weight in bits (« Nom : identique, +7,2 »: green for, red against, grey when absent), the
// prior, the total and the hard rule that overrode the weights, if any.

#include "merge/matchmodel.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace adhera {

class ExplanationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationView(QWidget *parent = nullptr);

    void showExplanation(const merge::Explanation &explanation);
    void clear();
    // The fields in one column or two: one leaves the pair's values the room on a small screen.
    void setColumns(int columns);
    int columns() const { return m_columns; }

    // "+7,2", "−3,0": bits the French way, always signed.
    static QString formatBits(double bits);

private:
    std::optional<merge::Explanation> m_shown;
    int m_columns = 2;
    QLabel *m_contributionsLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_ruleLabel = nullptr;
};

} // namespace adhera
