// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Votes », the second tab of the session: the resolutions and elections of the agenda on the
// left; on the right the count of the one chosen, decided by the statutes' majority, its
// correction with a reason (the first result stays in the minutes), and the board an election
// composed.

#include "assembly/meetingrecords.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace adhera {

class SessionController;

class SessionVotesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionVotesTab(SessionController &session, QWidget *parent = nullptr);

    // Records the count without the questions the button asks; says what went wrong.
    bool recordVoteFor(qint64 agendaItemId, const assembly::VoteCount &count, std::optional<bool> chairCastingVoteFor = std::nullopt,
        const QString &correctionReason = QString());

    QListWidget *itemList() const { return m_itemList; }
    QLabel *outcomeLabel() const { return m_outcomeLabel; }
    QPushButton *boardButton() const { return m_boardButton; }

private:
    void fillItems();
    void showItem();
    qint64 selectedItemId() const;
    void recordShownVote();
    void openBoardElection();

    SessionController &m_session;
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
};

} // namespace adhera
