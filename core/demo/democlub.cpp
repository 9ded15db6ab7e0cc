// SPDX-License-Identifier: GPL-3.0-or-later
#include "democlub.h"

#include "db/database.h"
#include "db/sql.h"
#include "members/personnames.h"
#include "settings/clubidentity.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace adhera::demo {

Result<void> fillClubIdentity(Database &db)
{
    settings::ClubIdentity identity;
    identity.name = u"Lorraine Contact Client"_s;
    identity.address = u"Maison de l'Entreprise\n14 rue du Général-Leclerc\n54000 Nancy"_s;
    identity.email = u"tresorerie@l2c-lorraine.example"_s;
    identity.phone = u"03 83 00 00 00"_s;
    // An invented account, with valid IBAN check digits so that it reads like a real one.
    identity.paymentDetails = u"Virement : IBAN FR76 3000 1007 9412 3456 7890 185 — BIC DEMOFRPPXXX\n"
                              u"Chèque à l'ordre de « Lorraine Contact Client »"_s;

    Sql treasurer(db,
        u"SELECT p.first_name, p.last_name FROM board_role r JOIN person p ON p.id = r.person_id "
        u"WHERE r.role = 'treasurer' AND r.end_date IS NULL ORDER BY r.start_date DESC LIMIT 1"_s);
    if (auto ran = treasurer.exec(u"démonstration"_s); !ran)
        return tl::unexpected(ran.error());
    identity.signatory = treasurer.next() ? u"Le trésorier, "_s + letterName(treasurer.value(0).toString(), treasurer.value(1).toString())
                                          : u"Le trésorier"_s;

    QFile logo(u":/demo/l2c-logo.png"_s);
    if (logo.open(QIODevice::ReadOnly))
        identity.logoPng = logo.readAll();
    return settings::saveClubIdentity(db, identity);
}

} // namespace adhera::demo
