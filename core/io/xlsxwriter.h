// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small XLSX (Office Open XML) writer for reports: inline strings, real numbers, dates as
// serial numbers with a date format, formulas stored with their computed value (so that a reader
// that does not recalculate still shows it), a frozen header row, an autofilter and column
// widths. Built on QuaZip, already used to read workbooks: the Debian libxlsxwriter links the
// system minizip, whose exported zip functions collide with the copies inside QuaZip in one
// process (libxlsxwriter then calls QuaZip's zipOpen3 and crashes).
//
// save() writes the whole file through QSaveFile: a temporary file next to the target, renamed
// over it once complete, so a failure leaves nothing half-written. Errors (ErrorCode::Io) name
// the file in French.

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace adhera::io {

class XlsxWorkbook final
{
public:
    // Cell looks: the workbook's fixed style table.
    enum class Style { Plain, Header, Euro, Date, TotalText, TotalNumber, TotalEuro };

    class Sheet final
    {
    public:
        void text(int row, int column, const QString &value, Style style = Style::Plain);
        void number(int row, int column, double value, Style style = Style::Plain);
        void date(int row, int column, const QDate &value); // dd/mm/yyyy
        // formula without "=", e.g. "SUM(C2:C5)".
        void formula(int row, int column, const QString &formula, double value, Style style = Style::Plain);
        void freezeHeaderRow() { m_frozen = true; }
        void autoFilter(int lastRow, int lastColumn);
        void setColumnWidth(int column, double characters);

        static QString columnName(int column); // 0 → "A", 27 → "AB"

    private:
        friend class XlsxWorkbook;
        struct Cell {
            int row;
            int column;
            enum class Kind { Text, Number, Formula } kind;
            QString text; // text, or the formula
            double value;
            Style style;
        };
        explicit Sheet(QString name);
        QString xml(bool selected) const;

        QString m_name;
        QList<Cell> m_cells;
        QList<double> m_widths;
        bool m_frozen = false;
        int m_filterRow = -1;
        int m_filterColumn = -1;
    };

    XlsxWorkbook();
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Sheet names are at most 31 characters, without []:*?/\ .
    Sheet &addSheet(const QString &name);
    Result<void> save(const QString &path) const;

private:
    std::vector<std::unique_ptr<Sheet>> m_sheets;
};

} // namespace adhera::io
