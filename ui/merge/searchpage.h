// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Recherche des doublons » : runs the review session's matching on a worker thread, with its
// progress, and « Annuler » / « Relancer ». The page is complete once a search completed; only
// one search runs at a time, and the wizard cannot move while it runs.

#include <QWizardPage>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace adhera {

struct MergeState;

class SearchPage final : public QWizardPage
{
    Q_OBJECT

public:
    SearchPage(MergeState &state, QWidget *parent = nullptr);
    ~SearchPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_phase == Phase::Running; }

    // Cancels a running search and waits for its thread.
    void stop();

signals:
    void searchFinished(bool completed);

private:
    enum class Phase { Idle, Running, Cancelled, Failed, Done };

    void start();
    // Stores the new files as pending imports (or what changed in them since), so that the review
    // can be taken up again; returns the problem, empty when stored.
    QString storeFiles();
    void progressed(const QString &step, int percent);
    void finished();
    void setPhase(Phase phase);

    MergeState &m_state;
    Phase m_phase = Phase::Idle;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    std::atomic<bool> m_completed = false;
    QLabel *m_stepLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
};

} // namespace adhera
