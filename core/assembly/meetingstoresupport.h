// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What MeetingStore's source files share: how meeting times and dates are stored and shown, how
// a member or a person is named in messages, and the questions every write asks first (votes
// recorded, minutes locked). Internal to core/assembly.

#include "assembly/meetingrecords.h"
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace adhera {
class Database;
class Sql;
} // namespace adhera

namespace adhera::assembly::storesupport {

// Meeting times are the club's local time, without an offset: "2026-06-12T18:30:00".
QString localText(const QDateTime &at);
QDateTime dateTimeFrom(const QVariant &value);
QDate dateFrom(const QVariant &value);
QString dateText(const QDate &date); // 12/06/2026
QString timeText(const QDateTime &at); // 18:30
QVariant idOrNull(qint64 id);
// "Prénom NOM" for a person, the name of an organisation as it is.
QString memberName(const QVariant &organisationName, const QString &firstName, const QString &lastName);
// « AG ordinaire 2026 » du 12/06/2026: how messages name a meeting.
QString meetingText(const Meeting &meeting);

// The columns agendaItemFrom reads, in its order.
extern const QString agendaSelect;
AgendaItem agendaItemFrom(const Sql &row);

Result<QString> personName(const Database &db, qint64 personId);
Result<QString> membershipName(const Database &db, qint64 membershipId); // NotFound when there is none
Result<QString> inviteeName(const Database &db, const InviteeId &who);
Result<bool> exists(
    const Database &db, const QString &statement, const QList<std::pair<QString, QVariant>> &values, const QString &context);
Result<bool> hasVotes(const Database &db, qint64 meetingId);
Result<bool> hasLockedMinutes(const Database &db, qint64 meetingId);
// The attendance sheet is the locked minutes' annex: once they are locked, it stays as signed.
Result<void> refuseIfSheetLocked(const Database &db, const Meeting &meeting);

} // namespace adhera::assembly::storesupport
