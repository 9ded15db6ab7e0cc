// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardelection.h"

#include "db/database.h"
#include "db/sql.h"
#include "i18n/displayformat.h"
#include "meetingstoresupport.h"
#include "members/personnames.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

int rank(BoardPosition position)
{
    return int(allBoardPositions().indexOf(position));
}

struct HeldSeat {
    qint64 roleId = 0;
    BoardSeat seat;
};

Result<QList<HeldSeat>> heldOn(const Database &db, const QDate &on)
{
    Sql query(db,
        u"SELECT r.id, r.person_id, r.role, p.first_name, p.last_name FROM board_role r JOIN person p ON p.id = r.person_id "
        "WHERE r.start_date <= :on AND (r.end_date IS NULL OR r.end_date >= :on) "
        "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, r.id"_s);
    query.bind(u":on"_s, on.toString(Qt::ISODate));
    if (auto ran = query.exec(Tr::tr("Impossible de lire la composition du conseil")); !ran)
        return fail(ran.error());
    QList<HeldSeat> held;
    while (query.next()) {
        HeldSeat seat;
        seat.roleId = query.value(0).toLongLong();
        seat.seat.personId = query.value(1).toLongLong();
        seat.seat.position = boardPositionFromCode(query.value(2).toString()).value_or(BoardPosition::Director);
        seat.seat.name = letterName(query.value(3).toString(), query.value(4).toString());
        held.append(seat);
    }
    std::stable_sort(
        held.begin(), held.end(), [](const HeldSeat &a, const HeldSeat &b) { return rank(a.seat.position) < rank(b.seat.position); });
    return held;
}

// The seats a board has one of at most (DOMAIN §1.10: the bureau's officers).
bool isSingleSeat(BoardPosition position)
{
    return position == BoardPosition::President || position == BoardPosition::Treasurer || position == BoardPosition::Secretary;
}

} // namespace

Result<QList<BoardSeat>> boardSeatedOn(const Database &db, const QDate &on)
{
    const auto held = heldOn(db, on);
    if (!held)
        return fail(held.error());
    QList<BoardSeat> seats;
    for (const HeldSeat &seat : *held)
        seats.append(seat.seat);
    return seats;
}

Result<BoardChange> installBoard(Database &db, const QList<BoardSeat> &seats, const QDate &on)
{
    if (!on.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date de l'élection."));
    QHash<qint64, BoardSeat> byPerson;
    QHash<BoardPosition, QString> singleHolder;
    for (const BoardSeat &seat : seats) {
        auto name = storesupport::personName(db, seat.personId);
        if (!name)
            return fail(name.error());
        if (byPerson.contains(seat.personId))
            return fail(ErrorCode::InvalidInput, Tr::tr("%1 ne peut occuper qu'un siège au conseil.").arg(*name));
        byPerson.insert(seat.personId, seat);
        if (isSingleSeat(seat.position)) {
            if (singleHolder.contains(seat.position))
                return fail(ErrorCode::InvalidInput,
                    Tr::tr("Un seul siège « %1 » au conseil\u00a0: %2 et %3 ne peuvent l'occuper tous deux.")
                        .arg(label(seat.position), singleHolder.value(seat.position), *name));
            singleHolder.insert(seat.position, *name);
        }
    }

    Transaction transaction(db);
    if (!transaction.started())
        return fail(transaction.started().error());
    // A later board is already on file: installing an older election would overlap it.
    Sql later(db, u"SELECT max(start_date) FROM board_role WHERE start_date > :on"_s);
    later.bind(u":on"_s, on.toString(Qt::ISODate));
    auto laterStart = later.scalar(Tr::tr("Impossible de lire la composition du conseil"));
    if (!laterStart)
        return fail(laterStart.error());
    if (!laterStart->isNull())
        return fail(ErrorCode::Conflict,
            Tr::tr("Le conseil a déjà des mandats commençant le %1, après le %2\u00a0: modifiez-les depuis la fiche des personnes.")
                .arg(i18n::displayDate(QDate::fromString(laterStart->toString(), Qt::ISODate)), i18n::displayDate(on)));
    const auto held = heldOn(db, on);
    if (!held)
        return fail(held.error());
    const QString context = Tr::tr("Impossible d'enregistrer la composition du conseil");
    BoardChange change;
    QList<BoardSeat> kept;
    for (const HeldSeat &current : *held) {
        if (seats.contains(current.seat)) {
            kept.append(current.seat);
            ++change.kept;
            continue;
        }
        // A term that started on the day itself is withdrawn rather than ended before it began.
        Sql end(db, u"UPDATE board_role SET end_date = :end WHERE id = :id AND start_date <= :end"_s);
        end.bind(u":end"_s, on.addDays(-1).toString(Qt::ISODate)).bind(u":id"_s, current.roleId);
        if (auto ran = end.exec(context); !ran)
            return fail(ran.error());
        if (end.rowsAffected() == 0) {
            Sql remove(db, u"DELETE FROM board_role WHERE id = :id"_s);
            remove.bind(u":id"_s, current.roleId);
            if (auto ran = remove.exec(context); !ran)
                return fail(ran.error());
        }
        ++change.ended;
    }
    for (const BoardSeat &seat : seats) {
        if (kept.contains(seat))
            continue;
        Sql insert(db, u"INSERT INTO board_role (person_id, role, start_date) VALUES (:person, :role, :start)"_s);
        insert.bind(u":person"_s, seat.personId).bind(u":role"_s, toCode(seat.position)).bind(u":start"_s, on.toString(Qt::ISODate));
        if (auto ran = insert.exec(context); !ran)
            return fail(ran.error());
        ++change.started;
    }
    db.markChanged(Database::Change::Members);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return change;
}

BoardChange boardChange(const QList<BoardSeat> &seated, const QList<BoardSeat> &seats)
{
    BoardChange change;
    for (const BoardSeat &seat : seated)
        (seats.contains(seat) ? change.kept : change.ended) += 1;
    for (const BoardSeat &seat : seats)
        change.started += seated.contains(seat) ? 0 : 1;
    return change;
}

} // namespace adhera::assembly
