// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Fusion » : what the merge will write, then « Fusionner » (the wizard's Finish button)
// writes it: one core call that backs the file up and writes everything in one transaction.
// The pairs called « pas un doublon » and each new file's column layout are remembered after.

#include "importing/importfile.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

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
    QStringList rememberDecisions(const QList<importing::ImportFile> &files);

    MergeState &m_state;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_undecidedLabel = nullptr;
    QListWidget *m_mergeList = nullptr;
};

} // namespace adhera
