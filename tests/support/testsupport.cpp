// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "catch.h"
#include "db/sql.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace adhera::test {

std::unique_ptr<Database> memoryDatabase()
{
    auto db = Database::openInMemory();
    if (!db)
        FAIL(db.error().message.toStdString());
    return std::move(*db);
}

TempDatabase::TempDatabase() : path(dir.filePath(u"test.adhera"_s))
{
    auto opened = Database::open(path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    db = std::move(*opened);
}

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(ADHERA_TEST_DATA_DIR)).filePath(name);
}

QString dumpContent(Database &db)
{
    QStringList lines;
    // Full-text index internals depend on the order of past writes, not on content: skipped.
    Sql tables(db, u"SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name"_s);
    REQUIRE(tables.exec(u"dump"_s));
    QStringList tableNames;
    while (tables.next()) {
        lines << tables.value(1).toString();
        const QString sql = tables.value(1).toString();
        if (sql.startsWith(u"CREATE TABLE"_s))
            tableNames << tables.value(0).toString();
    }
    for (const QString &table : tableNames) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
        QStringList tableLines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            tableLines << table + u": "_s + values.join(u'|');
        }
        tableLines.sort();
        lines << tableLines;
    }
    lines << u"user_version="_s + QString::number(db.schemaVersion());
    return lines.join(u'\n');
}

} // namespace adhera::test
