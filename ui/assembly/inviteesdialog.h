// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// InviteesDialog: « Invités », who is asked to a meeting and what became of it. The secretary adds
// invitees by the filters of inviteeselection.h (every active member, the conseil, the bureau, a
// category, a founding club) or one person of the file as a guest, takes some off, records replies and, for a meeting without an
// assembly's attendance sheet, who came. For an assembly, « Envoyer les convocations… » writes
// the convocations and proxy forms of the active members invited as one PDF and records the date
// and channel as proof (with the statuts' delay checked); for another meeting it records when and
// how the invitations went. The list of invitees and, for other meetings, the attendance sheet
// to sign are printed as PDF. Every change is saved at once by MeetingStore.

#include "assembly/inviteelistpdf.h"
#include "assembly/inviteeselection.h"
#include "assembly/meetingstore.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace adhera {

class Database;
class PersonCombo;

class InviteesDialog final : public QDialog
{
    Q_OBJECT
public:
    InviteesDialog(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    enum Column { NameColumn, QualityColumn, ReplyColumn, RepliedOnColumn, SentColumn, AttendedColumn, ColumnCount };

    // The actions behind the buttons, without their dialogs; each says what went wrong through
    // MessageBox and returns false (or -1) on failure. A reply is dated by replyDateEdit().
    int addChoice(int choiceIndex); // returns how many were added
    // A person of the file as a guest (a speaker, a partner).
    bool inviteGuest(qint64 personId);
    bool setReply(const QList<int> &rows, assembly::Reply reply);
    bool setAttended(const QList<int> &rows, std::optional<bool> attended);
    // Asks first (MessageBox::question).
    bool removeRows(const QList<int> &rows);
    // An assembly: the convocations of the active members invited (all, or those not convened
    // yet) written to pdfPath, then recorded. Another meeting: the sending recorded, no PDF.
    bool send(const QDate &sentOn, assembly::ConvocationChannel channel, bool onlyPending, const QString &pdfPath = {});
    bool writeList(assembly::InviteeListKind kind, const QString &path);

    QTableWidget *table() const { return m_table; }
    QComboBox *choiceCombo() const { return m_choiceCombo; }
    QDateEdit *replyDateEdit() const { return m_replyDateEdit; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    const QList<assembly::Invitee> &invitees() const { return m_invitees; }
    int rowOf(const QString &name) const; // -1 when absent

private:
    void reload();
    QList<int> selectedRows() const;
    QList<assembly::InviteeId> inviteesAt(const QList<int> &rows) const;
    // Who a sending concerns: an assembly's active members invited, another meeting's invitees;
    // with onlyPending, those whose sending is not recorded yet.
    Result<QList<assembly::InviteeId>> recipients(bool onlyPending) const;
    // Says why a change was refused (MessageBox), then reloads.
    bool applied(const Result<void> &change);
    void addChosen();
    void removeSelected();
    void openSending();
    void printList(assembly::InviteeListKind kind);
    void updateButtons();

    Database &m_db;
    assembly::MeetingStore m_store;
    assembly::Meeting m_meeting;
    QList<assembly::InviteeChoice> m_choices;
    QList<assembly::Invitee> m_invitees;

    QComboBox *m_choiceCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    PersonCombo *m_guestCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_replyButton = nullptr;
    QDateEdit *m_replyDateEdit = nullptr;
    QPushButton *m_attendedButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace adhera
