// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace adhera::io {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::io::XlsxReader)
};

// Excel's limit; a reference beyond it is a damaged sheet, not a reason to allocate.
constexpr int maxColumns = 16384;
// What one part may weigh once inflated: far above a real member file, low enough that a
// ZIP bomb is refused before it fills the memory.
constexpr qint64 maxPartBytes = qint64(512) * 1024 * 1024;

const QByteArray zipSignature = QByteArrayLiteral("PK\x03\x04");
const QByteArray emptyZipSignature = QByteArrayLiteral("PK\x05\x06");
const QByteArray oleSignature = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
// The stream name an encrypted OOXML file keeps inside its OLE container, in UTF-16LE.
const QByteArray encryptedStream = QByteArrayLiteral("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");

struct SheetEntry {
    QString name;
    QString relationId;
    bool hidden = false;
};

struct WorkbookInfo {
    QList<SheetEntry> sheets;
    bool date1904 = false;
    QHash<QString, QString> targets; // relationship id -> part name
    QString sharedStringsPart = u"xl/sharedStrings.xml"_s;
    QString stylesPart = u"xl/styles.xml"_s;
};

QString damagedXml(const QString &file, const QString &part, const QXmlStreamReader &xml)
{
    return Tr::tr("Le classeur « %1 » est endommagé : la partie « %2 » n'est pas un XML valide (%3, ligne %4).")
        .arg(file, part, xml.errorString(), QString::number(xml.lineNumber()));
}

QString damagedPart(const QString &file, const QString &part, const QString &why)
{
    return Tr::tr("Le classeur « %1 » est endommagé : la partie « %2 » %3").arg(file, part, why);
}

// "AB" -> 28; 0 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (column > maxColumns)
            return maxColumns + 1;
    }
    return column;
}

QString columnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

// OOXML writes control characters (and a literal "_x" sequence) as "_xHHHH_".
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const uint code = QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

// The text of a shared or inline string: its <t>, or the <t> of each rich-text run <r>. The
// phonetic guides (<rPh>) are not part of the value. Whitespace is kept as stored: a
// QXmlStreamReader never collapses it, whatever xml:space says.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return unescapeOoxml(text);
}

// The relationship id of a <sheet>: the "id" attribute in the relationships namespace, whatever
// its prefix (transitional and strict OOXML use different namespace URIs).
QString relationIdOf(const QXmlStreamAttributes &attributes)
{
    for (const auto &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(u"xl/"_s + target);
}

// A number format shows a date when it is one of Excel's built-in date formats or when, once
// its literal parts are removed, it has day, month or year codes ("m" alone with hours or
// seconds is minutes).
bool isDateFormat(int id, const QString &code)
{
    if (id >= 14 && id <= 22)
        return true;
    if (code.isEmpty())
        return false;
    QString codes;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = qMax(0, bracket - 1);
        } else if (bracket == 0) {
            if (c == u'\\' || c == u'_' || c == u'*')
                ++i; // the next character is a literal, a padding or a fill
            else
                codes.append(c.toLower());
        }
    }
    if (codes.contains(u'd') || codes.contains(u'y'))
        return true;
    return codes.contains(u'm') && !codes.contains(u'h') && !codes.contains(u's');
}

// Integers as digits (57000, 387123456, 5.4E+3 -> 5400); other numbers in their shortest exact
// form, cut to 15 significant digits as Excel keeps, so 0.1+0.2 reads 0.3.
QString formatNumber(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (c == u'e' || c == u'E')
            break;
        if (c.isDigit())
            ++digits;
    }
    if (digits > 15)
        text = QString::number(value, 'g', 15);
    return text;
}

// An Excel serial date as ISO "YYYY-MM-DD"; nothing when it is a time of day alone.
std::optional<QString> serialToIso(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // 9999-12-31
        return std::nullopt;
    const auto days = qint64(std::floor(serial));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days < 1)
            return std::nullopt;
        // Lotus 1-2-3 took 1900 for a leap year and Excel kept it: serial 60 is the 29th of
        // February 1900, which never was; the serials after it are one day ahead.
        if (days == 60)
            return u"1900-02-29"_s;
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    return date.toString(Qt::ISODate);
}

class Package final
{
public:
    Package(const QString &fileName, const QByteArray &bytes) : m_fileName(fileName), m_bytes(bytes), m_buffer(&m_bytes), m_zip(&m_buffer)
    { }

    Result<void> open()
    {
        if (m_bytes.startsWith(oleSignature)) {
            if (m_bytes.contains(encryptedStream))
                return fail(ErrorCode::InvalidInput,
                    Tr::tr("Le classeur « %1 » est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de "
                           "passe (Fichier > Informations > Protéger le classeur) et enregistrez-le à nouveau.")
                        .arg(m_fileName));
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Le fichier « %1 » est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au "
                       "format « Classeur Excel (.xlsx) ».")
                    .arg(m_fileName));
        }
        const QString notXlsx = Tr::tr("Le fichier « %1 » n'est pas un classeur Excel (.xlsx) : %2");
        if (!m_bytes.startsWith(zipSignature) && !m_bytes.startsWith(emptyZipSignature))
            return fail(ErrorCode::InvalidInput,
                notXlsx.arg(m_fileName,
                    Tr::tr("ce n'est pas une archive ZIP. S'il s'agit d'un fichier CSV renommé, "
                           "rendez-lui l'extension .csv.")));
        if (!m_zip.open(QuaZip::mdUnzip))
            return fail(ErrorCode::InvalidInput, notXlsx.arg(m_fileName, Tr::tr("l'archive ZIP est endommagée ou incomplète.")));
        if (!m_zip.setCurrentFile(u"xl/workbook.xml"_s, QuaZip::csInsensitive))
            return fail(ErrorCode::InvalidInput, notXlsx.arg(m_fileName, Tr::tr("c'est une archive ZIP sans partie « xl/workbook.xml ».")));
        return {};
    }

    bool has(const QString &part) { return m_zip.setCurrentFile(part, QuaZip::csInsensitive); }

    Result<QByteArray> read(const QString &part)
    {
        if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
            return fail(ErrorCode::InvalidInput, damagedPart(m_fileName, part, Tr::tr("est absente.")));
        QuaZipFile file(&m_zip);
        if (file.usize() > maxPartBytes)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("La partie « %1 » du classeur « %2 » dépasse 512 Mo une fois décompressée : le classeur est trop "
                       "gros pour être importé.")
                    .arg(part, m_fileName));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::InvalidInput, damagedPart(m_fileName, part, Tr::tr("ne peut pas être décompressée.")));
        QByteArray data = file.readAll();
        file.close();
        if (file.getZipError() != UNZ_OK)
            return fail(ErrorCode::InvalidInput, damagedPart(m_fileName, part, Tr::tr("ne peut pas être décompressée.")));
        return data;
    }

    const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QuaZip m_zip;
};

Result<WorkbookInfo> readWorkbook(Package &package)
{
    WorkbookInfo info;
    const QString workbookPart = u"xl/workbook.xml"_s;
    const auto workbook = package.read(workbookPart);
    if (!workbook)
        return fail(workbook.error());
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto value = attributes.value(u"date1904"_s);
            info.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            info.sheets.append(SheetEntry {attributes.value(u"name"_s).toString(), relationIdOf(attributes),
                attributes.value(u"state"_s) == u"hidden" || attributes.value(u"state"_s) == u"veryHidden"});
        }
    }
    if (xml.hasError())
        return fail(ErrorCode::InvalidInput, damagedXml(package.fileName(), workbookPart, xml));

    const QString relsPart = u"xl/_rels/workbook.xml.rels"_s;
    const auto rels = package.read(relsPart);
    if (!rels)
        return fail(rels.error());
    QXmlStreamReader relsXml(*rels);
    while (!relsXml.atEnd()) {
        if (relsXml.readNext() != QXmlStreamReader::StartElement || relsXml.name() != u"Relationship")
            continue;
        const auto attributes = relsXml.attributes();
        const QString target = resolveTarget(attributes.value(u"Target"_s).toString());
        const auto type = attributes.value(u"Type"_s);
        info.targets.insert(attributes.value(u"Id"_s).toString(), target);
        if (type.endsWith(u"/sharedStrings"))
            info.sharedStringsPart = target;
        else if (type.endsWith(u"/styles"))
            info.stylesPart = target;
    }
    if (relsXml.hasError())
        return fail(ErrorCode::InvalidInput, damagedXml(package.fileName(), relsPart, relsXml));
    return info;
}

Result<QStringList> readSharedStrings(Package &package, const QString &part)
{
    QStringList strings;
    if (!package.has(part))
        return strings; // a workbook without text has no shared strings
    const auto bytes = package.read(part);
    if (!bytes)
        return fail(bytes.error());
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return fail(ErrorCode::InvalidInput, damagedXml(package.fileName(), part, xml));
    return strings;
}

// For each cell style index (the "s" attribute of a cell), whether it shows a date.
Result<QList<bool>> readDateStyles(Package &package, const QString &part)
{
    QList<bool> dateStyles;
    if (!package.has(part))
        return dateStyles;
    const auto bytes = package.read(part);
    if (!bytes)
        return fail(bytes.error());
    QHash<int, QString> customFormats;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            customFormats.insert(attributes.value(u"numFmtId"_s).toInt(), attributes.value(u"formatCode"_s).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(u"numFmtId"_s).toInt();
            dateStyles.append(isDateFormat(id, customFormats.value(id)));
        }
    }
    if (xml.hasError())
        return fail(ErrorCode::InvalidInput, damagedXml(package.fileName(), part, xml));
    return dateStyles;
}

struct SheetContext {
    QString fileName;
    QString part;
    QStringList sharedStrings;
    QList<bool> dateStyles;
    bool date1904 = false;
};

class SheetBuilder final
{
public:
    explicit SheetBuilder(CsvTable &table) : m_table(table) { }

    void addRow(int line, QStringList fields)
    {
        while (!fields.isEmpty() && fields.constLast().isEmpty())
            fields.removeLast();
        if (fields.isEmpty())
            return;
        if (!m_hasHeader) {
            setHeaders(line, fields);
            m_lastLine = line;
            return;
        }
        m_emptyRows += qMax(0, line - m_lastLine - 1);
        m_lastLine = line;
        const qsizetype columns = m_table.headers.size();
        if (fields.size() > columns)
            m_table.warnings.append(Tr::tr("ligne %1 : %2 champs au lieu de %3").arg(line).arg(fields.size()).arg(columns));
        while (fields.size() < columns)
            fields.append(QString());
        m_table.rows.append(CsvRow {line, std::move(fields)});
    }

    bool hasHeader() const { return m_hasHeader; }

    void finish()
    {
        if (m_emptyRows > 0)
            m_table.warnings.append(Tr::tr("%n ligne(s) vide(s) ignorée(s)", nullptr, m_emptyRows));
    }

private:
    void setHeaders(int line, const QStringList &fields)
    {
        m_hasHeader = true;
        m_table.headers = fields;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString &name = fields.at(i);
            if (name.isEmpty()) {
                m_table.warnings.append(Tr::tr("ligne %1 : la colonne %2 n'a pas de nom").arg(line).arg(i + 1));
                continue;
            }
            const qsizetype first = fields.indexOf(name);
            if (first < i)
                m_table.warnings.append(Tr::tr("ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4")
                                            .arg(QString::number(line), QString::number(i + 1), name, QString::number(first + 1)));
        }
    }

    CsvTable &m_table;
    bool m_hasHeader = false;
    int m_lastLine = 0;
    int m_emptyRows = 0;
};

// The text of one cell; the reader stands on its <c> start element and leaves on its end.
Result<QString> readCell(QXmlStreamReader &xml, const SheetContext &context, int line, int column, QStringList &warnings)
{
    const auto attributes = xml.attributes();
    const QString type = attributes.value(u"t"_s).toString();
    const int style = attributes.value(u"s"_s).toInt();
    QString value;
    QString inlineText;
    bool hasInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
        } else if (xml.name() == u"is") {
            inlineText = readRichText(xml);
            hasInline = true;
        } else {
            xml.skipCurrentElement(); // the formula <f> and extensions
        }
    }
    if (xml.hasError())
        return QString();

    if (type == u"inlineStr")
        return hasInline ? inlineText : unescapeOoxml(value);
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size())
            return fail(ErrorCode::InvalidInput,
                damagedPart(context.fileName, context.part,
                    Tr::tr("renvoie à un texte partagé absent (cellule %1%2).").arg(columnName(column)).arg(line)));
        return context.sharedStrings.at(index);
    }
    if (type == u"str")
        return unescapeOoxml(value);
    if (type == u"b")
        return value.trimmed() == u"1" || value.trimmed() == u"true" ? u"1"_s : u"0"_s;
    if (type == u"e") {
        warnings.append(Tr::tr("ligne %1 : la cellule %2%1 contient l'erreur « %3 », elle est lue comme vide")
                            .arg(QString::number(line), columnName(column), value));
        return QString();
    }
    const bool isDate = style >= 0 && style < context.dateStyles.size() && context.dateStyles.at(style);
    if (type == u"d") // an ISO 8601 date, written by strict OOXML producers
        return isDate && value.size() >= 10 ? value.left(10) : value;
    if (value.isEmpty())
        return value;
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok)
        return value;
    if (isDate) {
        if (const auto iso = serialToIso(number, context.date1904))
            return *iso;
    }
    return formatNumber(number);
}

Result<CsvTable> readSheet(Package &package, const SheetContext &context, const QString &sheetName)
{
    const auto bytes = package.read(context.part);
    if (!bytes)
        return fail(bytes.error());
    CsvTable table;
    table.encoding = u"XLSX"_s;
    SheetBuilder builder(table);
    QXmlStreamReader xml(*bytes);
    int line = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const int number = xml.attributes().value(u"r"_s).toInt(&ok);
        line = ok && number > line ? number : line + 1;
        QStringList fields;
        int column = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const int referenced = columnOf(xml.attributes().value(u"r"_s));
            column = referenced > column ? referenced : column + 1;
            if (column > maxColumns)
                return fail(ErrorCode::InvalidInput,
                    damagedPart(
                        context.fileName, context.part, Tr::tr("a une cellule au-delà de la dernière colonne (ligne %1).").arg(line)));
            auto cell = readCell(xml, context, line, column, table.warnings);
            if (!cell)
                return fail(cell.error());
            while (fields.size() < column - 1)
                fields.append(QString());
            fields.append(std::move(*cell));
        }
        if (xml.hasError())
            break;
        builder.addRow(line, std::move(fields));
    }
    if (xml.hasError())
        return fail(ErrorCode::InvalidInput, damagedXml(context.fileName, context.part, xml));
    if (!builder.hasHeader())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("La feuille « %1 » du classeur « %2 » est vide : elle n'a pas de ligne d'en-tête avec les noms des colonnes.")
                .arg(sheetName, context.fileName));
    builder.finish();
    return table;
}

Result<QByteArray> readBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, Tr::tr("Le fichier « %1 » est introuvable.").arg(path));
    if (info.isDir())
        return fail(ErrorCode::InvalidInput, Tr::tr("« %1 » est un dossier, pas un classeur Excel.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Impossible d'ouvrir le fichier « %1 » : %2").arg(info.fileName(), file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, Tr::tr("Impossible de lire le fichier « %1 » : %2").arg(info.fileName(), file.errorString()));
    if (bytes.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Le fichier « %1 » est vide.").arg(info.fileName()));
    return bytes;
}

} // namespace

Result<CsvTable> XlsxReader::readFile(const QString &path, const XlsxReadOptions &options)
{
    const auto bytes = readBytes(path);
    if (!bytes)
        return fail(bytes.error());
    const QString fileName = QFileInfo(path).fileName();
    Package package(fileName, *bytes);
    if (auto opened = package.open(); !opened)
        return fail(opened.error());
    const auto workbook = readWorkbook(package);
    if (!workbook)
        return fail(workbook.error());
    if (workbook->sheets.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Le classeur « %1 » n'a aucune feuille de calcul.").arg(fileName));

    const SheetEntry *sheet = nullptr;
    if (options.sheet.isEmpty()) {
        sheet = &workbook->sheets.constFirst();
        for (const auto &entry : workbook->sheets) {
            if (!entry.hidden) {
                sheet = &entry;
                break;
            }
        }
    } else {
        for (const auto &entry : workbook->sheets) {
            if (entry.name == options.sheet) {
                sheet = &entry;
                break;
            }
        }
        for (const auto &entry : workbook->sheets) {
            if (!sheet && entry.name.compare(options.sheet, Qt::CaseInsensitive) == 0)
                sheet = &entry;
        }
    }
    if (!sheet) {
        QStringList names;
        for (const auto &entry : workbook->sheets)
            names.append(u"« %1 »"_s.arg(entry.name));
        return fail(ErrorCode::NotFound,
            Tr::tr("Le classeur « %1 » n'a pas de feuille « %2 ». Ses feuilles : %3.").arg(fileName, options.sheet, names.join(u", "_s)));
    }

    const QString part = workbook->targets.value(sheet->relationId);
    if (part.isEmpty())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Le classeur « %1 » est endommagé : la feuille « %2 » n'a pas de partie associée.").arg(fileName, sheet->name));

    SheetContext context;
    context.fileName = fileName;
    context.part = part;
    context.date1904 = workbook->date1904;
    auto shared = readSharedStrings(package, workbook->sharedStringsPart);
    if (!shared)
        return fail(shared.error());
    context.sharedStrings = std::move(*shared);
    auto styles = readDateStyles(package, workbook->stylesPart);
    if (!styles)
        return fail(styles.error());
    context.dateStyles = std::move(*styles);
    return readSheet(package, context, sheet->name);
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    const auto bytes = readBytes(path);
    if (!bytes)
        return fail(bytes.error());
    Package package(QFileInfo(path).fileName(), *bytes);
    if (auto opened = package.open(); !opened)
        return fail(opened.error());
    const auto workbook = readWorkbook(package);
    if (!workbook)
        return fail(workbook.error());
    QStringList names;
    for (const auto &entry : workbook->sheets)
        names.append(entry.name);
    return names;
}

} // namespace adhera::io
