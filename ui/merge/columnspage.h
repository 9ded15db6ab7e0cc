// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Colonnes » : what each column of a new file means, preset from the layout remembered for
// its club (or from the headers), with a preview of the mapped rows and their problems.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace adhera {

struct MergeState;

class ColumnsPage final : public QWizardPage
{
    Q_OBJECT

public:
    ColumnsPage(MergeState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void presetLayouts();
    void showFile(int index);
    void fieldChosen(int column, int comboIndex);
    void refreshPreview();
    QString mappingProblem() const;

    MergeState &m_state;
    int m_file = -1;
    QComboBox *m_fileCombo = nullptr;
    QTableWidget *m_columnTable = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_problemCountLabel = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_mappingProblemLabel = nullptr;
};

} // namespace adhera
