// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {
// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::Migrator)
};
} // namespace

QList<Migration> Migrator::builtIn()
{
    QList<Migration> migrations;
    const QDir dir(u":/migrations"_s);
    const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &migration : migrations)
        latest = std::max(latest, migration.version);
    return latest;
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList result;
    const QStringList parts = sql.split(QRegularExpression(u"\\s*;;\\s*(\\n|$)"_s));
    for (const QString &part : parts) {
        // Drop comment-only chunks; SQLite ignores comments inside real statements.
        QString code;
        const QStringList lines = part.split(u'\n');
        for (const QString &line : lines)
            if (!line.trimmed().startsWith(u"--"_s))
                code += line + u'\n';
        if (!code.trimmed().isEmpty())
            result << code.trimmed();
    }
    return result;
}

QString Migrator::backupPathFor(const QString &databasePath, int version, const QString &timestamp)
{
    const QFileInfo info(databasePath);
    return info.dir().filePath(u"%1.avant-v%2-%3.%4"_s.arg(info.completeBaseName())
                                   .arg(version + 1)
                                   .arg(timestamp, info.suffix().isEmpty() ? u"sqlite"_s : info.suffix()));
}

Result<MigrationOutcome> Migrator::migrate(Database &db, const QList<Migration> &migrations)
{
    MigrationOutcome outcome;
    auto current = Sql(db, u"PRAGMA user_version"_s).scalar(Tr::tr("Impossible de lire la version du fichier"));
    if (!current)
        return fail(ErrorCode::NotADatabase, current.error().message);
    outcome.fromVersion = outcome.toVersion = current->toInt();
    const int latest = latestVersion(migrations);
    if (outcome.fromVersion > latest)
        return fail(ErrorCode::TooNew,
            Tr::tr("Ce fichier a été enregistré par une version plus récente d'Adhera (schéma %1 ; cette version "
                   "connaît le schéma %2). Mettez Adhera à jour pour l'ouvrir.")
                .arg(outcome.fromVersion)
                .arg(latest));
    if (outcome.fromVersion == latest)
        return outcome;
    if (db.isReadOnly())
        return fail(ErrorCode::ReadOnly,
            Tr::tr("Ce fichier doit être mis à jour (schéma %1 vers %2), ce qui est impossible en lecture seule.")
                .arg(outcome.fromVersion)
                .arg(latest));

    if (outcome.fromVersion > 0 && !db.path().isEmpty()) {
        outcome.backupPath = backupPathFor(db.path(), outcome.fromVersion, db.now().toString(u"yyyyMMdd-HHmmss"_s));
        if (auto copied = db.copyTo(outcome.backupPath); !copied)
            return fail(copied.error());
    }

    Transaction transaction(db);
    if (!transaction.started())
        return fail(transaction.started().error());
    for (const Migration &migration : migrations) {
        if (migration.version <= outcome.fromVersion)
            continue;
        const QStringList steps = statements(migration.sql);
        for (const QString &step : steps) {
            const QString context = Tr::tr("Échec de la migration %1 (%2)").arg(migration.version).arg(migration.name);
            if (auto ran = Sql(db, step).exec(context); !ran)
                return fail(ran.error());
        }
    }
    // PRAGMA takes no placeholder; latest is an integer we computed.
    if (auto ran = Sql(db, u"PRAGMA user_version = %1"_s.arg(latest)).exec(Tr::tr("Impossible d'enregistrer la version du schéma")); !ran)
        return fail(ran.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    outcome.toVersion = latest;
    return outcome;
}

} // namespace adhera
