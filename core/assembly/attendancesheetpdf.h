// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The feuille d'émargement of a general assembly as an A4 PDF, printed before the meeting and
// signed at the door (DOMAIN §1.7): one line per member entitled to vote, in alphabetical order,
// with the person who signs for an organisation (its designated representative), the votes it
// holds, a box to tick « Présent », room to write the proxy holder (« Représenté par ») and to
// sign; the totals of members and votes, blanks for the counts made at the opening and the
// signatures of the président and the secrétaire de séance. Numbered « Page N / M ». Needs a
// QGuiApplication (the offscreen platform is enough); written beside the target and renamed over
// it only once complete.

#include "assembly/meetingrecords.h"
#include "common/result.h"
#include "dues/duespdf.h"

#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::assembly {

struct SheetRow {
    QString member; // "Transports Lœuvre", "Hélène MÜLLER"
    QString representative; // who signs for an organisation; empty for a person
    int votes = 1;
};

// The members entitled to vote on the stored sheet of the meeting, by name, with the name of
// their signer (AttendanceRow::voterPersonId) when it is not the member itself.
Result<QList<SheetRow>> attendanceSheetRows(Database &db, qint64 meetingId);

Result<void> writeAttendanceSheetPdf(
    const Meeting &meeting, const QList<SheetRow> &rows, const dues::ClubHeader &club, const QString &path);

} // namespace adhera::assembly
