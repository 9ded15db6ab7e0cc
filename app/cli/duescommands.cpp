// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli dues report, adhera-cli dues journal: the treasurer's exports for the accountant,
// the same files as the window's exports. CSV goes to --out or to the standard output; XLSX
// and PDF (the report only) need --out.
#include "cli.h"
#include "commands.h"
#include "dues/duescsv.h"
#include "dues/duespdf.h"
#include "dues/duesreport.h"
#include "dues/duesxlsx.h"
#include "output.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <variant>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

enum class Format { Csv, Xlsx, Pdf };

struct Request {
    int year = 0;
    Format format = Format::Csv;
    QString out;
};

int usageError(CommandContext &context, const QString &message)
{
    writeLine(context.err, u"adhera-cli : "_s + message);
    return BadUsage;
}

// The checked --year, --format and --out, or the exit code of a bad usage.
std::variant<Request, int> request(CommandContext &context, bool pdfAllowed)
{
    const Invocation &invocation = context.invocation;
    Request request;
    if (!invocation.has(u"year"_s))
        return usageError(context, Tr::tr("l'option « --year AAAA » est obligatoire (l'exercice, par exemple --year 2026)"));
    bool ok = false;
    request.year = invocation.option(u"year"_s).toInt(&ok);
    if (!ok || request.year < 2000 || request.year > 2200)
        return usageError(context, Tr::tr("exercice invalide « %1 » : une année entre 2000 et 2200").arg(invocation.option(u"year"_s)));
    const QString format = invocation.has(u"format"_s) ? invocation.option(u"format"_s).toLower() : u"csv"_s;
    const QString formats = pdfAllowed ? u"csv, xlsx, pdf"_s : u"csv, xlsx"_s;
    if (format == u"pdf"_s && !pdfAllowed)
        return usageError(context, Tr::tr("le journal des recettes ne s'exporte pas en pdf ; formats possibles : %1").arg(formats));
    if (format == u"xlsx"_s)
        request.format = Format::Xlsx;
    else if (format == u"pdf"_s)
        request.format = Format::Pdf;
    else if (format != u"csv"_s)
        return usageError(context, Tr::tr("format inconnu « %1 » ; formats possibles : %2").arg(format, formats));
    request.out = invocation.option(u"out"_s);
    if (request.format != Format::Csv && request.out.isEmpty())
        return usageError(context, Tr::tr("le format %1 s'écrit dans un fichier : ajoutez --out FICHIER").arg(format));
    return request;
}

int failure(CommandContext &context, const Error &error)
{
    writeLine(context.err, u"adhera-cli : "_s + error.message);
    return Failure;
}

// Writes CSV to --out (and says so) or to the standard output (and says nothing else).
int writeCsv(CommandContext &context, const Request &request, const QByteArray &csv, const QString &done)
{
    if (request.out.isEmpty()) {
        context.out.write(csv);
        return Success;
    }
    QSaveFile file(request.out);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return failure(context, {ErrorCode::Io, Tr::tr("impossible d'écrire « %1 » : %2").arg(request.out, file.errorString())});
    writeLine(context.out, done);
    return Success;
}

} // namespace

int runDuesReport(CommandContext &context)
{
    const auto checked = request(context, true);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Request &request = std::get<Request>(checked);
    const auto report = dues::duesReport(*context.database, request.year);
    if (!report)
        return failure(context, report.error());
    const QString done = Tr::tr("État des cotisations %1 écrit dans %2").arg(report->yearLabel, request.out);
    if (request.format == Format::Csv)
        return writeCsv(context, request, dues::duesReportCsv(*report), done);
    const auto written = request.format == Format::Pdf ? dues::writeDuesReportPdf(*report, dues::clubHeader(*context.database), request.out)
                                                       : dues::writeDuesReportXlsx(*report, request.out);
    if (!written)
        return failure(context, written.error());
    writeLine(context.out, done);
    return Success;
}

int runDuesJournal(CommandContext &context)
{
    const auto checked = request(context, false);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Request &request = std::get<Request>(checked);
    const auto lines = dues::receiptsJournal(*context.database, request.year);
    if (!lines)
        return failure(context, lines.error());
    const QString done
        = QCoreApplication::translate("adhera::cli", "Journal des recettes écrit dans %1 (%n ligne(s))", nullptr, int(lines->size()))
              .arg(request.out);
    if (request.format == Format::Csv)
        return writeCsv(context, request, dues::receiptsJournalCsv(*lines), done);
    if (auto written = dues::writeReceiptsJournalXlsx(*lines, request.out); !written)
        return failure(context, written.error());
    writeLine(context.out, done);
    return Success;
}

} // namespace adhera::cli
