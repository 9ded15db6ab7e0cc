// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The letters the treasurer sends: dues notices (appels de cotisation), payment receipts
// (attestations de paiement — not tax receipts: a professional club's dues give none) and
// reminders (relances, 1st and 2nd). Each carries the club's header and logo (ClubHeader), the
// member's postal block and the number of the ledger entry it is about (AC-YYYY-NNNN for a
// notice or a reminder, RE-YYYY-NNNN for a receipt), so documents are numbered without gaps by
// the ledger itself. A4 PDFs drawn with QPdfWriter (needs a QGuiApplication; offscreen is
// enough), written to a temporary file and renamed only once complete.

#include "common/result.h"
#include "dues/duespdf.h"
#include "dues/duesrecords.h"
#include "i18n/letterlanguage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace adhera {
class Database;
}

namespace adhera::dues {

// Whom a membership's letters go to: the organisation (for the attention of its
// representative) or the individual member, with the postal address and the e-mail to use.
struct Recipient {
    qint64 membershipId = 0;
    QString name; // « Acme Centres d'appels SAS » or « Mme Claire Martin »
    QString attention; // « À l'attention de M. Marc Weber », or empty
    QStringList addressLines; // street lines, then « 54000 Nancy »
    QString email; // the representative's, else the organisation's; empty when none
    QString salutation; // « Madame, Monsieur, » / « Madame, » / « Monsieur, »
    QString siren; // the organisation's, 9 digits, or empty
    // The member's, or the organisation's representative's: the texts above are in it already.
    i18n::LetterLanguage language = i18n::LetterLanguage::French;
};

Result<Recipient> recipientOf(Database &db, qint64 membershipId);

enum class DocumentKind { Notice, Receipt, Reminder };

// One letter, ready to draw. The lists of what it covers are prepared from the ledger.
struct DuesDocument {
    DocumentKind kind = DocumentKind::Notice;
    QString number; // the ledger entry's number, printed as the document's
    QDate date; // the date printed on the letter
    QString yearLabel; // the financial year of the call (a receipt: of its first settled call), « 2026-2027 »
    Recipient recipient;
    DuesCall call; // notice and reminder: the call
    int reminderLevel = 0; // reminder: 1 or 2
    Payment payment; // receipt: the payment
    QList<DuesCall> settledCalls; // receipt: the calls it settled, in allocation order
};

// Documents for the given calls or payments (ids from the ledger), in the order given. A call
// that is cancelled or exempt has no notice; a reversal or a reversed payment has no receipt;
// a reminder needs a call still owing something — each refusal names the number.
Result<QList<DuesDocument>> noticesFor(Database &db, const QList<qint64> &callIds, const QDate &date);
Result<QList<DuesDocument>> receiptsFor(Database &db, const QList<qint64> &paymentIds, const QDate &date);
Result<QList<DuesDocument>> remindersFor(Database &db, const QList<qint64> &callIds, int level, const QDate &date);

// All documents in one PDF (each starts on a new page), for printing in one go; an empty list
// is refused.
Result<void> writeDocumentsPdf(const QList<DuesDocument> &documents, const ClubHeader &club, const QString &path);
// One PDF per document in folder (created if missing), named « AC-2026-0001 Acme Centres
// d'appels.pdf » (characters that some file system refuses become « _ », accents kept); returns
// the paths written. Each file is complete or absent; a file of the same name is replaced, since
// the same number is the same document. On an error the files already written stay.
Result<QStringList> writeDocumentsToFolder(const QList<DuesDocument> &documents, const ClubHeader &club, const QString &folder);

// The mailing list for e-mailed reminders, CSV for French Excel (« ; », UTF-8 with BOM,
// decimal comma): number, member, attention, e-mail, amount due, due date, reminder level and
// the salutation for a mail merge.
// Members without an e-mail are listed with an empty address so that none is forgotten.
Result<void> writeReminderMailingCsv(const QList<DuesDocument> &reminders, const QString &path);

} // namespace adhera::dues
