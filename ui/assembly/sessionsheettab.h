// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// « Émargement », the first tab of the session: preparing the attendance sheet, checking members
// in (present, represented, absent, departures) at the pointing time, reviewing a right at the
// door, opening the session, printing the sheet to sign. Refusals are shown as the controller
// gives them.

#include "assembly/meetingrecords.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimeEdit;

namespace adhera {

class AttendanceModel;
class SessionController;

class SessionSheetTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionSheetTab(SessionController &session, QWidget *parent = nullptr);

    // The actions behind the buttons, without their file dialogs; each says what went wrong
    // and returns false on failure.
    bool prepareSheet();
    bool checkIn(qint64 membershipId, assembly::Presence presence, qint64 holderId = 0);
    bool recordDeparture(qint64 membershipId);
    bool reviewRight(qint64 membershipId); // says the result
    bool openSession(); // after a confirmation
    bool writeSheetPdfTo(const QString &path);

    QTableView *table() const { return m_table; }
    AttendanceModel *model() const { return m_model; }
    QLabel *openedLabel() const { return m_openedLabel; }

private:
    void refresh();
    void showPointingTime();
    void applyFilter();
    void updateButtons();
    qint64 selectedMembershipId() const;
    void chooseHolderForSelected();
    void chooseSheetFile();

    SessionController &m_session;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_prepareButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_nowCheck = nullptr;
    QTimeEdit *m_timeEdit = nullptr;
    QTableView *m_table = nullptr;
    AttendanceModel *m_model = nullptr;
    QPushButton *m_presentButton = nullptr;
    QPushButton *m_proxyButton = nullptr;
    QPushButton *m_absentButton = nullptr;
    QPushButton *m_leftButton = nullptr;
    QPushButton *m_reviewRightButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_openedLabel = nullptr;
};

} // namespace adhera
