// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AssemblySession: « Séance », the general assembly run live by the secretary (DOMAIN §1.4–§1.8).
// A quorum banner stays at the top, recomputed after every change at the time of the check-in
// (now, or the time typed for a late entry). Three tabs: the attendance sheet (prepared from the
// active members with their voting rights on the reference date, then present, represented by a
// proxy holder, absent, departures), the votes on each resolution or election (totals only,
// outcome from the statutes' majority rule), and the procès-verbal (draft generated from what was
// recorded, edited, approved and locked, corrected as a new version, printed as PDF).
// MeetingStore enforces every rule (proxy cap, chains, quorum before a vote, locked minutes); this
// dialog shows its refusals as they are. Each tab lives in its own file: sessionsheet.cpp,
// sessionvotes.cpp, sessionminutes.cpp; assemblysession.cpp holds the window, the reload and the
// quorum banner.

#include "assembly/meetingstore.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimeEdit;

namespace adhera {

class AttendanceModel;
class Database;

class AssemblySession final : public QDialog
{
    Q_OBJECT

public:
    AssemblySession(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    // The actions behind the buttons, without their dialogs. Each says what went wrong through
    // MessageBox and returns false on failure.
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
    // Records the opening of the session at the check-in time.
    bool openSession();

    QString quorumLabel() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *attendanceTable() const { return m_attendanceTable; }
    AttendanceModel *attendanceModel() const { return m_attendance; }
    QListWidget *itemList() const { return m_itemList; }
    QLabel *outcomeLabel() const { return m_outcomeLabel; }
    QPlainTextEdit *minutesEdit() const { return m_minutesEdit; }
    QLabel *minutesStatusLabel() const { return m_minutesStatusLabel; }
    QLabel *openedLabel() const { return m_openedLabel; }
    QLabel *lockedNote() const { return m_lockedNote; }
    QPushButton *boardButton() const { return m_boardButton; }
    // The time check-ins, departures and votes are recorded at: now by the database clock, or
    // the time typed on the meeting's day.
    QDateTime pointingTime() const;

private:
    // The tabs, built by the file of each (sessionsheet.cpp, sessionvotes.cpp, sessionminutes.cpp).
    QWidget *buildSheetTab();
    QWidget *buildVotesTab();
    QWidget *buildMinutesTab();
    void reload();
    void fillAttendance();
    void applyFilter();
    void updateQuorum();
    void updateSheetButtons();
    void fillItems();
    void showItem();
    void fillMinutes();
    qint64 selectedMembershipId() const;
    qint64 selectedItemId() const;
    const assembly::AttendanceRow *rowOf(qint64 membershipId) const;
    QString personName(qint64 personId);
    // Who holds a proxy: the person voting for the member, with the member when it is an organisation.
    QString holderName(qint64 membershipId);
    void markSelectedPresent();
    void chooseHolderForSelected();
    void markSelectedAbsent();
    void markSelectedLeft();
    void reviewSelectedRight();
    void recordShownVote();
    void choosePdfFile();
    void chooseSheetFile();
    void openBoardElection();
    bool confirmAndGenerate();
    std::optional<assembly::Minutes> latestMinutes() const;
    // Once a version of the minutes is locked, the sheet and the votes it reports stay as they
    // are: says so and returns true.
    bool refuseWhenLocked(const QString &title);

    Database &m_db;
    assembly::MeetingStore m_store;
    qint64 m_meetingId;
    assembly::Meeting m_meeting;
    assembly::StatutesProfile m_profile;
    QList<assembly::AttendanceRow> m_rows;
    QList<assembly::AgendaItem> m_agenda;
    QHash<qint64, assembly::VoteRecord> m_votes; // by agenda item
    QList<assembly::Minutes> m_minutes;
    bool m_locked = false; // some version of the minutes is locked
    QHash<qint64, QString> m_personNames;

    QString m_quorumText; // the banner's words, without its markup
    QLabel *m_quorumBanner = nullptr;
    QLabel *m_lockedNote = nullptr; // shown while a version of the minutes is locked
    QTabWidget *m_tabs = nullptr;
    // Émargement
    QStackedWidget *m_sheetStack = nullptr;
    QPushButton *m_prepareButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_nowCheck = nullptr;
    QTimeEdit *m_timeEdit = nullptr;
    QTableView *m_attendanceTable = nullptr;
    AttendanceModel *m_attendance = nullptr;
    QPushButton *m_presentButton = nullptr;
    QPushButton *m_proxyButton = nullptr;
    QPushButton *m_absentButton = nullptr;
    QPushButton *m_leftButton = nullptr;
    QPushButton *m_reviewRightButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_openedLabel = nullptr;
    // Votes
    QListWidget *m_itemList = nullptr;
    QLabel *m_itemTitleLabel = nullptr;
    QLabel *m_itemBodyLabel = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QSpinBox *m_forSpin = nullptr;
    QSpinBox *m_againstSpin = nullptr;
    QSpinBox *m_abstentionSpin = nullptr;
    QSpinBox *m_blankSpin = nullptr;
    QSpinBox *m_spoiledSpin = nullptr;
    QLabel *m_castingLabel = nullptr;
    QComboBox *m_castingCombo = nullptr;
    QPushButton *m_recordVoteButton = nullptr;
    QLabel *m_correctionLabel = nullptr;
    QLineEdit *m_correctionEdit = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QPushButton *m_boardButton = nullptr;
    // Procès-verbal
    QLabel *m_minutesStatusLabel = nullptr;
    QPlainTextEdit *m_minutesEdit = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_saveDraftButton = nullptr;
    QPushButton *m_lockButton = nullptr;
    QPushButton *m_correctButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
};

} // namespace adhera
