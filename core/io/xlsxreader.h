// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading one sheet of an Excel workbook (.xlsx, Office Open XML) into the same table the CSV
// reader returns, so that the import wizard treats both alike. CsvTable::encoding is "XLSX",
// CsvTable::delimiter is null and CsvRow::line is the spreadsheet row number, the one the user
// sees in Excel.
//
// Values come out as text, the way a CSV export would write them, without Excel's display
// formatting: integers as plain digits (a postcode 57000 or a phone 387123456 stored as a
// number stay exactly that), other numbers in their shortest exact form with a "." decimal
// point (at most 15 significant digits, as Excel keeps), dates (a cell whose number format is
// a date) as ISO "YYYY-MM-DD", booleans as "1" / "0", formulas as their last computed result.
// Error cells (#N/A, #DIV/0!…) are left empty and reported in the warnings.
//
// The first non-empty row holds the column names; empty rows are skipped and counted in one
// warning. Excel does not store trailing empty cells, so a row shorter than the header is
// padded silently; a row with values beyond the last named column is kept and reported like
// the CSV reader does ("ligne 7 : 7 champs au lieu de 6").
//
// Refused, with a message naming the file: a file that is not an .xlsx (a CSV renamed, any
// other ZIP), an old .xls, a password-protected workbook, a damaged part, a sheet name the
// workbook does not have, an empty sheet.

#include "common/result.h"
#include "io/csvreader.h"

#include <QString>
#include <QStringList>

namespace adhera::io {

struct XlsxReadOptions {
    // Empty: the first sheet of the workbook. Otherwise its name as shown on its tab (an exact
    // match is preferred, then one ignoring case).
    QString sheet;
};

class XlsxReader final
{
public:
    static Result<CsvTable> readFile(const QString &path, const XlsxReadOptions &options = {});
    // The sheet names in tab order, for the wizard to offer a choice.
    static Result<QStringList> sheetNames(const QString &path);
};

} // namespace adhera::io
