// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefile.h"

#include "i18n/displayformat.h"
#include "io/atomicfile.h"
#include "io/csvwriter.h"
#include "io/xlsxwriter.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::io {

namespace {

QString csvText(const QVariant &cell)
{
    return cell.metaType().id() == QMetaType::QDate ? i18n::documentDate(cell.toDate()) : cell.toString();
}

Result<void> writeCsv(const Table &table, const QString &path)
{
    CsvWriter csv;
    csv.addRow(table.headers);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &cell : row)
            fields.append(csvText(cell));
        csv.addRow(fields);
    }
    return writeFileAtomically(path, csv.toUtf8WithBom());
}

Result<void> writeXlsx(const Table &table, const QString &path)
{
    XlsxWorkbook workbook;
    XlsxWorkbook::Sheet &sheet = workbook.addSheet(table.sheetName.left(31));
    QList<double> widths;
    for (int column = 0; column < table.headers.size(); ++column) {
        sheet.text(0, column, table.headers.at(column), XlsxWorkbook::Style::Header);
        widths.append(table.headers.at(column).size());
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        for (int column = 0; column < row.size(); ++column) {
            const QVariant &cell = row.at(column);
            if (cell.metaType().id() == QMetaType::QDate) {
                if (cell.toDate().isValid())
                    sheet.date(r + 1, column, cell.toDate());
                widths[column] = std::max(widths.at(column), 10.0);
            } else if (const QString text = cell.toString(); !text.isEmpty()) {
                sheet.text(r + 1, column, text);
                widths[column] = std::max(widths.at(column), double(text.size()));
            }
        }
    }
    sheet.freezeHeaderRow();
    sheet.autoFilter(std::max(int(table.rows.size()), 1), int(table.headers.size()) - 1);
    for (int column = 0; column < widths.size(); ++column)
        sheet.setColumnWidth(column, std::clamp(widths.at(column) + 2.0, 8.0, 60.0));
    return workbook.save(path);
}

} // namespace

Result<void> writeTableFile(const Table &table, const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return writeXlsx(table, path);
    return writeCsv(table, path);
}

} // namespace adhera::io
