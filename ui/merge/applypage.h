// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Fusion » : what the merge will write, then « Fusionner » (the wizard's Finish button)
// writes it: one core call that backs the file up and writes everything in one transaction.
// The pairs called « pas un doublon » and each new file's column layout are remembered after.
// Sure pairs left undecided would be written as two persons: the page counts them and offers to
// accept them, and « Fusionner » asks first about undecided « déjà adhérent » pairs.

#include "importing/importfile.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace adhera::merge {
struct MergeCounts;
}

namespace adhera {

struct MergeState;

class ApplyPage final : public QWizardPage
{
    Q_OBJECT

public:
    ApplyPage(MergeState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    // Problems with what is remembered for next time; the merge itself is done by then.
    // « 12 personnes nouvelles (dont 3 fusionnées de plusieurs lignes), 2 personnes déjà dans le
    // fichier complétées, 4 organismes créés »: the same words before and after the merge.
    static QString describe(const merge::MergeCounts &counts);
    QStringList rememberDecisions(const QList<importing::ImportFile> &files);
    void acceptUndecidedSure();

    MergeState &m_state;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_undecidedLabel = nullptr;
    QPushButton *m_acceptSureButton = nullptr;
    QListWidget *m_mergeList = nullptr;
};

} // namespace adhera
