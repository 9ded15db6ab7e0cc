// SPDX-License-Identifier: GPL-3.0-or-later
#include "assemblysession.h"
#include "attendancemodel.h"
#include "sessioncontroller.h"
#include "sessionminutestab.h"
#include "sessionsheettab.h"
#include "sessionsupport.h"
#include "sessionvotestab.h"

#include "assembly/attendancesheet.h"
#include "db/database.h"
#include "messagebox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;
using namespace sessionsupport;

AssemblySession::AssemblySession(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_session(new SessionController(db, meetingId, this))
{
    setSizeGripEnabled(true);

    m_quorumBanner = new QLabel;
    m_quorumBanner->setObjectName(u"quorumBanner"_s);
    m_quorumBanner->setWordWrap(true);
    m_quorumBanner->setTextFormat(Qt::RichText);
    QFont bannerFont = m_quorumBanner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.1);
    m_quorumBanner->setFont(bannerFont);

    // Said before anything is tried, not at the first refusal.
    m_lockedNote = new QLabel(tr("Le procès-verbal de cette séance est verrouillé\u00a0: la feuille de présence et les votes ne changent "
                                 "plus. Une erreur se corrige par une nouvelle version du procès-verbal (onglet « Procès-verbal »)."));
    m_lockedNote->setObjectName(u"lockedNote"_s);
    m_lockedNote->setWordWrap(true);

    m_sheetTab = new SessionSheetTab(*m_session);
    m_votesTab = new SessionVotesTab(*m_session);
    m_minutesTab = new SessionMinutesTab(*m_session);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"sessionTabs"_s);
    m_tabs->addTab(m_sheetTab, tr("Émargement"));
    m_tabs->addTab(m_votesTab, tr("Votes"));
    m_tabs->addTab(m_minutesTab, tr("Procès-verbal"));

    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close);
    closeButtons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quorumBanner);
    layout->addWidget(m_lockedNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(closeButtons);
    resize(1180, 760);

    connect(m_session, &SessionController::changed, this, [this](SessionController::Parts parts) {
        if (parts & SessionController::MeetingPart)
            setWindowTitle(tr("Séance — %1").arg(m_session->meeting().title));
        m_lockedNote->setVisible(m_session->isLocked());
        // The quorum changes with the sheet, the opening and the pointing time, not with a vote.
        if (parts != SessionController::Parts(SessionController::VotesPart))
            updateQuorum();
    });
    // The banner says the time it counts at: keep it current while the pointing time is now.
    auto *clock = new QTimer(this);
    clock->setInterval(30'000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_session->pointsNow())
            m_session->pointNow();
    });
    clock->start();

    if (const auto loaded = m_session->reload(); !loaded)
        MessageBox::critical(this, tr("Séance"), loaded.error().message);
    // Another day than the meeting's (votes typed from notes, minutes written later): times are
    // those of the meeting's day, from its opening, not the clock's.
    const Meeting &meeting = m_session->meeting();
    if (meeting.startsAt.isValid() && meeting.startsAt.date() != db.now().toLocalTime().date())
        m_session->pointAt((meeting.openedAt.isValid() ? meeting.openedAt : meeting.startsAt).time());
}

bool AssemblySession::prepareSheet()
{
    return m_sheetTab->prepareSheet();
}

bool AssemblySession::checkIn(qint64 membershipId, Presence presence, qint64 holderId)
{
    return m_sheetTab->checkIn(membershipId, presence, holderId);
}

bool AssemblySession::recordDeparture(qint64 membershipId)
{
    return m_sheetTab->recordDeparture(membershipId);
}

bool AssemblySession::reviewRight(qint64 membershipId)
{
    return m_sheetTab->reviewRight(membershipId);
}

bool AssemblySession::openSession()
{
    return m_sheetTab->openSession();
}

bool AssemblySession::writeSheetPdfTo(const QString &path)
{
    return m_sheetTab->writeSheetPdfTo(path);
}

bool AssemblySession::recordVoteFor(
    qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor, const QString &correctionReason)
{
    return m_votesTab->recordVoteFor(agendaItemId, count, chairCastingVoteFor, correctionReason);
}

bool AssemblySession::generateDraft()
{
    return m_minutesTab->generateDraft();
}

bool AssemblySession::saveDraft()
{
    return m_minutesTab->saveDraft();
}

bool AssemblySession::lockMinutes()
{
    return m_minutesTab->lockMinutes();
}

bool AssemblySession::correctMinutes()
{
    return m_minutesTab->correctMinutes();
}

bool AssemblySession::writeMinutesPdfTo(const QString &path)
{
    return m_minutesTab->writeMinutesPdfTo(path);
}

QTableView *AssemblySession::attendanceTable() const
{
    return m_sheetTab->table();
}

AttendanceModel *AssemblySession::attendanceModel() const
{
    return m_sheetTab->model();
}

QLabel *AssemblySession::openedLabel() const
{
    return m_sheetTab->openedLabel();
}

QListWidget *AssemblySession::itemList() const
{
    return m_votesTab->itemList();
}

QLabel *AssemblySession::outcomeLabel() const
{
    return m_votesTab->outcomeLabel();
}

QPushButton *AssemblySession::boardButton() const
{
    return m_votesTab->boardButton();
}

QPlainTextEdit *AssemblySession::minutesEdit() const
{
    return m_minutesTab->minutesEdit();
}

QLabel *AssemblySession::minutesStatusLabel() const
{
    return m_minutesTab->statusLabel();
}

QDateTime AssemblySession::pointingTime() const
{
    return m_session->pointingTime();
}

void AssemblySession::updateQuorum()
{
    if (!m_session->isPrepared()) {
        m_quorumText = tr("Quorum\u00a0: la feuille de présence n'est pas encore préparée.");
        m_quorumBanner->setText(m_quorumText.toHtmlEscaped());
        m_quorumBanner->setStyleSheet(bannerStyle(false));
        return;
    }
    const QDateTime at = m_session->pointingTime();
    const auto status = m_session->quorum();
    if (!status) {
        m_quorumText = status.error().message;
        m_quorumBanner->setText(m_quorumText.toHtmlEscaped());
        m_quorumBanner->setStyleSheet(bannerStyle(false));
        return;
    }
    // Each count in its own %n, so that French and English both say « 1 présent », « 18 présents ».
    const QString counts
        = tr("À %1\u00a0: %2, %3, sur %4 ayant le droit de vote.")
              .arg(timeText(at), tr("%n présent(s)", nullptr, status->presentCount),
                  tr("%n représenté(s)", nullptr, status->representedCount), tr("%n membre(s)", nullptr, status->eligibleCount));
    // Nobody may vote: say why (dues of the year not paid, memberships not active…) rather
    // than counting zeros.
    const QString detail = status->nobodyMayVote() ? whyNobodyMayVote(m_session->rows()) : counts;
    m_quorumText = status->text() + u'\n' + detail;
    m_quorumBanner->setText(u"<b>%1</b><br>%2"_s.arg(status->text().toHtmlEscaped(), detail.toHtmlEscaped()));
    m_quorumBanner->setStyleSheet(bannerStyle(status->met));
}

QString AssemblySession::quorumLabel() const
{
    return m_quorumText;
}

} // namespace adhera
