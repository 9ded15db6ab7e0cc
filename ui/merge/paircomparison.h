// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One pair side by side: a row per field that either record fills, differing values
// highlighted. Clicking a value chooses it for the merged member (ReviewPair::takeB); the chosen
// value carries a check mark. Two boxes keep both e-mails or both phones.

#include "merge/reviewsession.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace adhera {

class PairComparison final : public QWidget
{
    Q_OBJECT

public:
    explicit PairComparison(QWidget *parent = nullptr);

    // Shows session.pairs()[pairIndex]; a null session or -1 clears the view.
    void showPair(merge::ReviewSession *session, int pairIndex);

signals:
    void pairEdited(int pairIndex);

private:
    void valueClicked(int row, int column);
    void refreshChoices();
    merge::ReviewPair *pair() const;

    merge::ReviewSession *m_session = nullptr;
    int m_pairIndex = -1;
    QList<importing::ImportField> m_fields; // one per table row
    QTableWidget *m_comparisonTable = nullptr;
    QCheckBox *m_keepBothEmailsCheck = nullptr;
    QCheckBox *m_keepBothPhonesCheck = nullptr;
};

} // namespace adhera
