// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ImportStore: what the merge wizard keeps in the member file besides members.
// - Import batches and their rows, as read (provenance); a batch is pending until merged.
// - The column mapping chosen for each club's file layout, offered again next time.
// - The pairs a person said are not duplicates, by record fingerprint, so re-runs do not ask.

#include "common/result.h"
#include "importing/importfile.h"

#include <QDateTime>
#include <QSet>

namespace adhera {
class Database;
}

namespace adhera::importing {

// Where a member's data came from: one row of an imported file, as read.
struct RowOrigin {
    QString clubName;
    QString fileName;
    int line = 0;
    QDateTime importedAt;
    QStringList headers;
    QStringList cells;
};

class ImportStore final
{
public:
    explicit ImportStore(Database &db);

    // Writes the batch and all its rows (status pending) in one transaction, and fills
    // file.batchId and every row's id. Refuses a file already stored, and rows already imported
    // for the same club (the same export chosen twice).
    Result<void> stage(ImportFile &file);
    // A stored file given another club or mapping (the user went back a page): the batch keeps
    // them, each row its new problems, in one transaction.
    Result<void> updateStaged(const ImportFile &file);
    // Forgets a pending import (a review abandoned): the batch, its rows and the review decisions
    // about them. Refuses a batch of which some rows are merged into the member file.
    Result<void> discardPending(qint64 batchId);
    // Pending batches with their pending rows, oldest first.
    Result<QList<ImportFile>> pendingFiles() const;
    Result<int> pendingRowCount() const;
    // The imported rows a person was made or completed from, oldest import first.
    Result<QList<RowOrigin>> originsOfPerson(qint64 personId) const;

    Result<void> rememberLayout(qint64 originClubId, const QStringList &headers, const ColumnMapping &mapping);
    // The mapping last used for this club and these headers, if any.
    std::optional<ColumnMapping> rememberedLayout(qint64 originClubId, const QStringList &headers) const;

    Result<void> markDistinct(const QString &fingerprintA, const QString &fingerprintB);
    Result<void> forgetDistinct(const QString &fingerprintA, const QString &fingerprintB);
    // Every remembered pair, as "a\nb" with a < b.
    Result<QSet<QString>> distinctPairs() const;
    static QString pairKey(const QString &fingerprintA, const QString &fingerprintB);

private:
    Database &m_db;
};

// What identifies a record for "not a duplicate": folded given name, surname, organisation and
// e-mail. Two files exporting the same person the same way give the same fingerprint.
QString fingerprint(const FieldValues &values);

} // namespace adhera::importing
