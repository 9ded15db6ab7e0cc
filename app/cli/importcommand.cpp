// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli import: a club file into the member file, the sure duplicates merged at once and
// everything else left pending for the merge wizard of the window. The file is stored by the
// merge itself, so that the backup comes first and the staging and the sure merges are one
// transaction: a failure leaves the member file as it was.
#include "cli.h"
#include "commands.h"
#include "db/database.h"
#include "importing/importstore.h"
#include "members/memberfile.h"
#include "merge/mergeapplier.h"
#include "merge/reviewsession.h"
#include "output.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adhera::cli {

using importing::ImportField;

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

int failed(CommandContext &context, const QString &message, int code = Failure)
{
    writeLine(context.err, u"adhera-cli : "_s + message);
    return code;
}

// The club named by its code or its name, case and accents ignored.
std::optional<OriginClub> findClub(const QList<OriginClub> &clubs, const QString &name)
{
    const QString wanted = text::fold(name);
    for (const OriginClub &club : clubs)
        if (text::fold(club.code) == wanted || text::fold(club.name) == wanted)
            return club;
    return std::nullopt;
}

QString clubList(const QList<OriginClub> &clubs)
{
    QStringList names;
    for (const OriginClub &club : clubs)
        names << u"%1 (%2)"_s.arg(club.code, club.name);
    return names.join(u", "_s);
}

// French takes the singular for 0 and 1.
QString importedText(int count)
{
    return count <= 1 ? Tr::tr("%1 ligne importée").arg(count) : Tr::tr("%1 lignes importées").arg(count);
}

QString mergedText(int count)
{
    return count <= 1 ? Tr::tr("%1 fusion sûre appliquée").arg(count) : Tr::tr("%1 fusions sûres appliquées").arg(count);
}

QString waitingText(int count)
{
    return count <= 1 ? Tr::tr("%1 ligne en attente de vérification").arg(count)
                      : Tr::tr("%1 lignes en attente de vérification").arg(count);
}

} // namespace

int runImport(CommandContext &context)
{
    Database &db = *context.database;
    const Invocation &invocation = context.invocation;
    if (!invocation.has(u"club"_s))
        return failed(context, Tr::tr("la commande « import » a besoin de --club NOM (le club d'origine du fichier)"), BadUsage);

    MemberFile members(db);
    const auto clubs = members.originClubs();
    if (!clubs)
        return failed(context, clubs.error().message);
    const auto club = findClub(*clubs, invocation.option(u"club"_s));
    if (!club)
        return failed(
            context, Tr::tr("club inconnu « %1 » ; clubs connus : %2").arg(invocation.option(u"club"_s), clubList(*clubs)), BadUsage);

    const QString path = context.arguments[0];
    if (!QFileInfo(path).isFile())
        return failed(context, Tr::tr("fichier introuvable « %1 »").arg(path));
    auto read = importing::ImportFile::read(path);
    if (!read)
        return failed(context, read.error().message);
    importing::ImportFile file = std::move(*read);
    file.originClubId = club->id;
    file.clubName = club->name;

    // The mapping given, else the one remembered for this club and these headers, else the
    // automatic one that read() already applied.
    importing::ImportStore store(db);
    if (invocation.has(u"map"_s)) {
        auto mapping = importing::ColumnMapping::fromSpec(invocation.option(u"map"_s), file.headers);
        if (!mapping)
            return failed(context, file.fileName + u" : "_s + mapping.error().message, BadUsage);
        file.setMapping(*mapping);
    } else if (auto remembered = store.rememberedLayout(club->id, file.headers)) {
        file.setMapping(*remembered);
    }
    if (!file.mapping.has(ImportField::LastName) && !file.mapping.has(ImportField::FirstName)
        && !file.mapping.has(ImportField::Organisation))
        return failed(context,
            Tr::tr("%1 : aucune colonne de nom, de prénom ni d'organisme ; indiquez-les avec --map, par exemple "
                   "« Nom=last_name,Prénom=first_name » (colonnes : %2)")
                .arg(file.fileName, file.headers.join(u", "_s)),
            BadUsage);

    for (const QString &warning : std::as_const(file.warnings))
        writeLine(context.err, Tr::tr("attention : %1 : %2").arg(file.fileName, warning));
    int imported = 0;
    for (const importing::SourceRow &row : std::as_const(file.rows)) {
        for (const importing::RowProblem &problem : row.problems)
            writeLine(context.err, Tr::tr("attention : %1, %2").arg(file.fileName, importing::describe(row.line, problem)));
        if (!row.skipped())
            ++imported;
    }

    // Every pending file, this one last, against the members already in the file.
    auto pending = store.pendingFiles();
    if (!pending)
        return failed(context, pending.error().message);
    QList<importing::ImportFile> files = std::move(*pending);
    files << file;
    auto existing = merge::ReviewSession::loadExisting(db);
    if (!existing)
        return failed(context, existing.error().message);
    auto distinct = store.distinctPairs();
    if (!distinct)
        return failed(context, distinct.error().message);
    merge::ReviewSession session(files, *existing, *distinct);
    session.run();
    session.acceptSureWithoutConflicts();

    // Only the merges of sure pairs: single rows and undecided pairs wait for the wizard.
    QList<merge::MergeGroup> sure;
    for (const merge::MergeGroup &group : session.groups())
        if (group.isMerge())
            sure << group;
    merge::MergeApplier applier(db);
    const auto outcome = applier.apply(files, sure);
    if (!outcome)
        return failed(context, outcome.error().message);
    if (auto remembered = store.rememberLayout(club->id, file.headers, file.mapping); !remembered)
        writeLine(context.err, Tr::tr("attention : %1").arg(remembered.error().message));
    const auto waiting = store.pendingRowCount();
    if (!waiting)
        return failed(context, waiting.error().message);

    writeLine(context.out,
        Tr::tr("%1 depuis %2 (%3) ; %4 ; %5 dans la fenêtre ; sauvegarde : %6")
            .arg(importedText(imported), file.fileName, club->name, mergedText(outcome->merged), waitingText(*waiting),
                QDir::toNativeSeparators(outcome->backupPath)));
    return Success;
}

} // namespace adhera::cli
