// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Database: the one SQLite file behind Adhera.
// Opening checks the file before anything is written (missing folder, not SQLite, read-only,
// already open in another Adhera, written by a newer Adhera), then brings the schema up to date
// with Migrator. Each Database owns one *named* connection: foreign keys on, WAL, a busy timeout.
// Repositories receive it by reference; a Database outlives every repository built on it.

#include "common/result.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace adhera {

struct Migration;

// Tells views what changed, after the change is committed. One per Database.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void membersChanged();
    void referenceDataChanged();
    // Meetings, invitees, attendance, votes and minutes; calls, payments and reminders. Only the
    // views showing them listen, so a check-in during an assembly or a payment does not reload
    // the member list.
    void meetingsChanged();
    void duesChanged();
};

class Database final
{
public:
    // SharedForTests: a second read-write connection on a file that a Database of this process
    // already opened (and migrated); it neither locks nor migrates. Only tests use it, to write
    // from two connections at once; the application never does.
    enum class Access { ReadWrite, ReadOnly, SharedForTests };
    using Clock = std::function<QDateTime()>;

    // Opens (creating it if needed) and migrates the file at path. ReadWrite locks the file
    // against a second Adhera; ReadOnly neither locks, migrates nor writes.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite);
    // The same with a given list of migrations (tests use it to inject a failing step).
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access, const QList<Migration> &migrations);
    // A private in-memory database at the latest schema, for tests and scratch work.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    ChangeNotifier &notifier() const { return *m_notifier; }

    // Now, as the clock in use says (tests inject a fixed one).
    QDateTime now() const { return m_clock(); }
    QString nowText() const;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // A consistent copy of the whole file (VACUUM INTO); the target must not exist.
    Result<void> copyTo(const QString &targetPath) const;

    // Transactions nest: only the outermost one talks to SQLite. Change signals wait for the
    // outermost commit and are dropped on rollback.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    enum class Change { Members, ReferenceData, Meetings, Dues };
    void markChanged(Change change);

private:
    Database(QString path, Access access);
    // Opens the connection; WAL is turned on only for a file this build can migrate (a newer
    // file is refused by Migrator without a single write).
    Result<void> connect(int latestVersion);
    void emitPendingChanges();

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ChangeNotifier> m_notifier;
    Clock m_clock;
    int m_depth = 0;
    bool m_failed = false;
    QSet<Change> m_pendingChanges; // emitted after the outermost commit
};

// Commits on commit(), rolls back when it goes out of scope without one.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_started;
    bool m_done = false;
};

} // namespace adhera
