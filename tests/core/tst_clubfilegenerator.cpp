// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "demo/clubfilegenerator.h"
#include "importing/importfield.h"
#include "importing/sourcetable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;
using importing::ImportField;

namespace {

demo::ClubFiles generated(quint32 seed = 2016)
{
    demo::ClubFileOptions options;
    options.seed = seed;
    return demo::generateClubFiles(options);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("club files: the same seed gives the same bytes, another seed other bytes")
{
    const auto first = generated(7);
    const auto second = generated(7);
    CHECK(demo::toConnectCsv(first.connect) == demo::toConnectCsv(second.connect));
    CHECK(demo::toViatisCsv(first.viatis) == demo::toViatisCsv(second.viatis));
    CHECK(first.connect.entities == second.connect.entities);
    CHECK(demo::toConnectCsv(generated(8).connect) != demo::toConnectCsv(first.connect));
}

TEST_CASE("club files: the truth matches the options")
{
    QElapsedTimer timer;
    timer.start();
    const auto files = generated();
    CHECK(timer.elapsed() < 1000);

    REQUIRE(files.people.size() == 2000);
    REQUIRE(files.connect.rows.size() == qsizetype(files.connect.entities.size()));
    REQUIRE(files.viatis.rows.size() == qsizetype(files.viatis.entities.size()));

    const QSet<int> inConnect(files.connect.entities.begin(), files.connect.entities.end());
    const QSet<int> inViatis(files.viatis.entities.begin(), files.viatis.entities.end());
    int both = 0;
    for (int person = 0; person < int(files.people.size()); ++person) {
        const auto &p = files.people[std::size_t(person)];
        CHECK(p.inConnect == inConnect.contains(person));
        CHECK(p.inViatis == inViatis.contains(person));
        CHECK((p.inConnect || p.inViatis));
        both += p.inConnect && p.inViatis ? 1 : 0;
    }
    const double overlap = double(both) / double(files.people.size());
    CHECK(overlap > 0.31);
    CHECK(overlap < 0.39);

    // About 2 % of each file's rows repeat a person of that file.
    for (const auto *table : {&files.connect, &files.viatis}) {
        const QSet<int> distinct(table->entities.begin(), table->entities.end());
        const double duplicates = double(table->entities.size() - std::size_t(distinct.size())) / double(distinct.size());
        CHECK(duplicates > 0.01);
        CHECK(duplicates < 0.03);
        for (const QStringList &row : table->rows)
            CHECK(row.size() == 13);
    }
}

TEST_CASE("club files: both files read back with every column mapped automatically")
{
    const auto files = generated();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("Connect: Windows-1252, semicolons, French headers")
    {
        const auto table = importing::readTable(writeFile(dir, u"connect.csv"_s, demo::toConnectCsv(files.connect)));
        REQUIRE(table);
        CHECK(table->encoding == u"Windows-1252"_s);
        CHECK(table->delimiter == u';');
        CHECK(table->headers == files.connect.headers);
        CHECK(table->warnings.isEmpty());
        REQUIRE(table->rows.size() == files.connect.rows.size());
        const auto mapping = importing::ColumnMapping::fromHeaders(table->headers);
        for (const ImportField field : {ImportField::SourceId, ImportField::Civility, ImportField::LastName, ImportField::FirstName,
                 ImportField::Organisation, ImportField::JobTitle, ImportField::Address, ImportField::Postcode, ImportField::City,
                 ImportField::Phone, ImportField::Mobile, ImportField::Email, ImportField::JoinedOn}) {
            INFO(importing::toCode(field).toStdString());
            CHECK(mapping.has(field));
        }
        CHECK(mapping.column(ImportField::LastName) == 2);
        CHECK(mapping.column(ImportField::FirstName) == 3);
        // Every character the code page holds comes back; the others were written "?".
        for (qsizetype row = 0; row < 50; ++row) {
            QStringList expected = files.connect.rows[row];
            for (QString &field : expected)
                for (QChar &ch : field)
                    if (ch.unicode() > 0xFF && ch != u'œ' && ch != u'Œ' && ch != u'’' && ch != u'–')
                        ch = u'?';
            CHECK(table->rows[row].fields == expected);
        }
    }

    SECTION("Viatis: UTF-8 with a byte-order mark, commas, English headers")
    {
        const auto table = importing::readTable(writeFile(dir, u"viatis.csv"_s, demo::toViatisCsv(files.viatis)));
        REQUIRE(table);
        CHECK(table->encoding == u"UTF-8 (BOM)"_s);
        CHECK(table->delimiter == u',');
        CHECK(table->headers == files.viatis.headers);
        CHECK(table->warnings.isEmpty());
        REQUIRE(table->rows.size() == files.viatis.rows.size());
        const auto mapping = importing::ColumnMapping::fromHeaders(table->headers);
        for (const ImportField field : {ImportField::SourceId, ImportField::Civility, ImportField::FirstName, ImportField::LastName,
                 ImportField::Organisation, ImportField::JobTitle, ImportField::Address, ImportField::Postcode, ImportField::City,
                 ImportField::Phone, ImportField::Mobile, ImportField::Email, ImportField::JoinedOn}) {
            INFO(importing::toCode(field).toStdString());
            CHECK(mapping.has(field));
        }
        CHECK(mapping.column(ImportField::FirstName) == 2);
        CHECK(mapping.column(ImportField::LastName) == 3);
        for (qsizetype row = 0; row < table->rows.size(); ++row)
            if (table->rows[row].fields != files.viatis.rows[row])
                FAIL("row " << row << " differs");
    }
}

TEST_CASE("club files: the traps are there")
{
    const auto files = generated();

    const auto homonyms = demo::homonymPairs(files);
    REQUIRE_FALSE(homonyms.empty());
    for (const auto &[a, b] : homonyms)
        CHECK(files.people[std::size_t(a)].company != files.people[std::size_t(b)].company);

    const auto colleagues = demo::colleaguePairs(files);
    REQUIRE_FALSE(colleagues.empty());
    for (const auto &[a, b] : colleagues)
        CHECK(files.people[std::size_t(a)].firstName != files.people[std::size_t(b)].firstName);

    REQUIRE_FALSE(files.sharedMailboxes.isEmpty());
    // A shared mailbox is written on the rows of several persons.
    const QString mailbox = files.sharedMailboxes.front();
    QSet<int> users;
    for (const auto *table : {&files.connect, &files.viatis})
        for (qsizetype row = 0; row < table->rows.size(); ++row)
            if (table->rows[row][11].compare(mailbox, Qt::CaseInsensitive) == 0)
                users.insert(table->entities[std::size_t(row)]);
    CHECK(users.size() > 1);

    // Only fictitious contact details: e-mails under example.org or example.com, phones in the
    // ARCEP fiction blocks.
    for (const auto *table : {&files.connect, &files.viatis})
        for (const QStringList &row : table->rows) {
            const QString email = row[11].toLower();
            if (!email.isEmpty())
                CHECK((email.endsWith(u".example.org"_s) || email.endsWith(u"@example.org"_s) || email.endsWith(u"@example.com"_s)));
            for (const QString &phone : {row[9], row[10]}) {
                QString digits = phone;
                digits.remove(QRegularExpression(u"[^0-9]"_s));
                if (digits.startsWith(u"33"_s))
                    digits = u"0"_s + digits.mid(2);
                if (!digits.isEmpty())
                    CHECK((digits.startsWith(u"035301"_s) || digits.startsWith(u"063998"_s)));
            }
        }
}

TEST_CASE("club files: the variations of the issue appear")
{
    const auto files = generated();
    QString connect;
    for (const QStringList &row : files.connect.rows)
        connect += row.join(u'|') + u'\n';
    QString viatis;
    for (const QStringList &row : files.viatis.rows)
        viatis += row.join(u'|') + u'\n';
    const QString all = connect + viatis;
    CHECK(all.contains(u" née "_s));
    CHECK(all.contains(u" épouse "_s, Qt::CaseInsensitive));
    CHECK(all.contains(u"FRANCE S.A."_s));
    CHECK(all.contains(u" bd "_s));
    CHECK(all.contains(u" av. "_s));
    CHECK(all.contains(u"Jean Pierre"_s) + all.contains(u"Jean Marc"_s) + all.contains(u"Jean Luc"_s) > 0);
    CHECK(connect.contains(QRegularExpression(u"\\|0\\d \\d\\d \\d\\d \\d\\d \\d\\d\\|"_s)));
    CHECK(connect.contains(QRegularExpression(u"\\|0\\d\\.\\d\\d\\.\\d\\d\\.\\d\\d\\.\\d\\d\\|"_s)));
    CHECK(viatis.contains(QRegularExpression(u"\\|\\+33\\d{9}\\|"_s)));
    CHECK(connect.contains(QRegularExpression(u"\\|\\d\\d/\\d\\d/\\d{4}\n"_s)));
    CHECK(viatis.contains(QRegularExpression(u"\\|\\d{4}-\\d\\d-\\d\\d\n"_s)));
}
