// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The treasurer's exports, one entry point for the window and the command line, so both write
// the same files: the year's dues status (CSV, XLSX or PDF) and the receipts journal for the
// accountant (CSV or XLSX). Files are written whole or not at all.

#include "common/result.h"

#include <QString>

namespace adhera {
class Database;
}

namespace adhera::dues {

enum class ExportFormat { Csv, Xlsx, Pdf };

// The format a file name asks for: .xlsx, .pdf, anything else CSV.
ExportFormat exportFormatOf(const QString &path);

Result<void> exportDuesReport(Database &db, int financialYear, ExportFormat format, const QString &path);
// Returns how many journal lines were written. PDF is refused: the accountant wants figures.
Result<int> exportReceiptsJournal(Database &db, int financialYear, ExportFormat format, const QString &path);

} // namespace adhera::dues
