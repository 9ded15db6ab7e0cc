// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Fichiers » : the club files to import, each with its origin club, and the imports already
// stored and still pending (kept by default, so that an interrupted import can be resumed).

#include "members/records.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace adhera {

struct MergeState;

class FilesPage final : public QWizardPage
{
    Q_OBJECT

public:
    FilesPage(MergeState &state, QWidget *parent = nullptr);

    void addFile(const QString &path, qint64 originClubId);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void chooseFiles();
    void removeSelected();
    void loadClubs();
    void loadPending();
    void setClub(int fileIndex, qint64 clubId);
    qint64 guessClub(const QString &fileName) const;
    void refresh();
    void updateButtons();

    MergeState &m_state;
    QList<OriginClub> m_clubs;
    QTableWidget *m_fileTable = nullptr;
    QLabel *m_pendingHintLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace adhera
