// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MeetingsPage: « Réunions et assemblées », every meeting of the club (conseils, bureaux,
// petits-déjeuners, afterworks… and the general assemblies) with its agenda size and the state of
// its procès-verbal, filtered by time or kind, and above them the declarations an assembly left
// to make within three months. New and Modifier open MeetingDialog, where the
// president prepares an assembly's ordre du jour; Supprimer asks first, and the store refuses a
// meeting whose minutes are locked. The page reloads after its own writes and when the member
// file changes.

#include "assembly/meetingstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace adhera {

class Database;
class MeetingTableModel;

class MeetingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPage(Database &db, QWidget *parent = nullptr);

    // Filter entries, in the combo's order.
    enum ShownMeetings { UpcomingMeetings, PastMeetings, GeneralAssemblies, AllMeetings };

    ShownMeetings shownMeetings() const;
    void setShownMeetings(ShownMeetings shown);
    QTableView *table() const { return m_table; }
    MeetingTableModel *model() const { return m_model; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    // The declarations due after assemblies (declarations.h); hidden when there is none.
    QLabel *declarationBanner() const { return m_declarationLabel; }
    qint64 currentMeetingId() const; // 0 when none is selected
    void selectMeeting(qint64 meetingId);

    // Removes the meeting after asking (MessageBox::question); says why when the store refuses.
    // Returns true when it was removed.
    bool removeMeeting(qint64 meetingId);
    // Records the declaration of a meeting's changes; says why when the store refuses.
    bool recordDeclaration(qint64 meetingId, const QDate &on);

public slots:
    void refresh();
    void newMeeting();
    void editMeeting();
    void removeSelected();
    // The live assembly (AssemblySession) of the selected general assembly.
    void openSession();
    // InviteesDialog: the invitees of the selected meeting, convocations and lists.
    void openInvitees();
    void declareDone();

signals:
    void countChanged(int shown, int total);

private:
    void updateButtons();
    void updateDeclarations();
    void openDialog(qint64 meetingId);

    Database &m_db;
    assembly::MeetingStore m_store;
    MeetingTableModel *m_model = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_sessionButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_inviteesButton = nullptr;
    QWidget *m_declarationBanner = nullptr;
    QLabel *m_declarationLabel = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace adhera
