// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BoardElectionDialog: « Conseil élu », the board as an assembly's election made it, or the
// bureau a conseil elected among its members. It starts from the seats held on the day of the
// meeting; the secretary adds the elected, takes off
// those who left and saves: installBoard() keeps the terms of the seats unchanged, ends the
// others the day before and starts the new ones on the day, in one transaction.

#include "assembly/boardelection.h"
#include "assembly/meetingrecords.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace adhera {

class Database;
class PersonCombo;

class BoardElectionDialog final : public QDialog
{
    Q_OBJECT
public:
    BoardElectionDialog(Database &db, const assembly::Meeting &meeting, QWidget *parent = nullptr);

    const QList<assembly::BoardSeat> &seats() const { return m_seats; }
    // Says why through MessageBox and returns false when the person is already on the board.
    bool addSeat(qint64 personId, BoardPosition position);
    void removeSeat(int row);
    // installBoard(), after a confirmation (MessageBox::question) when seats end; says what was
    // refused and returns false.
    bool save();
    // « 8 sièges inchangés, 2 mandats prenant fin le 11/06/2025, 2 mandats commençant le … ».
    QString changeText() const;

    QListWidget *seatList() const { return m_seatList; }

    void accept() override;

private:
    void showSeats();
    void addChosenSeat();

    Database &m_db;
    assembly::Meeting m_meeting;
    QList<assembly::BoardSeat> m_seated; // as read: the board on the day
    QList<assembly::BoardSeat> m_seats; // as elected
    bool m_readFailed = false;
    QListWidget *m_seatList = nullptr;
    PersonCombo *m_personCombo = nullptr;
    QComboBox *m_positionCombo = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace adhera
