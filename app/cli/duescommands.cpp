// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli dues report, adhera-cli dues journal: the treasurer's exports for the accountant,
// the same files as the window's exports. CSV goes to --out or to the standard output; XLSX
// and PDF (the report only) need --out.
// adhera-cli dues notices, receipts, reminders: the treasurer's letters (dues/duesdocuments.h)
// as one PDF (--out) or one PDF per letter (--folder); reminders can also record the sending.
#include "cli.h"
#include "commands.h"
#include "db/database.h"
#include "dues/duescsv.h"
#include "dues/duesdocuments.h"
#include "dues/duesexport.h"
#include "dues/duesledger.h"
#include "dues/duespdf.h"
#include "dues/duesreport.h"
#include "i18n/displayformat.h"
#include "output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <variant>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

using Format = dues::ExportFormat;

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

struct Year {
    int value = 0;
};

// The checked --year, or the exit code of a bad usage.
std::variant<Year, int> yearOf(CommandContext &context)
{
    const Invocation &invocation = context.invocation;
    if (!invocation.has(u"year"_s))
        return usageError(context, Tr::tr("l'option « --year AAAA » est obligatoire (l'exercice, par exemple --year 2026)"));
    bool ok = false;
    const int year = invocation.option(u"year"_s).toInt(&ok);
    if (!ok || year < 2000 || year > 2200)
        return usageError(context, Tr::tr("exercice invalide « %1 » : une année entre 2000 et 2200").arg(invocation.option(u"year"_s)));
    return Year {year};
}

// The checked --year, --format and --out, or the exit code of a bad usage.
std::variant<Request, int> request(CommandContext &context, bool pdfAllowed)
{
    const Invocation &invocation = context.invocation;
    Request request;
    const auto year = yearOf(context);
    if (const int *code = std::get_if<int>(&year))
        return *code;
    request.year = std::get<Year>(year).value;
    request.out = invocation.option(u"out"_s);
    // Without --format, the file name says it (« --out etat.xlsx »), CSV otherwise.
    QString format = invocation.option(u"format"_s).toLower();
    if (!invocation.has(u"format"_s))
        format = QFileInfo(request.out).suffix().toLower() == u"xlsx"_s || QFileInfo(request.out).suffix().toLower() == u"pdf"_s
            ? QFileInfo(request.out).suffix().toLower()
            : u"csv"_s;
    const QString formats = pdfAllowed ? u"csv, xlsx, pdf"_s : u"csv, xlsx"_s;
    if (format == u"pdf"_s && !pdfAllowed)
        return usageError(context, Tr::tr("le journal des recettes ne s'exporte pas en pdf ; formats possibles : %1").arg(formats));
    if (format == u"xlsx"_s)
        request.format = Format::Xlsx;
    else if (format == u"pdf"_s)
        request.format = Format::Pdf;
    else if (format != u"csv"_s)
        return usageError(context, Tr::tr("format inconnu « %1 » ; formats possibles : %2").arg(format, formats));
    if (request.format != Format::Csv && request.out.isEmpty())
        return usageError(context, Tr::tr("le format %1 s'écrit dans un fichier : ajoutez --out FICHIER").arg(format));
    return request;
}

int failure(CommandContext &context, const Error &error)
{
    writeLine(context.err, u"adhera-cli : "_s + error.message);
    return Failure;
}

// Where the letters go: one PDF (--out) or one PDF each in a folder (--folder).
struct Letters {
    int year = 0;
    QString out;
    QString folder;
};

std::variant<Letters, int> lettersRequest(CommandContext &context)
{
    const auto year = yearOf(context);
    if (const int *code = std::get_if<int>(&year))
        return *code;
    Letters letters {std::get<Year>(year).value, context.invocation.option(u"out"_s), context.invocation.option(u"folder"_s)};
    if (letters.out.isEmpty() == letters.folder.isEmpty())
        return usageError(context, Tr::tr("indiquez soit --out FICHIER.pdf (un seul PDF), soit --folder DOSSIER (un PDF par lettre)"));
    return letters;
}

// Writes the letters and says how many, and where.
int writeLetters(CommandContext &context, const Letters &letters, const QList<dues::DuesDocument> &documents, const QString &what)
{
    const dues::ClubHeader club = dues::clubHeader(*context.database);
    if (!letters.out.isEmpty()) {
        if (auto written = dues::writeDocumentsPdf(documents, club, letters.out); !written)
            return failure(context, written.error());
        writeLine(context.out, Tr::tr("%1 : %2 écrit(s) dans %3").arg(what).arg(documents.size()).arg(letters.out));
        return Success;
    }
    const auto written = dues::writeDocumentsToFolder(documents, club, letters.folder);
    if (!written)
        return failure(context, written.error());
    writeLine(context.out, Tr::tr("%1 : %2 fichier(s) écrit(s) dans %3").arg(what).arg(written->size()).arg(letters.folder));
    return Success;
}

QDate today(CommandContext &context)
{
    return context.database->now().date();
}

} // namespace

// Without --out, CSV goes to the standard output; files are written by the same functions as the
// window's exports (dues/duesexport.h), so both give the same content.
int runDuesReport(CommandContext &context)
{
    const auto checked = request(context, true);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Request &request = std::get<Request>(checked);
    if (request.out.isEmpty()) {
        const auto report = dues::duesReport(*context.database, request.year);
        if (!report)
            return failure(context, report.error());
        context.out.write(dues::duesReportCsv(*report));
        return Success;
    }
    if (auto written = dues::exportDuesReport(*context.database, request.year, request.format, request.out); !written)
        return failure(context, written.error());
    const QString yearLabel = dues::DuesLedger(*context.database).financialYear(request.year).label();
    writeLine(context.out, Tr::tr("État des cotisations %1 écrit dans %2").arg(yearLabel, request.out));
    return Success;
}

int runDuesJournal(CommandContext &context)
{
    const auto checked = request(context, false);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Request &request = std::get<Request>(checked);
    if (request.out.isEmpty()) {
        const auto lines = dues::receiptsJournal(*context.database, request.year);
        if (!lines)
            return failure(context, lines.error());
        context.out.write(dues::receiptsJournalCsv(*lines));
        return Success;
    }
    const auto written = dues::exportReceiptsJournal(*context.database, request.year, request.format, request.out);
    if (!written)
        return failure(context, written.error());
    writeLine(context.out,
        QCoreApplication::translate("adhera::cli", "Journal des recettes écrit dans %1 (%n ligne(s))", nullptr, *written).arg(request.out));
    return Success;
}

int runDuesNotices(CommandContext &context)
{
    const auto checked = lettersRequest(context);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Letters &letters = std::get<Letters>(checked);
    const dues::DuesLedger ledger(*context.database);
    const auto calls = ledger.calls(letters.year);
    if (!calls)
        return failure(context, calls.error());
    QList<qint64> ids;
    const QStringList numbers = context.invocation.values(u"call"_s);
    for (const QString &number : numbers) {
        const auto call = std::find_if(calls->cbegin(), calls->cend(), [&](const dues::DuesCall &c) { return c.number == number; });
        if (call == calls->cend())
            return failure(
                context, {ErrorCode::NotFound, Tr::tr("l'appel « %1 » n'existe pas dans l'exercice %2").arg(number).arg(letters.year)});
        ids.append(call->id);
    }
    if (numbers.isEmpty()) {
        // A member who has paid in full needs no notice.
        for (const dues::DuesCall &call : std::as_const(*calls))
            if (call.balance() > 0)
                ids.append(call.id);
    }
    if (ids.isEmpty()) {
        writeLine(context.out, Tr::tr("Aucun appel de cotisation restant dû dans l'exercice %1 : rien n'est écrit.").arg(letters.year));
        return Success;
    }
    const auto notices = dues::noticesFor(*context.database, ids, today(context));
    if (!notices)
        return failure(context, notices.error());
    return writeLetters(context, letters, *notices, Tr::tr("Appels de cotisation"));
}

int runDuesReceipts(CommandContext &context)
{
    const auto checked = lettersRequest(context);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Letters &letters = std::get<Letters>(checked);
    const dues::DuesLedger ledger(*context.database);
    const auto payments = ledger.payments(letters.year);
    if (!payments)
        return failure(context, payments.error());
    QList<qint64> ids;
    const QStringList numbers = context.invocation.values(u"payment"_s);
    for (const QString &number : numbers) {
        const auto payment = std::find_if(payments->cbegin(), payments->cend(), [&](const dues::Payment &p) { return p.number == number; });
        if (payment == payments->cend())
            return failure(
                context, {ErrorCode::NotFound, Tr::tr("le paiement « %1 » n'existe pas dans l'exercice %2").arg(number).arg(letters.year)});
        ids.append(payment->id);
    }
    if (numbers.isEmpty()) {
        QSet<qint64> reversed;
        for (const dues::Payment &payment : std::as_const(*payments))
            if (payment.reversesPaymentId != 0)
                reversed.insert(payment.reversesPaymentId);
        for (const dues::Payment &payment : std::as_const(*payments))
            if (payment.amount > 0 && !reversed.contains(payment.id))
                ids.append(payment.id);
    }
    if (ids.isEmpty()) {
        writeLine(context.out, Tr::tr("Aucun paiement à attester dans l'exercice %1 : rien n'est écrit.").arg(letters.year));
        return Success;
    }
    const auto receipts = dues::receiptsFor(*context.database, ids, today(context));
    if (!receipts)
        return failure(context, receipts.error());
    return writeLetters(context, letters, *receipts, Tr::tr("Attestations de paiement"));
}

int runDuesReminders(CommandContext &context)
{
    const auto checked = lettersRequest(context);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const Letters &letters = std::get<Letters>(checked);
    const Invocation &invocation = context.invocation;
    const QString levelText = invocation.option(u"level"_s);
    if (levelText != u"1"_s && levelText != u"2"_s)
        return usageError(context, Tr::tr("l'option « --level 1|2 » est obligatoire : 1 pour la première relance, 2 pour la deuxième"));
    const int level = levelText.toInt();
    QDate asOf = today(context);
    if (invocation.has(u"as-of"_s)) {
        asOf = QDate::fromString(invocation.option(u"as-of"_s), u"yyyy-MM-dd"_s);
        if (!asOf.isValid())
            return usageError(context,
                Tr::tr("date invalide « %1 » pour --as-of : AAAA-MM-JJ, par exemple 2026-11-27").arg(invocation.option(u"as-of"_s)));
    }
    const QString asOfText = i18n::documentDate(asOf);

    dues::DuesLedger ledger(*context.database);
    const auto late = ledger.lateCalls(letters.year, asOf);
    if (!late)
        return failure(context, late.error());
    // Calls whose previous reminder was sent, and not this one yet.
    QList<qint64> ids;
    for (const dues::DuesCall &call : std::as_const(*late))
        if (call.reminderLevel == level - 1)
            ids.append(call.id);
    if (ids.isEmpty()) {
        writeLine(context.out,
            Tr::tr("Aucun appel échu au %1 n'attend de relance n° %2 dans l'exercice %3 : rien n'est écrit.")
                .arg(asOfText)
                .arg(level)
                .arg(letters.year));
        return Success;
    }
    const auto reminders = dues::remindersFor(*context.database, ids, level, asOf);
    if (!reminders)
        return failure(context, reminders.error());
    if (const int code = writeLetters(context, letters, *reminders, Tr::tr("Relances n° %1").arg(level)); code != Success)
        return code;
    const QString mailing = invocation.option(u"mailing"_s);
    if (!mailing.isEmpty()) {
        if (auto written = dues::writeReminderMailingCsv(*reminders, mailing); !written)
            return failure(context, written.error());
        writeLine(context.out, Tr::tr("Liste d'envoi des relances écrite dans %1").arg(mailing));
    }
    if (invocation.has(u"record"_s)) {
        if (auto recorded = ledger.recordReminders(ids, level, asOf, u"letter"_s); !recorded)
            return failure(context, recorded.error());
        writeLine(context.out,
            Tr::tr("%1 relance(s) n° %2 enregistrée(s), envoyée(s) par courrier le %3").arg(ids.size()).arg(level).arg(asOfText));
    }
    return Success;
}

} // namespace adhera::cli
