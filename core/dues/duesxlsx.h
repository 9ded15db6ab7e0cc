// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The treasurer's reports as XLSX workbooks (io::XlsxWorkbook): real numbers with the format
// `#,##0.00 "€"`, dates as date cells (dd/mm/yyyy), a bold frozen header row, an autofilter on
// every table and a totals row of SUM formulas carrying their computed values, so that a reader
// that does not recalculate still shows them. The workbook is written to a temporary file next
// to the target and renamed over it only once complete: a failure leaves nothing half-written.
// Errors (ErrorCode::Io) name the file in French.

#include "common/result.h"
#include "dues/duesreport.h"

#include <QString>

namespace adhera::dues {

// Sheets « Synthèse », « Par catégorie », « Par club », « Impayés »: the same content as the
// report's CSV (duescsv.h).
Result<void> writeDuesReportXlsx(const DuesReport &report, const QString &path);
// One sheet « Journal des recettes »: Date, Pièce, Adhérent, Mode, Compte, Libellé, Débit, Crédit.
Result<void> writeReceiptsJournalXlsx(const QList<JournalLine> &lines, const QString &path);

} // namespace adhera::dues
