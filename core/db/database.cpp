// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrator.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"adhera-%1"_s.arg(++counter);
}

// Checks the file before SQLite touches it, so a bad file is refused without being changed.
Result<void> checkFile(const QString &path, Database::Access access)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return fail(
            ErrorCode::MissingFolder, Tr::tr("Le dossier « %1 » n'existe pas.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!info.exists()) {
        if (access != Database::Access::ReadWrite)
            return fail(ErrorCode::NotFound, Tr::tr("Le fichier « %1 » n'existe pas.").arg(QDir::toNativeSeparators(path)));
        if (!folder.isWritable())
            return fail(ErrorCode::ReadOnly,
                Tr::tr("Impossible de créer un fichier dans le dossier « %1 » : il est en lecture seule.")
                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        return {};
    }
    if (info.isDir())
        return fail(ErrorCode::NotADatabase, Tr::tr("« %1 » est un dossier, pas un fichier Adhera.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Impossible de lire « %1 » : %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return fail(ErrorCode::NotADatabase,
            Tr::tr("« %1 » n'est pas un fichier Adhera (ce n'est pas une base SQLite).").arg(QDir::toNativeSeparators(path)));
    // Permission bits as well as access(): root may write anything, but a file marked
    // read-only by its owner is meant to stay as it is.
    const bool writable = info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
    if (access != Database::Access::ReadOnly && !writable)
        return fail(ErrorCode::ReadOnly,
            Tr::tr("Le fichier « %1 » est en lecture seule : Adhera ne peut pas y enregistrer vos modifications.")
                .arg(QDir::toNativeSeparators(path)));
    return {};
}

void removeNewFile(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

Database::Database(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
    , m_connectionName(nextConnectionName())
    , m_notifier(std::make_unique<ChangeNotifier>())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    return open(path, access, Migrator::builtIn());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access, const QList<Migration> &migrations)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Aucun fichier indiqué."));
    if (auto checked = checkFile(path, access); !checked)
        return fail(checked.error());
    const bool existed = QFileInfo::exists(path);

    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), access));
    if (access == Access::ReadWrite) {
        db->m_lock = std::make_unique<QLockFile>(db->m_path + u".lock"_s);
        db->m_lock->setStaleLockTime(0); // only a dead owner's lock is stale
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            db->m_lock->getLockInfo(&pid, &host, &application);
            db->m_lock.reset();
            return fail(ErrorCode::Locked,
                Tr::tr("Le fichier « %1 » est déjà ouvert dans une autre fenêtre d'Adhera (processus %2 sur %3). "
                       "Fermez-la avant de l'ouvrir ici.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(pid)
                    .arg(host.isEmpty() ? Tr::tr("cet ordinateur") : host));
        }
    }
    if (access == Access::SharedForTests) {
        if (auto connected = db->connect(Migrator::latestVersion(migrations)); !connected)
            return fail(connected.error());
        return db;
    }
    auto prepared = db->connect(Migrator::latestVersion(migrations)).and_then([&] {
        return Migrator::migrate(*db, migrations).map([](const MigrationOutcome &) {});
    });
    if (!prepared) {
        db.reset();
        if (!existed)
            removeNewFile(path);
        return fail(prepared.error());
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    std::unique_ptr<Database> db(new Database(QString(), Access::ReadWrite));
    const QList<Migration> migrations = Migrator::builtIn();
    auto prepared = db->connect(Migrator::latestVersion(migrations)).and_then([&] {
        return Migrator::migrate(*db, migrations).map([](const MigrationOutcome &) {});
    });
    if (!prepared)
        return fail(prepared.error());
    return db;
}

Result<void> Database::connect(int latestVersion)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return fail(ErrorCode::Storage, Tr::tr("Le pilote SQLite de Qt (QSQLITE) est introuvable."));
    db.setDatabaseName(m_path.isEmpty() ? u":memory:"_s : m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (m_access == Access::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return fail(
            ErrorCode::Storage, Tr::tr("Impossible d'ouvrir « %1 » : %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));

    if (auto on = Sql(*this, u"PRAGMA foreign_keys = ON"_s).exec(Tr::tr("Impossible d'activer les clés étrangères")); !on)
        return on;
    // Reading the version is the first real read: a damaged file fails here, before any write.
    auto version = Sql(*this, u"PRAGMA user_version"_s).scalar(Tr::tr("Impossible de lire le fichier"));
    if (!version)
        return fail(ErrorCode::NotADatabase,
            Tr::tr("« %1 » n'est pas un fichier Adhera lisible : %2").arg(QDir::toNativeSeparators(m_path), version.error().message));
    if (m_access == Access::ReadWrite && !m_path.isEmpty() && version->toInt() <= latestVersion) {
        if (auto wal = Sql(*this, u"PRAGMA journal_mode = WAL"_s).exec(Tr::tr("Impossible d'activer le journal WAL")); !wal)
            return wal;
        if (auto sync = Sql(*this, u"PRAGMA synchronous = NORMAL"_s).exec(Tr::tr("Impossible de régler la synchronisation")); !sync)
            return sync;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = Sql(*this, u"PRAGMA user_version"_s).scalar(Tr::tr("Impossible de lire la version du fichier"));
    return version ? version->toInt() : -1;
}

QString Database::nowText() const
{
    return m_clock().toUTC().toString(Qt::ISODate);
}

Result<void> Database::copyTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return fail(ErrorCode::Conflict, Tr::tr("Le fichier « %1 » existe déjà.").arg(QDir::toNativeSeparators(targetPath)));
    if (!QFileInfo(QFileInfo(targetPath).absolutePath()).isDir())
        return fail(ErrorCode::MissingFolder, Tr::tr("Le dossier de « %1 » n'existe pas.").arg(QDir::toNativeSeparators(targetPath)));
    return Sql(*this, u"VACUUM INTO :target"_s)
        .bind(u":target"_s, targetPath)
        .exec(Tr::tr("Impossible de copier la base vers « %1 »").arg(QDir::toNativeSeparators(targetPath)));
}

Result<void> Database::begin()
{
    if (m_depth++ > 0)
        return {};
    m_failed = false;
    auto started = Sql(*this, u"BEGIN IMMEDIATE"_s).exec(Tr::tr("Impossible de commencer la transaction"));
    if (!started)
        m_depth = 0;
    return started;
}

Result<void> Database::commit()
{
    if (m_depth == 0)
        return fail(ErrorCode::Storage, Tr::tr("Aucune transaction en cours."));
    if (--m_depth > 0)
        return {};
    if (m_failed) {
        Sql(*this, u"ROLLBACK"_s).exec(QString());
        m_pendingChanges.clear();
        return fail(ErrorCode::Storage, Tr::tr("Une étape de la transaction a échoué ; rien n'a été enregistré."));
    }
    if (auto committed = Sql(*this, u"COMMIT"_s).exec(Tr::tr("Impossible d'enregistrer la transaction")); !committed) {
        Sql(*this, u"ROLLBACK"_s).exec(QString());
        m_pendingChanges.clear();
        return committed;
    }
    emitPendingChanges();
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_failed = true; // an inner step failed: the outermost commit must not go through
        return;
    }
    Sql(*this, u"ROLLBACK"_s).exec(QString());
    m_pendingChanges.clear();
}

void Database::markChanged(Change change)
{
    m_pendingChanges.insert(change);
    if (m_depth == 0)
        emitPendingChanges();
}

void Database::emitPendingChanges()
{
    const QSet<Change> changes = std::exchange(m_pendingChanges, {});
    if (changes.contains(Change::ReferenceData))
        emit m_notifier->referenceDataChanged();
    if (changes.contains(Change::Members))
        emit m_notifier->membersChanged();
    if (changes.contains(Change::Meetings))
        emit m_notifier->meetingsChanged();
    if (changes.contains(Change::Dues))
        emit m_notifier->duesChanged();
}

Transaction::Transaction(Database &db) : m_db(db), m_started(db.begin())
{ }

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    m_done = true;
    return m_db.commit();
}

} // namespace adhera
