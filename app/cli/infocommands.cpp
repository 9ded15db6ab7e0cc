// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli demo | info
#include "cli.h"
#include "commands.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "members/memberfile.h"
#include "output.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {
// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};
} // namespace

int runDemo(CommandContext &context)
{
    auto filled = demo::fill(*context.database);
    if (!filled) {
        writeLine(context.err, u"adhera-cli : "_s + filled.error().message);
        return Failure;
    }
    const auto counts = MemberFile(*context.database).counts();
    writeLine(context.out,
        Tr::tr("Données de démonstration ajoutées : %1 organisations, %2 personnes, %3 adhésions.")
            .arg(counts->organisations)
            .arg(counts->people)
            .arg(counts->memberships));
    return Success;
}

int runInfo(CommandContext &context)
{
    const QString format = context.invocation.option(u"format"_s);
    if (!format.isEmpty() && format != u"text"_s && format != u"json"_s) {
        writeLine(context.err, Tr::tr("adhera-cli : format inconnu « %1 » (text ou json)").arg(format));
        return BadUsage;
    }
    auto counts = MemberFile(*context.database).counts();
    if (!counts) {
        writeLine(context.err, u"adhera-cli : "_s + counts.error().message);
        return Failure;
    }
    const int version = context.database->schemaVersion();
    if (format == u"json"_s) {
        const QJsonObject info {{u"file"_s, context.database->path()}, {u"schema_version"_s, version},
            {u"organisations"_s, counts->organisations}, {u"people"_s, counts->people}, {u"memberships"_s, counts->memberships},
            {u"active_memberships"_s, counts->activeMemberships}, {u"current_board_roles"_s, counts->boardRoles}};
        context.out.write(QJsonDocument(info).toJson(QJsonDocument::Indented));
        return Success;
    }
    writeLine(context.out, Tr::tr("Fichier : %1").arg(QDir::toNativeSeparators(context.database->path())));
    writeLine(context.out, Tr::tr("Version du schéma : %1").arg(version));
    writeLine(context.out, Tr::tr("Organisations : %1").arg(counts->organisations));
    writeLine(context.out, Tr::tr("Personnes : %1").arg(counts->people));
    writeLine(context.out, Tr::tr("Adhésions : %1 (dont %2 actives)").arg(counts->memberships).arg(counts->activeMemberships));
    writeLine(context.out, Tr::tr("Fonctions au bureau en cours : %1").arg(counts->boardRoles));
    return Success;
}

} // namespace adhera::cli
