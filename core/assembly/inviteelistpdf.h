// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lists of any meeting's invitees as A4 PDFs (sheetpdf.h's layout): the list of invitations
// (each invitee with the person who represents an organisation or the organisation a guest works
// for, the reply, when and how the invitation or convocation was sent, attendance once recorded,
// and the totals of replies), and the attendance sheet to sign at the door of a meeting that has
// no assembly's feuille d'émargement (a conseil, a petit-déjeuner, a visite…).

#include "common/result.h"

#include <QString>

namespace adhera {
class Database;
}

namespace adhera::assembly {

enum class InviteeListKind { Invitations, AttendanceSheet };

// Refused when the meeting has no invitee.
Result<void> writeInviteeListPdf(Database &db, qint64 meetingId, InviteeListKind kind, const QString &path);

} // namespace adhera::assembly
