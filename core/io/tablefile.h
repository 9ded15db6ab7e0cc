// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A list as the window shows it — a header row, then rows of text and dates — written as a file
// for a spreadsheet: CSV the French way (csvwriter.h; dates dd/mm/yyyy) or an XLSX sheet (dates
// as date cells, bold frozen header, autofilter, widths fitted to the content). Written whole
// or not at all; errors (ErrorCode::Io) name the file.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace adhera::io {

struct Table {
    QString sheetName; // XLSX only: at most 31 characters
    QStringList headers;
    QList<QVariantList> rows; // each cell a QString or a QDate (a null QDate is an empty cell)
};

// .xlsx writes a workbook, anything else CSV.
Result<void> writeTableFile(const Table &table, const QString &path);

} // namespace adhera::io
