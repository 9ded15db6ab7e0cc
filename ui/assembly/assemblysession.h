// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AssemblySession: « Séance », the general assembly run live by the secretary (DOMAIN §1.4–§1.8).
// A quorum banner stays at the top, recomputed after every change at the pointing time (now, or
// the time typed for a late entry). Three tabs, each its own widget over one SessionController
// (the session's state and actions, without widgets): the attendance sheet (SessionSheetTab),
// the votes (SessionVotesTab) and the procès-verbal (SessionMinutesTab). MeetingStore enforces
// every rule (proxy cap, chains, quorum before a vote, locked minutes); the window shows its
// refusals as they are.

#include "assembly/meetingstore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace adhera {

class AttendanceModel;
class Database;
class SessionController;
class SessionMinutesTab;
class SessionSheetTab;
class SessionVotesTab;

class AssemblySession final : public QDialog
{
    Q_OBJECT

public:
    AssemblySession(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    // The actions behind the buttons, without their file dialogs. Each says what went wrong
    // through MessageBox and returns false on failure.
    bool prepareSheet();
    bool checkIn(qint64 membershipId, assembly::Presence presence, qint64 holderId = 0);
    bool recordDeparture(qint64 membershipId);
    // Reads the member's right again with the payments received up to now (dues paid at the
    // door) and records when and what it became; says the result.
    bool reviewRight(qint64 membershipId);
    // A vote already recorded is replaced only with a correction reason; the first result stays
    // in the minutes.
    bool recordVoteFor(qint64 agendaItemId, const assembly::VoteCount &count, std::optional<bool> chairCastingVoteFor = std::nullopt,
        const QString &correctionReason = QString());
    bool generateDraft();
    bool saveDraft();
    // Approves and locks the draft after a confirmation (MessageBox::question).
    bool lockMinutes();
    // After a confirmation, a new draft version of the locked minutes, with the same text.
    bool correctMinutes();
    bool writeMinutesPdfTo(const QString &path);
    // The feuille d'émargement of the prepared sheet (attendancesheetpdf.h).
    bool writeSheetPdfTo(const QString &path);
    // Records the opening of the session at the pointing time, after a confirmation.
    bool openSession();

    SessionController &controller() const { return *m_session; }
    QString quorumLabel() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *attendanceTable() const;
    AttendanceModel *attendanceModel() const;
    QListWidget *itemList() const;
    QLabel *outcomeLabel() const;
    QPlainTextEdit *minutesEdit() const;
    QLabel *minutesStatusLabel() const;
    QLabel *openedLabel() const;
    QLabel *lockedNote() const { return m_lockedNote; }
    QPushButton *boardButton() const;
    QDateTime pointingTime() const;

private:
    void updateQuorum();

    SessionController *m_session = nullptr;
    QString m_quorumText; // the banner's words, without its markup
    QLabel *m_quorumBanner = nullptr;
    QLabel *m_lockedNote = nullptr; // shown while a version of the minutes is locked
    QTabWidget *m_tabs = nullptr;
    SessionSheetTab *m_sheetTab = nullptr;
    SessionVotesTab *m_votesTab = nullptr;
    SessionMinutesTab *m_minutesTab = nullptr;
};

} // namespace adhera
