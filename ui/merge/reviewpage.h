// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Vérification » : the pairs found, filtered by band and kind, and the selected one side by
// side with its explanation. « Accepter » (A) and « Rejeter » (R, « pas un doublon ») decide and
// move on to the next undecided pair; « Suivant » (N, ↓) moves on without deciding.

#include "merge/reviewsession.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace adhera {

class ExplanationView;
class PairComparison;
class PairTableModel;
struct MergeState;

class ReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(MergeState &state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

protected:
    // Below 1 150 px the score's reasons go in one column, so that the values keep the room.
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();
    void showCurrent();
    void decide(merge::Decision decision);
    void selectNext();
    void selectRow(int row);
    void acceptSure();
    void updateSummary();
    // Saves the pair's decision and chosen values at once (ReviewDraft); -1: every pair.
    void save(int pairIndex);
    int currentPair() const;

    MergeState &m_state;
    PairTableModel *m_model = nullptr;
    QComboBox *m_bandFilterCombo = nullptr;
    QComboBox *m_kindFilterCombo = nullptr;
    QTableView *m_pairTable = nullptr;
    QLabel *m_pairTitleLabel = nullptr;
    PairComparison *m_comparison = nullptr;
    ExplanationView *m_explanation = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_acceptSureButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace adhera
