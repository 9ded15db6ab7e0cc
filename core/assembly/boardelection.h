// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The board an election installs (DOMAIN §1.10): the seats held on the day of the meeting are the
// starting point; the secretary writes the seats as elected. A seat kept as it was keeps its
// term; a seat no longer held ends the day before the meeting; a new seat starts on the day of
// the meeting. Everything in one transaction, so that the member file and the persons' board
// roles (the « Conseil » filter, the signatory of letters) follow the vote.

#include "common/result.h"
#include "members/records.h"

#include <QDate>
#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::assembly {

struct BoardSeat {
    qint64 personId = 0;
    BoardPosition position = BoardPosition::Director;
    QString name; // read only: "Hélène MÜLLER"
    bool operator==(const BoardSeat &other) const { return personId == other.personId && position == other.position; }
};

// The seats held on `on`, président first then vice-président, trésorier, secrétaire and the
// administrateurs, each by name.
Result<QList<BoardSeat>> boardSeatedOn(const Database &db, const QDate &on);

// What installing `seats` would change to the board seated on that day.
struct BoardChange {
    int kept = 0;
    int ended = 0;
    int started = 0;
};

// Installs `seats` as the board from `on`. Refused, changing nothing, when a person holds two
// seats, when more than one person holds the presidency, the treasury or the secretariat, when
// a person does not exist, or when seats starting after `on` are already on file.
Result<BoardChange> installBoard(Database &db, const QList<BoardSeat> &seats, const QDate &on);
// The same count, without writing.
BoardChange boardChange(const QList<BoardSeat> &seated, const QList<BoardSeat> &seats);

} // namespace adhera::assembly
