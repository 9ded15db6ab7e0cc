// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SendInvitationsDialog: « Envoyer les convocations » (an assembly) or « Enregistrer l'envoi des
// invitations » (any other meeting): the date of sending and the channel, and whether those
// already convened are left out. For an assembly the delay the statuts require is checked as the
// date changes (MeetingStore::convocationWarning): a warning, not a refusal.

#include "assembly/meetingrecords.h"
#include "assembly/statutesprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace adhera {

class SendInvitationsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `pending` and `all`: how many would receive it when those already convened are left out,
    // and when they are not.
    SendInvitationsDialog(const assembly::Meeting &meeting, const assembly::StatutesProfile &profile, const QDate &today, int pending,
        int all, QWidget *parent = nullptr);

    QDate sentOn() const;
    void setSentOn(const QDate &date);
    assembly::ConvocationChannel channel() const;
    bool onlyPending() const;
    QLabel *warningLabel() const { return m_warningLabel; }
    QLabel *channelNote() const { return m_channelNote; }
    QPushButton *okButton() const { return m_okButton; }
    // Active members who are not on an assembly's list: said, since each must be convened.
    // The active members who are not among the invitees, named in the warning.
    void setMembersLeftOut(const QStringList &names);
    // Why nobody would be entitled to vote at the assembly (attendancesheet.h), said before the
    // convocations go out: such an assembly can never reach its quorum. Empty: someone may vote.
    void setNobodyMayVote(const QString &why);

private:
    void refreshSummary();

    assembly::Meeting m_meeting;
    assembly::StatutesProfile m_profile;
    int m_pending;
    int m_all;
    QStringList m_leftOut;
    QString m_nobodyMayVote;
    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QCheckBox *m_pendingCheck = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_channelNote = nullptr;
    QLabel *m_warningLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace adhera
