// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The procès-verbal as an A4 PDF to sign and file (DOMAIN §1.8): the club's letterhead, the body
// laid out from its light structure (minutesdraft.h: title, headings, justified paragraphs, the
// agenda as a numbered list, the signatures side by side with room to sign), numbered
// « Page N / M ». A draft carries « Brouillon — non approuvé » as a banner, a watermark on every
// page and in the footer; a locked version prints its version, the version it corrects, its lock
// date and the SHA-256 of its body in the footer of every page, so that a printed copy can be
// checked against the register. The attendance sheet follows as an annex on its own page
// (DOMAIN §1.7): member, proxy holder, presence, arrival and departure, votes held and an empty
// column to sign. Needs a QGuiApplication (the offscreen platform is enough); written to a
// temporary file beside the target and renamed over it only once complete.

#include "assembly/meetingrecords.h"
#include "common/result.h"
#include "dues/duespdf.h"

#include <QList>
#include <QString>

namespace adhera::assembly {

Result<void> writeMinutesPdf(const Minutes &minutes, const Meeting &meeting, const QList<AttendanceRow> &attendance,
    const dues::ClubHeader &club, const QString &path);

} // namespace adhera::assembly
