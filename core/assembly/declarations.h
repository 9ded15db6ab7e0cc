// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The declarations an assembly leaves to do (DOMAIN §0.2, §1.9): after it elected the board or
// changed the statuts, the changes are declared within three months — to the greffe des
// associations under the loi 1901, to the registre des associations of the tribunal judiciaire
// in Alsace-Moselle (two copies of the procès-verbal signed by the president and the secretary).
// The reminder lives in the meetings page until the date of the declaration is recorded
// (MeetingStore::recordDeclaration).

#include "assembly/meetingrecords.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace adhera {
class Database;
}

namespace adhera::assembly {

struct DeclarationDue {
    Meeting meeting;
    QDate dueOn; // three months after the meeting
    QStringList changes; // the titles of the adopted items that changed the registration
};

// The meetings, not cancelled, with an adopted election or change of the statuts, or a conseil
// whose officers (président, vice-président, trésorier, secrétaire) changed on its day, whose
// declaration is not recorded yet, the soonest due first.
Result<QList<DeclarationDue>> declarationsDue(Database &db);

// « au greffe des associations » / « au registre des associations du tribunal judiciaire »
QString declarationOffice(LegalRegime regime);

// « Déclaration à faire au greffe des associations au plus tard le 12/09/2026 : AG 2026 du
// 12/06/2026 (Élection du conseil d'administration). », « … échue depuis le … » once past `today`.
QString declarationReminder(const DeclarationDue &due, LegalRegime regime, const QDate &today);

} // namespace adhera::assembly
