// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::io {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::io)
};

constexpr auto mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr auto relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// XML text: escaped, without the control characters XML 1.0 forbids.
QString escaped(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean += c;
    return clean.toHtmlEscaped();
}

QString xmlNumber(double value)
{
    return QString::number(value, 'g', 15);
}

int styleIndex(XlsxWorkbook::Style style)
{
    return int(style);
}

// The cellXfs below follow the order of XlsxWorkbook::Style.
const QString styles = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;€&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border><border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="2" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="2" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>)"_s;

QString quotedSheetName(const QString &name)
{
    return u"'"_s + QString(name).replace(u"'"_s, u"''"_s) + u"'"_s;
}

} // namespace

XlsxWorkbook::Sheet::Sheet(QString name) : m_name(std::move(name))
{ }

void XlsxWorkbook::Sheet::text(int row, int column, const QString &value, Style style)
{
    m_cells.append({row, column, Cell::Kind::Text, value, 0.0, style});
}

void XlsxWorkbook::Sheet::number(int row, int column, double value, Style style)
{
    m_cells.append({row, column, Cell::Kind::Number, QString(), value, style});
}

void XlsxWorkbook::Sheet::date(int row, int column, const QDate &value)
{
    // Excel's serial day: days since 30/12/1899 (its 1900 leap-year quirk folded in).
    if (value.isValid())
        number(row, column, double(QDate(1899, 12, 30).daysTo(value)), Style::Date);
}

void XlsxWorkbook::Sheet::formula(int row, int column, const QString &formula, double value, Style style)
{
    m_cells.append({row, column, Cell::Kind::Formula, formula, value, style});
}

void XlsxWorkbook::Sheet::autoFilter(int lastRow, int lastColumn)
{
    m_filterRow = lastRow;
    m_filterColumn = lastColumn;
}

void XlsxWorkbook::Sheet::setColumnWidth(int column, double characters)
{
    if (m_widths.size() <= column)
        m_widths.resize(column + 1, 0.0);
    m_widths[column] = characters;
}

QString XlsxWorkbook::Sheet::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString XlsxWorkbook::Sheet::xml(bool selected) const
{
    QList<Cell> cells = m_cells;
    std::stable_sort(
        cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.row != b.row ? a.row < b.row : a.column < b.column; });
    int lastRow = 0;
    int lastColumn = 0;
    for (const Cell &cell : std::as_const(cells)) {
        lastRow = std::max(lastRow, cell.row);
        lastColumn = std::max(lastColumn, cell.column);
    }
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"%1\" xmlns:r=\"%2\">"_s.arg(
        QLatin1StringView(mainNamespace), QLatin1StringView(relationshipsNamespace));
    xml += u"<dimension ref=\"A1:%1%2\"/>"_s.arg(columnName(lastColumn)).arg(lastRow + 1);
    xml += u"<sheetViews><sheetView%1 workbookViewId=\"0\">"_s.arg(selected ? u" tabSelected=\"1\""_s : QString());
    if (m_frozen)
        xml += u"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"_s;
    xml += u"</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"_s;
    bool anyWidth = false;
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        if (m_widths.at(c) <= 0.0)
            continue;
        if (!anyWidth)
            xml += u"<cols>"_s;
        anyWidth = true;
        xml += u"<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>"_s.arg(c + 1).arg(xmlNumber(m_widths.at(c)));
    }
    if (anyWidth)
        xml += u"</cols>"_s;
    xml += u"<sheetData>"_s;
    int openRow = -1;
    for (const Cell &cell : std::as_const(cells)) {
        if (cell.row != openRow) {
            if (openRow >= 0)
                xml += u"</row>"_s;
            openRow = cell.row;
            xml += u"<row r=\"%1\">"_s.arg(openRow + 1);
        }
        const QString reference = columnName(cell.column) + QString::number(cell.row + 1);
        const QString style = cell.style == Style::Plain ? QString() : u" s=\"%1\""_s.arg(styleIndex(cell.style));
        switch (cell.kind) {
        case Cell::Kind::Text:
            xml += u"<c r=\"%1\"%2 t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>"_s.arg(
                reference, style, escaped(cell.text));
            break;
        case Cell::Kind::Number: xml += u"<c r=\"%1\"%2><v>%3</v></c>"_s.arg(reference, style, xmlNumber(cell.value)); break;
        case Cell::Kind::Formula:
            xml += u"<c r=\"%1\"%2><f>%3</f><v>%4</v></c>"_s.arg(reference, style, escaped(cell.text), xmlNumber(cell.value));
            break;
        }
    }
    if (openRow >= 0)
        xml += u"</row>"_s;
    xml += u"</sheetData>"_s;
    if (m_filterRow >= 0)
        xml += u"<autoFilter ref=\"A1:%1%2\"/>"_s.arg(columnName(m_filterColumn)).arg(m_filterRow + 1);
    xml += u"<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"_s;
    return xml;
}

XlsxWorkbook::XlsxWorkbook() = default;
XlsxWorkbook::~XlsxWorkbook() = default;

XlsxWorkbook::Sheet &XlsxWorkbook::addSheet(const QString &name)
{
    m_sheets.push_back(std::unique_ptr<Sheet>(new Sheet(name)));
    return *m_sheets.back();
}

Result<void> XlsxWorkbook::save(const QString &path) const
{
    const auto failed = [&](const QString &why) { return fail(ErrorCode::Io, Tr::tr("Impossible d'écrire « %1 » : %2").arg(path, why)); };

    QString contentTypes = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                           "<Override PartName=\"/xl/workbook.xml\" "
                           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                           "<Override PartName=\"/xl/styles.xml\" "
                           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"_s;
    QString workbook = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"%1\" xmlns:r=\"%2\">"
                       "<bookViews><workbookView/></bookViews><sheets>"_s.arg(
                           QLatin1StringView(mainNamespace), QLatin1StringView(relationshipsNamespace));
    QString relationships = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"_s;
    QString filters;
    for (std::size_t i = 0; i < m_sheets.size(); ++i) {
        const Sheet &sheet = *m_sheets.at(i);
        contentTypes += u"<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"_s.arg(i + 1);
        workbook += u"<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>"_s.arg(escaped(sheet.m_name)).arg(i + 1);
        relationships
            += u"<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
               "Target=\"worksheets/sheet%1.xml\"/>"_s.arg(i + 1);
        // Excel keeps an autofilter's range in this hidden name as well.
        if (sheet.m_filterRow >= 0)
            filters += u"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%1\" hidden=\"1\">%2!$A$1:$%3$%4</definedName>"_s.arg(i)
                           .arg(escaped(quotedSheetName(sheet.m_name)), Sheet::columnName(sheet.m_filterColumn))
                           .arg(sheet.m_filterRow + 1);
    }
    contentTypes += u"</Types>"_s;
    workbook += u"</sheets>"_s;
    if (!filters.isEmpty())
        workbook += u"<definedNames>"_s + filters + u"</definedNames>"_s;
    workbook += u"</workbook>"_s;
    relationships += u"<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                     "Target=\"styles.xml\"/></Relationships>"_s.arg(m_sheets.size() + 1);
    const QString rootRelationships = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                      "<Relationship Id=\"rId1\" "
                                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                      "Target=\"xl/workbook.xml\"/></Relationships>"_s;

    QList<std::pair<QString, QString>> parts {{u"[Content_Types].xml"_s, contentTypes}, {u"_rels/.rels"_s, rootRelationships},
        {u"xl/workbook.xml"_s, workbook}, {u"xl/_rels/workbook.xml.rels"_s, relationships}, {u"xl/styles.xml"_s, styles}};
    for (std::size_t i = 0; i < m_sheets.size(); ++i)
        parts.append({u"xl/worksheets/sheet%1.xml"_s.arg(i + 1), m_sheets.at(i)->xml(i == 0)});

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return failed(Tr::tr("archive impossible à créer"));
        for (const auto &[name, content] : std::as_const(parts)) {
            QuaZipFile file(&zip);
            const QByteArray bytes = content.toUtf8();
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
                return failed(Tr::tr("archive impossible à créer"));
            file.close();
            if (file.getZipError() != 0)
                return failed(Tr::tr("archive impossible à créer"));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return failed(Tr::tr("archive impossible à créer"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace adhera::io
