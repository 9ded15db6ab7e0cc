// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The treasurer's reports as CSV for French Excel (io::CsvWriter: ";", UTF-8 with BOM, CRLF):
// amounts as "1234,50" (decimal comma, no symbol), dates as dd/MM/yyyy.

#include "dues/duesreport.h"

#include <QByteArray>
#include <QStringList>

namespace adhera::dues {

// The year's status in four sections separated by an empty line, each with its header row:
// the summary, by category, by origin club (both with a total row), the unpaid calls; then, when
// there are any, the dues paid to the former clubs under a title of their own.
QByteArray duesReportCsv(const DuesReport &report);
// Date;Pièce;Adhérent;Mode;Compte;Libellé;Débit;Crédit, one row per journal line.
QByteArray receiptsJournalCsv(const QList<JournalLine> &lines);

// Column titles shared by the CSV and XLSX exports, so that both read the same.
QStringList totalsHeaders(const QString &groupTitle); // group, Appels, Attendu, Encaissé, Reste dû, Exonéré
QStringList unpaidHeaders();
QStringList journalHeaders();
QStringList formerClubHeaders(); // Adhérent, Catégorie, Réglée à, Le, Référence, Montant
QString formerClubTitle(const DuesReport &report); // « Cotisations 2026 réglées aux anciens clubs (hors recettes de L2C) »
QString reminderText(const DuesCall &call); // "R2 (12/05/2026)", or empty

} // namespace adhera::dues
