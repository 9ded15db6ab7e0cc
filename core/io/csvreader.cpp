// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "io/cp1252.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringView>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace adhera::io {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::io::CsvReader)
};

const QString utf8Name = u"UTF-8"_s;
const QString utf8BomName = u"UTF-8 (BOM)"_s;
const QString cp1252Name = u"Windows-1252"_s;
const QString latin1Name = u"ISO-8859-1"_s;

// Strict: overlong forms, surrogates and code points past U+10FFFF make the text "not UTF-8",
// which is what tells a Windows-1252 file apart.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = s + bytes.size();
    while (s < end) {
        const uchar c = *s;
        if (c < 0x80) {
            ++s;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - s < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((s[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i] & 0x3F);
        }
        if (length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            return false;
        if (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            return false;
        s += length;
    }
    return true;
}

QString singleByteName(QByteArrayView bytes)
{
    bool high = false;
    for (const char byte : bytes) {
        const auto c = static_cast<uchar>(byte);
        if (c >= 0x80 && c < 0xA0)
            return cp1252Name;
        high = high || c >= 0xA0;
    }
    return high ? latin1Name : cp1252Name;
}

struct ByteScan {
    bool nul = false;
    qsizetype controls = 0; // C0 controls other than tab, CR and LF
    int longLine = 0; // first physical line over the limit, 0 if none
    int lines = 0;
};

ByteScan scanBytes(QByteArrayView bytes)
{
    ByteScan scan;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    int line = 1;
    qsizetype lineStart = 0;
    const auto endLine = [&](qsizetype at) {
        if (scan.longLine == 0 && at - lineStart > CsvReader::maxLineBytes)
            scan.longLine = line;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<uchar>(data[i]);
        if (c >= 0x20)
            continue;
        if (c == '\n') {
            endLine(i);
            ++line;
            lineStart = i + 1;
        } else if (c == '\r') {
            endLine(i);
            ++line;
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
            lineStart = i + 1;
        } else if (c != '\t') {
            scan.nul = scan.nul || c == 0;
            ++scan.controls;
        }
    }
    endLine(size);
    scan.lines = line;
    return scan;
}

// Why a file is not CSV text, or an empty string when it looks like text.
QString binaryReason(QByteArrayView bytes, const ByteScan &scan)
{
    if (bytes.startsWith("PK\x03\x04"))
        return Tr::tr("c'est un classeur Excel (.xlsx) ou une archive ZIP. Ouvrez-le dans Excel et enregistrez-le au format "
                      "« CSV (séparateur : point-virgule) ».");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Tr::tr("c'est un ancien classeur Excel (.xls). Ouvrez-le dans Excel et enregistrez-le au format "
                      "« CSV (séparateur : point-virgule) ».");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Tr::tr("il est encodé en UTF-16. Ouvrez-le dans Excel et enregistrez-le au format « CSV UTF-8 ».");
    if (scan.nul)
        return Tr::tr("il contient des octets nuls, comme un fichier binaire. Choisissez un fichier exporté au format CSV.");
    // A stray form feed or end-of-file mark is tolerated; a few percent means binary data.
    if (scan.controls > 0 && scan.controls * 50 > bytes.size())
        return Tr::tr("il contient trop de caractères de contrôle, comme un fichier binaire. Choisissez un fichier exporté au "
                      "format CSV.");
    return {};
}

std::optional<QString> canonicalEncoding(const QString &name)
{
    for (const QString &known : {utf8Name, utf8BomName, cp1252Name, latin1Name}) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return std::nullopt;
}

// RFC 4180 records over decoded text, counting physical lines (CRLF, LF or CR) as it goes.
class Parser final
{
public:
    enum class Status { Record, End, UnclosedQuote };

    Parser(QStringView text, QChar delimiter) : m_p(text.utf16()), m_end(text.utf16() + text.size()), m_delimiter(delimiter.unicode()) { }

    // The next record that is not an empty line. On UnclosedQuote, line is where the quote opened.
    Status next(QStringList &fields, int &line)
    {
        for (;;) {
            if (m_p == m_end)
                return Status::End;
            fields.clear();
            fields.reserve(m_expectedFields);
            line = m_line;
            bool quoted = false;
            for (;;) {
                while (m_p < m_end && isPadding(*m_p))
                    ++m_p;
                if (m_p < m_end && *m_p == u'"') {
                    quoted = true;
                    const int quoteLine = m_line;
                    QString value;
                    if (!readQuoted(value)) {
                        line = quoteLine;
                        return Status::UnclosedQuote;
                    }
                    fields.append(value);
                } else {
                    const char16_t *start = m_p;
                    skipToFieldEnd();
                    fields.append(trimmedEnd(start, m_p).toString());
                }
                if (m_p == m_end)
                    break;
                if (*m_p == m_delimiter) {
                    ++m_p;
                    continue;
                }
                skipLineBreak();
                break;
            }
            if (fields.size() == 1 && !quoted && fields.constFirst().isEmpty())
                continue;
            return Status::Record;
        }
    }

    // Sizes each record's list once instead of growing it field by field.
    void setExpectedFields(qsizetype count) { m_expectedFields = count; }

private:
    bool isPadding(char16_t c) const { return (c == u' ' || c == u'\t') && c != m_delimiter; }

    void skipToFieldEnd()
    {
        while (m_p < m_end && *m_p != m_delimiter && *m_p != u'\n' && *m_p != u'\r')
            ++m_p;
    }

    QStringView trimmedEnd(const char16_t *start, const char16_t *stop) const
    {
        while (stop > start && isPadding(stop[-1]))
            --stop;
        return QStringView(start, stop);
    }

    void skipLineBreak()
    {
        if (*m_p == u'\r' && m_p + 1 < m_end && m_p[1] == u'\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }

    // At an opening quote. Copies whole slices between doubled quotes rather than characters.
    bool readQuoted(QString &value)
    {
        ++m_p;
        const char16_t *slice = m_p;
        for (;;) {
            if (m_p == m_end)
                return false;
            const char16_t c = *m_p;
            if (c == u'"') {
                if (m_p + 1 < m_end && m_p[1] == u'"') {
                    value.append(QStringView(slice, m_p + 1));
                    m_p += 2;
                    slice = m_p;
                    continue;
                }
                value.append(QStringView(slice, m_p));
                ++m_p;
                break;
            }
            if (c == u'\n' || (c == u'\r' && !(m_p + 1 < m_end && m_p[1] == u'\n')))
                ++m_line;
            ++m_p;
        }
        // Text after the closing quote ("abc" def) is kept as written, as Excel does.
        const char16_t *tail = m_p;
        skipToFieldEnd();
        value.append(trimmedEnd(tail, m_p));
        return true;
    }

    const char16_t *m_p;
    const char16_t *m_end;
    char16_t m_delimiter;
    int m_line = 1;
    qsizetype m_expectedFields = 0;
};

// The candidate that splits the header into the most fields and keeps that count over the
// first records; a ragged file still wins over a delimiter that happens to appear in a value.
QChar detectDelimiter(QStringView text)
{
    constexpr int sampleRecords = 20;
    QChar best = u';';
    double bestScore = 0;
    QStringList fields;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t'), QChar(u'|')}) {
        Parser parser(text, candidate);
        int line = 0;
        if (parser.next(fields, line) != Parser::Status::Record)
            continue;
        const qsizetype headerCount = fields.size();
        if (headerCount < 2)
            continue;
        int records = 0;
        int consistent = 0;
        while (records < sampleRecords && parser.next(fields, line) == Parser::Status::Record) {
            ++records;
            consistent += fields.size() == headerCount ? 1 : 0;
        }
        const double score = double(headerCount) * (records == 0 ? 1.0 : double(consistent) / records);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, Tr::tr("Le fichier « %1 » est introuvable.").arg(path));
    if (info.isDir())
        return fail(ErrorCode::InvalidInput, Tr::tr("« %1 » est un dossier, pas un fichier CSV.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Impossible d'ouvrir le fichier « %1 » : %2").arg(info.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, Tr::tr("Impossible de lire le fichier « %1 » : %2").arg(info.fileName(), file.errorString()));
    return read(bytes, info.fileName(), options);
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes, const QString &displayName, const CsvReadOptions &options)
{
    const QString emptyMessage = Tr::tr("Le fichier « %1 » est vide : il n'a pas de ligne d'en-tête avec les noms des colonnes.");
    if (bytes.isEmpty())
        return fail(ErrorCode::InvalidInput, emptyMessage.arg(displayName));

    std::optional<QString> forced;
    if (!options.encoding.isEmpty()) {
        forced = canonicalEncoding(options.encoding);
        if (!forced)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Encodage « %1 » inconnu : choisissez UTF-8, Windows-1252 ou ISO-8859-1.").arg(options.encoding));
    }
    const QChar delimiterForced = options.delimiter;
    if (delimiterForced == u'"' || delimiterForced == u'\r' || delimiterForced == u'\n')
        return fail(ErrorCode::InvalidInput, Tr::tr("Un guillemet ou un saut de ligne ne peut pas séparer les champs."));

    const ByteScan scan = scanBytes(bytes);
    if (const QString reason = binaryReason(bytes, scan); !reason.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Le fichier « %1 » n'est pas un fichier texte (CSV) : %2").arg(displayName, reason));
    if (scan.longLine > 0)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Le fichier « %1 », ligne %2 : ligne trop longue (plus de 1 Mo). Ce n'est sans doute pas un fichier CSV.")
                .arg(displayName, QString::number(scan.longLine)));

    CsvTable table;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool utf8 = forced ? (*forced == utf8Name || *forced == utf8BomName) : (bom || isValidUtf8(bytes));
    QString text;
    if (utf8) {
        table.encoding = bom ? utf8BomName : utf8Name;
        text = QString::fromUtf8(bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes));
    } else {
        table.encoding = forced ? *forced : singleByteName(bytes);
        text = table.encoding == latin1Name ? QString::fromLatin1(bytes) : cp1252::decode(bytes);
    }

    table.delimiter = delimiterForced.isNull() ? detectDelimiter(text) : delimiterForced;
    Parser parser(text, table.delimiter);
    const auto unclosed = [&](int line) {
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Le fichier « %1 », ligne %2 : guillemet ouvert jamais refermé. Vérifiez les guillemets du champ "
                   "qui commence à cette ligne.")
                .arg(displayName, QString::number(line)));
    };

    QStringList fields;
    int line = 0;
    switch (parser.next(fields, line)) {
    case Parser::Status::End: return fail(ErrorCode::InvalidInput, emptyMessage.arg(displayName));
    case Parser::Status::UnclosedQuote: return unclosed(line);
    case Parser::Status::Record: break;
    }
    table.headers = fields;
    for (qsizetype i = 0; i < table.headers.size(); ++i) {
        const QString &name = table.headers.at(i);
        if (name.isEmpty()) {
            table.warnings.append(Tr::tr("ligne %1 : la colonne %2 n'a pas de nom").arg(line).arg(i + 1));
            continue;
        }
        const qsizetype first = table.headers.indexOf(name);
        if (first < i)
            table.warnings.append(Tr::tr("ligne %1 : la colonne %2 « %3 » porte le même nom que la colonne %4")
                                      .arg(QString::number(line), QString::number(i + 1), name, QString::number(first + 1)));
    }

    const qsizetype columns = table.headers.size();
    parser.setExpectedFields(columns);
    table.rows.reserve(scan.lines);
    for (;;) {
        const Parser::Status status = parser.next(fields, line);
        if (status == Parser::Status::End)
            break;
        if (status == Parser::Status::UnclosedQuote)
            return unclosed(line);
        if (fields.size() != columns)
            table.warnings.append(Tr::tr("ligne %1 : %2 champs au lieu de %3").arg(line).arg(fields.size()).arg(columns));
        table.rows.append(CsvRow {line, std::move(fields)});
    }
    return table;
}

} // namespace adhera::io
