// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MergeApplier: writes the merge wizard's result into the member file, and undoes it.
// apply() backs the file up, then in ONE transaction stores the import files not stored yet and
// writes every group as a member: a new person (with employer, membership), or the member
// already in the file updated with the chosen values. Each group gets a journal entry holding
// the rows it could touch before and after, and its source rows point at the member and the
// entry. Any failure rolls everything back: the file is as it was.
//
// undo() takes one entry back on its own: it checks that the rows are still exactly as the
// entry left them (otherwise a later change would be lost, and it refuses, saying so), then
// restores the rows from before, in one transaction after a backup. The source rows become
// pending again, ready for another review.
//
// Values that do not pass validation (an e-mail without "@", an unknown phone number) are not
// dropped: they go to the member's notes, and the source row keeps them as read anyway.

#include "common/result.h"
#include "db/rowsnapshot.h"
#include "importing/importfile.h"
#include "merge/reviewsession.h"

#include <QDateTime>
#include <QJsonObject>

namespace adhera {
class Database;
}

namespace adhera::merge {

// What a merge makes of its groups, as the summary announces it and the file then holds it.
struct MergeCounts {
    int peopleCreated = 0; // new people in the file
    int peopleFromSeveralRows = 0; // of the new people, those merged from several rows
    int peopleCompleted = 0; // people already in the file, completed from the rows
    int organisationsCreated = 0;
    bool operator==(const MergeCounts &) const = default;
};

struct ApplyOutcome {
    int created = 0; // members made from a single row
    int merged = 0; // members made or completed from several records
    MergeCounts counts;
    qint64 operationId = 0; // the steps of this one « Fusionner », undone together by undoOperation()
    QList<qint64> journalIds;
    QString backupPath; // empty for a database without a file
};

struct JournalEntry {
    qint64 id = 0;
    bool isMerge = false;
    QString summary;
    QDateTime appliedAt;
    QDateTime undoneAt; // invalid while in force
    qint64 personId = 0; // the member it made or completed
    qint64 operationId = 0; // the « Fusionner » that wrote it
};

// One « Fusionner »: its steps, the files they came from, how many are still in force.
struct MergeOperation {
    qint64 id = 0;
    QDateTime appliedAt;
    QStringList fileNames;
    int steps = 0;
    int undoneSteps = 0;
};

class MergeApplier final
{
public:
    explicit MergeApplier(Database &db);

    // files must be the session's files (same order as RecordRef::file); those not stored yet
    // are stored here, and their batchId and row ids filled in.
    Result<ApplyOutcome> apply(QList<importing::ImportFile> &files, const QList<MergeGroup> &groups);
    // What apply() would write, counted without writing.
    Result<MergeCounts> plan(const QList<MergeGroup> &groups) const;
    Result<void> undo(qint64 journalId);
    // Undoes every step of one « Fusionner » still in force, newest first, in one transaction:
    // all of them, or none when one of its members changed since (the error names it).
    Result<void> undoOperation(qint64 operationId);
    Result<QList<JournalEntry>> history() const; // newest first
    Result<QList<MergeOperation>> operations() const; // newest first

    // Where the automatic backup before a merge or an undo goes: beside the file.
    static QString backupPathFor(const QString &databasePath, const QString &timestamp);

private:
    Result<QString> backUp();
    // Journal entries are written in two steps: the rows before, then (once the step and its
    // source rows are written) the same scopes after.
    Result<qint64> addJournalEntry(const QString &action, const QString &summary, const QJsonObject &decision, const RowSnapshot &before);
    Result<void> closeJournalEntry(qint64 journalId, const RowSnapshot &before);
    // Puts back the rows a step found, inside the caller's transaction, unless they changed since
    // (Check only says whether it could).
    enum class StepAction { Check, Restore };
    Result<void> restoreStep(qint64 journalId, StepAction action);
    // Restores these steps in this order, in one transaction after a backup: all or none.
    Result<void> undoSteps(const QList<qint64> &steps);

    qint64 m_operationId = 0; // while apply() runs

    Database &m_db;
};

} // namespace adhera::merge
