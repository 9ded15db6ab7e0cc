// SPDX-License-Identifier: GPL-3.0-or-later
// recipientOf (duesdocuments.h): whom a membership's letters go to.
#include "db/database.h"
#include "db/sql.h"
#include "dues/duesdocuments.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

// « Mme Claire Martin »: the parts that are filled, in that order.
QString fullName(const QString &civility, const QString &firstName, const QString &lastName)
{
    QStringList parts;
    for (const QString &part : {civility, firstName, lastName})
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    return parts.join(u' ');
}

QString salutationFor(const QString &civility)
{
    if (civility == u"Mme"_s)
        return Tr::tr("Madame,");
    if (civility == u"M."_s)
        return Tr::tr("Monsieur,");
    return Tr::tr("Madame, Monsieur,");
}

// The street lines as typed (one per line, blank ones dropped), then « 54000 Nancy ».
QStringList postalLines(const QString &address, const QString &postcode, const QString &city)
{
    QStringList lines;
    for (const QString &line : QString(address).replace(u'\r', u'\n').split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines.append(line.simplified());
    const QString town = QString(postcode.trimmed() + u' ' + city.trimmed()).trimmed();
    if (!town.isEmpty())
        lines.append(town);
    return lines;
}

} // namespace

Result<Recipient> recipientOf(Database &db, qint64 membershipId)
{
    Sql query(db,
        u"SELECT m.organisation_id, o.name, o.address, o.postcode, o.city, o.email, o.siren, "
        "p.civility, p.first_name, p.last_name, p.address, p.postcode, p.city, p.email, "
        "r.civility, r.first_name, r.last_name, r.email, COALESCE(p.letter_language, r.letter_language, 'fr') "
        "FROM membership m "
        "LEFT JOIN organisation o ON o.id = m.organisation_id "
        "LEFT JOIN person p ON p.id = m.person_id "
        "LEFT JOIN person r ON r.id = m.representative_id "
        "WHERE m.id = :id"_s);
    query.bind(u":id"_s, membershipId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le destinataire de l'adhésion n°%1").arg(membershipId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("L'adhésion n°%1 n'existe pas.").arg(membershipId));

    Recipient recipient;
    recipient.membershipId = membershipId;
    recipient.language = i18n::letterLanguageFromCode(query.value(18).toString());
    const i18n::LetterLanguageScope letter(recipient.language);
    if (!query.value(0).isNull()) {
        recipient.name = query.value(1).toString().trimmed();
        recipient.addressLines = postalLines(query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
        recipient.siren = query.value(6).toString();
        const QString representative = fullName(query.value(14).toString(), query.value(15).toString(), query.value(16).toString());
        if (!representative.isEmpty())
            recipient.attention = Tr::tr("À l'attention de %1").arg(representative);
        // The representative reads the letters; the organisation's own address is the fallback.
        const QString representativeEmail = query.value(17).toString().trimmed();
        recipient.email = representativeEmail.isEmpty() ? query.value(5).toString().trimmed() : representativeEmail;
        recipient.salutation = salutationFor(query.value(14).toString());
    } else {
        const QString civility = query.value(7).toString();
        recipient.name = fullName(civility, query.value(8).toString(), query.value(9).toString());
        recipient.addressLines = postalLines(query.value(10).toString(), query.value(11).toString(), query.value(12).toString());
        recipient.email = query.value(13).toString().trimmed();
        recipient.salutation = salutationFor(civility);
    }
    return recipient;
}

} // namespace adhera::dues
