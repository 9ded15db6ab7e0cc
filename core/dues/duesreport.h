// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The year's dues status and the receipts journal, as the treasurer and the accountant read
// them. Totals always balance: expected = collected + outstanding + exempt, where expected is the
// amount of every call not cancelled, collected what was allocated to them (net of reversals),
// exempt the amount of exempt calls (the ledger exempts only calls with nothing paid; anything
// paid before would count as collected, not twice), outstanding the balance of open calls.
// Calls are grouped by the membership's category and origin club ("Sans club d'origine" when it
// has none). The journal covers payments received within the financial year, whatever year
// their calls belong to; its label names the calls' year.

#include "common/result.h"
#include "dues/duesrecords.h"
#include "dues/formerclubdues.h"

#include <QDate>
#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::dues {

struct DuesTotals {
    QString group; // category or origin club name; empty for the whole year
    int calls = 0;
    Cents expected = 0;
    Cents collected = 0;
    Cents outstanding = 0;
    Cents exempt = 0;
};

struct MonthFigures {
    QDate month; // first day of the month
    Cents expected = 0; // calls issued that month
    Cents collected = 0; // allocations of payments received that month
};

struct DuesReport {
    int financialYear = 0;
    QString yearLabel; // "2026"
    DuesTotals total;
    QList<DuesTotals> byCategory;
    QList<DuesTotals> byOriginClub;
    QList<DuesCall> unpaid; // open calls with a balance, by member name
    QList<MonthFigures> months; // the twelve months of the year
    // Dues paid to the founding clubs for the year (formerclubdues.h), by member name: not L2C's
    // income, so counted in none of the totals above.
    QList<FormerClubDues> formerClubDues;
    Cents formerClubTotal() const;
};

// One line of the receipts journal (journal des recettes): each payment gives two lines, the
// treasury account debited and the dues account credited (reversed for a reversal).
// Accounts: "512000" bank, "530000" cash, "511200" cheques to cash in are debited with what
// was received; "756000" dues is credited with the dues of the journal's year (or earlier), and
// "487000" produits constatés d'avance with the dues of a later year received in advance
// (DOMAIN §2.5), so that the accountant does not count them as this year's income.
struct JournalLine {
    QDate date;
    QString piece; // payment number
    QString member;
    QString method; // label
    QString chequeNumber; // cheques only
    QString bank; // the cheque's bank
    QString account;
    QString label; // "Cotisation 2026 — Transports Lœuvre", "Cotisation 2027 reçue d'avance — …"
    Cents debit = 0;
    Cents credit = 0;
};

Result<DuesReport> duesReport(Database &db, int financialYear);
Result<QList<JournalLine>> receiptsJournal(Database &db, int financialYear);

} // namespace adhera::dues
