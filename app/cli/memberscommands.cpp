// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli members list
#include "cli.h"
#include "commands.h"
#include "i18n/displayformat.h"
#include "io/csvwriter.h"
#include "members/memberdirectory.h"
#include "members/phonenumbers.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

QString kindLabel(MemberKind kind)
{
    return kind == MemberKind::Organisation ? Tr::tr("Personne morale") : Tr::tr("Personne physique");
}

// Accepts the code ("active") or the French label ("actif", "Démissionnaire"), any case.
std::optional<MembershipStatus> statusFromText(const QString &text)
{
    if (auto byCode = membershipStatusFromCode(text.toLower()))
        return byCode;
    for (MembershipStatus status : allMembershipStatuses())
        if (label(status).compare(text, Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

QStringList headers()
{
    return {Tr::tr("N°"), Tr::tr("Type"), Tr::tr("Nom"), Tr::tr("Catégorie"), Tr::tr("Statut"), Tr::tr("Club d'origine"),
        Tr::tr("Code postal"), Tr::tr("Ville"), Tr::tr("Représentant"), Tr::tr("E-mail"), Tr::tr("Téléphone"), Tr::tr("Date d'adhésion"),
        Tr::tr("Date de départ")};
}

QStringList cells(const MemberRow &row)
{
    return {QString::number(row.membershipId), kindLabel(row.kind), row.name, row.category, label(row.status), row.originClub, row.postcode,
        row.city, row.representative, row.email, phone::display(row.phone), i18n::documentDate(row.joinedOn),
        i18n::documentDate(row.leftOn)};
}

QJsonObject json(const MemberRow &row)
{
    return {{u"membership_id"_s, row.membershipId}, {u"kind"_s, row.kind == MemberKind::Organisation ? u"organisation"_s : u"person"_s},
        {u"organisation_id"_s, row.organisationId > 0 ? QJsonValue(row.organisationId) : QJsonValue()},
        {u"person_id"_s, row.personId > 0 ? QJsonValue(row.personId) : QJsonValue()}, {u"name"_s, row.name}, {u"category"_s, row.category},
        {u"status"_s, toCode(row.status)}, {u"origin_club"_s, row.originClub}, {u"postcode"_s, row.postcode}, {u"city"_s, row.city},
        {u"representative"_s, row.representative}, {u"email"_s, row.email}, {u"phone"_s, row.phone},
        {u"joined_on"_s, row.joinedOn.isValid() ? QJsonValue(row.joinedOn.toString(Qt::ISODate)) : QJsonValue()},
        {u"left_on"_s, row.leftOn.isValid() ? QJsonValue(row.leftOn.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

int runMembersList(CommandContext &context)
{
    const QString format = context.invocation.has(u"format"_s) ? context.invocation.option(u"format"_s) : u"table"_s;
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s) {
        writeLine(context.err, Tr::tr("adhera-cli : format inconnu « %1 » (table, csv ou json)").arg(format));
        return BadUsage;
    }
    MemberFilter filter;
    filter.search = context.invocation.option(u"search"_s);
    if (context.invocation.has(u"status"_s)) {
        filter.status = statusFromText(context.invocation.option(u"status"_s));
        if (!filter.status) {
            writeLine(context.err,
                Tr::tr("adhera-cli : statut inconnu « %1 » (actif, en attente, démissionnaire, exclu)")
                    .arg(context.invocation.option(u"status"_s)));
            return BadUsage;
        }
    }
    MemberDirectory directory(*context.database);
    auto total = directory.count(filter);
    auto rows = total.and_then([&](int count) { return directory.page(filter, {}, 0, count); });
    if (!rows) {
        writeLine(context.err, u"adhera-cli : "_s + rows.error().message);
        return Failure;
    }
    if (format == u"json"_s) {
        QJsonArray array;
        for (const MemberRow &row : *rows)
            array.append(json(row));
        context.out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == u"csv"_s) {
        io::CsvWriter csv;
        csv.addRow(headers());
        for (const MemberRow &row : *rows)
            csv.addRow(cells(row));
        context.out.write(csv.toUtf8WithBom());
    } else {
        QList<QStringList> table;
        for (const MemberRow &row : *rows)
            table << QStringList {QString::number(row.membershipId), row.name, row.category, label(row.status), row.originClub, row.city};
        writeLine(context.out,
            alignedTable(
                {Tr::tr("N°"), Tr::tr("Nom"), Tr::tr("Catégorie"), Tr::tr("Statut"), Tr::tr("Club d'origine"), Tr::tr("Ville")}, table));
        writeLine(context.out, QCoreApplication::translate("adhera::cli", "%n adhérent(s)", nullptr, int(rows->size())));
    }
    return Success;
}

} // namespace adhera::cli
