// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The attendance sheet of a general assembly, prepared from the member file: one row per active
// membership with its weight and right to vote on the statuts' reference date (DOMAIN §1.2,
// §1.11). The window's « Préparer la feuille », the convocation dialog's warning and the
// refresh of one member's right (a member paying at the door) share these functions, so that
// all three read the same rights.

#include "assembly/meetingrecords.h"
#include "assembly/statutesprofile.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::assembly {

class MeetingStore;

// The earliest date the convocations went out; invalid when none was recorded.
QDate convenedOn(const MeetingStore &store, qint64 meetingId);

// The date voting rights are read on: the assembly's date, or the date the convocations went
// out when the statuts say so and it is recorded.
QDate votingReferenceDate(const MeetingStore &store, const Meeting &meeting, const StatutesProfile &profile);

// One row per active membership, by name, with the right read on `reference` from the dues
// ledger (votingrights.h); no presence recorded yet.
Result<QList<AttendanceRow>> attendanceRowsFor(Database &db, qint64 meetingId, const StatutesProfile &profile, const QDate &reference);

// The right of one membership read again on `reference`, with the payments received up to now.
Result<AttendanceRow> refreshedRow(Database &db, const AttendanceRow &row, const StatutesProfile &profile, const QDate &reference);

// Why nobody on these rows may vote, grouped by reason, most frequent first: « Aucun des 73
// membres n'a le droit de vote : cotisation 2027 non à jour au 15/01/2027 (70), adhésion non
// active (3). » Empty when someone may vote.
QString whyNobodyMayVote(const QList<AttendanceRow> &rows);

} // namespace adhera::assembly
