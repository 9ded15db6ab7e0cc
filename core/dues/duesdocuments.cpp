// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesdocuments.h"

#include "db/database.h"
#include "db/sql.h"
#include "dues/duesledger.h"
#include "dues/letterpainter.h"
#include "dues/pdfcanvas.h"
#include "i18n/displayformat.h"
#include "io/csvwriter.h"
#include "io/filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

QString callState(const DuesCall &call)
{
    return label(call.status()).toLower();
}

// The calls in the order given, each with its recipient and year; `refusal` says why a call
// has no such letter (empty: it has one).
Result<QList<DuesDocument>> callDocuments(Database &db, const QList<qint64> &callIds, const QDate &date, DocumentKind kind, int level,
    const std::function<QString(const DuesCall &)> &refusal)
{
    const DuesLedger ledger(db);
    QList<DuesDocument> documents;
    documents.reserve(callIds.size());
    for (qint64 callId : callIds) {
        auto call = ledger.call(callId);
        if (!call)
            return fail(call.error());
        if (const QString why = refusal(*call); !why.isEmpty())
            return fail(ErrorCode::InvalidInput, why);
        auto recipient = recipientOf(db, call->membershipId);
        if (!recipient)
            return fail(recipient.error());
        DuesDocument document;
        document.kind = kind;
        document.number = call->number;
        document.date = date;
        document.yearLabel = ledger.financialYear(call->financialYear).label();
        document.recipient = *recipient;
        document.call = *call;
        document.reminderLevel = level;
        documents.append(document);
    }
    return documents;
}

// « AC-2026-0001 Acme Centres d'appels.pdf »: what Windows, macOS and Linux all accept.
QString fileNameOf(const DuesDocument &document)
{
    return io::portableFileName(document.number + u' ' + document.recipient.name, u"pdf"_s);
}

QString documentsTitle(const QList<DuesDocument> &documents)
{
    if (documents.size() == 1)
        return documents.first().number;
    switch (documents.isEmpty() ? DocumentKind::Notice : documents.first().kind) {
    case DocumentKind::Notice: return Tr::tr("Appels de cotisation");
    case DocumentKind::Receipt: return Tr::tr("Attestations de paiement");
    case DocumentKind::Reminder: return Tr::tr("Relances");
    }
    return {};
}

} // namespace

Result<QList<DuesDocument>> noticesFor(Database &db, const QList<qint64> &callIds, const QDate &date)
{
    return callDocuments(db, callIds, date, DocumentKind::Notice, 0, [](const DuesCall &call) {
        if (call.state == CallState::Open)
            return QString();
        return Tr::tr("L'appel %1 (%2) est %3\u00a0: il n'a pas d'avis d'appel de cotisation.")
            .arg(call.number, call.memberName, callState(call));
    });
}

Result<QList<DuesDocument>> remindersFor(Database &db, const QList<qint64> &callIds, int level, const QDate &date)
{
    if (level < 1 || level > 3)
        return fail(ErrorCode::InvalidInput, Tr::tr("Le niveau de relance doit être 1, 2 ou 3 (%1 donné).").arg(level));
    return callDocuments(db, callIds, date, DocumentKind::Reminder, level, [](const DuesCall &call) {
        if (call.balance() > 0)
            return QString();
        return Tr::tr("L'appel %1 (%2) est %3\u00a0: il n'y a rien à relancer.").arg(call.number, call.memberName, callState(call));
    });
}

Result<QList<DuesDocument>> receiptsFor(Database &db, const QList<qint64> &paymentIds, const QDate &date)
{
    const DuesLedger ledger(db);
    const int startMonth = FinancialYear::startMonthOf(db);
    QHash<int, QList<Payment>> byYear; // each year's payments read once for the whole batch
    QList<DuesDocument> documents;
    documents.reserve(paymentIds.size());
    for (qint64 paymentId : paymentIds) {
        const QString context = Tr::tr("Impossible de lire le paiement n°%1").arg(paymentId);
        Sql found(db,
            u"SELECT p.received_on, (SELECT r.number FROM payment r WHERE r.reverses_payment_id = p.id) "
            "FROM payment p WHERE p.id = :id"_s);
        found.bind(u":id"_s, paymentId);
        if (auto ran = found.exec(context); !ran)
            return fail(ran.error());
        if (!found.next())
            return fail(ErrorCode::NotFound, Tr::tr("Le paiement n°%1 n'existe pas.").arg(paymentId));
        const QDate receivedOn = QDate::fromString(found.value(0).toString(), Qt::ISODate);
        const QString reversedBy = found.value(1).toString();
        const int year = FinancialYear::containing(receivedOn, startMonth).startYear();
        if (!byYear.contains(year)) {
            auto payments = ledger.payments(year);
            if (!payments)
                return fail(payments.error());
            byYear.insert(year, *payments);
        }
        const QList<Payment> &payments = byYear[year];
        const auto payment = std::find_if(payments.cbegin(), payments.cend(), [&](const Payment &p) { return p.id == paymentId; });
        if (payment == payments.cend())
            return fail(ErrorCode::NotFound, Tr::tr("Le paiement n°%1 n'existe pas.").arg(paymentId));
        if (payment->amount < 0)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("%1 est l'annulation d'un paiement\u00a0: il n'a pas d'attestation de paiement.").arg(payment->number));
        if (!reversedBy.isEmpty())
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Le paiement %1 est annulé par %2\u00a0: il n'a plus d'attestation de paiement.").arg(payment->number, reversedBy));

        DuesDocument document;
        document.kind = DocumentKind::Receipt;
        document.number = payment->number;
        document.date = date;
        document.payment = *payment;
        for (const Allocation &allocation : payment->allocations) {
            auto call = ledger.call(allocation.callId);
            if (!call)
                return fail(call.error());
            document.settledCalls.append(*call);
        }
        if (!document.settledCalls.isEmpty()) {
            const DuesCall &first = document.settledCalls.first();
            auto recipient = recipientOf(db, first.membershipId);
            if (!recipient)
                return fail(recipient.error());
            document.recipient = *recipient;
            document.yearLabel = ledger.financialYear(first.financialYear).label();
        } else if (!payment->payer.trimmed().isEmpty()) {
            // Nothing allocated yet: the payer as written on the payment, without an address.
            document.recipient.name = payment->payer.trimmed();
            document.recipient.salutation = Tr::tr("Madame, Monsieur,");
            document.yearLabel = FinancialYear(year, startMonth).label();
        } else {
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Le paiement %1 n'est affecté à aucun appel et n'indique pas de payeur\u00a0: l'attestation n'aurait pas de "
                       "destinataire.")
                    .arg(payment->number));
        }
        documents.append(document);
    }
    return documents;
}

Result<void> writeDocumentsPdf(const QList<DuesDocument> &documents, const ClubHeader &club, const QString &path)
{
    if (documents.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Aucun document à écrire dans « %1 ».").arg(path));
    return pdf::writePdf(path, documentsTitle(documents), QMarginsF(0, 0, 0, 0),
        [&](QPdfWriter &writer, QPainter &painter) { paintLetters(writer, painter, documents, club); });
}

Result<QStringList> writeDocumentsToFolder(const QList<DuesDocument> &documents, const ClubHeader &club, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, Tr::tr("Impossible de créer le dossier « %1 ».").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    QStringList written;
    written.reserve(documents.size());
    for (const DuesDocument &document : documents) {
        const QString path = dir.filePath(fileNameOf(document));
        if (auto done = writeDocumentsPdf({document}, club, path); !done)
            return fail(done.error());
        written.append(path);
    }
    return written;
}

Result<void> writeReminderMailingCsv(const QList<DuesDocument> &reminders, const QString &path)
{
    io::CsvWriter csv;
    csv.addRow({Tr::tr("N° d'appel"), Tr::tr("Adhérent"), Tr::tr("À l'attention de"), Tr::tr("E-mail"), Tr::tr("Reste dû"),
        Tr::tr("Échéance"), Tr::tr("Relance"), Tr::tr("Formule d'appel")});
    for (const DuesDocument &reminder : reminders) {
        csv.addRow({reminder.number, reminder.recipient.name, reminder.recipient.attention, reminder.recipient.email,
            formatDecimal(reminder.call.balance()), i18n::documentDate(reminder.call.dueOn), QString::number(reminder.reminderLevel),
            reminder.recipient.salutation});
    }
    const QByteArray bytes = csv.toUtf8WithBom();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Tr::tr("Impossible d'écrire « %1 » : %2").arg(path, file.errorString()));
    return {};
}

} // namespace adhera::dues
