// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the CSV files that clubs export, whatever wrote them: Excel in France (";",
// Windows-1252), other tools ("," UTF-8, with or without a byte-order mark), Febrl (", ").
// The encoding and the delimiter are detected unless the caller forces them; quoting follows
// RFC 4180, line breaks inside quoted fields included. Every row keeps the physical line where
// it starts, so that problems shown to the user point at a line they can find in the file.
// Line breaks inside quoted fields are kept as written (CRLF stays CRLF).
//
// Refused, with a message naming the file and the line: an empty file, a binary one (an .xlsx,
// a UTF-16 export), a quote never closed, a line over 1 MB. Accepted but reported in warnings:
// empty or duplicate column names, rows with more or fewer fields than the header.

#include "common/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace adhera::io {

struct CsvRow {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

struct CsvTable {
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "Windows-1252" or "ISO-8859-1"
    QChar delimiter;
    QStringList headers;
    QList<CsvRow> rows; // data rows, header excluded, empty lines skipped
    QStringList warnings; // "ligne 7 : 5 champs au lieu de 6", in file order
};

struct CsvReadOptions {
    // Empty: detected. Otherwise one of the names CsvTable::encoding reports (case ignored).
    QString encoding;
    // Null: detected among ; , tab and |.
    QChar delimiter;
};

class CsvReader final
{
public:
    static constexpr qsizetype maxLineBytes = 1024 * 1024;

    static Result<CsvTable> readFile(const QString &path, const CsvReadOptions &options = {});
    // displayName stands for the file in messages.
    static Result<CsvTable> read(const QByteArray &bytes, const QString &displayName, const CsvReadOptions &options = {});
};

} // namespace adhera::io
