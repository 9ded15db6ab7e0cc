// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "io/xlsxreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using adhera::ErrorCode;
using adhera::io::CsvTable;
using adhera::io::XlsxReader;
using adhera::io::XlsxReadOptions;

// The workbooks in tests/data were written outside the repository: membres.xlsx by
// libxlsxwriter (as Excel would write it: shared strings, a dd/mm/yyyy date style, two sheets),
// manuel.xlsx and its variants by hand-written XML zipped together (inline strings, rich text,
// formulas, booleans, errors, the 1904 date system, a hidden first sheet, parts in odd places).

namespace {

CsvTable table(const QString &name, const XlsxReadOptions &options = {})
{
    auto read = XlsxReader::readFile(adhera::test::dataPath(name), options);
    if (!read)
        FAIL(read.error().message.toStdString());
    return *read;
}

QList<int> lines(const CsvTable &table)
{
    QList<int> result;
    for (const auto &row : table.rows)
        result.append(row.line);
    return result;
}

// A file with these bytes, named name, in dir.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("xlsx: an Excel workbook reads like its CSV export")
{
    const CsvTable read = table(u"membres.xlsx"_s);
    CHECK(read.encoding == u"XLSX"_s);
    CHECK(read.delimiter.isNull());
    CHECK(read.headers
        == QStringList {u"Nom"_s, u"Prénom"_s, u"Code postal"_s, u"Téléphone"_s, u"Cotisation"_s, u"Naissance"_s, u"Courriel"_s});
    REQUIRE(read.rows.size() == 3);
    // Postcode and phone stored as numbers keep their digits; the date style gives ISO.
    CHECK(read.rows[0].fields
        == QStringList {u"Lefèvre"_s, u"Zoé"_s, u"57000"_s, u"387123456"_s, u"42.5"_s, u"1984-03-07"_s, u"zoe.lefevre@example.org"_s});
    // Columns C, D and F are not stored in row 4: empty fields fill the gaps.
    CHECK(read.rows[1].fields
        == QStringList {u"Cœurdevey"_s, u"Gaëtan"_s, QString(), QString(), u"0.3"_s, QString(), u"gaetan.coeurdevey@example.org"_s});
    // Trailing empty cells are not stored either: the row is padded, without a warning.
    CHECK(read.rows[2].fields == QStringList {u"Martin"_s, u"Élise"_s, u"54000"_s, QString(), QString(), u"2001-12-31"_s, QString()});
    // Row numbers are the ones Excel shows; row 3 is empty.
    CHECK(lines(read) == QList<int> {2, 4, 5});
    CHECK(read.warnings == QStringList {u"1 ligne(s) vide(s) ignorée(s)"_s});
}

TEST_CASE("xlsx: a sheet is chosen by name")
{
    const CsvTable read = table(u"membres.xlsx"_s, XlsxReadOptions {u"Viatis"_s});
    CHECK(read.headers == QStringList {u"surname"_s, u"given_name"_s});
    REQUIRE(read.rows.size() == 1);
    CHECK(read.rows[0].fields == QStringList {u"Durand"_s, u"Noël"_s});
    CHECK(read.rows[0].line == 2);

    SECTION("ignoring case when no name matches exactly")
    {
        CHECK(table(u"membres.xlsx"_s, XlsxReadOptions {u"viatis"_s}).headers.constFirst() == u"surname"_s);
    }
    SECTION("the names are listed in tab order")
    {
        auto names = XlsxReader::sheetNames(adhera::test::dataPath(u"membres.xlsx"_s));
        REQUIRE(names);
        CHECK(*names == QStringList {u"Connect"_s, u"Viatis"_s});
    }
}

TEST_CASE("xlsx: a missing sheet is refused with the sheets there are")
{
    auto read = XlsxReader::readFile(adhera::test::dataPath(u"membres.xlsx"_s), XlsxReadOptions {u"Adhérents 2024"_s});
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::NotFound);
    CHECK(read.error().message
        == u"Le classeur « membres.xlsx » n'a pas de feuille « Adhérents 2024 ». Ses feuilles : « Connect », « Viatis »."_s);
}

TEST_CASE("xlsx: every cell type of a hand-written workbook")
{
    // The first sheet is hidden: the default is the first visible one.
    const CsvTable read = table(u"manuel.xlsx"_s);
    CHECK(read.headers == QStringList {QString(), u"Nom"_s, u"Valeur"_s, u"Autre"_s});
    REQUIRE(read.rows.size() == 6);
    CHECK(lines(read) == QList<int> {3, 4, 5, 6, 7, 9});
    // Rich text runs are joined, the phonetic guide left out; 5.4E+3 is an integer; floating
    // noise is cut to the 15 digits Excel keeps.
    CHECK(read.rows[0].fields == QStringList {QString(), u"Œuvre et  cœur "_s, u"5400"_s, u"0.3"_s});
    // Rich inline string; booleans as 1 and 0.
    CHECK(read.rows[1].fields == QStringList {QString(), u"Jean-Pierre"_s, u"1"_s, u"0"_s});
    // A formula's text result; an error cell left empty; a number format with "d" only in a
    // quoted literal is not a date.
    CHECK(read.rows[2].fields == QStringList {QString(), u"calculé"_s, QString(), u"12.5"_s});
    // "_x000D_" is a carriage return; dates in the 1904 system, a built-in format (14) and a
    // custom one with a locale prefix, the time of day dropped.
    CHECK(read.rows[3].fields == QStringList {QString(), u"Ligne\r\nsuivante"_s, u"1904-01-01"_s, u"2024-06-19"_s});
    // Spaces kept; a value beyond the last named column is kept and reported.
    CHECK(read.rows[4].fields == QStringList {QString(), u"  espacé  "_s, u"-1.5"_s, u"2.5e-07"_s, u"de trop"_s});
    // Cells without a reference follow each other from column A.
    CHECK(read.rows[5].fields == QStringList {u"1"_s, u"2"_s, u"3"_s, QString()});
    CHECK(read.warnings
        == QStringList {u"ligne 2 : la colonne 1 n'a pas de nom"_s,
            u"ligne 5 : la cellule C5 contient l'erreur « #N/A », elle est lue comme vide"_s, u"ligne 7 : 5 champs au lieu de 4"_s,
            u"1 ligne(s) vide(s) ignorée(s)"_s});

    SECTION("a hidden sheet can still be asked for by name")
    {
        CHECK(table(u"manuel.xlsx"_s, XlsxReadOptions {u"Cachée"_s}).headers == QStringList {u"caché"_s});
    }
}

TEST_CASE("xlsx: dates in the 1900 system, across the leap-year bug")
{
    // membres.xlsx is in the 1900 system: 30748 is the 7th of March 1984, after serial 60.
    CHECK(table(u"membres.xlsx"_s).rows[0].fields[5] == u"1984-03-07"_s);
}

TEST_CASE("xlsx: files that are not workbooks are refused with a clear message")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a CSV renamed .xlsx")
    {
        const QString path = writeFile(dir, u"membres.xlsx"_s, "Nom;Prénom\nMartin;Élise\n");
        auto read = XlsxReader::readFile(path);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().message
            == u"Le fichier « membres.xlsx » n'est pas un classeur Excel (.xlsx) : ce n'est pas une archive ZIP. S'il "
               "s'agit d'un fichier CSV renommé, rendez-lui l'extension .csv."_s);
    }
    SECTION("an old .xls")
    {
        const QString path = writeFile(dir, u"ancien.xlsx"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        auto read = XlsxReader::readFile(path);
        REQUIRE_FALSE(read);
        CHECK(read.error().message.startsWith(u"Le fichier « ancien.xlsx » est un ancien classeur Excel (.xls)."_s));
    }
    SECTION("a password-protected workbook")
    {
        const QByteArray stream("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        const QString path
            = writeFile(dir, u"protégé.xlsx"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0') + stream);
        auto read = XlsxReader::readFile(path);
        REQUIRE_FALSE(read);
        CHECK(read.error().message.startsWith(u"Le classeur « protégé.xlsx » est protégé par un mot de passe."_s));
    }
    SECTION("a ZIP that is not a workbook")
    {
        QFile source(adhera::test::dataPath(u"membres.xlsx"_s));
        REQUIRE(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        // Renaming the part in the local header and the central directory hides it.
        bytes.replace("xl/workbook.xml", "xl/workbook.xmm");
        const QString path = writeFile(dir, u"archive.xlsx"_s, bytes);
        auto read = XlsxReader::readFile(path);
        REQUIRE_FALSE(read);
        CHECK(read.error().message
            == u"Le fichier « archive.xlsx » n'est pas un classeur Excel (.xlsx) : c'est une archive ZIP sans partie "
               "« xl/workbook.xml »."_s);
    }
    SECTION("a truncated workbook")
    {
        QFile source(adhera::test::dataPath(u"membres.xlsx"_s));
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QString path = writeFile(dir, u"coupé.xlsx"_s, source.readAll().left(1000));
        auto read = XlsxReader::readFile(path);
        REQUIRE_FALSE(read);
        CHECK(read.error().message.startsWith(u"Le fichier « coupé.xlsx » n'est pas un classeur Excel (.xlsx) : "_s));
    }
    SECTION("an empty file")
    {
        auto read = XlsxReader::readFile(writeFile(dir, u"vide.xlsx"_s, {}));
        REQUIRE_FALSE(read);
        CHECK(read.error().message == u"Le fichier « vide.xlsx » est vide."_s);
    }
    SECTION("a file that does not exist")
    {
        auto read = XlsxReader::readFile(dir.filePath(u"absent.xlsx"_s));
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("xlsx: a damaged part is named")
{
    auto read = XlsxReader::readFile(adhera::test::dataPath(u"endommage.xlsx"_s));
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::InvalidInput);
    CHECK(read.error().message.startsWith(
        u"Le classeur « endommage.xlsx » est endommagé : la partie « xl/worksheets/data.xml » n'est pas un XML valide ("_s));
}

TEST_CASE("xlsx: an empty sheet is refused")
{
    auto read = XlsxReader::readFile(adhera::test::dataPath(u"feuille-vide.xlsx"_s));
    REQUIRE_FALSE(read);
    CHECK(read.error().message
        == u"La feuille « Adhérents » du classeur « feuille-vide.xlsx » est vide : elle n'a pas de ligne d'en-tête avec "
           "les noms des colonnes."_s);
}
