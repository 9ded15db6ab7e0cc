// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli match, adhera-cli dedupe: the merge wizard's matcher on files, without a database.
// The output is machine-readable CSV (",", UTF-8 without BOM, "\n"), so that scripts and the
// benchmarks can compare it with known answers.
#include "cli.h"
#include "commands.h"
#include "importing/importfield.h"
#include "importing/sourcetable.h"
#include "io/csvwriter.h"
#include "merge/matcher.h"
#include "output.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace adhera::cli {

using importing::ImportField;

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

// One input file, read and mapped: the values the matcher needs and the id of each row.
struct Source {
    importing::ColumnMapping mapping;
    std::vector<importing::FieldValues> values;
    QStringList ids;
};

// A command's failure: the message for stderr and the exit code.
struct Failed {
    QString message;
    int code = Failure;
};

template <typename T>
using Outcome = tl::expected<T, Failed>;

// Headers compare as ColumnMapping compares them: case, accents and spaces ignored.
QString headerKey(const QString &header)
{
    return text::fold(header).remove(u' ');
}

Outcome<Source> readSource(const QString &path, const QString &mapSpec, bool hasSpec, const QString &idColumn, bool hasId)
{
    if (!QFileInfo(path).isFile())
        return tl::unexpected(Failed {Tr::tr("fichier introuvable « %1 »").arg(path), Failure});
    auto table = importing::readTable(path);
    if (!table)
        return tl::unexpected(Failed {table.error().message, Failure});

    Source source;
    if (hasSpec) {
        auto mapping = importing::ColumnMapping::fromSpec(mapSpec, table->headers);
        if (!mapping)
            return tl::unexpected(Failed {QFileInfo(path).fileName() + u" : "_s + mapping.error().message, BadUsage});
        source.mapping = *mapping;
    } else {
        source.mapping = importing::ColumnMapping::fromHeaders(table->headers);
    }

    int idIndex = -1;
    if (hasId) {
        const QString wanted = headerKey(idColumn);
        for (int column = 0; column < table->headers.size() && idIndex < 0; ++column)
            if (headerKey(table->headers[column]) == wanted)
                idIndex = column;
        if (idIndex < 0)
            return tl::unexpected(Failed {Tr::tr("%1 : pas de colonne « %2 » pour les identifiants (colonnes : %3)")
                                              .arg(QFileInfo(path).fileName(), idColumn, table->headers.join(u", "_s)),
                BadUsage});
    }

    source.values = importing::fieldValues(*table, source.mapping);
    source.ids.reserve(table->rows.size());
    for (qsizetype row = 0; row < table->rows.size(); ++row) {
        const QStringList &fields = table->rows[row].fields;
        source.ids << (idIndex < 0 ? QString::number(row + 1) : idIndex < fields.size() ? fields[idIndex].trimmed() : QString());
    }
    return source;
}

bool hasNames(const importing::ColumnMapping &mapping)
{
    return mapping.has(ImportField::FirstName) || mapping.has(ImportField::LastName);
}

// People when a file names people, organisations when the files only name organisations.
Outcome<merge::Subject> subjectOf(const QList<const Source *> &sources)
{
    if (std::any_of(sources.begin(), sources.end(), [](const Source *source) { return hasNames(source->mapping); }))
        return merge::Subject::Person;
    if (std::any_of(sources.begin(), sources.end(), [](const Source *source) { return source->mapping.has(ImportField::Organisation); }))
        return merge::Subject::Organisation;
    return tl::unexpected(Failed {Tr::tr("aucune colonne de nom, de prénom ni d'organisme : indiquez-les avec une correspondance, "
                                         "par exemple « Nom=last_name,Prénom=first_name »"),
        BadUsage});
}

// The printed score; rows are sorted on it so that equal scores list in row order.
QString scoreText(double probability)
{
    return QString::number(probability, 'f', 6);
}

QByteArray pairsCsv(const QString &header, std::vector<merge::ScoredPair> pairs, const QStringList &leftIds, const QStringList &rightIds)
{
    const auto micro = [](double probability) { return std::llround(probability * 1e6); };
    std::sort(pairs.begin(), pairs.end(), [&](const merge::ScoredPair &a, const merge::ScoredPair &b) {
        if (micro(a.probability) != micro(b.probability))
            return micro(a.probability) > micro(b.probability);
        return a.left != b.left ? a.left < b.left : a.right < b.right;
    });
    QString text = header + u'\n';
    for (const merge::ScoredPair &pair : pairs)
        text += io::CsvWriter::quoted(leftIds[qsizetype(pair.left)], u',') + u','
            + io::CsvWriter::quoted(rightIds[qsizetype(pair.right)], u',') + u',' + scoreText(pair.probability) + u'\n';
    return text.toUtf8();
}

int reportFailure(CommandContext &context, const Failed &failed)
{
    writeLine(context.err, u"adhera-cli : "_s + failed.message);
    return failed.code;
}

// Writes the CSV to --out (and says so) or to the standard output (and says nothing else).
int writeResult(CommandContext &context, const QByteArray &csv, std::size_t pairCount)
{
    if (!context.invocation.has(u"out"_s)) {
        context.out.write(csv);
        return Success;
    }
    const QString path = context.invocation.option(u"out"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return reportFailure(context, {Tr::tr("impossible d'écrire « %1 » : %2").arg(path, file.errorString()), Failure});
    writeLine(context.out, QCoreApplication::translate("adhera::cli", "%n paire(s) écrite(s) dans %1", nullptr, int(pairCount)).arg(path));
    return Success;
}

} // namespace

int runMatch(CommandContext &context)
{
    const Invocation &invocation = context.invocation;
    const auto left = readSource(context.arguments[0], invocation.option(u"left-map"_s), invocation.has(u"left-map"_s),
        invocation.option(u"left-id"_s), invocation.has(u"left-id"_s));
    if (!left)
        return reportFailure(context, left.error());
    const auto right = readSource(context.arguments[1], invocation.option(u"right-map"_s), invocation.has(u"right-map"_s),
        invocation.option(u"right-id"_s), invocation.has(u"right-id"_s));
    if (!right)
        return reportFailure(context, right.error());
    const auto subject = subjectOf({&*left, &*right});
    if (!subject)
        return reportFailure(context, subject.error());

    merge::MatchSettings settings;
    settings.subject = *subject;
    const auto matches = merge::MatchRun::link(left->values, right->values, settings).matches();
    return writeResult(context, pairsCsv(u"left_id,right_id,score"_s, matches, left->ids, right->ids), matches.size());
}

int runDedupe(CommandContext &context)
{
    const Invocation &invocation = context.invocation;
    const auto source = readSource(
        context.arguments[0], invocation.option(u"map"_s), invocation.has(u"map"_s), invocation.option(u"id"_s), invocation.has(u"id"_s));
    if (!source)
        return reportFailure(context, source.error());
    const auto subject = subjectOf({&*source});
    if (!subject)
        return reportFailure(context, subject.error());

    merge::MatchSettings settings;
    settings.subject = *subject;
    const auto matches = merge::MatchRun::dedupe(source->values, settings).matches();
    return writeResult(context, pairsCsv(u"id_a,id_b,score"_s, matches, source->ids, source->ids), matches.size());
}

} // namespace adhera::cli
