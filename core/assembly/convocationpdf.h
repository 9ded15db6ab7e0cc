// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The convocation to a general assembly as an A4 PDF (DOMAIN §1.2): for each member, a letter
// (the club's letterhead, the member's postal block in the window of a DL envelope, the date,
// time and place, first or second convocation, the numbered agenda, who may vote and how
// proxies work under the stored statuts, the signatory), then on its own page the proxy form
// (« Pouvoir ») with the member's name filled in. Each letter starts on a new page and is
// numbered « Page N / M » on its own. Needs a QGuiApplication (offscreen is enough); written
// beside the target and renamed over it only once complete.

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::assembly {

// Refused when the meeting is not a general assembly or when membershipIds is empty. sentOn is
// the date printed on the letters (and, when the statuts say so, the date of the dues standing).
Result<void> writeConvocationsPdf(
    Database &db, qint64 meetingId, const QList<qint64> &membershipIds, const QDate &sentOn, const QString &path);

} // namespace adhera::assembly
