// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "io/csvreader.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using adhera::ErrorCode;
using adhera::Result;
using adhera::io::CsvReader;
using adhera::io::CsvReadOptions;
using adhera::io::CsvTable;

namespace {

Result<CsvTable> parse(const QByteArray &bytes, const CsvReadOptions &options = {})
{
    return CsvReader::read(bytes, u"essai.csv"_s, options);
}

// The table, or the test fails with the reader's message.
CsvTable table(const QByteArray &bytes, const CsvReadOptions &options = {})
{
    auto read = parse(bytes, options);
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

} // namespace

TEST_CASE("csv: Connect's Excel export is read as Windows-1252 with semicolons")
{
    auto read = CsvReader::readFile(adhera::test::dataPath(u"connect-sample.csv"_s));
    REQUIRE(read);
    CHECK(read->encoding == u"Windows-1252"_s);
    CHECK(read->delimiter == u';');
    CHECK(
        read->headers == QStringList {u"N° adhérent"_s, u"Civilité"_s, u"Nom"_s, u"Prénom"_s, u"Société"_s, u"Courriel"_s, u"Téléphone"_s});
    REQUIRE(read->rows.size() == 3);
    CHECK(read->rows[0].fields
        == QStringList {u"C-0101"_s, u"Mme"_s, u"Lefèvre"_s, u"Hélène"_s, u"Transports Lœuvre"_s, u"helene.lefevre@example.org"_s,
            u"03 87 12 34 56"_s});
    CHECK(read->rows[1].fields[2] == u"CŒURDACIER"_s);
    CHECK(read->rows[1].fields[3] == u"Noël"_s);
    CHECK(read->rows[2].fields[4].isEmpty());
    CHECK(read->rows[2].fields[6].isEmpty());
    CHECK(lines(*read) == QList<int> {2, 3, 4});
    CHECK(read->warnings.isEmpty());
}

TEST_CASE("csv: Viatis's export is read as UTF-8 with a BOM and commas")
{
    auto read = CsvReader::readFile(adhera::test::dataPath(u"viatis-sample.csv"_s));
    REQUIRE(read);
    CHECK(read->encoding == u"UTF-8 (BOM)"_s);
    CHECK(read->delimiter == u',');
    CHECK(read->headers.constFirst() == u"member_id"_s);
    CHECK(read->headers.size() == 6);
    REQUIRE(read->rows.size() == 2);
    CHECK(read->rows[0].fields[3] == u"Muller, Fils & Cie"_s);
    CHECK(read->rows[1].fields[1] == u"Zoé"_s);
    CHECK(read->rows[1].fields.size() == 6);
    CHECK(read->warnings.isEmpty());
}

TEST_CASE("csv: multi-line quoted addresses keep their line breaks and the line count")
{
    auto read = CsvReader::readFile(adhera::test::dataPath(u"multiline-addresses.csv"_s));
    REQUIRE(read);
    CHECK(read->encoding == u"UTF-8"_s);
    REQUIRE(read->rows.size() == 3);
    CHECK(read->rows[0].fields == QStringList {u"Durand"_s, u"12 rue des Tilleuls\r\nBâtiment B\r\n3e étage"_s, u"Metz"_s});
    CHECK(read->rows[1].fields[1] == u"Résidence \"Les Roses\"\nappartement 4"_s);
    CHECK(read->rows[2].fields[0] == u"Martin"_s);
    CHECK(lines(*read) == QList<int> {2, 5, 8});
}

TEST_CASE("csv: a missing file is reported as not found")
{
    auto read = CsvReader::readFile(adhera::test::dataPath(u"absent.csv"_s));
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::NotFound);
    CHECK(read.error().message.contains(u"absent.csv"_s));
}

TEST_CASE("csv: encodings are detected from the bytes")
{
    SECTION("a UTF-8 byte-order mark is reported and dropped")
    {
        const auto t = table("\xEF\xBB\xBFnom;pr\xC3\xA9nom\nA;\xC3\xA9lise\n");
        CHECK(t.encoding == u"UTF-8 (BOM)"_s);
        CHECK(t.headers == QStringList {u"nom"_s, u"prénom"_s});
        CHECK(t.rows[0].fields[1] == u"élise"_s);
    }
    SECTION("plain ASCII is UTF-8")
    {
        CHECK(table("a,b\n1,2\n").encoding == u"UTF-8"_s);
    }
    SECTION("Windows-1252 decodes é, œ and € from their own table")
    {
        const auto t = table("Nom;Note\nC\x9C"
                             "ur;\x80 5\nCaf\xE9;\x93ok\x94\n");
        CHECK(t.encoding == u"Windows-1252"_s);
        CHECK(t.rows[0].fields == QStringList {u"Cœur"_s, u"€ 5"_s});
        CHECK(t.rows[1].fields == QStringList {u"Café"_s, u"“ok”"_s});
    }
    SECTION("ISO-8859-1 when no byte falls in 0x80-0x9F")
    {
        const auto t = table("Nom;Ville\nH\xE9l\xE8ne;Vand\xE6uvre\n");
        CHECK(t.encoding == u"ISO-8859-1"_s);
        CHECK(t.rows[0].fields == QStringList {u"Hélène"_s, u"Vandæuvre"_s});
    }
    SECTION("overlong forms and surrogates are not UTF-8")
    {
        CHECK(table("a;b\n\xC0\xAF;x\n").encoding == u"ISO-8859-1"_s);
        const auto surrogate = table("a;b\n\xED\xA0\x80;x\n");
        CHECK(surrogate.encoding == u"Windows-1252"_s);
        CHECK(surrogate.rows[0].fields[0] == u"\u00ED\u00A0\u20AC"_s);
    }
}

TEST_CASE("csv: the caller can force the encoding")
{
    SECTION("ISO-8859-1 keeps 0x9C as a control character")
    {
        const auto t = table("Nom\nC\x9C"
                             "ur\n",
            {u"iso-8859-1"_s, {}});
        CHECK(t.encoding == u"ISO-8859-1"_s);
        CHECK(t.rows[0].fields[0] == u"C\u009Cur"_s);
    }
    SECTION("Windows-1252 on UTF-8 bytes gives the mojibake asked for")
    {
        const auto t = table("Nom\n\xC3\xA9\n", {u"Windows-1252"_s, {}});
        CHECK(t.encoding == u"Windows-1252"_s);
        CHECK(t.rows[0].fields[0] == u"Ã©"_s);
    }
    SECTION("UTF-8 decodes bytes that detection would have called Windows-1252")
    {
        const auto t = table("Nom\nok \xE9\n", {u"UTF-8"_s, {}});
        CHECK(t.encoding == u"UTF-8"_s);
        CHECK(t.rows[0].fields[0] == u"ok \uFFFD"_s);
    }
    SECTION("an unknown encoding is refused")
    {
        auto read = parse("a\n1\n", {u"EBCDIC"_s, {}});
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().message.contains(u"EBCDIC"_s));
    }
}

TEST_CASE("csv: the delimiter is detected from the header and the first records")
{
    CHECK(table("a;b;c\n1;2;3\n").delimiter == u';');
    CHECK(table("a,b,c\n1,2,3\n").delimiter == u',');
    CHECK(table("a\tb\tc\n1\t2\t3\n").delimiter == u'\t');
    CHECK(table("a|b|c\n1|2|3\n").delimiter == u'|');
    SECTION("commas inside values do not win over the semicolons of the header")
    {
        const auto t = table("Nom;Adresse;Ville\nA;12, rue Haute;Metz\nB;3, place Carnot;Nancy\nC;1 rue Basse;Toul\n");
        CHECK(t.delimiter == u';');
        CHECK(t.rows[0].fields[1] == u"12, rue Haute"_s);
    }
    SECTION("delimiters inside quotes do not count")
    {
        const auto t = table("\"a;1\",\"b;2\",c\n\"x;y\",2,3\n");
        CHECK(t.delimiter == u',');
        CHECK(t.headers == QStringList {u"a;1"_s, u"b;2"_s, u"c"_s});
    }
    SECTION("a single column reads as one field per line")
    {
        const auto t = table("Nom\nDupont\nMartin\n");
        CHECK(t.headers == QStringList {u"Nom"_s});
        CHECK(t.rows.size() == 2);
    }
}

TEST_CASE("csv: the caller can force the delimiter")
{
    const QByteArray bytes = "a;b,c\n1;2,3\n";
    CHECK(table(bytes).headers == QStringList {u"a"_s, u"b,c"_s});
    const auto t = table(bytes, {{}, u','});
    CHECK(t.delimiter == u',');
    CHECK(t.headers == QStringList {u"a;b"_s, u"c"_s});
    CHECK(t.rows[0].fields == QStringList {u"1;2"_s, u"3"_s});
}

TEST_CASE("csv: RFC 4180 quoting, with line numbers counted through quoted line breaks")
{
    const auto t = table("a,b,c\n"
                         "1,\"x\"\"y\",\"l1\nl2\rl3\r\nl4\"\n"
                         "2,\"p, q\",\"\"\n"
                         "3,\"\"\"\",z");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].fields == QStringList {u"1"_s, u"x\"y"_s, u"l1\nl2\rl3\r\nl4"_s});
    CHECK(t.rows[1].fields == QStringList {u"2"_s, u"p, q"_s, u""_s});
    CHECK(t.rows[2].fields == QStringList {u"3"_s, u"\""_s, u"z"_s});
    CHECK(lines(t) == QList<int> {2, 6, 7});
    CHECK(t.warnings.isEmpty());
}

TEST_CASE("csv: spaces are trimmed around unquoted fields only")
{
    const auto t = table("rec_id, given_name, surname\nrec-1, sarah , bruhn\n\"  x \" , y,\" z\"\n");
    CHECK(t.delimiter == u',');
    CHECK(t.headers == QStringList {u"rec_id"_s, u"given_name"_s, u"surname"_s});
    CHECK(t.rows[0].fields == QStringList {u"rec-1"_s, u"sarah"_s, u"bruhn"_s});
    CHECK(t.rows[1].fields == QStringList {u"  x "_s, u"y"_s, u" z"_s});
}

TEST_CASE("csv: text after a closing quote is kept as written")
{
    const auto t = table("a;b\n\"12\" bis;x\n");
    CHECK(t.rows[0].fields == QStringList {u"12 bis"_s, u"x"_s});
}

TEST_CASE("csv: empty lines are skipped but counted")
{
    SECTION("between and after records")
    {
        const auto t = table("a;b\n\n1;2\n   \n\n3;4\n\n");
        CHECK(lines(t) == QList<int> {3, 6});
        CHECK(t.warnings.isEmpty());
    }
    SECTION("before the header")
    {
        const auto t = table("\r\n\r\na;b\r\n1;2\r\n");
        CHECK(t.headers == QStringList {u"a"_s, u"b"_s});
        CHECK(lines(t) == QList<int> {4});
    }
    SECTION("a quoted empty field is a record, not an empty line")
    {
        const auto t = table("a\n\"\"\nb\n");
        CHECK(t.rows.size() == 2);
        CHECK(t.rows[0].fields == QStringList {u""_s});
    }
}

TEST_CASE("csv: CR-only line ends, as old Mac exports write them")
{
    const auto t = table("a;b\r1;2\r\r3;\"x\ry\"\r4;5");
    CHECK(t.rows.size() == 3);
    CHECK(t.rows[1].fields == QStringList {u"3"_s, u"x\ry"_s});
    CHECK(lines(t) == QList<int> {2, 4, 6});
}

TEST_CASE("csv: ragged rows are kept and listed in the warnings")
{
    const auto t = table("a;b;c\n1;2;3\n1;2\n\n1;2;3;4\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].fields == QStringList {u"1"_s, u"2"_s});
    CHECK(t.rows[2].fields.size() == 4);
    CHECK(t.warnings == QStringList {u"ligne 3 : 2 champs au lieu de 3"_s, u"ligne 5 : 4 champs au lieu de 3"_s});
}

TEST_CASE("csv: empty and duplicate column names are warnings")
{
    const auto t = table("\nNom;;Nom;Ville\n1;2;3;4\n");
    CHECK(t.headers == QStringList {u"Nom"_s, u""_s, u"Nom"_s, u"Ville"_s});
    CHECK(t.rows.size() == 1);
    CHECK(t.warnings
        == QStringList {
            u"ligne 2 : la colonne 2 n'a pas de nom"_s, u"ligne 2 : la colonne 3 « Nom » porte le même nom que la colonne 1"_s});
}

TEST_CASE("csv: a header without data rows is an empty table")
{
    const auto t = table("a;b;c\r\n");
    CHECK(t.headers.size() == 3);
    CHECK(t.rows.isEmpty());
}

TEST_CASE("csv: an empty file is refused")
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n  \n")}) {
        auto read = parse(bytes);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().message.startsWith(u"Le fichier « essai.csv » est vide"_s));
    }
}

TEST_CASE("csv: binary files are refused")
{
    SECTION("an Excel workbook")
    {
        auto read = CsvReader::read(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x'), u"membres.xlsx"_s);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().message.startsWith(u"Le fichier « membres.xlsx » n'est pas un fichier texte (CSV) : "_s));
        CHECK(read.error().message.contains(u"Excel"_s));
    }
    SECTION("NUL bytes")
    {
        auto read = parse(QByteArray("a;b\n1;\0\n", 8));
        REQUIRE_FALSE(read);
        CHECK(read.error().message.contains(u"octets nuls"_s));
    }
    SECTION("a UTF-16 export")
    {
        auto read = parse(QByteArray("\xFF\xFE"
                                     "a\0;\0b\0",
            8));
        REQUIRE_FALSE(read);
        CHECK(read.error().message.contains(u"UTF-16"_s));
    }
    SECTION("many control characters")
    {
        auto read = parse(QByteArray("a;b\n") + QByteArray(20, '\x01') + QByteArray(100, 'y'));
        REQUIRE_FALSE(read);
        CHECK(read.error().message.contains(u"caractères de contrôle"_s));
    }
    SECTION("one stray control character is tolerated")
    {
        CHECK(table(QByteArray("a;b\n1;2\x0C\n") + QByteArray(100, 'y')).rows.size() == 2);
    }
}

TEST_CASE("csv: a line over 1 MB is refused with its number")
{
    QByteArray bytes("a;b\n1;2\n");
    bytes += QByteArray(CsvReader::maxLineBytes + 1, 'x');
    bytes += "\n3;4\n";
    auto read = parse(bytes);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::InvalidInput);
    CHECK(read.error().message.startsWith(u"Le fichier « essai.csv », ligne 3 : ligne trop longue (plus de 1 Mo)"_s));

    QByteArray justFits("a;b\n");
    justFits += QByteArray(CsvReader::maxLineBytes, 'x');
    CHECK(table(justFits).rows.size() == 1);
}

TEST_CASE("csv: an unclosed quote is refused with the line where it opens")
{
    auto read = parse("a;b\n1;2\n\n3;\"rue\n4;5\n6;7\n");
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::InvalidInput);
    CHECK(read.error().message.startsWith(u"Le fichier « essai.csv », ligne 4 : guillemet ouvert jamais refermé"_s));

    auto inHeader = parse("\"a;b\n1;2\n");
    REQUIRE_FALSE(inHeader);
    CHECK(inHeader.error().message.contains(u"ligne 1 : guillemet ouvert jamais refermé"_s));
}
