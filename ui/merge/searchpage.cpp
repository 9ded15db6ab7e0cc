// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpage.h"

#include "importing/importstore.h"
#include "merge/mergestate.h"
#include "merge/reviewdraft.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace adhera {

SearchPage::SearchPage(MergeState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"searchPage"_s);
    setTitle(tr("Recherche des doublons"));
    setSubTitle(tr("Les fiches des fichiers sont comparées entre elles et avec les adhérents déjà enregistrés."));

    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(u"stepLabel"_s);
    m_stepLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, 100);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"resultLabel"_s);
    m_resultLabel->setWordWrap(true);
    QFont larger = m_resultLabel->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    larger.setBold(true);
    m_resultLabel->setFont(larger);
    m_cancelButton = new QPushButton(tr("Annuler la recherche"), this);
    m_cancelButton->setObjectName(u"cancelSearchButton"_s);
    m_rerunButton = new QPushButton(tr("Relancer"), this);
    m_rerunButton->setObjectName(u"rerunButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_rerunButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_progressBar);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(m_resultLabel);
    layout->addStretch(2);

    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(m_rerunButton, &QPushButton::clicked, this, [this] {
        m_cancel = false;
        start();
    });
    setPhase(Phase::Idle);
}

SearchPage::~SearchPage()
{
    stop();
}

void SearchPage::initializePage()
{
    // Started once the wizard has shown the page, so that the buttons it sets stay disabled.
    m_cancel = false;
    setPhase(Phase::Running);
    QMetaObject::invokeMethod(this, &SearchPage::start, Qt::QueuedConnection);
}

void SearchPage::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    disconnect(m_thread, nullptr, this, nullptr);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SearchPage::start()
{
    if (m_thread)
        return;
    if (const QString problem = storeFiles(); !problem.isEmpty()) {
        m_stepLabel->setText(problem);
        setPhase(Phase::Failed);
        return;
    }
    auto existing = merge::ReviewSession::loadExisting(m_state.db);
    auto distinct = importing::ImportStore(m_state.db).distinctPairs();
    if (!existing || !distinct) {
        m_stepLabel->setText(!existing ? existing.error().message : distinct.error().message);
        setPhase(Phase::Failed);
        return;
    }
    m_state.session = std::make_unique<merge::ReviewSession>(m_state.reviewFiles(), std::move(*existing), std::move(*distinct));
    m_completed = false;
    m_progressBar->setValue(0);
    m_stepLabel->setText(tr("Préparation…"));
    setPhase(Phase::Running);

    merge::ReviewSession *session = m_state.session.get();
    m_thread = QThread::create([this, session] {
        auto report = [this](const QString &step, int percent) {
            QMetaObject::invokeMethod(
                this, [this, step, percent] { progressed(step, percent); }, Qt::QueuedConnection);
        };
        m_completed = session->run(report, &m_cancel);
    });
    connect(m_thread, &QThread::finished, this, &SearchPage::finished);
    m_thread->start();
}

QString SearchPage::storeFiles()
{
    importing::ImportStore store(m_state.db);
    for (NewImport &import : m_state.newFiles) {
        importing::ImportFile &file = import.file;
        const QString stored = QString::number(file.originClubId) + u'|' + file.mapping.toSpec(file.headers);
        if (file.batchId != 0 && stored == import.storedAs)
            continue;
        if (auto saved = file.batchId == 0 ? store.stage(file) : store.updateStaged(file); !saved)
            return saved.error().message;
        import.storedAs = stored;
    }
    return {};
}

void SearchPage::progressed(const QString &step, int percent)
{
    if (m_phase != Phase::Running)
        return;
    m_stepLabel->setText(step);
    m_progressBar->setValue(percent);
}

void SearchPage::finished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!m_completed) {
        m_stepLabel->setText(tr("Recherche annulée. Relancez-la pour continuer."));
        m_state.session.reset();
        setPhase(Phase::Cancelled);
        emit searchFinished(false);
        return;
    }
    auto restored = merge::ReviewDraft(m_state.db).restore(*m_state.session);
    m_state.restoredDecisions = restored ? *restored : 0;
    const merge::ReviewSession &session = *m_state.session;
    m_progressBar->setValue(100);
    m_stepLabel->setText(tr("Recherche terminée."));
    const int pairs = int(session.pairs().size());
    m_resultLabel->setText(pairs == 0 ? tr("Aucun doublon probable.")
                                      : tr("%1, %2, %3")
                                            .arg(tr("%n sûr(s)", nullptr, session.count(merge::Band::Sure)),
                                                tr("%n à vérifier", nullptr, session.count(merge::Band::Review)),
                                                tr("%n rejeté(s)", nullptr, session.count(merge::Band::Rejected))));
    if (!restored)
        m_stepLabel->setText(restored.error().message);
    else if (*restored > 0)
        m_resultLabel->setText(
            m_resultLabel->text() + u'\n' + tr("%n décision(s) de la revue interrompue reprise(s).", nullptr, *restored));
    setPhase(Phase::Done);
    emit searchFinished(true);
}

void SearchPage::setPhase(Phase phase)
{
    m_phase = phase;
    const bool running = phase == Phase::Running;
    m_cancelButton->setVisible(running);
    m_rerunButton->setVisible(phase == Phase::Cancelled || phase == Phase::Failed);
    m_resultLabel->setVisible(phase == Phase::Done);
    m_progressBar->setVisible(phase != Phase::Failed);
    emit completeChanged();
    if (QWizard *owner = wizard(); owner && owner->currentPage() == this)
        owner->button(QWizard::BackButton)->setEnabled(!running);
}

bool SearchPage::isComplete() const
{
    return m_phase == Phase::Done;
}

} // namespace adhera
